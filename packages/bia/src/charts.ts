/**
 * `@mamori/bia/charts`: the charts of a business impact analysis as SVG pictures (strings),
 * drawn once for every mamori output — the CLI's HTML report and the web workbench both
 * insert them as they are. Pure functions from an analysis (and the reader's locale) to
 * markup: deterministic, every text escaped, no DOM and no `node:` import, so they run in
 * browsers, workers and Node alike. Kept out of the main entry so that an app that only
 * analyses does not ship them.
 *
 * @packageDocumentation
 */

export { dependencyGraphSvg } from "./charts/graph.js";
export {
  type CategoryTable,
  type CountTable,
  categoryHeatmapSvg,
  countHeatmapSvg,
} from "./charts/heatmap.js";
export { impactChartSvg } from "./charts/impact.js";
export { nodeLabels } from "./charts/labels.js";
export type { ChartOptions } from "./charts/options.js";
export { recoveryTimelineSvg } from "./charts/timeline.js";
