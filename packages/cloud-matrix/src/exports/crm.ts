import { escapeMarkdown, toCsv } from "@mamori/core/internal";
import type { CrmResponsibility, CrmResult, CrmStatus } from "../analysis/crm.js";

const STATUS: Record<"en" | "ja", Record<CrmStatus, string>> = {
  en: { satisfied: "satisfied", unverified: "unverified", "not-satisfied": "not satisfied" },
  ja: { satisfied: "充足", unverified: "未検証", "not-satisfied": "未充足" },
};

const REASON: Record<"en" | "ja", Record<NonNullable<CrmResponsibility["reason"]>, string>> = {
  en: {
    "no-evidence": "no evidence",
    "evidence-expired": "evidence expired",
    "evidence-not-yet-issued": "evidence not issued yet",
    "date-unreadable": "the check day is not a date",
  },
  ja: {
    "no-evidence": "証跡なし",
    "evidence-expired": "証跡の期限切れ",
    "evidence-not-yet-issued": "証跡が未発行",
    "date-unreadable": "確認日が日付ではない",
  },
};

/**
 * The columns of {@link toCrmCsv}, in order: one row per responsibility left to the customer
 * (and one per control with none, so every control of the CRM appears).
 *
 * @example
 * ```ts
 * import { CRM_CSV_COLUMNS } from "@mamori/cloud-matrix";
 * CRM_CSV_COLUMNS[0]; // "catalog"
 * ```
 *
 * @category Customer responsibility
 */
export const CRM_CSV_COLUMNS = [
  "catalog",
  "control",
  "provided",
  "inherited",
  "responsibility_uuid",
  "responsibility",
  "named_by",
  "status",
  "reason",
  "customer_statement",
  "evidence",
] as const;

/**
 * Write a computed CRM as CSV ({@link CRM_CSV_COLUMNS}): what the customer still owes, per
 * control and responsibility, with the provider's words, the verdict and the customer's
 * statements and evidence. Every text cell is neutralised against formula injection.
 *
 * @param crm - A computed CRM, from {@link computeCrm}.
 * @returns The CSV text, with a header row and CRLF line ends.
 *
 * @example
 * ```ts
 * import { computeCrm, toCrmCsv } from "@mamori/cloud-matrix";
 * const crm = computeCrm({ provider: { kind: "ProviderAttestation", schemaVersion: "1.0", provider: "p", evidence: [],
 *   controls: [{ control: { catalog: "iso27017", control: "CLD.9.5.1" }, owner: "shared", customerResponsibility: "Encrypt your volumes." }] } });
 * toCrmCsv(crm).split("\r\n")[1]?.includes("not-satisfied"); // true
 * ```
 *
 * @category Customer responsibility
 */
export function toCrmCsv(crm: CrmResult): string {
  const rows: Array<Array<string | number>> = [[...CRM_CSV_COLUMNS]];
  for (const c of crm.controls) {
    const provided = c.provided.map((p) => p.description).join("\n");
    const inherited = c.provided.filter((p) => p.inherited).length;
    if (c.responsibilities.length === 0)
      rows.push([c.catalog, c.control, provided, inherited, "", "", "", "", "", "", ""]);
    for (const r of c.responsibilities)
      rows.push([
        c.catalog,
        c.control,
        provided,
        inherited,
        r.uuid,
        r.description,
        r.system,
        r.status,
        r.reason ?? "",
        r.by.map((b) => b.statement).join("\n"),
        [...new Set(r.by.flatMap((b) => b.evidence))].join(" "),
      ]);
  }
  return toCsv(rows);
}

/**
 * Render a computed CRM as Markdown, English or Japanese: a summary line, then one table row
 * per responsibility — control, the provider's words, who names it, the verdict (with its
 * reason) and the customer's statements and evidence. Controls that owe nothing are listed
 * after, with what the customer inherits. Every document string goes through `escapeMarkdown`.
 *
 * @param crm - A computed CRM, from {@link computeCrm}.
 * @param options - The language of the document, `en` (default) or `ja`.
 *
 * @example
 * ```ts
 * import { computeCrm, formatCrmMarkdown } from "@mamori/cloud-matrix";
 * const crm = computeCrm({ provider: { kind: "ProviderAttestation", schemaVersion: "1.0", provider: "p", evidence: [],
 *   controls: [{ control: { catalog: "iso27017", control: "CLD.9.5.1" }, owner: "shared", customerResponsibility: "Encrypt your volumes." }] } });
 * formatCrmMarkdown(crm).includes("| iso27017 CLD.9.5.1 | Encrypt your volumes. | p | not satisfied |"); // true
 * ```
 *
 * @category Customer responsibility
 */
export function formatCrmMarkdown(crm: CrmResult, options: { locale?: "en" | "ja" } = {}): string {
  const ja = options.locale === "ja";
  const locale = ja ? "ja" : "en";
  const s = crm.summary;
  const lines: string[] = [];
  const who = crm.customer ? escapeMarkdown(crm.customer) : ja ? "利用者" : "the customer";
  const chain = crm.systems.map((x) => escapeMarkdown(x.title)).join(" → ");
  lines.push(
    ja ? `## ${who} の責任（${chain}）` : `## What ${who} still owes (${chain})`,
    "",
    ja
      ? `管理策${s.controls}件、利用者の責任${s.responsibilities}件（充足${s.satisfied}件、未検証${s.unverified}件、未充足${s.notSatisfied}件）、継承する機能${s.inherited}件／提供${s.provided}件。`
      : `${s.controls} controls, ${s.responsibilities} customer responsibilities (${s.satisfied} satisfied, ${s.unverified} unverified, ${s.notSatisfied} not satisfied); ${s.inherited} of ${s.provided} provided capabilities inherited.`,
    "",
  );
  const head = ja
    ? ["管理策", "事業者が示す責任", "示したシステム", "判定", "利用者の記述", "証跡"]
    : [
        "Control",
        "Responsibility (provider's words)",
        "Named by",
        "Verdict",
        "Customer statement",
        "Evidence",
      ];
  const cell = (t: string) => escapeMarkdown(t);
  const rows = crm.controls.flatMap((c) =>
    c.responsibilities.map((r) => {
      const verdict = `${STATUS[locale][r.status]}${r.reason ? ` (${REASON[locale][r.reason]})` : ""}`;
      return `| ${cell(`${c.catalog} ${c.control}`)} | ${cell(r.description)} | ${cell(r.system)} | ${verdict} | ${cell(r.by.map((b) => b.statement).join("\n"))} | ${cell([...new Set(r.by.flatMap((b) => b.evidence))].join(", "))} |`;
    }),
  );
  if (rows.length > 0)
    lines.push(`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows, "");
  const clear = crm.controls.filter((c) => c.responsibilities.length === 0);
  if (clear.length > 0) {
    lines.push(
      ja ? "### 利用者の責任がない管理策" : "### Controls with no customer responsibility",
      "",
    );
    for (const c of clear) {
      const inherited = c.provided.filter((p) => p.inherited).length;
      const pending = c.provided.filter((p) => !p.inherited && p.status !== undefined);
      const note = pending.map((p) => `${cell(p.description)} (${p.status})`).join("; ");
      lines.push(
        ja
          ? `- ${cell(`${c.catalog} ${c.control}`)}: 継承${inherited}件${note ? `、未継承: ${note}` : ""}`
          : `- ${cell(`${c.catalog} ${c.control}`)}: ${inherited} inherited${note ? `; not inherited: ${note}` : ""}`,
      );
    }
    lines.push("");
  }
  return lines.join("\n");
}
