import { utils, type WorkSheet, write } from "@e965/xlsx";
import type { CellValue } from "./open.js";

/**
 * One sheet of a table workbook: a header row and rows of values.
 *
 * @example
 * ```ts
 * import type { TableSheet } from "@mamori/xlsx";
 * const sheet: TableSheet = { name: "Processes", header: ["ID", "RTO"], rows: [["erp", "PT4H"]] };
 * ```
 */
export interface TableSheet {
  /** Sheet name (at most 31 characters; longer names are cut). */
  name: string;
  /** Header cells. */
  header: readonly string[];
  /** Rows; `undefined` or `null` is an empty cell. */
  rows: readonly (readonly (CellValue | null | undefined)[])[];
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
  const width = Math.max(table.header.length, ...table.rows.map((r) => r.length), 1);
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
 * Write tables as an .xlsx workbook: one sheet each, the header row with an autofilter (so a
 * manager can filter and sort), columns sized to their content. Text cells are always text:
 * a value starting with `=`, `+`, `-` or `@` is stored as a string in text format and never
 * becomes a formula. Returns the bytes; deterministic (no timestamps).
 *
 * @example
 * ```ts
 * import { writeTables } from "@mamori/xlsx";
 * const bytes = writeTables([{ name: "Gaps", header: ["Process", "Gap"], rows: [["order-intake", "=1+1"]] }]);
 * bytes.length > 0; // true
 * ```
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
  return new Uint8Array(out);
}
