import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { describe, expect, test } from "vitest";
import { repoPath } from "../../test/harness.js";
import { defineRule, formatRuleReference, ruleDocs } from "../index.js";
import { builtinRules } from "../rules/all.js";

// `npm run docs:rules` (MAMORI_WRITE_DOCS=1) rewrites the committed files; otherwise they must match.
const write = process.env.MAMORI_WRITE_DOCS === "1";

describe("rule reference", () => {
  test.each(["en", "ja"] as const)(
    "docs/rules/%s.md is up to date with the rules' metadata",
    (locale) => {
      const file = repoPath(`docs/rules/${locale}.md`);
      // The site's page is the reference with a link to the other language's, under the title.
      const other =
        locale === "en" ? "日本語: [ルール一覧](ja.md)" : "English: [Rule reference](en.md)";
      const markdown = formatRuleReference(locale).replace(/^(# .*\n)/, `$1\n${other}\n`);
      if (write) {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, markdown);
      }
      expect(existsSync(file)).toBe(true);
      expect(readFileSync(file, "utf8")).toBe(markdown);
    },
  );

  test("lists every rule with its severity, rationale and messages", () => {
    const en = formatRuleReference("en");
    const ja = formatRuleReference("ja");
    for (const r of builtinRules) {
      const docs = ruleDocs(r);
      expect(en).toContain(`## ${r.meta.id}\n\n${docs?.description.en}\n`);
      expect(ja).toContain(`## ${r.meta.id}\n\n${docs?.description.ja}\n`);
      expect(en).toContain(`**Rationale:** ${docs?.rationale.en}\n`);
      expect(ja).toContain(`**根拠：** ${docs?.rationale.ja}\n`);
    }
    expect(en).toContain(
      "- Default severity: error\n- Presets: recommended (error), strict (error), nist-low (error), nist-moderate (error), nist-high (error)",
    );
    expect(en).toContain(`${builtinRules.length} rules.`);
    expect(ja).toContain(`全${builtinRules.length}ルール。`);
    expect(en).toMatch(
      /\n\| \[`power\/backup-runtime`\]\(#powerbackup-runtime\) +\| power +\| error +\|\n/,
    );
    expect(en).toMatch(
      /\n\| \[`nist\/alternate-site`\]\(#nistalternate-site\) +\| nist +\| off +\|\n/,
    );
  });

  test("documents custom rules the same way", () => {
    const rule = defineRule({
      meta: {
        id: "acme/owner-named",
        category: "acme",
        defaultSeverity: "info",
        description: { en: "The owner is named.", ja: "責任者が明示されている。" },
        rationale: { en: "Acme policy 4.2.", ja: "Acme 規程 4.2。" },
        references: ["Acme policy 4.2"],
        messages: {
          en: { "acme/owner-named": "No owner." },
          ja: { "acme/owner-named": "責任者がいません。" },
        },
      },
      check() {},
    });
    expect(formatRuleReference("ja", [rule])).toBe(
      [
        "# ルール一覧",
        "",
        "`formatRuleReference` によりルールのメタデータから生成しています。手で編集しないでください。ルール ID は診断の `code` でもあります。重大度は `recommended` プリセットでの既定値です。既定で無効（off）のルールは NIST SP 800-34 のプロファイルで有効になります。",
        "",
        "全1ルール。",
        "",
        // id column: "[`acme/owner-named`](#acmeowner-named)" is 38 columns; カテゴリ and 既定の重大度 are 4 and 6 wide characters (8 and 12 columns)
        "| id                                     | カテゴリ | 既定の重大度 |",
        "| -------------------------------------- | -------- | ------------ |",
        "| [`acme/owner-named`](#acmeowner-named) | acme     | info         |",
        "",
        "## acme/owner-named",
        "",
        "責任者が明示されている。",
        "",
        "- カテゴリ: acme",
        "- 既定の重大度: info",
        "",
        "**根拠：** Acme 規程 4.2。",
        "",
        "**参照:** Acme policy 4.2",
        "",
        "**メッセージ:**",
        "",
        "- `acme/owner-named`: 責任者がいません。",
        "",
      ].join("\n"),
    );
  });

  test("lists a rule without documentation without description and rationale", () => {
    const rule = defineRule({
      meta: {
        id: "acme/bare",
        category: "acme",
        defaultSeverity: "warning",
        references: ["Acme policy 1"],
        messages: { en: { "acme/bare": "Bare." }, ja: { "acme/bare": "なし。" } },
      },
      check() {},
    });
    const markdown = formatRuleReference("en", [rule]);
    expect(markdown.slice(markdown.indexOf("## acme/bare"))).toBe(
      [
        "## acme/bare",
        "",
        "- Category: acme",
        "- Default severity: warning",
        "",
        "**References:** Acme policy 1",
        "",
        "**Messages:**",
        "",
        "- `acme/bare`: Bare.",
        "",
      ].join("\n"),
    );
  });

  test("shows option schemas, and a deprecated id as an alias of its replacement", () => {
    const en = formatRuleReference("en");
    expect(en).toContain(
      '- `within` (default `"P1Y"`; schema `{"type":"string","format":"duration"}`): How long after the last review the next one is due (ISO 8601 duration longer than zero).',
    );
    expect(en).toMatch(
      /\| \[`maintenance\/review-within-12-months`\]\(#maintenancereview-within-12-months\) +\| maintenance +\| deprecated +\|/,
    );
    expect(en).toContain(
      "**Deprecated: renamed [`maintenance/review-interval`](#maintenancereview-interval).",
    );
    expect(formatRuleReference("ja")).toContain(
      "**非推奨: [`maintenance/review-interval`](#maintenancereview-interval) に名前が変わりました。",
    );
  });
});
