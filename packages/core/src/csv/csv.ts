/**
 * Text a spreadsheet program may evaluate: after any apostrophes of ours, a tab or carriage
 * return, or optional white space (a spreadsheet may trim it, and Japanese input methods type
 * U+3000) then `=`, `+`, `-`, `@` or their full-width forms `＝＋－＠` (which Japanese Excel
 * converts to the ASCII ones). The leading apostrophes make the rule its own inverse: text
 * that already starts with `'=` gets one more, so {@link restoreCsvCell} gives it back whole.
 */
const FORMULA_START = /^'*(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/**
 * Make one text cell safe to open in a spreadsheet: a cell that starts with `=`, `+`, `-`,
 * `@`, their full-width forms, a tab or a carriage return — also after leading white space —
 * is prefixed with `'`, so it is shown as text and never evaluated (CSV/formula injection,
 * OWASP). Numbers are written as numbers elsewhere, so `-5` stays a number when it is passed
 * as one. Text that starts with apostrophes before such a character gets one more, so
 * {@link restoreCsvCell} undoes this exactly.
 *
 * @param text - The text of one cell, as it should read in the spreadsheet.
 *
 * @example
 * ```ts
 * import { neutraliseCsvCell } from "@mamori/core/internal";
 * neutraliseCsvCell("=HYPERLINK(\"http://x\")"); // "'=HYPERLINK(\"http://x\")"
 * neutraliseCsvCell(" ＝1+1"); // "' ＝1+1"
 * neutraliseCsvCell("'=quoted"); // "''=quoted"
 * neutraliseCsvCell("ERP"); // "ERP"
 * ```
 *
 * @category Text and CSV
 */
export function neutraliseCsvCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Undo {@link neutraliseCsvCell}: drop the apostrophe it added, and nothing else, so
 * `restoreCsvCell(neutraliseCsvCell(t)) === t` for every text `t`.
 *
 * @param text - One cell as {@link neutraliseCsvCell} wrote it; text it did not change is returned unchanged.
 *
 * @example
 * ```ts
 * import { restoreCsvCell } from "@mamori/core/internal";
 * restoreCsvCell("'=1+1"); // "=1+1"
 * restoreCsvCell("''=quoted"); // "'=quoted"
 * restoreCsvCell("'quoted"); // "'quoted" (not ours: no formula character follows)
 * ```
 *
 * @category Text and CSV
 */
export function restoreCsvCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text) ? text.slice(1) : text;
}

/**
 * A CSV cell: text (neutralised), a finite number, a boolean, or empty.
 *
 * @example
 * ```ts
 * import { toCsv, type CsvCell } from "@mamori/core/internal";
 * const row: CsvCell[] = ["erp-db", 480, true, null];
 * toCsv([row]); // "erp-db,480,true,\r\n"
 * ```
 *
 * @category Text and CSV
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
 * @param rows - The rows, header first if any; each cell is text, a number, a boolean, or empty.
 *
 * @example
 * ```ts
 * import { toCsv } from "@mamori/core/internal";
 * toCsv([["id", "loss"], ["order-intake", 1200000], ["=cmd", -5]]);
 * // 'id,loss\r\norder-intake,1200000\r\n\'=cmd,-5\r\n'
 * ```
 *
 * @category Text and CSV
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  let out = "";
  for (const row of rows) out += `${row.map(cell).join(",")}\r\n`;
  return out;
}
