import type { Diagnostic } from "@mamori/core";

/**
 * Give every diagnostic without a cell the cell of its path in the workbook (or of the
 * nearest enclosing value that has one), as {@link readWorkbook} recorded them, and the file
 * name. Returns new objects; the input is not modified.
 *
 * @param diagnostics - The diagnostics to place, such as those of `analyzeBia` on the document read; those that already have a cell are kept as they are.
 * @param cells - The map from JSON pointer to cell (`'IT services'!B4`), as `readWorkbook(...).cells`.
 * @param file - The file name to set on every diagnostic; omitted, `file` is left as it is.
 *
 * @example
 * ```ts
 * import { attachCells } from "@mamori/xlsx";
 * const cells = new Map([["/processes/0", "Processes!A2"], ["/processes/0/wrt", "Processes!G2"]]);
 * const [d] = attachCells(
 *   [{ code: "duration/malformed", severity: "error", message: "", messages: { en: "", ja: "" }, path: "/processes/0/wrt" }],
 *   cells,
 *   "bia.xlsx",
 * );
 * d?.cell; // "Processes!G2"
 * ```
 *
 * @category Reading workbooks
 */
export function attachCells(
  diagnostics: readonly Diagnostic[],
  cells: ReadonlyMap<string, string>,
  file?: string,
): Diagnostic[] {
  return diagnostics.map((d) => {
    const out: Diagnostic = { ...d };
    if (out.cell === undefined) {
      const cell = cellAt(cells, d.path);
      if (cell !== undefined) out.cell = cell;
    }
    if (file !== undefined && out.file === undefined) out.file = file;
    return out;
  });
}

/**
 * The cell of a JSON pointer, or of its nearest ancestor that has one.
 *
 * @param cells - The map from JSON pointer to cell, as `readWorkbook(...).cells`.
 * @param pointer - The JSON pointer to place, such as `/processes/0/rto`.
 *
 * @example
 * ```ts
 * import { cellAt } from "@mamori/xlsx";
 * cellAt(new Map([["/processes/0", "Processes!A2"]]), "/processes/0/impacts/financial"); // "Processes!A2"
 * ```
 *
 * @category Reading workbooks
 */
export function cellAt(cells: ReadonlyMap<string, string>, pointer: string): string | undefined {
  let current = pointer;
  for (;;) {
    const hit = cells.get(current);
    if (hit !== undefined) return hit;
    if (current === "") return undefined;
    const cut = current.lastIndexOf("/");
    current = cut <= 0 ? "" : current.slice(0, cut);
  }
}
