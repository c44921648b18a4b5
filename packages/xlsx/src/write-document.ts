import { OWNERSHIPS } from "@mamori/cloud-matrix";
import type { Locale } from "@mamori/core";
import { ResourceKindSchema } from "@mamori/core/domain";
import { encodeScalar, flattenField, isPlainObject, JSON_PREFIX } from "./cell-codec.js";
import {
  BIA_LAYOUT,
  DEPENDENCY_COLUMNS,
  FIELD_COLUMN,
  IMPACT_CATEGORY,
  IMPACT_PROCESS,
  MATRIX_LAYOUT,
  type SheetLayout,
  VALUE_COLUMN,
  type WorkbookLayout,
} from "./layout.js";
import type { CellValue } from "./open.js";
import { type ColumnValidation, type TableSheet, writeTables } from "./write-tables.js";

/** The scenario types of `@mamori/bia` (a test keeps the two lists equal). @internal */
export const SCENARIO_TYPES = [
  "custom",
  "power-outage",
  "site-loss",
  "communications-outage",
  "staff-availability",
  "supplier-outage",
] as const;
const EXTERNAL_KINDS = ["supplier", "customer", "group-company", "partner"];

type Check = Omit<ColumnValidation, "column">;

/** Drop-down lists by sheet field and column path: owners, kinds, types, ownerships. */
function checksOf(document: Record<string, unknown>): Map<string, Check> {
  const owners = new Set<string>();
  for (const field of ["processes", "services", "resources"]) {
    const list = document[field];
    if (Array.isArray(list))
      for (const item of list)
        if (isPlainObject(item) && typeof item.owner === "string") owners.add(item.owner);
  }
  const checks = new Map<string, Check>([
    ["resources:kind", { list: ResourceKindSchema.options }],
    ["externals:kind", { list: EXTERNAL_KINDS }],
    ["scenarios:type", { list: SCENARIO_TYPES }],
    ["overrides:owner", { list: OWNERSHIPS }],
  ]);
  if (owners.size > 0) {
    const list = [...owners].sort();
    for (const field of ["processes", "services", "resources"])
      checks.set(`${field}:owner`, { list });
  }
  return checks;
}

/** The impact levels a cell of the Impacts sheet may hold: the scale's, or 1 to 5. */
function levelRange(document: Record<string, unknown>): [number, number] {
  const scale = document.impactScale;
  const values =
    isPlainObject(scale) && Array.isArray(scale.levels)
      ? scale.levels.flatMap((l) =>
          isPlainObject(l) && typeof l.value === "number" ? [l.value] : [],
        )
      : [];
  return values.length > 0 ? [Math.min(...values), Math.max(...values)] : [1, 5];
}

/**
 * Options of {@link writeWorkbook}.
 *
 * @example
 * ```ts
 * import type { WriteWorkbookOptions } from "@mamori/xlsx";
 * const options: WriteWorkbookOptions = { locale: "ja" }; // 事業影響度分析, 目標復旧時間 …
 * ```
 *
 * @category Writing workbooks
 */
export interface WriteWorkbookOptions {
  /** Language of the sheet names and headers (default `en`); the reader takes either. */
  locale?: Locale;
}

const DEPENDENT_SHEETS = new Set(["processes", "services", "resources", "externals"]);

function layoutOf(kind: unknown): WorkbookLayout {
  if (kind === "BusinessImpactAnalysis") return BIA_LAYOUT;
  if (kind === "ResponsibilityMatrix") return MATRIX_LAYOUT;
  throw new TypeError(
    `writeWorkbook: expected a BusinessImpactAnalysis or ResponsibilityMatrix document, got kind ${JSON.stringify(kind)}`,
  );
}

/** Rows of objects as a sheet: known columns first (in layout order), then the rest as found. */
function table(
  sheet: SheetLayout,
  locale: Locale,
  rows: Map<string, CellValue>[],
  name: string,
  checks: ReadonlyMap<string, Check>,
): TableSheet {
  const paths: string[] = [];
  const seen = new Set<string>();
  const add = (p: string) => {
    if (!seen.has(p)) {
      seen.add(p);
      paths.push(p);
    }
  };
  const present = new Set(rows.flatMap((r) => [...r.keys()]));
  for (const c of sheet.columns) if (present.has(c.path)) add(c.path);
  for (const r of rows) for (const p of r.keys()) add(p);
  // A blank sheet still shows its columns, so that it can be filled in.
  if (rows.length === 0) for (const c of sheet.columns) add(c.path);
  const label = (p: string) => {
    const c = sheet.columns.find((x) => x.path === p);
    return c ? c[locale] : p;
  };
  const validations: ColumnValidation[] = [];
  paths.forEach((p, column) => {
    const check = checks.get(`${sheet.field}:${p}`);
    if (check) validations.push({ ...check, column });
  });
  return {
    name,
    header: paths.map(label),
    rows: rows.map((r) => paths.map((p) => r.get(p))),
    validations,
  };
}

/** Whether a dependency fits one row of the dependencies sheet (or one group of rows). */
function isPlainGroup(dep: unknown): dep is { anyOf: string[]; note?: string } {
  if (!isPlainObject(dep)) return false;
  const keys = Object.keys(dep);
  return (
    Array.isArray(dep.anyOf) &&
    dep.anyOf.length > 0 &&
    dep.anyOf.every((x) => typeof x === "string") &&
    keys.every(
      (k) => k === "anyOf" || (k === "note" && typeof dep.note === "string" && dep.note !== ""),
    )
  );
}

/**
 * Write a `BusinessImpactAnalysis` or `ResponsibilityMatrix` document as a workbook in mamori's
 * layout, the one {@link readWorkbook} reads back to an equal document: every field and `x-`
 * key, with values a cell cannot hold as they are (lists of objects, `x-` objects) as `json:`
 * cells. Text is always written as text, so a value such as `=HYPERLINK(…)` never becomes a
 * formula. Header rows carry an autofilter. Deterministic: the same document gives the same bytes.
 *
 * @param document - A `BusinessImpactAnalysis` or `ResponsibilityMatrix` document, as parsed from YAML or JSON.
 * @param options - The language of the sheet names and headers, `en` (default) or `ja`; the reader takes either.
 * @returns The .xlsx file's bytes.
 *
 * @example
 * ```ts
 * import { writeWorkbook } from "@mamori/xlsx";
 * const bytes = writeWorkbook({ kind: "ResponsibilityMatrix", schemaVersion: "1.0", id: "m", provider: "p", serviceModel: "saas", catalogs: ["iso27017"] }, { locale: "ja" });
 * bytes[0]; // 0x50 ("P" of a zip archive)
 * ```
 *
 * @category Writing workbooks
 */
export function writeWorkbook(
  document: Record<string, unknown>,
  options: WriteWorkbookOptions = {},
): Uint8Array {
  const locale = options.locale ?? "en";
  const layout = layoutOf(document.kind);
  const docSheet = layout.sheets[0] as SheetLayout;
  const arraySheets = layout.sheets.filter((s) => s.role === "array");
  const sheetFor = new Map(arraySheets.map((s) => [s.field, s]));
  const rowsBySheet = new Map<SheetLayout, Map<string, CellValue>[]>();
  const impactRows: (CellValue | undefined)[][] = [];
  const impactColumns: string[] = [];
  const timePoints = Array.isArray(document.timePoints)
    ? document.timePoints.filter((t): t is string => typeof t === "string")
    : [];
  for (const t of timePoints) if (!impactColumns.includes(t)) impactColumns.push(t);
  const impactItems: { id: string; category: string; levels: Record<string, unknown> }[] = [];
  const dependencyRows: (CellValue | undefined)[][] = [];

  // The document sheet: every field that is not a list sheet's.
  const docRows: (CellValue | undefined)[][] = [];
  const docLists = new Set(docSheet.lists ?? []);
  for (const [key, value] of Object.entries(document)) {
    const sheet = sheetFor.get(key);
    if (sheet && Array.isArray(value) && value.length > 0 && value.every(isPlainObject)) continue;
    for (const [path, cell] of flattenField(key, value, docLists)) {
      const c = docSheet.columns.find((x) => x.path === path);
      docRows.push([c ? c[locale] : path, cell]);
    }
  }

  for (const sheet of arraySheets) {
    const list = document[sheet.field];
    const rows: Map<string, CellValue>[] = [];
    rowsBySheet.set(sheet, rows);
    if (!Array.isArray(list) || list.length === 0 || !list.every(isPlainObject)) continue;
    const lists = new Set(sheet.lists ?? []);
    let group = 0;
    for (const item of list as Record<string, unknown>[]) {
      const row = new Map<string, CellValue>();
      const id = typeof item.id === "string" ? item.id : undefined;
      for (const [key, value] of Object.entries(item)) {
        // Impacts go to their own sheet (one row per category); x- keys of `impacts` stay here.
        if (
          key === "impacts" &&
          sheet.field === "processes" &&
          id !== undefined &&
          isPlainObject(value) &&
          Object.keys(value).length > 0
        ) {
          for (const [category, levels] of Object.entries(value)) {
            if (
              !category.startsWith("x-") &&
              isPlainObject(levels) &&
              category.trim() === category &&
              category !== "" &&
              !category.startsWith(JSON_PREFIX)
            ) {
              impactItems.push({ id, category, levels });
              for (const t of Object.keys(levels))
                if (!t.startsWith("x-") && !impactColumns.includes(t)) impactColumns.push(t);
            } else
              for (const [p, cell] of flattenField(`impacts.${category}`, levels, lists))
                row.set(p, cell);
          }
          continue;
        }
        if (
          key === "dependsOn" &&
          DEPENDENT_SHEETS.has(sheet.field) &&
          id !== undefined &&
          Array.isArray(value) &&
          value.length > 0
        ) {
          for (const dep of value) {
            if (isPlainGroup(dep)) {
              group++;
              for (const member of dep.anyOf)
                dependencyRows.push([
                  id,
                  encodeScalar(member),
                  `g${group}`,
                  encodeScalar(dep.note),
                ]);
            } else dependencyRows.push([id, encodeScalar(dep), undefined, undefined]);
          }
          continue;
        }
        for (const [p, cell] of flattenField(key, value, lists)) row.set(p, cell);
      }
      rows.push(row);
    }
  }

  const checks = checksOf(document);
  const tables: TableSheet[] = [
    { name: docSheet[locale], header: [FIELD_COLUMN[locale], VALUE_COLUMN[locale]], rows: docRows },
  ];
  for (const sheet of layout.sheets) {
    if (sheet.role === "array") {
      const rows = rowsBySheet.get(sheet) ?? [];
      if (rows.length > 0 || sheet.field === "processes" || sheet.field === "overrides")
        tables.push(table(sheet, locale, rows, sheet[locale], checks));
    } else if (sheet.role === "impacts" && layout === BIA_LAYOUT) {
      // x- keys of a category's levels become columns after the time points.
      const extra: string[] = [];
      for (const it of impactItems)
        for (const k of Object.keys(it.levels))
          if (k.startsWith("x-") && !extra.includes(k)) extra.push(k);
      const cols = [...impactColumns, ...extra];
      for (const it of impactItems) {
        impactRows.push([it.id, it.category, ...cols.map((t) => encodeScalar(it.levels[t]))]);
      }
      tables.push({
        name: sheet[locale],
        header: [IMPACT_PROCESS[locale], IMPACT_CATEGORY[locale], ...cols],
        rows: impactRows,
        validations: impactColumns.map((_, i) => ({ column: i + 2, whole: levelRange(document) })),
      });
    } else if (sheet.role === "dependencies") {
      tables.push({
        name: sheet[locale],
        header: Object.values(DEPENDENCY_COLUMNS).map((c) => c[locale]),
        rows: dependencyRows,
      });
    }
  }
  return writeTables(tables);
}
