import { escapeMarkdown } from "@mamori/core/internal";
import type { MatrixResult } from "../analysis/analyze.js";
import type { DifferentialAudit } from "../analysis/audit.js";
import { matrixLabel } from "../labels.js";

// Every document string goes through core's one Markdown escaping: HTML such as
// `<plaintext>` stays text, `|` cannot end a cell, terminal controls are replaced.
const cell = escapeMarkdown;

const HEAD = {
  en: ["Catalog", "Control", "Title", "Clause", "Owner", "Attested", "Findings"],
  ja: ["カタログ", "管理策", "名称", "箇条", "実施主体", "事業者の表明", "指摘"],
};

/**
 * Render an analysed matrix as a Markdown table (English or Japanese headings and titles).
 * Every document string, the heading's too, is escaped with `escapeMarkdown` (Markdown and
 * HTML special characters, terminal controls), line breaks as `<br>`.
 *
 * @param result - An analysed matrix, from {@link analyzeMatrix}.
 * @param options - The language of the document, `en` (default) or `ja`.
 *
 * @example
 * ```ts
 * import { analyzeMatrix, formatMatrixMarkdown } from "@mamori/cloud-matrix";
 * const md = formatMatrixMarkdown(analyzeMatrix({ kind: "ResponsibilityMatrix", schemaVersion: "1.0", id: "m", provider: "p", serviceModel: "saas", catalogs: ["iso27017"] }));
 * md.startsWith("## m (p, saas)"); // true
 * ```
 *
 * @category Exports
 */
export function formatMatrixMarkdown(
  result: MatrixResult,
  options: { locale?: "en" | "ja" } = {},
): string {
  const ja = options.locale === "ja";
  const locale = ja ? "ja" : "en";
  const head = ja ? HEAD.ja : HEAD.en;
  const lines: string[] = [];
  if (result.matrix)
    lines.push(
      `## ${cell(result.matrix.id)} (${cell(result.matrix.provider)}, ${cell(result.matrix.serviceModel)})`,
      "",
    );
  lines.push(`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`);
  for (const c of result.controls) {
    lines.push(
      `| ${[
        c.catalog,
        c.control,
        ja && c.titleJa ? c.titleJa : c.title,
        c.clause ?? "",
        matrixLabel(c.owner, locale),
        c.attested ? matrixLabel(c.attested.owner, locale) : "",
        c.findings.map((f) => matrixLabel(f, locale)).join(ja ? "、" : ", "),
      ]
        .map(cell)
        .join(" | ")} |`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Render a differential audit as Markdown an auditor can work from: counts, then one table
 * per kind of item.
 *
 * @param audit - A differential audit, from {@link differentialAudit}.
 * @param options - The language of the document, `en` (default) or `ja`.
 *
 * @example
 * ```ts
 * import { formatAuditMarkdown } from "@mamori/cloud-matrix";
 * formatAuditMarkdown({ items: [], counts: { "new-control": 0, "ownership-moved": 0, "customer-guidance": 0, total: 0, controls: 0 }, diagnostics: [] });
 * ```
 *
 * @category Exports
 */
export function formatAuditMarkdown(
  audit: DifferentialAudit,
  options: { locale?: "en" | "ja" } = {},
): string {
  const ja = options.locale === "ja";
  const lines = [
    ja
      ? "# 差分監査（クラウド利用で追加される事項）"
      : "# Differential audit (what cloud use adds)",
    "",
    ...(ja
      ? [
          `- ${matrixLabel("new-control", "ja")}: ${audit.counts["new-control"]}件`,
          `- ${matrixLabel("ownership-moved", "ja")}: ${audit.counts["ownership-moved"]}件`,
          `- ${matrixLabel("customer-guidance", "ja")}: ${audit.counts["customer-guidance"]}件`,
          `- 合計: ${audit.counts.total}件（管理策${audit.counts.controls}件）`,
        ]
      : [
          `- new-control: ${audit.counts["new-control"]}`,
          `- ownership-moved: ${audit.counts["ownership-moved"]}`,
          `- customer-guidance: ${audit.counts["customer-guidance"]}`,
          `- total: ${audit.counts.total} (${audit.counts.controls} controls)`,
        ]),
  ];
  for (const kind of ["new-control", "ownership-moved", "customer-guidance"] as const) {
    const items = audit.items.filter((i) => i.kind === kind);
    if (items.length === 0) continue;
    lines.push(
      "",
      `## ${ja ? matrixLabel(kind, "ja") : kind}`,
      "",
      ja
        ? "| 事業者 | カタログ | 管理策 | 名称 | 変更前 | 変更後 | 指針 |"
        : "| provider | catalog | control | title | from | to | guidance |",
      "|---|---|---|---|---|---|---|",
    );
    for (const i of items) {
      const g = i.guidance.map((t) => (ja && t.ja ? t.ja : t.en)).join("\n");
      lines.push(
        `| ${[i.provider, i.catalog, i.control, i.title, i.from ? matrixLabel(i.from, ja ? "ja" : "en") : "", matrixLabel(i.to, ja ? "ja" : "en"), g].map(cell).join(" | ")} |`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}
