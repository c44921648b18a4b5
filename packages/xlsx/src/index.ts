/**
 * `@mamori/xlsx`: spreadsheets in and out. Reads an .xlsx workbook into the same documents as
 * YAML — a `BusinessImpactAnalysis`, a `ResponsibilityMatrix` — and a provider's answers from
 * CSA's CAIQ v4 workbook, with every value's cell so that every finding can name it
 * (`Processes!D7`); writes documents back (lossless) and analyses as filterable tables, with
 * text never turned into a formula. Browser-safe: it takes and returns bytes.
 *
 * @packageDocumentation
 */

export { type CaiqWorkbookImport, type CaiqWorkbookOptions, importCaiqWorkbook } from "./caiq.js";
export { attachCells, cellAt } from "./locate.js";
export { xlsxMessages } from "./messages.js";
export {
  type CellValue,
  DEFAULT_MAX_ROWS,
  DEFAULT_MAX_UNZIPPED_BYTES,
  type WorkbookLimits,
} from "./open.js";
export { type ReadWorkbookOptions, readWorkbook, type WorkbookDocument } from "./read-document.js";
export { type WriteWorkbookOptions, writeWorkbook } from "./write-document.js";
export { type ColumnValidation, type TableSheet, writeTables } from "./write-tables.js";
