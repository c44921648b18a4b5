// One page per rule and locale (docs/rules/<id>.md, docs/ja/rules/<id>.md: the stable URL that a
// finding's `docs.url`, SARIF's helpUri and the editor's codeDescription name). Each page holds
// the rule's reference entry and two snippets made here, not written by hand: the part of the
// clean sample plan a failing case changes, with the exact findings the validator reports on it,
// and the same part as it passes. `MAMORI_WRITE_DOCS=1` rewrites the pages; otherwise the
// committed pages must equal what the validator says today, so a snippet cannot go stale.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, test } from "vitest";
import { stringify } from "yaml";
import { cleanPlan, repoPath, run } from "../../test/harness.js";
import { allCases } from "../rules/all.cases.js";
import { builtinRules } from "../rules/all.js";
import { formatRuleReference } from "./rule-reference.js";

const write = process.env.MAMORI_WRITE_DOCS === "1";
type Locale = "en" | "ja";

const WORDS = {
  en: {
    fails: "A plan that fails",
    passes: "The same part, passing",
    finding: "What the validator reports",
    case: "Case",
    other: "日本語",
    index: "All rules",
    none: "The clean sample plan passes; this rule's failing cases need a BIA or a matrix beside the plan (see the rule's tests).",
    cut: "(shortened)",
  },
  ja: {
    fails: "不合格になる計画",
    passes: "同じ箇所の合格例",
    finding: "検証結果",
    case: "ケース",
    other: "English",
    index: "ルール一覧",
    none: "きれいなサンプル計画は合格します。このルールの不合格例には計画と並べる BIA やマトリクスが必要です（ルールのテストを参照）。",
    cut: "（省略）",
  },
} as const;

/** The rule's section of the generated reference (`## id` up to the next rule). */
function referenceEntry(reference: string, id: string): string {
  const start = reference.indexOf(`\n## ${id}\n`);
  const end = reference.indexOf("\n## ", start + 4);
  return reference.slice(start + 1, end < 0 ? undefined : end).trim();
}

function valueAt(data: unknown, pointer: string): unknown {
  let v = data;
  for (const seg of pointer.split("/").slice(1)) {
    const key = seg.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(v)) v = v[Number(key)];
    else if (typeof v === "object" && v !== null) v = (v as Record<string, unknown>)[key];
    else return undefined;
  }
  return v;
}

/** The part of the plan to show for a finding at `pointer`: the nearest object or list holding it. */
function shownPointer(plan: unknown, pointer: string): string {
  let p = pointer;
  while (p !== "") {
    const v = valueAt(plan, p);
    if (typeof v === "object" && v !== null) return p;
    p = p.slice(0, p.lastIndexOf("/"));
  }
  return "";
}

/** A YAML fragment, at most 40 lines. */
function yamlOf(value: unknown, locale: Locale): string {
  const text = stringify(value ?? null, { lineWidth: 0 }).trimEnd();
  const lines = text.split("\n");
  return lines.length <= 40 ? text : `${lines.slice(0, 40).join("\n")}\n# … ${WORDS[locale].cut}`;
}

function page(id: string, locale: Locale): string {
  const w = WORDS[locale];
  const depth = id.split("/").length - 1;
  const up = "../".repeat(depth);
  const other = locale === "en" ? `${up}../ja/rules/${id}.md` : `${up}../../rules/${id}.md`;
  const index = locale === "en" ? `${up}en.md` : `${up}../../rules/ja.md`;
  const lines = [
    "---",
    "",
    `title: ${id}`,
    `group: ${locale === "en" ? "Rules" : "ルール"}`,
    "---",
    "",
    referenceEntry(formatRuleReference(locale), id).replace(/^## /, "# "),
    "",
    `[${w.other}](${other}) · [${w.index}](${index})`,
    "",
  ];
  const c = allCases.find((x) => x.rule === id && !x.options?.bia && !x.options?.matrix);
  if (!c) {
    lines.push(`## ${w.fails}`, "", w.none, "");
    return `${lines.join("\n")}\n`;
  }
  const failing = cleanPlan();
  c.mutate(failing);
  const found = run(failing, { preset: "nist-high", ...c.options, locale }).diagnostics.filter(
    (d) => d.code === id,
  );
  const at = shownPointer(failing, found[0]?.path ?? "");
  const clean = cleanPlan();
  lines.push(
    `## ${w.fails}`,
    "",
    `${w.case}: ${c.name}.`,
    "",
    "```yaml",
    `# ${at || "/"}`,
    yamlOf(at === "" ? failing : valueAt(failing, at), locale),
    "```",
    "",
    `${w.finding}:`,
    "",
    ...found.map((d) => `- ${d.severity} \`${d.code}\` at \`${d.path || "/"}\`: ${d.message}`),
    "",
    `## ${w.passes}`,
    "",
    "```yaml",
    `# ${at || "/"}`,
    yamlOf(at === "" ? clean : valueAt(clean, at), locale),
    "```",
    "",
  );
  return `${lines.join("\n")}\n`;
}

const ids = builtinRules.filter((r) => !r.meta.deprecated).map((r) => r.meta.id);

describe("a page per rule", () => {
  for (const locale of ["en", "ja"] as const) {
    test(`docs/${locale === "en" ? "" : "ja/"}rules/<id>.md are up to date, one per rule`, () => {
      const dir = repoPath(locale === "en" ? "docs/rules" : "docs/ja/rules");
      for (const id of ids) {
        const file = join(dir, `${id}.md`);
        const markdown = page(id, locale);
        if (write) {
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, markdown);
        }
        expect(existsSync(file), file).toBe(true);
        expect(readFileSync(file, "utf8"), file).toBe(markdown);
      }
      // No page of a rule that no longer exists.
      const pages = readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith(".md") && f.includes("/"))
        .map((f) => f.replace(/\.md$/, ""));
      expect(pages.sort()).toEqual([...ids].sort());
    });
  }

  test("a failing snippet shows the findings the validator really reports", () => {
    // backup/offsite's first case sets the ERP backup's `offsite` to false (the clean sample's
    // first measure, m-erp-backup): one warning at /preIncident/measures/0.
    const text = page("backup/offsite", "en");
    expect(text).toContain("# /preIncident/measures/0\nid: m-erp-backup\n");
    expect(text).toContain("  offsite: false\n");
    expect(text).toContain(
      "- warning `backup/offsite` at `/preIncident/measures/0`: Backup measure 'm-erp-backup' keeps no off-site copy.",
    );
    expect(text).toContain("## The same part, passing\n\n```yaml\n# /preIncident/measures/0\n");
    expect(text).toContain("  offsite: true\n");
  });
});
