import { createDiagnostic, type Diagnostic, type Locale } from "@mamori/core";
import { escapePointerSegment, toCsv } from "@mamori/core/internal";
import type { MatrixResult } from "../analysis/analyze.js";
import { CAIQ_COLUMNS } from "../attestation/caiq.js";
import { cloudMatrixMessages as M } from "../messages.js";
import type { ProviderAttestation } from "../schema.js";

/**
 * Write an attestation as CAIQ-style CSV ({@link CAIQ_COLUMNS}), one row per control;
 * cells a spreadsheet would evaluate are neutralised against formula injection (core's
 * `neutraliseCsvCell`), and cells with leading or trailing spaces are quoted. `importCaiqCsv`
 * reads it back unchanged — apostrophes, spaces and all — except what CSV has no place for
 * (`x-` fields, evidence titles and issuers, a second piece of evidence per control…), which
 * {@link caiqCsvLosses} lists as warnings: check it before relying on the CSV alone.
 *
 * @param attestation - The attestation to write, such as one read by {@link readAttestation}.
 * @returns The CSV text, with a header row and CRLF line ends.
 *
 * @example
 * ```ts
 * import { toCaiqCsv } from "@mamori/cloud-matrix";
 * toCaiqCsv({ kind: "ProviderAttestation", schemaVersion: "1.0", provider: "p", evidence: [],
 *   controls: [{ control: { catalog: "ccm-v4", control: "IAM" }, owner: "shared", providerImplementation: "=1+1" }] });
 * // "Control ID,Catalog,Ownership,...\r\nIAM,ccm-v4,shared,'=1+1,,,,,\r\n"
 * ```
 *
 * @category Exports
 */
export function toCaiqCsv(attestation: ProviderAttestation): string {
  const evidence = new Map(attestation.evidence.map((e) => [e.id, e]));
  const used = new Set<string>();
  const rows: string[][] = [[...CAIQ_COLUMNS]];
  for (const c of attestation.controls) {
    const id = c.evidence?.[0];
    const e = id === undefined ? undefined : evidence.get(id);
    // Declare each piece of evidence once, on the first row that uses it.
    const declare = e !== undefined && !used.has(e.id);
    if (e) used.add(e.id);
    rows.push([
      c.control.control,
      c.control.catalog,
      c.owner,
      c.providerImplementation ?? "",
      c.customerResponsibility ?? "",
      id ?? "",
      declare ? e.type : "",
      declare ? e.issued : "",
      declare ? (e.expires ?? "") : "",
    ]);
  }
  return toCsv(rows);
}

/**
 * What {@link toCaiqCsv} cannot carry, as warnings at their paths in the
 * attestation: `x-` fields (`cloud-matrix/csv-cannot-carry`, also evidence `title` and
 * `issuer`), empty texts that read back as absent, a control's second and later evidence,
 * evidence no control names first, and an evidence order other than first use. The provider id
 * is not in the CSV either: `importCaiqCsv` takes it as an option. Empty when the CSV reads
 * back identical (a property test checks it).
 *
 * @param attestation - The attestation that would be written with {@link toCaiqCsv}.
 * @param options - The locale of the warnings, default `en`.
 *
 * @example
 * ```ts
 * import { caiqCsvLosses } from "@mamori/cloud-matrix";
 * caiqCsvLosses({ kind: "ProviderAttestation", schemaVersion: "1.0", provider: "p", evidence: [],
 *   controls: [{ control: { catalog: "ccm-v4", control: "IAM" }, owner: "shared", "x-ticket": "SEC-1" }] })
 *   .map((d) => d.path); // ["/controls/0/x-ticket"]
 * ```
 *
 * @category Exports
 */
export function caiqCsvLosses(
  attestation: ProviderAttestation,
  options: { locale?: Locale } = {},
): Diagnostic[] {
  const locale = options.locale ?? "en";
  const out: Diagnostic[] = [];
  const warn = (path: string, data: Record<string, string>, messageKey: string) =>
    out.push(
      createDiagnostic(M, locale, {
        code: "cloud-matrix/csv-cannot-carry",
        severity: "warning",
        path,
        data,
        messageKey,
      }),
    );
  const extra = (value: object, path: string, carried: readonly string[]) => {
    for (const key of Object.keys(value)) {
      if (!carried.includes(key))
        warn(
          `${path}/${escapePointerSegment(key)}`,
          { field: key },
          "cloud-matrix/csv-cannot-carry",
        );
    }
  };
  extra(attestation, "", ["kind", "schemaVersion", "provider", "evidence", "controls"]);
  const firstUse: string[] = [];
  attestation.controls.forEach((c, i) => {
    const base = `/controls/${i}`;
    extra(c, base, [
      "control",
      "owner",
      "providerImplementation",
      "customerResponsibility",
      "evidence",
    ]);
    extra(c.control, `${base}/control`, ["catalog", "control"]);
    for (const key of ["providerImplementation", "customerResponsibility"] as const) {
      if (c[key] === "")
        warn(`${base}/${key}`, { field: key }, "cloud-matrix/csv-cannot-carry-empty");
    }
    if (c.evidence !== undefined && c.evidence.length === 0)
      warn(`${base}/evidence`, { field: "evidence" }, "cloud-matrix/csv-cannot-carry-empty");
    c.evidence?.forEach((id, j) => {
      if (j > 0)
        warn(`${base}/evidence/${j}`, { evidence: id }, "cloud-matrix/csv-cannot-carry-evidence");
    });
    const first = c.evidence?.[0];
    if (first !== undefined && !firstUse.includes(first)) firstUse.push(first);
  });
  const declared = new Set(attestation.evidence.map((e) => e.id));
  const order = firstUse.filter((id) => declared.has(id));
  const seen = new Set<string>();
  attestation.evidence.forEach((e, i) => {
    extra(e, `/evidence/${i}`, ["id", "type", "issued", "expires"]);
    // The CSV declares an id once: a second entry with the same id has no row either.
    if (!firstUse.includes(e.id) || seen.has(e.id))
      warn(`/evidence/${i}`, { evidence: e.id }, "cloud-matrix/csv-cannot-carry-unused");
    seen.add(e.id);
  });
  const listed = [...new Set(attestation.evidence.map((e) => e.id))].filter((id) =>
    firstUse.includes(id),
  );
  if (listed.join("\u0000") !== order.join("\u0000"))
    warn("/evidence", {}, "cloud-matrix/csv-cannot-carry-order");
  return out;
}

/**
 * The columns of {@link toMatrixCsv}.
 *
 * @example
 * ```ts
 * import { MATRIX_CSV_COLUMNS } from "@mamori/cloud-matrix";
 * MATRIX_CSV_COLUMNS.includes("Findings"); // true
 * ```
 *
 * @category Exports
 */
export const MATRIX_CSV_COLUMNS = [
  "Catalog",
  "Control ID",
  "Title",
  "Clause",
  "Ownership",
  "Reason",
  "Customer Guidance",
  "Provider Expectations",
  "Attested Ownership",
  "Findings",
] as const;

/**
 * Write an analysed matrix as CSV ({@link MATRIX_CSV_COLUMNS}), formula injection
 * neutralised, in the requested language for titles and guidance.
 *
 * @param result - An analysed matrix, from {@link analyzeMatrix}.
 * @param options - The language of titles and guidance, `en` (default) or `ja`.
 * @returns The CSV text, with a header row and CRLF line ends.
 *
 * @example
 * ```ts
 * import { analyzeMatrix, toMatrixCsv } from "@mamori/cloud-matrix";
 * const csv = toMatrixCsv(analyzeMatrix({ kind: "ResponsibilityMatrix", schemaVersion: "1.0", id: "m", provider: "p", serviceModel: "saas", catalogs: ["iso27017"] }));
 * csv.split("\r\n").length; // 9 (header, 7 controls, final empty line)
 * ```
 *
 * @category Exports
 */
export function toMatrixCsv(result: MatrixResult, options: { locale?: "en" | "ja" } = {}): string {
  const ja = options.locale === "ja";
  const rows: string[][] = [[...MATRIX_CSV_COLUMNS]];
  for (const c of result.controls) {
    const pick = (t: { en: string; ja?: string | undefined }) => (ja && t.ja ? t.ja : t.en);
    rows.push([
      c.catalog,
      c.control,
      ja && c.titleJa ? c.titleJa : c.title,
      c.clause ?? "",
      c.owner,
      c.reason.source === "override"
        ? `override${c.reason.note ? `: ${c.reason.note}` : ""}`
        : `${c.reason.source}: ${c.reason.layers.map((l) => `${l.layer}=${l.owner}`).join(" ")}`.trim(),
      c.customerGuidance.map(pick).join("\n"),
      c.providerExpectations.map(pick).join("\n"),
      c.attested?.owner ?? "",
      c.findings.join(" "),
    ]);
  }
  return toCsv(rows);
}
