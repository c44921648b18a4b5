import type { Range } from "../diagnostics/diagnostic.js";

/**
 * A CSV table read by {@link readCsv}: rows of fields, the line each row starts on, and
 * the line of an unterminated quoted field, if any.
 *
 * @example
 * ```ts
 * import { readCsv, type CsvTable } from "@mamori/core/internal";
 * const t: CsvTable = readCsv("a,b\n1,2\n");
 * ```
 *
 * @category Text and CSV
 */
export interface CsvTable {
  /** Rows of fields (blank lines are skipped). */
  rows: string[][];
  /** 1-based line where each row starts. */
  lines: number[];
  /**
   * Per row, per field: whether the field was written in double quotes. A reader trims white
   * space only around unquoted fields, so quoted spaces (which writers quote on purpose) stay.
   */
  quoted?: boolean[][];
  /**
   * Per row, per field: where the field is in the text (1-based lines and columns in UTF-16
   * code units, end exclusive; quotes included), so a diagnostic can point at a cell.
   */
  ranges?: Range[][];
  /** Line where a quoted field started but never ended; undefined when the text is well formed. */
  unterminatedAt?: number;
  /** Column of that opening quote. */
  unterminatedColumn?: number;
}

/**
 * Read RFC 4180 CSV: comma-separated, fields optionally in double quotes, `""` for a quote
 * inside quotes, CRLF or LF line ends, line breaks allowed inside quotes. A leading BOM is
 * dropped. Never throws.
 *
 * @param text - The whole CSV file as text; an unterminated quoted field is not an error but is reported in `unterminatedAt`.
 *
 * @example
 * ```ts
 * import { readCsv } from "@mamori/core/internal";
 * readCsv('id,text\r\n1,"a, ""b"""\r\n').rows; // [["id", "text"], ["1", 'a, "b"']]
 * ```
 *
 * @category Text and CSV
 */
export function readCsv(text: string): CsvTable {
  const rows: string[][] = [];
  const lines: number[] = [];
  const quotedRows: boolean[][] = [];
  const rangeRows: Range[][] = [];
  let row: string[] = [];
  let rowQuoted: boolean[] = [];
  let rowRanges: Range[] = [];
  let fieldQuoted = false;
  let field = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 0;
  let quoteColumn = 0;
  let touched = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Index of the first character of the current line, and where the current field starts.
  let lineStart = i;
  let fieldStart = { line: 1, column: 1 };
  const here = () => ({ line, column: i - lineStart + 1 });
  const endField = () => {
    row.push(field);
    rowQuoted.push(fieldQuoted);
    rowRanges.push({ start: fieldStart, end: here() });
    field = "";
    fieldQuoted = false;
  };
  const endRow = () => {
    endField();
    if (row.length > 1 || row[0] !== "" || touched) {
      rows.push(row);
      lines.push(rowLine);
      quotedRows.push(rowQuoted);
      rangeRows.push(rowRanges);
    }
    row = [];
    rowQuoted = [];
    rowRanges = [];
    touched = false;
  };
  for (; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === "\n") {
          line++;
          lineStart = i + 1;
        }
        field += ch;
      }
      continue;
    }
    if (ch === '"') {
      quoted = true;
      touched = true;
      fieldQuoted = true;
      quoteLine = line;
      quoteColumn = i - lineStart + 1;
    } else if (ch === ",") {
      endField();
      fieldStart = { line, column: i - lineStart + 2 };
    } else if (ch === "\r" || ch === "\n") {
      endRow();
      if (ch === "\r" && text[i + 1] === "\n") i++;
      line++;
      rowLine = line;
      lineStart = i + 1;
      fieldStart = { line, column: 1 };
    } else field += ch;
  }
  if (quoted) {
    return {
      rows,
      lines,
      quoted: quotedRows,
      ranges: rangeRows,
      unterminatedAt: quoteLine,
      unterminatedColumn: quoteColumn,
    };
  }
  if (field !== "" || row.length > 0 || touched) endRow();
  return { rows, lines, quoted: quotedRows, ranges: rangeRows };
}
