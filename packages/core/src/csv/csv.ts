/** Characters that make spreadsheet programs treat a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Make one text cell safe to open in a spreadsheet: a cell that starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return is prefixed with `'`, so it is shown as text and never
 * evaluated (CSV/formula injection, OWASP). Numbers are written as numbers elsewhere, so
 * `-5` stays a number when it is passed as one.
 *
 * @example
 * ```ts
 * import { neutraliseCsvCell } from "@mamori/core";
 * neutraliseCsvCell("=HYPERLINK(\"http://x\")"); // "'=HYPERLINK(\"http://x\")"
 * neutraliseCsvCell("ERP"); // "ERP"
 * ```
 */
export function neutraliseCsvCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A CSV cell: text (neutralised), a finite number, a boolean, or empty.
 *
 * @example
 * ```ts
 * import { toCsv, type CsvCell } from "@mamori/core";
 * const row: CsvCell[] = ["erp-db", 480, true, null];
 * toCsv([row]); // "erp-db,480,true,\r\n"
 * ```
 */
export type CsvCell = string | number | boolean | null | undefined;

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = neutraliseCsvCell(String(value));
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Write rows as RFC 4180 CSV (comma-separated, `"` quoting, CRLF line ends), with every
 * text cell neutralised against formula injection. Deterministic: the same rows give the
 * same bytes.
 *
 * @example
 * ```ts
 * import { toCsv } from "@mamori/core";
 * toCsv([["id", "loss"], ["order-intake", 1200000], ["=cmd", -5]]);
 * // 'id,loss\r\norder-intake,1200000\r\n\'=cmd,-5\r\n'
 * ```
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  let out = "";
  for (const row of rows) out += `${row.map(cell).join(",")}\r\n`;
  return out;
}
