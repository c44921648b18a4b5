import { toCsv } from "@mamori/core";
import type { MatrixResult } from "../analysis/analyze.js";
import { CAIQ_COLUMNS } from "../attestation/caiq.js";
import type { ProviderAttestation } from "../schema.js";

/**
 * Write an attestation as CAIQ-style CSV ({@link CAIQ_COLUMNS}), one row per control;
 * cells starting with `=`, `+`, `-`, `@`, tab or CR are neutralised against formula
 * injection. `parseCaiqCsv` reads it back unchanged.
 *
 * @example
 * ```ts
 * import { attestationToCaiqCsv } from "@mamori/cloud-matrix";
 * attestationToCaiqCsv({ kind: "ProviderAttestation", schemaVersion: "1.0", provider: "p", evidence: [],
 *   controls: [{ control: { catalog: "ccm-v4", control: "IAM" }, owner: "shared", providerImplementation: "=1+1" }] });
 * // "Control ID,Catalog,Ownership,...\r\nIAM,ccm-v4,shared,'=1+1,,,,,\r\n"
 * ```
 */
export function attestationToCaiqCsv(attestation: ProviderAttestation): string {
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
 * The columns of {@link matrixToCsv}.
 *
 * @example
 * ```ts
 * import { MATRIX_CSV_COLUMNS } from "@mamori/cloud-matrix";
 * MATRIX_CSV_COLUMNS.includes("Findings"); // true
 * ```
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
 * @example
 * ```ts
 * import { analyzeMatrix, matrixToCsv } from "@mamori/cloud-matrix";
 * const csv = matrixToCsv(analyzeMatrix({ kind: "ResponsibilityMatrix", schemaVersion: "1.0", id: "m", provider: "p", serviceModel: "saas", catalogs: ["iso27017"] }));
 * csv.split("\r\n").length; // 9 (header, 7 controls, final empty line)
 * ```
 */
export function matrixToCsv(result: MatrixResult, options: { locale?: "en" | "ja" } = {}): string {
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
