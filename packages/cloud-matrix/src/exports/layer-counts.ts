import { type Locale, localize } from "@mamori/core";
import type { DerivedControl } from "../derive/derive.js";
import { matrixLabel } from "../labels.js";
import { OWNERSHIPS, type Ownership } from "../model.js";

/**
 * How many controls of a matrix each owner carries in each layer: one row per layer (and one
 * for the controls no layer decides, the governance row), one column per owner, with the
 * headings already in the reader's language — the table `@mamori/bia/charts`'
 * `countHeatmapSvg` draws.
 *
 * @example
 * ```ts
 * import type { LayerOwnerCounts } from "@mamori/cloud-matrix";
 * const t: LayerOwnerCounts = {
 *   owners: ["customer", "provider", "shared", "unassigned"], columns: ["customer", "provider", "shared", "unassigned"],
 *   rows: [{ layer: "data", label: "Data", counts: [1, 1, 6, 0] }],
 * };
 * ```
 *
 * @category Exports
 */
export interface LayerOwnerCounts {
  /** The owner of each column. */
  owners: Ownership[];
  /** Each column's heading: the owner's word in the locale (利用者, 事業者, 共同…). */
  columns: string[];
  /**
   * One row per layer, in the order given (then layers the controls name that the list
   * lacks, in first-seen order), then — when a control has no layer — the governance row
   * (`layer: null`). `counts` has one number per column.
   */
  rows: Array<{ layer: string | null; label: string; counts: number[] }>;
}

/**
 * The owners always shown, so an empty column says "none" rather than disappearing — an
 * empty unassigned column is the good news a reader looks for.
 */
const ALWAYS: readonly Ownership[] = ["customer", "provider", "shared", "unassigned"];

/**
 * Count the controls of an analysed matrix per layer and owner. A control is counted once in
 * each layer its ownership was decided by (`reason.layers`), under the control's own owner;
 * a control that touches three layers counts in three rows, so a row's total is "controls
 * touching this layer", and the rows add up to more than the matrix's controls. A control
 * with no layer (the governance rule, or an override of one) is counted in the governance row.
 * Columns: customer, provider, shared and unassigned always, and any other owner that has a
 * control, in the order of {@link OWNERSHIPS}.
 *
 * @param controls - The matrix's controls, as in `analyzeMatrix(...).controls`.
 * @param options - The locale of the words (default `en`) and the layers in order with their names (e.g. `toHeatmap(template).layers`); without them each row is labelled with its layer id.
 *
 * @example
 * ```ts
 * import { countControlsByLayer } from "@mamori/cloud-matrix";
 * const t = countControlsByLayer(
 *   [
 *     { owner: "shared", reason: { source: "layers", layers: [{ layer: "data", owner: "customer" }, { layer: "applications", owner: "provider" }] } },
 *     { owner: "customer", reason: { source: "governance", layers: [] } },
 *   ],
 *   { locale: "ja" },
 * );
 * t.columns; // ["利用者", "事業者", "共同", "未割当"]
 * t.rows.map((r) => [r.label, r.counts]); // [["data", [0, 0, 1, 0]], ["applications", [0, 0, 1, 0]], ["ガバナンス", [1, 0, 0, 0]]]
 * ```
 *
 * @category Exports
 */
export function countControlsByLayer(
  controls: readonly Pick<DerivedControl, "owner" | "reason">[],
  options: {
    locale?: Locale;
    layers?: readonly { id: string; name: { en: string; ja?: string | undefined } }[];
  } = {},
): LayerOwnerCounts {
  const locale = options.locale ?? "en";
  const rows = new Map<string | null, Map<Ownership, number>>();
  const labels = new Map<string | null, string>();
  for (const l of options.layers ?? []) {
    if (rows.has(l.id)) continue;
    rows.set(l.id, new Map());
    labels.set(l.id, localize(l.name, locale));
  }
  const used = new Set<Ownership>(ALWAYS);
  let governance: Map<Ownership, number> | undefined;
  for (const c of controls) {
    used.add(c.owner);
    const layers = new Set(c.reason.layers.map((l) => l.layer));
    if (layers.size === 0) {
      governance ??= new Map();
      governance.set(c.owner, (governance.get(c.owner) ?? 0) + 1);
      continue;
    }
    for (const layer of layers) {
      let row = rows.get(layer);
      if (!row) {
        row = new Map();
        rows.set(layer, row);
        labels.set(layer, layer);
      }
      row.set(c.owner, (row.get(c.owner) ?? 0) + 1);
    }
  }
  if (governance) {
    rows.set(null, governance);
    labels.set(null, matrixLabel("governance", locale));
  }
  const owners = OWNERSHIPS.filter((o) => used.has(o));
  return {
    owners,
    columns: owners.map((o) => matrixLabel(o, locale)),
    rows: [...rows].map(([layer, counts]) => ({
      layer,
      label: labels.get(layer) ?? String(layer),
      counts: owners.map((o) => counts.get(o) ?? 0),
    })),
  };
}
