import type { Locale } from "@mamori/core";
import type { BiaResult } from "../analyze.js";

/**
 * The label of every BIA node (and of every scenario, under `scenario:<id>`) in a locale, by
 * the one rule every mamori output follows: in Japanese a node's label is its document's
 * `nameJa` where given (not empty), else its `name`; in English its `name`. Node ids an
 * organisation qualifies (`org:id`) keep the analysis's name. Pass the map to the charts
 * (`labels`) and use it in tables, so a chart and its table name a node alike.
 *
 * @param result - The analysis, from `analyzeBia`.
 * @param doc - The BIA document the analysis was made from (read for `nameJa`); anything else is ignored.
 * @param locale - The reader's language.
 * @returns A map from node id (and `scenario:<id>`) to its label.
 *
 * @example
 * ```ts
 * import { analyzeBia } from "@mamori/bia";
 * import { nodeLabels } from "@mamori/bia/charts";
 * const doc = {
 *   kind: "BusinessImpactAnalysis", schemaVersion: "1.0", timePoints: ["PT4H"],
 *   processes: [{ id: "payroll", name: "Payroll", nameJa: "給与計算", impacts: {} }],
 * };
 * nodeLabels(analyzeBia(doc), doc, "ja").get("payroll"); // "給与計算"
 * nodeLabels(analyzeBia(doc), doc, "en").get("payroll"); // "Payroll"
 * ```
 *
 * @category Charts
 */
export function nodeLabels(result: BiaResult, doc: unknown, locale: Locale): Map<string, string> {
  const names = new Map<string, string>();
  for (const n of result.nodes) names.set(n.id, n.name);
  for (const s of result.scenarios) names.set(`scenario:${s.scenario}`, s.name);
  if (locale !== "ja" || typeof doc !== "object" || doc === null) return names;
  const d = doc as Record<string, unknown>;
  for (const key of ["processes", "services", "resources", "externals", "scenarios"]) {
    const list = d[key];
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const { id, nameJa } = (item ?? {}) as { id?: unknown; nameJa?: unknown };
      if (typeof id !== "string" || typeof nameJa !== "string" || nameJa === "") continue;
      const k = key === "scenarios" ? `scenario:${id}` : id;
      if (names.has(k)) names.set(k, nameJa);
    }
  }
  return names;
}
