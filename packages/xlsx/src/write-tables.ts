import { utils, type WorkSheet, write } from "@e965/xlsx";
import { unzipSync, zipSync } from "fflate";
import type { CellValue } from "./open.js";

/**
 * A drop-down or range check on a column's data cells (rows 2 to 1000): a list of allowed
 * values, or whole numbers between two bounds. Spreadsheets show the list as a drop-down and
 * warn on other values without refusing them (mamori's own validation decides).
 *
 * @example
 * ```ts
 * import type { ColumnValidation } from "@mamori/xlsx";
 * const owners: ColumnValidation = { column: 2, list: ["provider", "customer", "shared"] };
 * const levels: ColumnValidation = { column: 3, whole: [1, 5] };
 * ```
 *
 * @category Writing workbooks
 */
export interface ColumnValidation {
  /** 0-based column index. */
  column: number;
  /** Allowed values (together at most 255 characters, none with a comma or a quote). */
  list?: readonly string[];
  /** Whole numbers from `whole[0]` to `whole[1]`. */
  whole?: readonly [number, number];
}

/**
 * One sheet of a table workbook: a header row and rows of values.
 *
 * @example
 * ```ts
 * import type { TableSheet } from "@mamori/xlsx";
 * const sheet: TableSheet = { name: "Processes", header: ["ID", "RTO"], rows: [["erp", "PT4H"]] };
 * ```
 *
 * @category Writing workbooks
 */
export interface TableSheet {
  /** Sheet name (at most 31 characters; longer names are cut). */
  name: string;
  /** Header cells. */
  header: readonly string[];
  /** Rows; `undefined` or `null` is an empty cell. */
  rows: readonly (readonly (CellValue | null | undefined)[])[];
  /** Drop-down lists and number checks on columns. */
  validations?: readonly ColumnValidation[];
}

const VALIDATION_LAST_ROW = 1000;
/** Zip entries are dated this day, so the same tables give the same bytes. */
const FIXED_MTIME = new Date(2000, 0, 1);

const escapeXml = (text: string) =>
  text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");

/** The `<dataValidations>` element of a sheet's validations, or "" when it has none. */
function dataValidationsXml(validations: readonly ColumnValidation[]): string {
  const items: string[] = [];
  for (const v of validations) {
    const col = utils.encode_col(v.column);
    const sqref = `${col}2:${col}${VALIDATION_LAST_ROW}`;
    const common = `allowBlank="1" showInputMessage="1" showErrorMessage="1" errorStyle="information" sqref="${sqref}"`;
    const list = (v.list ?? []).filter((x) => x !== "" && !/[",]/.test(x));
    if (list.length > 0 && list.join(",").length <= 255)
      items.push(
        `<dataValidation type="list" ${common}><formula1>${escapeXml(`"${list.join(",")}"`)}</formula1></dataValidation>`,
      );
    else if (v.whole)
      items.push(
        `<dataValidation type="whole" operator="between" ${common}><formula1>${v.whole[0]}</formula1><formula2>${v.whole[1]}</formula2></dataValidation>`,
      );
  }
  return items.length === 0
    ? ""
    : `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;
}

/**
 * Add what SheetJS Community Edition does not write — the frozen header row and data
 * validation — to the sheets it wrote. Elements are inserted at the places the worksheet
 * schema (ECMA-376 CT_Worksheet) orders them: the pane inside the sheet view, the validations
 * right after the autofilter. Nothing is parsed: the library's own output has a known shape,
 * and a test checks it.
 */
function addViewsAndValidations(bytes: Uint8Array, tables: readonly TableSheet[]): Uint8Array {
  const files = unzipSync(bytes);
  const frozen =
    '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView>';
  tables.forEach((t, i) => {
    const name = `xl/worksheets/sheet${i + 1}.xml`;
    const file = files[name];
    if (file === undefined) return;
    let xml = new TextDecoder().decode(file);
    xml = xml.replace('<sheetView workbookViewId="0"/>', frozen);
    const dv = dataValidationsXml(t.validations ?? []);
    if (dv !== "") xml = xml.replace(/(<autoFilter [^>]*\/>)/, `$1${dv}`);
    files[name] = new TextEncoder().encode(xml);
  });
  const out: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [name, data] of Object.entries(files)) out[name] = [data, { mtime: FIXED_MTIME }];
  return zipSync(out, { level: 6 });
}

/** A value as a cell object: strings always as text (`t: "s"`), never as a formula. */
function cellOf(value: CellValue): { t: string; v: CellValue; z?: string } {
  if (typeof value === "number") return { t: "n", v: value };
  if (typeof value === "boolean") return { t: "b", v: value };
  // Text format ("@") as well: a spreadsheet that re-evaluates on edit keeps it text.
  return { t: "s", v: value, z: "@" };
}

function sheetOf(table: TableSheet): WorkSheet {
  const data = [table.header, ...table.rows].map((row) =>
    row.map((v) => (v === undefined || v === null ? null : cellOf(v))),
  );
  const ws = utils.aoa_to_sheet(data, { dense: true });
  // A loop, not Math.max(...rows): a million rows would overflow the call stack.
  let width = Math.max(table.header.length, 1);
  for (const r of table.rows) if (r.length > width) width = r.length;
  const last = utils.encode_cell({ r: table.rows.length, c: width - 1 });
  ws["!autofilter"] = { ref: `A1:${last}` };
  ws["!cols"] = Array.from({ length: width }, (_, c) => {
    let chars = 8;
    for (const row of [table.header, ...table.rows]) {
      const v = row[c];
      if (v !== undefined && v !== null)
        chars = Math.max(chars, Math.min(60, String(v).length + 2));
    }
    return { wch: chars };
  });
  return ws;
}

/**
 * Write tables as an .xlsx workbook: one sheet each, the header row frozen and with an
 * autofilter (so a manager can filter and sort), columns sized to their content, drop-down
 * lists where a table asks for them. Text cells are always text:
 * a value starting with `=`, `+`, `-` or `@` is stored as a string in text format and never
 * becomes a formula. Returns the bytes; deterministic (no timestamps).
 *
 * @param tables - The sheets to write, in order: each a name, a header row, data rows and optional drop-down lists per column.
 *
 * @example
 * ```ts
 * import { writeTables } from "@mamori/xlsx";
 * const bytes = writeTables([{ name: "Gaps", header: ["Process", "Gap"], rows: [["order-intake", "=1+1"]] }]);
 * bytes.length > 0; // true
 * ```
 *
 * @category Writing workbooks
 */
export function writeTables(tables: readonly TableSheet[]): Uint8Array {
  const book = utils.book_new();
  const used = new Set<string>();
  for (const t of tables) {
    // Sheet names: at most 31 characters, none of : \ / ? * [ ], unique.
    let name = t.name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31) || "Sheet";
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${name.slice(0, 28)} ${i}`;
    used.add(name.toLowerCase());
    utils.book_append_sheet(book, sheetOf(t), name);
  }
  const out = write(book, { type: "array", bookType: "xlsx", compression: true }) as ArrayBuffer;
  return addViewsAndValidations(new Uint8Array(out), tables);
}
