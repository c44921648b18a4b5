import {
  createDiagnostic,
  type Diagnostic,
  type Locale,
  parseIsoDate,
  type Range,
  type RelatedLocation,
} from "@mamori/core";
import { readCsv, restoreCsvCell } from "@mamori/core/internal";
import { caiqQuestionIndex } from "../catalogs/caiq-questions.js";
import { cloudMatrixMessages as M } from "../messages.js";
import { type DeploymentModel, OWNERSHIPS, type Ownership } from "../model.js";
import type { AttestedControl, Evidence, ProviderAttestation } from "../schema.js";
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
 *
 * @category Attestations
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
 * Options of {@link importCaiqCsv}.
 *
 * @example
 * ```ts
 * import type { CaiqOptions } from "@mamori/cloud-matrix";
 * const o: CaiqOptions = { provider: "kumomail", catalog: "ccm-v4", serviceModel: "saas", locale: "ja" };
 * ```
 *
 * @category Attestations
 */
export interface CaiqOptions {
  /** Provider id the attestation is from (default `unknown`). */
  provider?: string;
  /**
   * Catalog of rows without a `Catalog` cell: default `ccm-v4` for mamori's columns,
   * `ccm-v4.0` for CSA's CAIQ layouts (whose control ids are CCM v4 controls).
   */
  catalog?: string;
  /**
   * The matrix's service model: picks the ownership column of CSA's CCM sheet layout (one
   * column each for IaaS, PaaS and SaaS). Other layouts do not need it.
   */
  serviceModel?: DeploymentModel;
  /** File name written into every diagnostic's `file` (the CSV's own, not the matrix's). */
  file?: string;
  /** Locale of messages. */
  locale?: Locale;
}

/**
 * The CSV layouts {@link importCaiqCsv} reads: mamori's own columns ({@link CAIQ_COLUMNS}),
 * CSA's CAIQ answers as STAR submissions carry them (`Question ID`, `CSP CAIQ Answer`,
 * `SSRM Control Ownership`, `CCM Control ID`), and CSA's CCM / CAIQ sheet with typical
 * ownership per service model (`CCM_Typical Control Applicability and Ownership IaaS`,
 * `CCM_PaaS`, `CCM_SaaS`, or the `Implementation Guidelines_…` ownership columns).
 *
 * @example
 * ```ts
 * import type { CaiqLayout } from "@mamori/cloud-matrix";
 * const l: CaiqLayout = "caiq-answers";
 * ```
 *
 * @category Attestations
 */
export type CaiqLayout = "mamori" | "caiq-answers" | "ccm-sheet";

/**
 * The outcome of reading an attestation (CSV, OSCAL or document).
 *
 * @example
 * ```ts
 * import type { AttestationImport } from "@mamori/cloud-matrix";
 * const r: AttestationImport = { attestation: undefined, diagnostics: [], source: "caiq-csv" };
 * ```
 *
 * @category Attestations
 */
export interface AttestationImport {
  /** The attestation read, or undefined when nothing usable was found. */
  attestation: ProviderAttestation | undefined;
  /** Problems, with JSON pointers (`/rows/3/Ownership` for CSV) and, for CSV, line and column. */
  diagnostics: Diagnostic[];
  /** Where it came from. */
  source: "document" | "caiq-csv" | "oscal-ssp";
  /** For CSV: which layout the header showed. */
  layout?: CaiqLayout;
  /**
   * For CSV: where each of `attestation.controls` came from (the control id cell of its first
   * row), so findings about an attested control can point into the CSV.
   */
  ranges?: Range[];
  /** For CSV: where each of `attestation.evidence` is declared (its id or type cell). */
  evidenceRanges?: Range[];
}

const EVIDENCE_TYPES = new Set(["third-party-audit", "certification", "self-attestation"]);

// CSA's headers, lower-cased. The CCM sheet repeats names such as "…_Gap Level"; only the
// first of each is read, and none of those repeated ones is needed.
const H = {
  questionId: "question id",
  ccmControlId: "ccm control id",
  answer: "csp caiq answer",
  ssrm: "ssrm control ownership",
  sheetQuestionId: "caiq_question id",
  controlId: "control id",
} as const;
const SHEET_OWNERSHIP: Record<"iaas" | "paas" | "saas", readonly string[]> = {
  iaas: [
    "CCM_Typical Control Applicability and Ownership IaaS",
    "Implementation Guidelines_Control Ownership by Service Delivery Model IaaS",
  ],
  paas: ["CCM_PaaS", "Implementation Guidelines_PaaS"],
  saas: ["CCM_SaaS", "Implementation Guidelines_SaaS"],
};

/** One control gathered from its rows (CSA layouts give one row per question). */
interface Gathered {
  attested: AttestedControl;
  row: number;
  range: Range;
  ownerCell: { row: number; column: string; value: string; owner: Ownership } | undefined;
  answers: string[];
  implementations: string[];
  responsibilities: string[];
}

/**
 * Read a CAIQ CSV into a provider attestation. Three layouts are recognised from the header
 * (see {@link CaiqLayout}):
 * - mamori's columns ({@link CAIQ_COLUMNS}): one row per control, `Control ID` and
 *   `Ownership` required; rows with an evidence type declare evidence (rows sharing an
 *   `Evidence ID` share it);
 * - CSA's CAIQ answers (`Question ID`, `SSRM Control Ownership`, optional `CCM Control ID`,
 *   `CSP CAIQ Answer`, `CSP Implementation Description…`, `CSC Responsibilities…`): one row
 *   per question, gathered per control; a control whose questions are all answered `NA` is
 *   `not-applicable`, one with a `No` is `partial` (not attested as declared);
 * - CSA's CCM / CAIQ sheet: ownership from the column of `options.serviceModel`
 *   (`CSP-Owned`, `CSC-Owned`, `Shared`, `Shared (Independent)`, `Shared (Dependent)`).
 *
 * Ownership accepts CCM's and CAIQ's words (`CSP-owned`, `Shared CSP and CSC`…). A repeated
 * control (or, in CSA's layouts, question) row is reported and the first one kept; in CSA's
 * layouts a control's questions that give different owners are reported too. Never throws.
 * Paths are `/rows/<row index>/<column>` with row 0 the first data row, and every
 * diagnostic has the cell's `range` (line and column in the CSV) and `file` when given.
 *
 * @param text - The whole CSV file as text, in one of the three layouts above.
 * @param options - The provider id (the CSV has none), the catalog, the service model whose column a CCM sheet is read from, the file name put on diagnostics and their locale (default `en`); see `CaiqOptions`.
 *
 * @example
 * ```ts
 * import { importCaiqCsv } from "@mamori/cloud-matrix";
 * const csv = "Control ID,Ownership,Provider Implementation\r\nIAM,Shared CSP and CSC,SSO with MFA\r\n";
 * importCaiqCsv(csv, { provider: "kumomail" }).attestation?.controls[0]?.owner; // "shared"
 * const star = "Question ID,CSP CAIQ Answer,SSRM Control Ownership,CCM Control ID\r\nBCR-08.1,Yes,CSP-owned,BCR-08\r\n";
 * importCaiqCsv(star).attestation?.controls[0]?.control; // { catalog: "ccm-v4.0", control: "BCR-08" }
 * ```
 *
 * @category Attestations
 */
export function importCaiqCsv(text: string, options: CaiqOptions = {}): AttestationImport {
  const locale = options.locale ?? "en";
  const diagnostics: Diagnostic[] = [];
  const table = readCsv(text);
  const header = (table.rows[0] ?? []).map((h) => h.trim());
  const ranges = table.ranges ?? [];
  // The range of a cell; a cell the row lacks points at the whole row.
  const cellRange = (r: number, i: number | undefined): Range => {
    const row = ranges[r] ?? [];
    const hit = i === undefined ? undefined : row[i];
    if (hit) return hit;
    const first = row[0];
    const last = row[row.length - 1];
    return first && last
      ? { start: first.start, end: last.end }
      : { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  };
  const diag = (
    code: string,
    path: string,
    range: Range,
    data: Record<string, string | number>,
    severity: "error" | "warning" = "error",
    related?: RelatedLocation[],
  ) => {
    const d = createDiagnostic(M, locale, { code, severity, path, data });
    d.range = range;
    if (related) d.related = related;
    if (options.file !== undefined) d.file = options.file;
    diagnostics.push(d);
  };
  const fail = (layout?: CaiqLayout): AttestationImport => ({
    attestation: undefined,
    diagnostics,
    source: "caiq-csv",
    ...(layout ? { layout } : {}),
  });
  if (table.unterminatedAt !== undefined) {
    const at = { line: table.unterminatedAt, column: table.unterminatedColumn ?? 1 };
    diag(
      "cloud-matrix/csv-unterminated-quote",
      "",
      { start: at, end: at },
      {
        line: table.unterminatedAt,
      },
    );
    return fail();
  }
  const col = new Map<string, number>();
  header.forEach((h, i) => {
    const k = h.toLowerCase();
    if (!col.has(k)) col.set(k, i);
  });
  // CSA's STAR template suffixes these two with " (Optional/Recommended)"; match the start.
  const colStarting = (prefix: string) => {
    const i = header.findIndex((h) => h.toLowerCase().startsWith(prefix));
    return i < 0 ? undefined : i;
  };
  const implCol = colStarting("csp implementation description");
  const respCol = colStarting("csc responsibilities");
  const headerRange = cellRange(0, undefined);

  let layout: CaiqLayout;
  if (col.has(H.questionId) && col.has(H.ssrm)) layout = "caiq-answers";
  else if (
    col.has(H.controlId) &&
    Object.values(SHEET_OWNERSHIP).some((names) => names.some((n) => col.has(n.toLowerCase())))
  )
    layout = "ccm-sheet";
  else layout = "mamori";

  // Column index and name of what each layout reads.
  let ownerCol: number | undefined;
  if (layout === "mamori") {
    for (const required of ["Control ID", "Ownership"]) {
      if (!col.has(required.toLowerCase()))
        diag("cloud-matrix/csv-missing-column", "/header", headerRange, { column: required });
    }
    ownerCol = col.get("ownership");
  } else if (layout === "ccm-sheet") {
    const model = options.serviceModel;
    if (model === undefined || model === "on-premises") {
      diag("cloud-matrix/csv-service-model", "/header", headerRange, {
        serviceModel: model ?? "(none)",
      });
    } else {
      const names = SHEET_OWNERSHIP[model];
      const found = names.find((n) => col.has(n.toLowerCase()));
      if (found === undefined)
        diag("cloud-matrix/csv-missing-column", "/header", headerRange, {
          column: names[0] as string,
        });
      else ownerCol = col.get(found.toLowerCase());
    }
  } else ownerCol = col.get(H.ssrm);
  if (diagnostics.length > 0) return fail(layout);
  const ownerName = header[ownerCol as number] as string;

  const defaultCatalog = options.catalog ?? (layout === "mamori" ? "ccm-v4" : "ccm-v4.0");
  const questions = caiqQuestionIndex(defaultCatalog);
  const controls: AttestedControl[] = [];
  const gathered = new Map<string, Gathered>();
  const order: Gathered[] = [];
  const seen = new Map<string, number>();
  const evidence: Evidence[] = [];
  const evidenceRanges: Range[] = [];
  const evidenceIds = new Set<string>();
  for (let r = 1; r < table.rows.length; r++) {
    const row = table.rows[r] as string[];
    const quoted = table.quoted?.[r] ?? [];
    const line = table.lines[r] as number;
    const base = `/rows/${r - 1}`;
    if (row.length !== header.length) {
      diag("cloud-matrix/csv-row-length", base, cellRange(r, undefined), {
        line,
        actual: row.length,
        expected: header.length,
      });
    }
    // White space around an unquoted field is layout; inside quotes it is the value (the
    // writer quotes it). Then undo core's formula neutralisation, exactly.
    const at = (i: number | undefined): string => {
      if (i === undefined) return "";
      const raw = row[i] ?? "";
      return restoreCsvCell(quoted[i] ? raw : raw.trim());
    };
    const cell = (name: string): string => at(col.get(name.toLowerCase()));
    const where = (name: string) => cellRange(r, col.get(name.toLowerCase()));

    if (layout === "mamori") {
      const controlId = cell("Control ID");
      if (controlId === "") continue;
      const catalog = cell("Catalog") || defaultCatalog;
      const key = `${catalog}\u0000${controlId}`;
      const first = seen.get(key);
      if (first !== undefined) {
        diag(
          "cloud-matrix/csv-duplicate-row",
          `${base}/Control ID`,
          where("Control ID"),
          { id: controlId, line, first: table.lines[first] as number },
          "warning",
          [relatedCell(first, "Control ID", cellRange(first, col.get("control id")))],
        );
        // Kept in the attestation (nothing a user wrote is dropped); comparisons read the first.
      } else seen.set(key, r);
      const ownerText = cell("Ownership");
      const owner = parseOwnership(ownerText);
      if (owner === undefined) {
        diag("cloud-matrix/invalid-ownership", `${base}/Ownership`, where("Ownership"), {
          value: ownerText,
          allowed: OWNERSHIPS.join(", "),
        });
        continue;
      }
      const attested: AttestedControl = { control: { catalog, control: controlId }, owner };
      const impl = cell("Provider Implementation");
      const resp = cell("Customer Responsibility");
      if (impl) attested.providerImplementation = impl;
      if (resp) attested.customerResponsibility = resp;
      const type = cell("Evidence Type");
      if (type) {
        if (!EVIDENCE_TYPES.has(type)) {
          diag(
            "cloud-matrix/csv-bad-evidence-type",
            `${base}/Evidence Type`,
            where("Evidence Type"),
            { value: type, line },
          );
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
              diag("cloud-matrix/csv-bad-date", `${base}/${name}`, where(name), { value, line });
              ok = false;
            }
          }
          if (ok) {
            if (!evidenceIds.has(id)) {
              evidenceIds.add(id);
              const e: Evidence = { id, type: type as Evidence["type"], issued };
              if (expires) e.expires = expires;
              evidence.push(e);
              evidenceRanges.push(where(cell("Evidence ID") ? "Evidence ID" : "Evidence Type"));
            }
            attested.evidence = [id];
          }
        }
      } else if (cell("Evidence ID")) {
        attested.evidence = [cell("Evidence ID")];
      }
      controls.push(attested);
      order.push({
        attested,
        row: r,
        range: where("Control ID"),
        ownerCell: undefined,
        answers: [],
        implementations: [],
        responsibilities: [],
      });
      continue;
    }

    // CSA's layouts: one row per CAIQ question (or per control in a sheet without questions).
    const questionName = layout === "caiq-answers" ? H.questionId : H.sheetQuestionId;
    const questionCol = col.get(questionName);
    const question = at(questionCol);
    let controlId = layout === "caiq-answers" ? cell(H.ccmControlId) : cell(H.controlId);
    if (controlId === "" && question !== "") {
      const dot = question.lastIndexOf(".");
      controlId = dot > 0 ? question.slice(0, dot) : question;
    }
    if (controlId === "") continue;
    const idName = questionCol !== undefined && question !== "" ? questionName : H.controlId;
    const idColumn = header[col.get(idName) as number] as string;
    const idRange = cellRange(r, col.get(idName));
    // Findings about the control point at its id: `CCM Control ID` when given, else the question.
    const controlRange = (row: number, fallback: string) =>
      cellRange(row, col.get(at(col.get(H.ccmControlId)) ? H.ccmControlId : fallback));
    const key = question !== "" ? `q\u0000${question}` : `c\u0000${controlId}`;
    const first = seen.get(key);
    if (first !== undefined) {
      diag(
        "cloud-matrix/csv-duplicate-row",
        `${base}/${idColumn}`,
        idRange,
        { id: question || controlId, line, first: table.lines[first] as number },
        "warning",
        [relatedCell(first, idColumn, cellRange(first, col.get(idName)))],
      );
      continue;
    }
    seen.set(key, r);
    if (question !== "" && questions.size > 0 && !questions.has(question)) {
      diag(
        "cloud-matrix/csv-unknown-question",
        `${base}/${idColumn}`,
        idRange,
        { question, catalog: defaultCatalog },
        "warning",
      );
    }
    let g = gathered.get(controlId);
    if (!g) {
      g = {
        attested: { control: { catalog: defaultCatalog, control: controlId }, owner: "unassigned" },
        row: r,
        range: controlRange(r, idName),
        ownerCell: undefined,
        answers: [],
        implementations: [],
        responsibilities: [],
      };
      gathered.set(controlId, g);
      order.push(g);
    }
    const ownerText = at(ownerCol);
    if (ownerText !== "") {
      const owner = parseOwnership(ownerText);
      if (owner === undefined) {
        diag("cloud-matrix/invalid-ownership", `${base}/${ownerName}`, cellRange(r, ownerCol), {
          value: ownerText,
          allowed: OWNERSHIPS.join(", "),
        });
      } else if (g.ownerCell === undefined) {
        g.ownerCell = { row: r, column: ownerName, value: ownerText, owner };
      } else if (g.ownerCell.owner !== owner) {
        diag(
          "cloud-matrix/csv-ownership-differs",
          `${base}/${ownerName}`,
          cellRange(r, ownerCol),
          {
            control: controlId,
            value: ownerText,
            line,
            first: g.ownerCell.value,
            firstLine: table.lines[g.ownerCell.row] as number,
          },
          "warning",
          [relatedCell(g.ownerCell.row, ownerName, cellRange(g.ownerCell.row, ownerCol))],
        );
      }
    }
    if (layout === "caiq-answers") {
      const answer = cell(H.answer);
      if (answer) g.answers.push(answer.toLowerCase().replace(/[^a-z]/g, ""));
      const impl = at(implCol);
      const resp = at(respCol);
      if (impl && !g.implementations.includes(impl)) g.implementations.push(impl);
      if (resp && !g.responsibilities.includes(resp)) g.responsibilities.push(resp);
    }
  }

  if (layout !== "mamori") {
    for (const g of order) {
      if (g.ownerCell === undefined) {
        diag(
          "cloud-matrix/invalid-ownership",
          `/rows/${g.row - 1}/${ownerName}`,
          cellRange(g.row, ownerCol),
          { value: "", allowed: OWNERSHIPS.join(", ") },
        );
        continue;
      }
      const a = g.attested;
      a.owner = g.ownerCell.owner;
      if (g.implementations.length > 0) a.providerImplementation = g.implementations.join("\n");
      if (g.responsibilities.length > 0) a.customerResponsibility = g.responsibilities.join("\n");
      if (g.answers.length > 0 && g.answers.every((x) => x === "na")) a.status = "not-applicable";
      else if (g.answers.includes("no")) a.status = "partial";
      controls.push(a);
    }
  }
  const kept = new Set(controls);
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
    layout,
    ranges: order.filter((g) => kept.has(g.attested)).map((g) => g.range),
    evidenceRanges,
  };

  function relatedCell(row: number, column: string, range: Range): RelatedLocation {
    const rel: RelatedLocation = { path: `/rows/${row - 1}/${column}`, range };
    if (options.file !== undefined) rel.file = options.file;
    return rel;
  }
}
