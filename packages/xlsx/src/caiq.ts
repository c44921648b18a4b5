import { type AttestationImport, type CaiqOptions, importCaiqCsv } from "@mamori/cloud-matrix";
import { createDiagnostic, parsePointer } from "@mamori/core";
import { toCsv } from "@mamori/core/internal";
import { normaliseHeader } from "./layout.js";
import { xlsxMessages as M } from "./messages.js";
import {
  cellRef,
  DEFAULT_MAX_ROWS,
  openWorkbook,
  readGrid,
  toBytes,
  type WorkbookLimits,
} from "./open.js";

/**
 * Options of {@link importCaiqWorkbook}: those of `importCaiqCsv` and the workbook limits.
 *
 * @example
 * ```ts
 * import type { CaiqWorkbookOptions } from "@mamori/xlsx";
 * const options: CaiqWorkbookOptions = { provider: "kumomail", file: "caiq.xlsx", maxRows: 5000 };
 * ```
 *
 * @category CAIQ workbooks
 */
export interface CaiqWorkbookOptions extends CaiqOptions, WorkbookLimits {}

/**
 * What {@link importCaiqWorkbook} read: the attestation, its diagnostics (each at its cell)
 * and the sheet it came from.
 *
 * @example
 * ```ts
 * import type { CaiqWorkbookImport } from "@mamori/xlsx";
 * const nothing: CaiqWorkbookImport = { attestation: undefined, diagnostics: [], source: "caiq-csv", sheet: undefined };
 * ```
 *
 * @category CAIQ workbooks
 */
export interface CaiqWorkbookImport extends AttestationImport {
  /** The questionnaire sheet read, when one was found. */
  sheet: string | undefined;
}

const QUESTION_ID = "question id";
const SSRM = "ssrm control ownership";
const CCM_CONTROL_ID = "ccm control id";
const HEADER_SEARCH_ROWS = 10;

/**
 * Read a provider's answers from CSA's CAIQ v4 workbook as CSA publishes it: the questionnaire
 * sheet (named for its version, `CAIQv4.0.3`), found by its header row — `Question ID`,
 * `CSP CAIQ Answer`, `SSRM Control Ownership`, the implementation and responsibility columns,
 * `CCM Control ID` — wherever that row is (CSA's sheet starts with a version stamp above it).
 * A CCM column filled only on a control's first question row, or merged down the control's
 * rows, is carried to the rest of its rows; an empty `CCM Control ID` is the question id's
 * control. The rows then go through the same mapping as `importCaiqCsv` (one attested control
 * per CCM control, its questions gathered), and every diagnostic names its cell
 * (`CAIQv4.0.3!D7`). The workbook's other sheets are reported as `info` and not read.
 *
 * @param input - The .xlsx file's bytes; a corrupt, encrypted or oversized workbook is a diagnostic, never a throw.
 * @param options - The provider id (the workbook has none), the catalog, the file name put on diagnostics, their locale (default `en`) and the workbook's size limits.
 *
 * @example
 * ```ts
 * import { importCaiqWorkbook, writeTables } from "@mamori/xlsx";
 * const bytes = writeTables([{ name: "CAIQv4.0.3", header: ["Question ID", "Question", "CSP CAIQ Answer", "SSRM Control Ownership", "CCM Control ID"], rows: [["A&A-01.1", "…", "Yes", "CSP-owned", "A&A-01"]] }]);
 * importCaiqWorkbook(bytes, { provider: "kumomail" }).attestation?.controls[0]?.owner; // "provider"
 * ```
 *
 * @category CAIQ workbooks
 */
export function importCaiqWorkbook(
  input: Uint8Array | ArrayBuffer,
  options: CaiqWorkbookOptions = {},
): CaiqWorkbookImport {
  const locale = options.locale ?? "en";
  const setFile = <T extends { file?: string }>(d: T): T => {
    if (options.file !== undefined) d.file = options.file;
    return d;
  };
  const opened = openWorkbook(toBytes(input), locale, options);
  if (opened.book === undefined)
    return {
      attestation: undefined,
      diagnostics: opened.diagnostics.map(setFile),
      source: "caiq-csv",
      sheet: undefined,
    };
  const book = opened.book;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const diagnostics = [...opened.diagnostics];
  let found:
    | { name: string; headerRow: number; rows: ReturnType<typeof readGrid>["grid"]["rows"] }
    | undefined;
  for (const name of book.SheetNames) {
    const { grid, diagnostics: gridDiagnostics } = readGrid(book, name, {
      locale,
      maxRows,
      fillMerged: true,
    });
    if (found === undefined) {
      const headerRow = grid.rows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => {
        const names = row.map((v) => (v === undefined ? "" : normaliseHeader(String(v))));
        return names.includes(QUESTION_ID) && names.includes(SSRM);
      });
      if (headerRow >= 0) {
        found = { name, headerRow, rows: grid.rows };
        diagnostics.push(...gridDiagnostics);
        continue;
      }
    }
    const d = createDiagnostic(M, locale, {
      code: "xlsx/unknown-sheet",
      severity: "info",
      path: "",
      data: { sheet: name, kind: "CAIQ", known: "CAIQv4.x" },
    });
    d.cell = cellRef(name, 0, 0);
    diagnostics.push(d);
  }
  if (found === undefined) {
    const d = createDiagnostic(M, locale, {
      code: "xlsx/caiq-no-sheet",
      severity: "error",
      path: "",
    });
    return {
      attestation: undefined,
      diagnostics: [...diagnostics, d].map(setFile),
      source: "caiq-csv",
      sheet: undefined,
    };
  }
  const { name, headerRow, rows } = found;
  // Rows are sparse (an empty cell is a hole): Array.from visits every column.
  const headerCells = rows[headerRow] ?? [];
  const header = Array.from(headerCells, (v) => (v === undefined ? "" : String(v).trim()));
  const width = header.length;
  const qCol = header.findIndex((h) => normaliseHeader(h) === QUESTION_ID);
  const ccmCol = header.findIndex((h) => normaliseHeader(h) === CCM_CONTROL_ID);
  const table: string[][] = [header];
  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const cells = Array.from({ length: width }, (_, i) =>
      row[i] === undefined ? "" : String(row[i]),
    );
    if (ccmCol >= 0 && cells[ccmCol] === "" && qCol >= 0)
      cells[ccmCol] = (cells[qCol] ?? "").replace(/\.\d+$/, "");
    table.push(cells);
  }
  const imported = importCaiqCsv(toCsv(table), options);
  // The CSV's rows are the sheet's rows after the header: `/rows/N/<column>` is a cell.
  const columnOf = new Map(header.map((h, i) => [h, i]));
  for (const d of imported.diagnostics) {
    const keys = parsePointer(d.path) ?? [];
    let cell = cellRef(name, headerRow, 0);
    if (keys[0] === "rows" && keys[1] !== undefined) {
      const col = keys[2] === undefined ? 0 : (columnOf.get(keys[2]) ?? 0);
      cell = cellRef(name, headerRow + 1 + Number(keys[1]), col);
    }
    d.cell = cell;
    delete d.range;
    if (d.related) d.related = d.related.map(({ range: _r, ...rest }) => rest);
  }
  // The CSV's own ranges mean nothing in a workbook: the cells above replace them.
  const { ranges: _ranges, evidenceRanges: _evidenceRanges, ...rest } = imported;
  return {
    ...rest,
    diagnostics: [...diagnostics, ...imported.diagnostics].map(setFile),
    sheet: name,
  };
}
