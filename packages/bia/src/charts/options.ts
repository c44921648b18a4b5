import type { Locale } from "@mamori/core";

/**
 * What every BIA chart takes besides the analysis: the reader's language and the label of
 * each node (from {@link nodeLabels}, so that `nameJa` is used in Japanese).
 *
 * @example
 * ```ts
 * import type { ChartOptions } from "@mamori/bia/charts";
 * const options: ChartOptions = { locale: "ja", labels: new Map([["erp", "基幹システム"]]) };
 * ```
 *
 * @category Charts
 */
export interface ChartOptions {
  /** Language of the fixed words and of durations (default `en`). */
  locale?: Locale;
  /** Label per node id; a node missing from it is labelled with the analysis's `name`. */
  labels?: ReadonlyMap<string, string>;
}
