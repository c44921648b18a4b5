import { type Locale, localize } from "@mamori/core";
import { isWideCharacter } from "@mamori/core/internal";
import * as z from "zod/mini";
import { presets } from "../engine/presets.js";
import type { Rule, RuleOptionSchema } from "../engine/rule.js";
import { builtinRules } from "../rules/all.js";
import { ruleDocs } from "./rule-docs.js";

const TEXT = {
  en: {
    title: "Rule reference",
    intro:
      "Generated from the rules' metadata by `formatRuleReference`; do not edit by hand. Each rule's id is also the `code` of its diagnostics. Severity is the default in the `recommended` preset; `off` rules are enabled by the NIST SP 800-34 profiles.",
    severity: "Default severity",
    category: "Category",
    presets: "Presets",
    rationale: "Rationale",
    colon: ":",
    references: "References",
    messages: "Messages",
    requires: "Runs only when given",
    options: "Options",
    default: "default",
    schema: "schema",
    deprecatedShort: "deprecated",
    deprecated:
      "Deprecated: renamed {to}. A setting or an exception naming this id applies to {to}, with a `config/deprecated-rule` warning.",
    count: "{n} rules.",
  },
  ja: {
    title: "ルール一覧",
    intro:
      "`formatRuleReference` によりルールのメタデータから生成しています。手で編集しないでください。ルール ID は診断の `code` でもあります。重大度は `recommended` プリセットでの既定値です。既定で無効（off）のルールは NIST SP 800-34 のプロファイルで有効になります。",
    severity: "既定の重大度",
    category: "カテゴリ",
    presets: "プリセット",
    rationale: "根拠",
    colon: "：",
    references: "参照",
    messages: "メッセージ",
    requires: "実行条件（次の入力があるとき）",
    options: "オプション",
    default: "既定値",
    schema: "スキーマ",
    deprecatedShort: "非推奨",
    deprecated:
      "非推奨: {to} に名前が変わりました。この ID を指定した設定や例外は {to} に適用され、`config/deprecated-rule` の警告が出ます。",
    count: "全{n}ルール。",
  },
} as const;

/** The heading anchor of a rule id, as Markdown renderers make it. */
function anchor(id: string): string {
  return id.replace(/[^a-z0-9-]/g, "");
}

/**
 * An option schema as compact JSON Schema, when its library can convert it (Standard JSON
 * Schema, or zod's converter); a pattern is left out when a format says the same.
 */
function schemaText(schema: RuleOptionSchema): string | undefined {
  let json: Record<string, unknown> | undefined;
  try {
    const std = (schema as { "~standard": { vendor: string; jsonSchema?: StandardJsonSchema } })[
      "~standard"
    ];
    if (std.jsonSchema) json = std.jsonSchema.input({ target: "draft-2020-12" });
    else if (std.vendor === "zod")
      json = z.toJSONSchema(schema as unknown as z.ZodMiniType, {
        io: "input",
        unrepresentable: "any",
      }) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (!json) return undefined;
  const { $schema: _, ...rest } = json;
  if (typeof rest.format === "string") delete rest.pattern;
  return JSON.stringify(rest);
}

interface StandardJsonSchema {
  input(options: { target: string }): Record<string, unknown>;
}

/** Display width of text: East Asian wide and full-width characters count two columns. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    const wide = isWideCharacter(c);
    w += wide ? 2 : 1;
  }
  return w;
}

/** A Markdown table with aligned columns, as Markdown formatters write it (so a formatter leaves it unchanged). */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) =>
    Math.max(3, displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ""))),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c + " ".repeat((widths[i] ?? 0) - displayWidth(c))).join(" | ")} |`;
  return [line(header), `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`, ...rows.map(line)];
}

/**
 * Generate the rule reference (id, severity, description, rationale, references, messages)
 * as Markdown, in English or Japanese, from the rules' metadata and their documentation
 * (`ruleDocs`; a rule without any is listed without description and rationale). The committed
 * `docs/rules/en.md` and `docs/rules/ja.md` are its output for the built-in rules; pass your
 * own rules to document a custom rule set the same way.
 *
 * @param locale - The language of the reference, `en` (default) or `ja`.
 * @param rules - The rules to document, in any order (they are listed by id); default every built-in rule.
 *
 * @example
 * ```ts
 * import { formatRuleReference } from "@mamori/plan-validator";
 * const markdown = formatRuleReference("ja");
 * markdown.startsWith("# ルール一覧"); // true
 * ```
 *
 * @category Rules
 */
export function formatRuleReference(
  locale: Locale = "en",
  rules: readonly Rule[] = builtinRules,
): string {
  const t = TEXT[locale];
  const sorted = [...rules].sort((a, b) =>
    a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0,
  );
  const lines: string[] = [
    `# ${t.title}`,
    "",
    t.intro,
    "",
    t.count.replace("{n}", String(sorted.length)),
    "",
  ];
  const rows = sorted.map((r) => [
    `[\`${r.meta.id}\`](#${anchor(r.meta.id)})`,
    r.meta.category,
    r.meta.deprecated
      ? t.deprecatedShort
      : (presets.recommended[r.meta.id] ?? r.meta.defaultSeverity),
  ]);
  lines.push(...table(["id", t.category, t.severity], rows), "");
  for (const r of sorted) {
    const m = r.meta;
    const inPresets = Object.entries(presets)
      .filter(([, s]) => s[m.id] !== undefined && s[m.id] !== "off")
      .map(([name, s]) => `${name} (${s[m.id]})`);
    const docs = ruleDocs(r);
    lines.push(`## ${m.id}`, "");
    if (docs) lines.push(localize(docs.description, locale), "");
    if (m.deprecated) {
      const to = m.deprecated.replacedBy;
      lines.push(`**${t.deprecated.replaceAll("{to}", `[\`${to}\`](#${anchor(to)})`)}**`, "");
    }
    lines.push(`- ${t.category}: ${m.category}`);
    if (!m.deprecated) lines.push(`- ${t.severity}: ${m.defaultSeverity}`);
    if (inPresets.length > 0) lines.push(`- ${t.presets}: ${inPresets.join(", ")}`);
    if (m.requires) lines.push(`- ${t.requires}: \`${m.requires}\``);
    lines.push("");
    const options = Object.entries(m.options ?? {});
    if (options.length > 0) {
      lines.push(`**${t.options}${t.colon}**`, "");
      for (const [name, spec] of options) {
        const schema = spec.schema === undefined ? undefined : schemaText(spec.schema);
        lines.push(
          `- \`${name}\` (${t.default} \`${JSON.stringify(spec.default)}\`${schema ? `; ${t.schema} \`${schema}\`` : ""}): ${localize(spec.description, locale)}`,
        );
      }
      lines.push("");
    }
    if (docs) lines.push(`**${t.rationale}${t.colon}** ${localize(docs.rationale, locale)}`, "");
    lines.push(`**${t.references}:** ${m.references.join("; ")}`, "");
    lines.push(`**${t.messages}:**`, "");
    for (const key of Object.keys(m.messages[locale]).sort())
      lines.push(`- \`${key}\`: ${m.messages[locale][key]}`);
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
