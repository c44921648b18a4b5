import {
  createDiagnostic,
  type Diagnostic,
  type Locale,
  parseIsoDate,
  restoreCsvCell,
} from "@mamori/core";
import { cloudMatrixMessages as M } from "../messages.js";
import { OWNERSHIPS } from "../model.js";
import type { AttestedControl, Evidence, ProviderAttestation } from "../schema.js";
import { readCsv } from "../util/csv.js";
import { parseOwnership } from "./ownership.js";

/**
 * The CAIQ-style CSV columns mamori reads and writes, in order. `Control ID` and
 * `Ownership` are required; `Catalog` defaults to the option `catalog`.
 *
 * @example
 * ```ts
 * import { CAIQ_COLUMNS } from "@mamori/cloud-matrix";
 * CAIQ_COLUMNS[0]; // "Control ID"
 * ```
 */
export const CAIQ_COLUMNS = [
  "Control ID",
  "Catalog",
  "Ownership",
  "Provider Implementation",
  "Customer Responsibility",
  "Evidence ID",
  "Evidence Type",
  "Evidence Issued",
  "Evidence Expires",
] as const;

/**
 * Options of {@link parseCaiqCsv}.
 *
 * @example
 * ```ts
 * import type { CaiqOptions } from "@mamori/cloud-matrix";
 * const o: CaiqOptions = { provider: "kumomail", catalog: "ccm-v4", locale: "ja" };
 * ```
 */
export interface CaiqOptions {
  /** Provider id the attestation is from (default `unknown`). */
  provider?: string;
  /** Catalog of rows without a `Catalog` cell (default `ccm-v4`). */
  catalog?: string;
  /** Locale of messages. */
  locale?: Locale;
}

/**
 * The outcome of reading an attestation (CSV, OSCAL or document).
 *
 * @example
 * ```ts
 * import type { AttestationImport } from "@mamori/cloud-matrix";
 * const r: AttestationImport = { attestation: undefined, diagnostics: [], source: "caiq-csv" };
 * ```
 */
export interface AttestationImport {
  /** The attestation read, or undefined when nothing usable was found. */
  attestation: ProviderAttestation | undefined;
  /** Problems, with JSON pointers (`/rows/3/Ownership` for CSV). */
  diagnostics: Diagnostic[];
  /** Where it came from. */
  source: "document" | "caiq-csv" | "oscal-ssp";
}

const EVIDENCE_TYPES = new Set(["third-party-audit", "certification", "self-attestation"]);

/**
 * Read a CAIQ-style CSV (see {@link CAIQ_COLUMNS}) into a provider attestation. Ownership
 * accepts CCM's words (`CSP-owned`…). Rows with an evidence type declare evidence (rows
 * sharing an `Evidence ID` share it). Never throws; paths are `/rows/<row index>/<column>`
 * with row 0 the first data row.
 *
 * @example
 * ```ts
 * import { parseCaiqCsv } from "@mamori/cloud-matrix";
 * const csv = "Control ID,Ownership,Provider Implementation\r\nIAM,Shared CSP and CSC,SSO with MFA\r\n";
 * parseCaiqCsv(csv, { provider: "kumomail" }).attestation?.controls[0]?.owner; // "shared"
 * ```
 */
export function parseCaiqCsv(text: string, options: CaiqOptions = {}): AttestationImport {
  const locale = options.locale ?? "en";
  const diagnostics: Diagnostic[] = [];
  const diag = (
    code: string,
    path: string,
    data: Record<string, string | number>,
    severity: "error" | "warning" = "error",
  ) => diagnostics.push(createDiagnostic(M, locale, { code, severity, path, data }));
  const table = readCsv(text);
  if (table.unterminatedAt !== undefined) {
    diag("cloud-matrix/csv-unterminated-quote", "", { line: table.unterminatedAt });
    return { attestation: undefined, diagnostics, source: "caiq-csv" };
  }
  const header = (table.rows[0] ?? []).map((h) => h.trim());
  const col = new Map(header.map((h, i) => [h.toLowerCase(), i]));
  for (const required of ["Control ID", "Ownership"]) {
    if (!col.has(required.toLowerCase()))
      diag("cloud-matrix/csv-missing-column", "/header", { column: required });
  }
  if (diagnostics.length > 0) return { attestation: undefined, diagnostics, source: "caiq-csv" };
  const controls: AttestedControl[] = [];
  const evidence: Evidence[] = [];
  const evidenceIds = new Set<string>();
  for (let r = 1; r < table.rows.length; r++) {
    const row = table.rows[r] as string[];
    const quoted = table.quoted?.[r] ?? [];
    const line = table.lines[r] as number;
    const base = `/rows/${r - 1}`;
    if (row.length !== header.length) {
      diag("cloud-matrix/csv-row-length", base, {
        line,
        actual: row.length,
        expected: header.length,
      });
    }
    // White space around an unquoted field is layout; inside quotes it is the value (the
    // writer quotes it). Then undo core's formula neutralisation, exactly.
    const cell = (name: string): string => {
      const i = col.get(name.toLowerCase());
      if (i === undefined) return "";
      const raw = row[i] ?? "";
      return restoreCsvCell(quoted[i] ? raw : raw.trim());
    };
    const controlId = cell("Control ID");
    if (controlId === "") continue;
    const ownerText = cell("Ownership");
    const owner = parseOwnership(ownerText);
    if (owner === undefined) {
      diag("cloud-matrix/invalid-ownership", `${base}/Ownership`, {
        value: ownerText,
        allowed: OWNERSHIPS.join(", "),
      });
      continue;
    }
    const attested: AttestedControl = {
      control: { catalog: cell("Catalog") || options.catalog || "ccm-v4", control: controlId },
      owner,
    };
    const impl = cell("Provider Implementation");
    const resp = cell("Customer Responsibility");
    if (impl) attested.providerImplementation = impl;
    if (resp) attested.customerResponsibility = resp;
    const type = cell("Evidence Type");
    if (type) {
      if (!EVIDENCE_TYPES.has(type)) {
        diag("cloud-matrix/csv-bad-evidence-type", `${base}/Evidence Type`, { value: type, line });
      } else {
        const id = cell("Evidence ID") || `${controlId}-evidence`;
        const issued = cell("Evidence Issued");
        const expires = cell("Evidence Expires");
        let ok = true;
        for (const [name, value] of [
          ["Evidence Issued", issued],
          ["Evidence Expires", expires],
        ] as const) {
          if ((value || name === "Evidence Issued") && parseIsoDate(value).date === undefined) {
            diag("cloud-matrix/csv-bad-date", `${base}/${name}`, { value, line });
            ok = false;
          }
        }
        if (ok) {
          if (!evidenceIds.has(id)) {
            evidenceIds.add(id);
            const e: Evidence = { id, type: type as Evidence["type"], issued };
            if (expires) e.expires = expires;
            evidence.push(e);
          }
          attested.evidence = [id];
        }
      }
    } else if (cell("Evidence ID")) {
      attested.evidence = [cell("Evidence ID")];
    }
    controls.push(attested);
  }
  return {
    attestation: {
      kind: "ProviderAttestation",
      schemaVersion: "1.0",
      provider: options.provider ?? "unknown",
      evidence,
      controls,
    },
    diagnostics,
    source: "caiq-csv",
  };
}
