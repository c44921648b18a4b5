/**
 * `@mamori/bia/model` — **experimental**: the compiled model of a BIA and the analyses over
 * it, one step at a time. {@link compileBia} indexes a document once (nodes numbered 0..n−1,
 * dependencies in `Int32Array` adjacency, numbers in minutes); the functions here read that
 * model, take and return node indexes and typed arrays, and are what `analyzeBia` (from
 * `@mamori/bia`) runs in one call. Use them to run one analysis on a huge BIA or to build
 * another analysis; their shapes may change in any minor release. Results here are not
 * JSON-clean (typed arrays, a `Map`): for data to store or send, use `analyzeBia`.
 *
 * @experimental
 * @packageDocumentation
 */

export { type CycleAnalysis, findCycles } from "./graph/cycles.js";
export {
  type BiaModel,
  type CategoryInfo,
  type CompileOptions,
  type CompileResult,
  compileBia,
  type ProcessInfo,
  type ScenarioEntry,
} from "./model/compile.js";
export { computeMtpd, impactAt, type MtpdResult } from "./objectives/mtpd.js";
export { propagateObjectives, type RequiredObjectives } from "./objectives/propagate.js";
export {
  computeRecoveryObjectives,
  type ObjectivesResult,
  type ProcessObjectives,
} from "./objectives/rto.js";
export { analyzePower, type PowerOptions } from "./power/power.js";
export {
  type AchievableRecovery,
  computeAchievableRecovery,
  criticalPath,
  findRecoveryGaps,
} from "./recovery/achievable.js";
export { computeRecoveryOrder } from "./recovery/order.js";
export { tierIndex } from "./recovery/tiers.js";
export { type BiaEdge, graphEdges, impactSeries } from "./report/report.js";
export { type ExpandedScenario, type ExpandOptions, expandScenario } from "./scenario/expand.js";
export { simulateScenario } from "./scenario/simulate.js";
export { findSinglePointsOfFailure, type SpofOptions } from "./spof/spof.js";
