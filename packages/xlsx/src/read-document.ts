import type { WorkBook } from "@e965/xlsx";
import {
  createDiagnostic,
  type Diagnostic,
  ISO_DURATION_PATTERN,
  type Locale,
  toPointer,
} from "@mamori/core";
import { closestMatch } from "@mamori/core/internal";
import { decodeCell, isPlainObject, put, setPath, splitPath } from "./cell-codec.js";
import {
  DEPENDENCY_COLUMNS,
  IMPACT_CATEGORY,
  IMPACT_PROCESS,
  LAYOUTS,
  normaliseHeader,
  type SheetLayout,
  type WorkbookLayout,
} from "./layout.js";
import { xlsxMessages as M } from "./messages.js";
import {
  type CellValue,
  cellRef,
  DEFAULT_MAX_ROWS,
  type Grid,
  openWorkbook,
  readGrid,
  toBytes,
  type WorkbookLimits,
} from "./open.js";

/**
 * Options of {@link readWorkbook}.
 *
 * @example
 * ```ts
 * import type { ReadWorkbookOptions } from "@mamori/xlsx";
 * const options: ReadWorkbookOptions = { locale: "ja", maxRows: 10_000, file: "bia.xlsx" };
 * ```
 *
 * @category Reading workbooks
 */
export interface ReadWorkbookOptions extends WorkbookLimits {
  /** Locale of messages (default `en`). */
  locale?: Locale;
  /** File name written into every diagnostic's `file`. */
  file?: string;
}

/**
 * A document read from a workbook: the data (as a YAML file would give it), where each value
 * came from, and what could not be read.
 *
 * @example
 * ```ts
 * import type { WorkbookDocument } from "@mamori/xlsx";
 * const empty: WorkbookDocument = { kind: undefined, data: undefined, cells: new Map(), diagnostics: [] };
 * ```
 *
 * @category Reading workbooks
 */
export interface WorkbookDocument {
  /** The document kind the workbook's sheets show, when recognised. */
  kind: "BusinessImpactAnalysis" | "ResponsibilityMatrix" | undefined;
  /** The document, or undefined when the workbook could not be read as one. */
  data: Record<string, unknown> | undefined;
  /** JSON pointer → cell (`/processes/0/objectives/rto` → `Processes!H2`). */
  cells: Map<string, string>;
  /** Problems found while reading (each at its cell). */
  diagnostics: Diagnostic[];
}

interface Ctx {
  locale: Locale;
  cells: Map<string, string>;
  diagnostics: Diagnostic[];
  maxRows: number;
}

function report(
  ctx: Ctx,
  code: string,
  cell: string,
  data: Record<string, string | number>,
  severity: "error" | "warning" | "info" = "error",
  path = "",
): void {
  const d = createDiagnostic(M, ctx.locale, { code, severity, path, data });
  d.cell = cell;
  ctx.diagnostics.push(d);
}

/** Which sheet of a layout a sheet name is (either language), if any. */
function sheetOf(layout: WorkbookLayout, name: string): SheetLayout | undefined {
  const n = normaliseHeader(name);
  return layout.sheets.find((s) => normaliseHeader(s.en) === n || normaliseHeader(s.ja) === n);
}

/** Column header → field path, in either language or as the path itself; `x-` columns as they are. */
function resolveColumn(sheet: SheetLayout, header: string): string | undefined {
  // A field's own path first, exactly (`template` is the object, `Template` template.id's label).
  const raw = header.trim();
  const first = splitPath(raw)[0] ?? "";
  if (first.startsWith("x-") || sheet.fields.includes(first)) return raw;
  const n = normaliseHeader(header);
  for (const c of sheet.columns) {
    if (normaliseHeader(c.en) === n || normaliseHeader(c.ja) === n || c.path.toLowerCase() === n)
      return c.path;
  }
  return undefined;
}

function unknownColumn(ctx: Ctx, sheet: SheetLayout, grid: Grid, column: number, header: string) {
  const candidates = [...sheet.columns.flatMap((c) => [c.en, c.ja]), ...sheet.fields];
  const suggestion = closestMatch(header.trim(), candidates);
  report(
    ctx,
    suggestion ? "xlsx/unknown-column-suggest" : "xlsx/unknown-column",
    cellRef(grid.name, 0, column),
    { column: header, sheet: grid.name, ...(suggestion ? { suggestion } : {}) },
  );
}

/** The header row: column index → path, with unknown and repeated columns reported. */
function headerOf(
  ctx: Ctx,
  sheet: SheetLayout,
  grid: Grid,
  resolve: (header: string) => string | undefined,
): Map<number, string> {
  const out = new Map<number, string>();
  const seen = new Set<string>();
  const header = grid.rows[0] ?? [];
  header.forEach((h, i) => {
    if (h === undefined) return;
    const text = String(h);
    const path = resolve(text);
    if (path === undefined) {
      unknownColumn(ctx, sheet, grid, i, text);
      return;
    }
    if (seen.has(path)) {
      report(ctx, "xlsx/duplicate-column", cellRef(grid.name, 0, i), {
        column: text,
        sheet: grid.name,
      });
      return;
    }
    seen.add(path);
    out.set(i, path);
  });
  return out;
}

const isEmptyRow = (row: readonly (CellValue | undefined)[]) => row.every((v) => v === undefined);

/** A cell's value decoded, or undefined (with a diagnostic) when its `json:` text is broken. */
function valueAt(
  ctx: Ctx,
  grid: Grid,
  r: number,
  col: number,
  isList: boolean,
): { value: unknown } | undefined {
  const raw = grid.rows[r]?.[col];
  if (raw === undefined) return undefined;
  const decoded = decodeCell(raw, isList);
  if ("error" in decoded) {
    const cell = cellRef(grid.name, r, col);
    report(ctx, "xlsx/bad-json", cell, { cell, detail: decoded.error });
    return undefined;
  }
  return decoded;
}

function readDocumentSheet(ctx: Ctx, sheet: SheetLayout, grid: Grid, doc: Record<string, unknown>) {
  const lists = new Set(sheet.lists ?? []);
  ctx.cells.set("", cellRef(grid.name, 0, 0));
  for (let r = 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] as (CellValue | undefined)[];
    if (isEmptyRow(row)) continue;
    const field = row[0];
    if (field === undefined) continue;
    const path = resolveColumn(sheet, String(field));
    if (path === undefined) {
      const suggestion = closestMatch(String(field).trim(), [
        ...sheet.columns.flatMap((c) => [c.en, c.ja]),
        ...sheet.fields,
      ]);
      report(ctx, "xlsx/bad-field", cellRef(grid.name, r, 0), {
        field: String(field),
        sheet: grid.name,
        ...(suggestion ? { suggestion } : {}),
      });
      continue;
    }
    const keys = splitPath(path);
    const got = valueAt(ctx, grid, r, 1, lists.has(path));
    if (got === undefined) continue;
    setPath(doc, keys, got.value);
    ctx.cells.set(toPointer(keys), cellRef(grid.name, r, 1));
  }
}

function readArraySheet(ctx: Ctx, sheet: SheetLayout, grid: Grid, doc: Record<string, unknown>) {
  const lists = new Set(sheet.lists ?? []);
  const columns = headerOf(ctx, sheet, grid, (h) => resolveColumn(sheet, h));
  const items: Record<string, unknown>[] = [];
  // Each column's keys once, not once a cell.
  const plan = [...columns].map(
    ([col, path]) => [col, path, splitPath(path), lists.has(path)] as const,
  );
  ctx.cells.set(toPointer([sheet.field]), cellRef(grid.name, 0, 0));
  for (let r = 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] as (CellValue | undefined)[];
    if (isEmptyRow(row)) continue;
    const item: Record<string, unknown> = {};
    const rowPointer = toPointer([sheet.field, String(items.length)]);
    ctx.cells.set(rowPointer, cellRef(grid.name, r, 0));
    for (const [col, , keys, isList] of plan) {
      const got = valueAt(ctx, grid, r, col, isList);
      if (got === undefined) continue;
      setPath(item, keys, got.value);
      ctx.cells.set(`${rowPointer}${toPointer(keys)}`, cellRef(grid.name, r, col));
    }
    items.push(item);
  }
  // A blank sheet says nothing of the field: an empty list is written on the document sheet
  // (`json:[]`), and a sheet left blank does not make one.
  if (items.length > 0) put(doc, sheet.field, items);
}

/** Index of each row object by id, across the sheets a reference may point into. */
function idIndex(doc: Record<string, unknown>, fields: readonly string[]) {
  const out = new Map<string, { field: string; index: number; item: Record<string, unknown> }>();
  for (const field of fields) {
    const list = doc[field];
    if (!Array.isArray(list)) continue;
    list.forEach((item, index) => {
      if (isPlainObject(item) && typeof item.id === "string" && !out.has(item.id))
        out.set(item.id, { field, index, item });
    });
  }
  return out;
}

function readImpacts(
  ctx: Ctx,
  sheet: SheetLayout,
  grid: Grid,
  doc: Record<string, unknown>,
  processesSheet: string,
) {
  const columns = headerOf(ctx, sheet, grid, (h) => {
    const n = normaliseHeader(h);
    for (const c of [IMPACT_PROCESS, IMPACT_CATEGORY])
      if (normaliseHeader(c.en) === n || normaliseHeader(c.ja) === n || c.path === n) return c.path;
    const raw = h.trim();
    if (ISO_DURATION_PATTERN.test(raw) || raw.startsWith("x-")) return raw;
    return undefined;
  });
  const find = (path: string) => [...columns].find(([, p]) => p === path)?.[0];
  const pCol = find("process");
  const cCol = find("category");
  for (const [col, c] of [
    [pCol, IMPACT_PROCESS],
    [cCol, IMPACT_CATEGORY],
  ] as const) {
    if (col === undefined)
      report(ctx, "xlsx/missing-column", cellRef(grid.name, 0, 0), {
        sheet: grid.name,
        column: c.en,
      });
  }
  if (pCol === undefined || cCol === undefined) return;
  const index = idIndex(doc, ["processes"]);
  for (let r = 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] as (CellValue | undefined)[];
    if (isEmptyRow(row)) continue;
    const id = row[pCol];
    const category = row[cCol];
    const hit = id === undefined ? undefined : index.get(String(id));
    if (hit === undefined || category === undefined) {
      report(ctx, "xlsx/unknown-row", cellRef(grid.name, r, pCol), {
        row: r + 1,
        sheet: grid.name,
        id: String(id ?? ""),
        target: processesSheet,
      });
      continue;
    }
    const impacts = isPlainObject(hit.item.impacts) ? hit.item.impacts : {};
    if (!isPlainObject(hit.item.impacts)) put(hit.item, "impacts", impacts);
    const levels: Record<string, unknown> = {};
    const key = String(category);
    put(impacts, key, levels);
    const base = ["processes", String(hit.index), "impacts", key];
    ctx.cells.set(toPointer(base), cellRef(grid.name, r, cCol));
    for (const [col, path] of columns) {
      if (col === pCol || col === cCol) continue;
      const got = valueAt(ctx, grid, r, col, false);
      if (got === undefined) continue;
      put(levels, path, got.value);
      ctx.cells.set(toPointer([...base, path]), cellRef(grid.name, r, col));
    }
  }
}

function readDependencies(ctx: Ctx, sheet: SheetLayout, grid: Grid, doc: Record<string, unknown>) {
  const columns = headerOf(ctx, sheet, grid, (h) => resolveColumn(sheet, h));
  const find = (path: string) => [...columns].find(([, p]) => p === path)?.[0];
  const fromCol = find(DEPENDENCY_COLUMNS.from.path);
  const toCol = find(DEPENDENCY_COLUMNS.to.path);
  const groupCol = find(DEPENDENCY_COLUMNS.group.path);
  const noteCol = find(DEPENDENCY_COLUMNS.note.path);
  for (const [col, c] of [
    [fromCol, DEPENDENCY_COLUMNS.from],
    [toCol, DEPENDENCY_COLUMNS.to],
  ] as const) {
    if (col === undefined)
      report(ctx, "xlsx/missing-column", cellRef(grid.name, 0, 0), {
        sheet: grid.name,
        column: c.en,
      });
  }
  if (fromCol === undefined || toCol === undefined) return;
  const index = idIndex(doc, ["processes", "services", "resources", "externals"]);
  // Any-of groups by node and label: the group object and its index in dependsOn.
  const groups = new Map<string, { group: Record<string, unknown>; at: number }>();
  for (let r = 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] as (CellValue | undefined)[];
    if (isEmptyRow(row)) continue;
    const id = row[fromCol];
    const hit = id === undefined ? undefined : index.get(String(id));
    if (hit === undefined) {
      report(ctx, "xlsx/unknown-row", cellRef(grid.name, r, fromCol), {
        row: r + 1,
        sheet: grid.name,
        id: String(id ?? ""),
        target: "Processes / IT services / Resources / Externals",
      });
      continue;
    }
    const to = valueAt(ctx, grid, r, toCol, false);
    if (to === undefined) continue;
    const deps = Array.isArray(hit.item.dependsOn) ? (hit.item.dependsOn as unknown[]) : [];
    if (!Array.isArray(hit.item.dependsOn)) put(hit.item, "dependsOn", deps);
    const base = [hit.field, String(hit.index), "dependsOn"];
    const label = groupCol === undefined ? undefined : row[groupCol];
    if (label === undefined) {
      ctx.cells.set(toPointer([...base, String(deps.length)]), cellRef(grid.name, r, toCol));
      deps.push(to.value);
      continue;
    }
    const key = `${hit.field}\u0000${hit.index}\u0000${String(label)}`;
    let g = groups.get(key);
    if (g === undefined) {
      g = { group: { anyOf: [] }, at: deps.length };
      groups.set(key, g);
      ctx.cells.set(toPointer([...base, String(g.at)]), cellRef(grid.name, r, groupCol as number));
      deps.push(g.group);
    }
    const anyOf = g.group.anyOf as unknown[];
    ctx.cells.set(
      toPointer([...base, String(g.at), "anyOf", String(anyOf.length)]),
      cellRef(grid.name, r, toCol),
    );
    anyOf.push(to.value);
    const note = noteCol === undefined ? undefined : valueAt(ctx, grid, r, noteCol, false);
    if (note !== undefined) {
      put(g.group, "note", note.value);
      ctx.cells.set(
        toPointer([...base, String(g.at), "note"]),
        cellRef(grid.name, r, noteCol as number),
      );
    }
  }
}

/**
 * Read a workbook in mamori's layout (see the package README: a document sheet, one sheet per
 * list, impacts as category × time point, dependencies with any-of groups) into the document a
 * YAML file would give, with the cell of every value. Headers are recognised in English or
 * Japanese. Nothing in the workbook is dropped silently: an unknown sheet or column is a
 * diagnostic (with the closest known name), `x-` columns are kept. A corrupt, encrypted or
 * oversized workbook, formulas, merged cells and date cells are diagnostics too, never a throw.
 * Validate the result with the kind's own function (`analyzeBia`, `analyzeMatrix`) and place
 * its findings with {@link attachCells}. Browser-safe: takes bytes, touches no file system.
 *
 * @param input - The .xlsx file's bytes; a corrupt, encrypted or oversized workbook is a diagnostic, never a throw.
 * @param options - The locale of the messages (default `en`), the file name put on every diagnostic and the workbook's size limits; see {@link ReadWorkbookOptions}.
 *
 * @example
 * ```ts
 * import { readWorkbook, writeWorkbook } from "@mamori/xlsx";
 * const bytes = writeWorkbook({ kind: "ResponsibilityMatrix", schemaVersion: "1.0", id: "m", provider: "p", serviceModel: "saas", catalogs: ["iso27017"] });
 * const read = readWorkbook(bytes);
 * read.kind; // "ResponsibilityMatrix"
 * read.cells.get("/provider"); // "'Responsibility matrix'!B5" (kind, schemaVersion, id, provider: rows 2–5)
 * ```
 *
 * @category Reading workbooks
 */
export function readWorkbook(
  input: Uint8Array | ArrayBuffer,
  options: ReadWorkbookOptions = {},
): WorkbookDocument {
  const locale = options.locale ?? "en";
  const ctx: Ctx = {
    locale,
    cells: new Map(),
    diagnostics: [],
    maxRows: options.maxRows ?? DEFAULT_MAX_ROWS,
  };
  const finish = (
    kind: WorkbookDocument["kind"],
    data: WorkbookDocument["data"],
  ): WorkbookDocument => {
    if (options.file !== undefined) for (const d of ctx.diagnostics) d.file = options.file;
    return { kind, data, cells: ctx.cells, diagnostics: ctx.diagnostics };
  };
  const opened = openWorkbook(toBytes(input), locale, options);
  ctx.diagnostics.push(...opened.diagnostics);
  const book = opened.book;
  if (book === undefined) return finish(undefined, undefined);
  const layout = LAYOUTS.find((l) =>
    book.SheetNames.some((n) => sheetOf(l, n)?.role === "document"),
  );
  if (layout === undefined) {
    report(ctx, "xlsx/unknown-kind", cellRef(book.SheetNames[0] ?? "Sheet1", 0, 0), {
      expected: LAYOUTS.map((l) => `${l.sheets[0]?.en} / ${l.sheets[0]?.ja}`).join(", "),
      found: book.SheetNames.join(", ") || "(none)",
    });
    return finish(undefined, undefined);
  }
  return finish(layout.kind, readLayout(ctx, book, layout));
}

function readLayout(ctx: Ctx, book: WorkBook, layout: WorkbookLayout): Record<string, unknown> {
  const doc: Record<string, unknown> = {};
  const grids = new Map<SheetLayout, Grid>();
  const known = layout.sheets.map((s) => s.en);
  for (const name of book.SheetNames) {
    const sheet = sheetOf(layout, name);
    if (sheet === undefined || grids.has(sheet)) {
      const suggestion = closestMatch(
        name,
        layout.sheets.flatMap((s) => [s.en, s.ja]),
      );
      report(
        ctx,
        suggestion ? "xlsx/unknown-sheet-suggest" : "xlsx/unknown-sheet",
        cellRef(name, 0, 0),
        {
          sheet: name,
          kind: layout.kind,
          known: known.join(", "),
          ...(suggestion ? { suggestion } : {}),
        },
        "warning",
      );
      continue;
    }
    const { grid, diagnostics } = readGrid(book, name, {
      locale: ctx.locale,
      maxRows: ctx.maxRows,
    });
    ctx.diagnostics.push(...diagnostics);
    grids.set(sheet, grid);
  }
  // Lists first, so that impacts and dependencies can find the rows they name.
  const order = [...grids].sort(([a], [b]) => rank(a.role) - rank(b.role));
  const processesSheet = layout.sheets.find((s) => s.field === "processes" && s.role === "array");
  for (const [sheet, grid] of order) {
    if (sheet.role === "document") readDocumentSheet(ctx, sheet, grid, doc);
    else if (sheet.role === "array") readArraySheet(ctx, sheet, grid, doc);
    else if (sheet.role === "impacts")
      readImpacts(ctx, sheet, grid, doc, processesSheet?.en ?? "Processes");
    else readDependencies(ctx, sheet, grid, doc);
  }
  return doc;
}

function rank(role: SheetLayout["role"]): number {
  return role === "document" ? 0 : role === "array" ? 1 : 2;
}
