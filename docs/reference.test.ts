// The document reference (issue 31): one page per document kind and locale, field by field —
// path, type, required, default, meaning with the guideline's Japanese term — generated from the
// same JSON Schemas (and the same property descriptions) the packages ship, with the sample
// document of each kind. `MAMORI_WRITE_DOCS=1` rewrites docs/reference/ and docs/ja/reference/;
// otherwise the committed pages must equal what the schemas say today. The Japanese pages give
// each description in Japanese (docs/reference-ja.ts, keyed by the English text); the "用語"
// column keeps the guideline's term, read from the English description.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { biaDocumentKinds } from "@mamori/bia";
import { cloudMatrixDocumentKinds } from "@mamori/cloud-matrix";
import { coreDocumentKinds, type DocumentKind, toJsonSchema } from "@mamori/core";
import { planValidatorDocumentKinds } from "@mamori/plan-validator";
import { describe, expect, it } from "vitest";
import { REFERENCE_JA } from "./reference-ja.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const write = process.env.MAMORI_WRITE_DOCS === "1";
type Locale = "en" | "ja";
type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === "object" && v !== null && !Array.isArray(v);

const KINDS: readonly DocumentKind[] = [
  ...coreDocumentKinds,
  ...biaDocumentKinds,
  ...cloudMatrixDocumentKinds,
  ...planValidatorDocumentKinds,
];

/** The sample of each kind in the repository, where there is one. */
const SAMPLES: Record<string, string> = {
  Organisation: "examples/data/organisation.yaml",
  BusinessImpactAnalysis: "examples/data/bia.yaml",
  ResponsibilityMatrix: "examples/data/matrix-skycloud.yaml",
  ProviderAttestation: "examples/data/attestations/skycloud.yaml",
  StatementOfApplicability: "examples/data/soa.yaml",
  ContinuityPlan: "examples/data/plan.yaml",
};

const WORDS = {
  en: {
    field: "field",
    type: "type",
    required: "required",
    meaning: "meaning",
    yes: "yes",
    sample: "A sample",
    sampleText: "The first lines of",
    fields: "Fields",
    schema: "JSON Schema",
    other: "日本語",
    listOf: "list of",
    oneOf: "one of",
    duration: "ISO 8601 duration (`PT4H`, `P3D`)",
    date: "ISO 8601 date (`2026-04-01`), or date and time",
    object: "object",
    text: "text",
    integer: "integer",
    number: "number",
    boolean: "true / false",
    or: " or ",
    xkeys: "Keys of your own start with `x-`: they are kept, never reported.",
    index: "Document reference",
    term: "",
    default: "default",
  },
  ja: {
    field: "項目",
    type: "型",
    required: "必須",
    meaning: "意味",
    yes: "○",
    sample: "サンプル",
    sampleText: "次のファイルの冒頭",
    fields: "項目一覧",
    schema: "JSON Schema",
    other: "English",
    listOf: "の一覧",
    oneOf: "次のいずれか",
    duration: "ISO 8601 の期間（`PT4H`、`P3D`）",
    date: "ISO 8601 の日付（`2026-04-01`）または日時",
    object: "オブジェクト",
    text: "文字列",
    integer: "整数",
    number: "数値",
    boolean: "true / false",
    or: " または ",
    xkeys: "独自のキーは `x-` で始めてください。保持され、指摘されません。",
    index: "文書リファレンス",
    term: "用語",
    default: "既定値",
  },
} as const;

function typeOf(s: Node, locale: Locale): string {
  const w = WORDS[locale];
  const branches = (s.anyOf ?? s.oneOf) as unknown[] | undefined;
  if (Array.isArray(branches))
    return [...new Set(branches.filter(isNode).map((b) => typeOf(b, locale)))].join(w.or);
  if (Array.isArray(s.enum))
    return `${w.oneOf}: ${(s.enum as unknown[]).map((v) => `\`${String(v)}\``).join(", ")}`;
  if (s.const !== undefined) return `\`${String(s.const)}\``;
  if (typeof s.pattern === "string" && s.pattern.startsWith("^P(?!$)")) return w.duration;
  if (typeof s.pattern === "string" && s.pattern.startsWith("^(\\d{4})-")) return w.date;
  switch (s.type) {
    case "array": {
      const items = isNode(s.items) ? typeOf(s.items, locale) : "";
      if (locale === "en") return `${w.listOf} ${items}`;
      // "一覧（次のいずれか: …）" rather than "次のいずれか: …の一覧", which reads as one value's list.
      return items.includes(":") ? `一覧（${items}）` : `${items}${w.listOf}`;
    }
    case "object":
      return w.object;
    case "string":
      return w.text;
    case "integer":
      return w.integer;
    case "number":
      return w.number;
    case "boolean":
      return w.boolean;
    default:
      return "—";
  }
}

/** Every field under a schema: dotted path (`[]` for list items), its schema, required or not. */
function fields(
  s: Node,
  path: string,
  out: Array<{ path: string; schema: Node; required: boolean }>,
  depth = 0,
): void {
  if (depth > 12) return;
  const branches = [s.anyOf, s.oneOf, s.allOf].filter(Array.isArray).flat().filter(isNode);
  for (const b of branches) fields(b, path, out, depth + 1);
  if (s.type === "array" && isNode(s.items)) fields(s.items, `${path}[]`, out, depth + 1);
  const props = s.properties;
  if (!isNode(props)) return;
  const required = new Set(Array.isArray(s.required) ? (s.required as string[]) : []);
  for (const [name, p] of Object.entries(props)) {
    if (!isNode(p)) continue;
    const here = path ? `${path}.${name}` : name;
    if (!out.some((f) => f.path === here))
      out.push({ path: here, schema: p, required: required.has(name) });
    fields(p, here, out, depth + 1);
  }
}

/** The Japanese terms of a description: its parenthesised Japanese words, without an English gloss. */
function termsOf(description: string): string {
  return [...description.matchAll(/[（(]([^()（）]*[\u3040-\u30ff\u4e00-\u9fff][^()（）]*)[)）]/g)]
    .map((m) =>
      (m[1] ?? "")
        .split(/,\s*/)
        // "(守るシステム, kept running on backup power)": the gloss is no term.
        .filter((part) => !/^[a-z]+( [a-z]+)+$/.test(part))
        .join(", "),
    )
    .join("、");
}

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** A description in a locale: on the Japanese pages its translation, while there is one. */
const say = (description: string, locale: Locale): string =>
  locale === "ja" ? (REFERENCE_JA[description] ?? description) : description;

/** The backticked tokens of a text (identifiers, values, examples). */
const ticks = (t: string): string[] => [...t.matchAll(/`[^`]+`/g)].map((m) => m[0]);

const cell = (t: string) => t.replace(/\|/g, "\\|").replace(/\n/g, " ");
const stem = (k: DocumentKind) => k.file.replace(/\.schema\.json$/, "");

/** The fields of a kind's JSON Schema, in the order its page lists them. */
function fieldsOf(k: DocumentKind): Array<{ path: string; schema: Node; required: boolean }> {
  const schema = toJsonSchema(k.schema, k.descriptions ? { descriptions: k.descriptions } : {});
  const list: Array<{ path: string; schema: Node; required: boolean }> = [];
  fields(schema, "", list);
  return list;
}

const descriptionOf = (f: { schema: Node }): string =>
  typeof f.schema.description === "string" ? f.schema.description : "";

/** Every English description a reference page shows: each kind's, and each field's. */
function descriptionsShown(): Set<string> {
  const shown = new Set<string>();
  for (const k of KINDS) {
    shown.add(k.description);
    for (const f of fieldsOf(k)) if (descriptionOf(f)) shown.add(descriptionOf(f));
  }
  return shown;
}

function page(k: DocumentKind, locale: Locale): string {
  const w = WORDS[locale];
  const list = fieldsOf(k);
  const other = locale === "en" ? `../ja/reference/${stem(k)}.md` : `../../reference/${stem(k)}.md`;
  const lines = [
    "---",
    "",
    `title: ${k.kind}`,
    `group: ${locale === "en" ? "Document reference" : "文書リファレンス (日本語)"}`,
    "---",
    "",
    `# ${k.kind}`,
    "",
    say(k.description, locale),
    "",
    `\`kind: ${k.kind}\` · ${w.schema}: [\`${k.file}\`](https://mamori.dev/schemas/${k.file}) · [${w.other}](${other}) · [${w.index}](${locale === "en" ? "index.md" : "index.md"})`,
    "",
    `## ${w.fields}`,
    "",
    w.xkeys,
    "",
    locale === "en"
      ? `| ${w.field} | ${w.type} | ${w.required} | ${w.meaning} |`
      : `| ${w.field} | ${w.term} | ${w.type} | ${w.required} | ${w.meaning} |`,
    locale === "en" ? "|---|---|---|---|" : "|---|---|---|---|---|",
  ];
  for (const f of list) {
    const description = descriptionOf(f);
    const value = f.schema.default !== undefined ? `\`${JSON.stringify(f.schema.default)}\`` : "";
    const def = !value
      ? ""
      : locale === "en"
        ? ` (${w.default} ${value})`
        : `（${w.default}: ${value}）`;
    const type = cell(typeOf(f.schema, locale));
    const req = f.required ? w.yes : "";
    lines.push(
      locale === "en"
        ? `| \`${f.path}\` | ${type} | ${req} | ${cell(description)}${def} |`
        : `| \`${f.path}\` | ${cell(termsOf(description))} | ${type} | ${req} | ${cell(say(description, locale))}${def} |`,
    );
  }
  lines.push("");
  const sample = SAMPLES[k.kind];
  if (sample) {
    const text = readFileSync(join(root, sample), "utf8").split("\n").slice(0, 40).join("\n");
    const rel = locale === "en" ? `../../${sample}` : `../../../${sample}`;
    lines.push(
      `## ${w.sample}`,
      "",
      locale === "en"
        ? `${w.sampleText} [\`${sample}\`](${rel}):`
        : `[\`${sample}\`](${rel}) の冒頭:`,
      "",
      "```yaml",
      text.trimEnd(),
      "```",
      "",
    );
  }
  return `${lines.join("\n")}\n`;
}

function indexPage(locale: Locale): string {
  const w = WORDS[locale];
  const lines = [
    "---",
    "",
    `title: ${w.index}`,
    `group: ${locale === "en" ? "Document reference" : "文書リファレンス (日本語)"}`,
    "---",
    "",
    `# ${w.index}`,
    "",
    locale === "en"
      ? "Every document mamori reads, field by field. A document's `kind` says which it is."
      : "mamori が読む文書を項目ごとに説明します。文書の種類は `kind` で決まります。",
    "",
    ...KINDS.map((k) => `- [${k.kind}](${stem(k)}.md): ${say(k.description, locale)}`),
    "",
  ];
  return `${lines.join("\n")}\n`;
}

describe("the document reference", () => {
  for (const locale of ["en", "ja"] as const) {
    it(`docs/${locale === "en" ? "" : "ja/"}reference/ has a page per document kind, up to date`, () => {
      const dir = join(root, locale === "en" ? "docs/reference" : "docs/ja/reference");
      const pages: Array<[string, string]> = [
        ...KINDS.map((k): [string, string] => [`${stem(k)}.md`, page(k, locale)]),
        ["index.md", indexPage(locale)],
      ];
      for (const [name, text] of pages) {
        const file = join(dir, name);
        if (write) {
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, text);
        }
        expect(existsSync(file), file).toBe(true);
        expect(readFileSync(file, "utf8"), file).toBe(text);
      }
      expect(readdirSync(dir).sort()).toEqual(pages.map(([n]) => n).sort());
    });
  }

  it("describes each field with its type, whether it is required and its meaning", () => {
    const plan = KINDS.find((k) => k.kind === "ContinuityPlan") as DocumentKind;
    const en = page(plan, "en");
    expect(en).toContain(
      "| `preIncident.requirements[].objectives.rto` | ISO 8601 duration (`PT4H`, `P3D`) |  | Recovery time objective, RTO (目標復旧時間)",
    );
    expect(en).toMatch(/\| `kind` \| `ContinuityPlan` \| yes \|/);
    const ja = page(plan, "ja");
    expect(ja).toContain(
      "| `preIncident.requirements[].objectives.rto` | 目標復旧時間 | ISO 8601 の期間（`PT4H`、`P3D`） |  | 目標復旧時間（RTO）。",
    );
    // The "用語" column still gives the guideline's term, read from the English description.
    expect(ja).toContain("| `emergency.procedures[].failback` | 切戻し手順 | 文字列 |  | 平常時の");
    expect(ja).toMatch(
      /\| `preIncident` \| 事前対策 \| オブジェクト \| {2}\| 事前対応計画（事前対策）/,
    );
  });

  const shown = descriptionsShown();

  it("has a Japanese translation of every description a Japanese page shows", () => {
    const missing = [...shown].filter((d) => REFERENCE_JA[d] === undefined);
    expect(missing, "add these to docs/reference-ja.ts").toEqual([]);
  });

  it("has no translation of a description no page shows (a stale key)", () => {
    const stale = Object.keys(REFERENCE_JA).filter((d) => !shown.has(d));
    expect(stale, "remove these from docs/reference-ja.ts, or fix their English").toEqual([]);
  });

  it("translates each description into Japanese, on one line", () => {
    const english = Object.entries(REFERENCE_JA).filter(([, ja]) => !JAPANESE.test(ja));
    expect(english.map(([en]) => en)).toEqual([]);
    // The translation is one line of a table cell.
    expect(Object.values(REFERENCE_JA).filter((ja) => /[|\n]/.test(ja))).toEqual([]);
    // Counts are written the Japanese way, with no Western space around the number (1人, not
    // 1 人; issue 24), outside backticked values.
    const spaced = Object.values(REFERENCE_JA).filter((ja) =>
      /\d [\u3040-\u30ff\u4e00-\u9fff]|[\u3040-\u30ff\u4e00-\u9fff] \d/.test(
        ja.replace(/`[^`]*`/g, ""),
      ),
    );
    expect(spaced).toEqual([]);
  });

  it("keeps every backticked token of the English in its translation (identifiers, values)", () => {
    const dropped = Object.entries(REFERENCE_JA).flatMap(([en, ja]) =>
      ticks(en)
        .filter((t) => !ja.includes(t))
        .map((t) => `${t} in "${en}"`),
    );
    expect(dropped).toEqual([]);
  });

  it("writes the Japanese pages in Japanese: every line of text but the kind's name and the sample", () => {
    const english: string[] = [];
    for (const [name, text] of [
      ...KINDS.map((k): [string, string] => [stem(k), page(k, "ja")]),
      ["index", indexPage("ja")] as [string, string],
    ]) {
      const body = text.replace(/^---\n[\s\S]*?\n---\n/, "").replace(/```[\s\S]*?```/g, "");
      for (const line of body.split("\n")) {
        if (!line.trim() || /^# [A-Za-z]+$/.test(line) || /^\|[-|]+\|$/.test(line)) continue;
        // A table row: its meaning (the last cell) must be Japanese.
        const last = line.startsWith("| `") ? (line.split(/(?<!\\)\|/).at(-2) ?? "") : line;
        if (!JAPANESE.test(last)) english.push(`${name}: ${line}`);
      }
    }
    expect(english).toEqual([]);
  });
});
