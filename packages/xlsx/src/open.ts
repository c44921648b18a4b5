import { read, utils, type WorkBook, type WorkSheet } from "@e965/xlsx";
import { createDiagnostic, type Diagnostic, type Locale } from "@mamori/core";
import { Unzip, UnzipInflate, unzipSync } from "fflate";
import { xlsxMessages as M } from "./messages.js";

/**
 * Limits that keep a hostile workbook from exhausting memory or time.
 *
 * @example
 * ```ts
 * import type { WorkbookLimits } from "@mamori/xlsx";
 * const strict: WorkbookLimits = { maxRows: 5_000, maxUnzippedBytes: 50_000_000 };
 * ```
 *
 * @category Reading workbooks
 */
export interface WorkbookLimits {
  /** Most rows read from one sheet (default 100,000); a longer sheet is a diagnostic. */
  maxRows?: number;
  /** Most bytes the archive may unpack to (default 200 MB); more is refused as a zip bomb. */
  maxUnzippedBytes?: number;
}

/**
 * Default row limit of a sheet (see {@link WorkbookLimits}).
 *
 * @example
 * ```ts
 * import { DEFAULT_MAX_ROWS } from "@mamori/xlsx";
 * DEFAULT_MAX_ROWS; // 100000
 * ```
 *
 * @category Reading workbooks
 */
export const DEFAULT_MAX_ROWS = 100_000;
/**
 * Default limit of what the archive may unpack to, in bytes (200 MiB).
 *
 * @example
 * ```ts
 * import { DEFAULT_MAX_UNZIPPED_BYTES } from "@mamori/xlsx";
 * DEFAULT_MAX_UNZIPPED_BYTES; // 209715200
 * ```
 *
 * @category Reading workbooks
 */
export const DEFAULT_MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

/**
 * A cell value as mamori reads and writes it: text, a number or a boolean.
 *
 * @example
 * ```ts
 * import type { CellValue } from "@mamori/xlsx";
 * const row: CellValue[] = ["order-intake", 4, true];
 * ```
 *
 * @category Reading workbooks
 */
export type CellValue = string | number | boolean;

/**
 * One sheet as a grid of values (row-major, 0-based), with what could not be read as a value.
 *
 * @category Reading workbooks
 */
export interface Grid {
  /** Sheet name. */
  name: string;
  /** Values; `undefined` for an empty cell. */
  rows: (CellValue | undefined)[][];
}

/**
 * An opened workbook: its sheets in order, or diagnostics that say why not.
 *
 * @category Reading workbooks
 */
export interface OpenedWorkbook {
  book: WorkBook | undefined;
  diagnostics: Diagnostic[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * The bytes of an input given as Uint8Array or ArrayBuffer.
 *
 * @category Reading workbooks
 */
export function toBytes(input: Uint8Array | ArrayBuffer): Uint8Array {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  throw new TypeError("expected a Uint8Array or an ArrayBuffer");
}

/**
 * Open a workbook after checking what it is: a zip archive (an encrypted workbook is an OLE
 * container instead), whose entries unpack to no more than the limit (read from the archive's
 * directory before anything is inflated). Only then does the spreadsheet library parse it,
 * with formulas kept (to report them) and at most `maxRows + 1` rows a sheet.
 *
 * @category Reading workbooks
 */
export function openWorkbook(
  bytes: Uint8Array,
  locale: Locale,
  limits: WorkbookLimits = {},
): OpenedWorkbook {
  const maxRows = limits.maxRows ?? DEFAULT_MAX_ROWS;
  const maxBytes = limits.maxUnzippedBytes ?? DEFAULT_MAX_UNZIPPED_BYTES;
  const fail = (code: string, data: Record<string, string | number> = {}): OpenedWorkbook => ({
    book: undefined,
    diagnostics: [createDiagnostic(M, locale, { code, severity: "error", path: "", data })],
  });
  if (startsWith(bytes, CFB)) return fail("xlsx/encrypted");
  if (!startsWith(bytes, ZIP)) return fail("xlsx/not-a-workbook");
  let total = 0;
  try {
    // The filter sees each entry's declared size and declines it: nothing is inflated here.
    unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        return false;
      },
    });
  } catch (error) {
    return fail("xlsx/corrupt", { detail: message(error) });
  }
  if (total > maxBytes) return fail("xlsx/too-large-unzipped", { size: total, limit: maxBytes });
  // The directory can lie: inflate once more, counting, and stop at the limit.
  const real = inflatedSize(bytes, maxBytes);
  if ("error" in real) return fail("xlsx/corrupt", { detail: real.error });
  if (real.over) return fail("xlsx/too-large-unzipped", { size: `> ${maxBytes}`, limit: maxBytes });
  try {
    const book = read(bytes, {
      type: "array",
      cellFormula: true,
      cellDates: true,
      cellHTML: false,
      cellText: false,
      dense: true,
      sheetRows: maxRows + 1,
    });
    return { book, diagnostics: [] };
  } catch (error) {
    if (/password|encrypt/i.test(message(error))) return fail("xlsx/encrypted");
    return fail("xlsx/corrupt", { detail: message(error) });
  }
}

/**
 * How many bytes the archive's entries really inflate to, up to `limit`: a streaming inflate
 * fed 4 kB at a time, so that a lying archive is stopped after a few megabytes, not gigabytes.
 */
function inflatedSize(
  bytes: Uint8Array,
  limit: number,
): { size: number; over: boolean } | { error: string } {
  let size = 0;
  let over = false;
  let error: string | undefined;
  const unzip = new Unzip((file) => {
    file.ondata = (err, chunk) => {
      if (err) error ??= err.message;
      size += chunk?.length ?? 0;
      if (size > limit && !over) {
        over = true;
        file.terminate();
      }
    };
    if (!over) file.start();
  });
  unzip.register(UnzipInflate);
  const step = 4096;
  try {
    for (let i = 0; i < bytes.length && !over && error === undefined; i += step)
      unzip.push(bytes.subarray(i, i + step), i + step >= bytes.length);
  } catch (e) {
    error = message(e);
  }
  return error !== undefined ? { error } : { size, over };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * `'IT services'!B4`: a sheet name quoted when it needs to be, as spreadsheets write it.
 *
 * @category Reading workbooks
 */
export function cellRef(sheet: string, row: number, column: number): string {
  return `${sheetRef(sheet)}!${utils.encode_cell({ r: row, c: column })}`;
}

const sheetRefs = new Map<string, string>();

/** A sheet name as a reference: quoted when it has anything but letters (any script), digits, _ and ., or could be a cell. */
function sheetRef(sheet: string): string {
  let ref = sheetRefs.get(sheet);
  if (ref === undefined) {
    const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
    ref = plain ? sheet : `'${sheet.replaceAll("'", "''")}'`;
    if (sheetRefs.size > 1000) sheetRefs.clear();
    sheetRefs.set(sheet, ref);
  }
  return ref;
}

/**
 * The number of rows a sheet really has (its full range, before the row limit cut it).
 *
 * @category Reading workbooks
 */
export function fullRowCount(sheet: WorkSheet): number {
  const ref = (sheet["!fullref"] as string | undefined) ?? (sheet["!ref"] as string | undefined);
  if (ref === undefined) return 0;
  return utils.decode_range(ref).e.r + 1;
}

/** The date of a date cell as ISO 8601 (its wall-clock date, and time when not midnight). */
function isoDate(d: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, "0");
  const date = `${p(d.getFullYear(), 4)}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
  const h = d.getHours();
  const m = d.getMinutes();
  const s = d.getSeconds();
  return h === 0 && m === 0 && s === 0 ? date : `${date}T${p(h)}:${p(m)}:${p(s)}`;
}

/**
 * Options of {@link readGrid}.
 *
 * @category Reading workbooks
 */
export interface GridOptions {
  locale: Locale;
  maxRows: number;
  /** Merged ranges are filled from their first cell instead of being reported. */
  fillMerged?: boolean;
}

/**
 * Read a sheet's values. A formula, a merged range (unless filled) and a date cell are
 * diagnostics at their cell; a sheet longer than the row limit is one too.
 *
 * @category Reading workbooks
 */
export function readGrid(
  book: WorkBook,
  name: string,
  options: GridOptions,
): { grid: Grid; diagnostics: Diagnostic[] } {
  const sheet = book.Sheets[name] as WorkSheet;
  const diagnostics: Diagnostic[] = [];
  const diag = (
    code: string,
    cell: string,
    data: Record<string, string | number>,
    severity: "error" | "warning" = "error",
  ) => {
    const d = createDiagnostic(M, options.locale, { code, severity, path: "", data });
    d.cell = cell;
    diagnostics.push(d);
  };
  const rows: (CellValue | undefined)[][] = [];
  const total = fullRowCount(sheet);
  if (total > options.maxRows) {
    diag("xlsx/too-many-rows", cellRef(name, options.maxRows, 0), {
      sheet: name,
      rows: total,
      limit: options.maxRows,
    });
  }
  const dense = (sheet["!data"] ?? []) as ({ t: string; v?: unknown; f?: string } | undefined)[][];
  const limit = Math.min(dense.length, options.maxRows);
  for (let r = 0; r < limit; r++) {
    const src = dense[r] ?? [];
    const out: (CellValue | undefined)[] = [];
    for (let col = 0; col < src.length; col++) {
      const cell = src[col];
      if (cell === undefined) continue;
      if (cell.f !== undefined) {
        diag("xlsx/formula", cellRef(name, r, col), {
          cell: cellRef(name, r, col),
          formula: cell.f,
        });
        continue;
      }
      const v = cell.v;
      if (cell.t === "d" && v instanceof Date) {
        const iso = isoDate(v);
        out[col] = iso;
        diag(
          "xlsx/date-cell",
          cellRef(name, r, col),
          { cell: cellRef(name, r, col), value: iso },
          "warning",
        );
      } else if (cell.t === "s" || cell.t === "str") {
        if (typeof v === "string" && v !== "") out[col] = v;
      } else if (cell.t === "n" && typeof v === "number") out[col] = v;
      else if (cell.t === "b" && typeof v === "boolean") out[col] = v;
      else if (cell.t === "e") out[col] = String((cell as { w?: string }).w ?? "#ERROR");
    }
    rows.push(out);
  }
  for (const m of (sheet["!merges"] ?? []) as {
    s: { r: number; c: number };
    e: { r: number; c: number };
  }[]) {
    if (options.fillMerged) {
      const first = rows[m.s.r]?.[m.s.c];
      for (let r = m.s.r; r <= m.e.r && r < rows.length; r++)
        for (let col = m.s.c; col <= m.e.c; col++) {
          const row = rows[r] as (CellValue | undefined)[];
          if (row[col] === undefined) row[col] = first;
        }
    } else {
      const range = `${cellRef(name, m.s.r, m.s.c)}:${utils.encode_cell(m.e)}`;
      diag("xlsx/merged-cells", cellRef(name, m.s.r, m.s.c), { range });
    }
  }
  return { grid: { name, rows }, diagnostics };
}
