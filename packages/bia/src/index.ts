/**
 * `@mamori/bia`: a business impact analysis (BIA) calculator. From a
 * `BusinessImpactAnalysis` document it computes MTPD and RTO/RPO/RLO per business process,
 * rolls objectives down the dependency graph, finds the achievable recovery time and
 * critical path of each process (and the gaps), dependency cycles, tiers, the recovery
 * order, single points of failure, what power outages and rolling blackouts do, scenario
 * outcomes with losses, and data for reports — each as a pure function, and all of it in
 * one call with {@link analyzeBia} (or {@link analyzeGroup} for several organisations).
 *
 * @packageDocumentation
 */

export {
  type AnalyzeOptions,
  analyzeBia,
  type BiaProcessResult,
  type BiaResult,
} from "./analyze.js";
export { type GenerateOptions, generateBiaDocument } from "./generate.js";
export { type Cycle, type CycleAnalysis, findCycles } from "./graph/cycles.js";
export { analyzeGroup, type GroupMember } from "./group/group.js";
export { biaMessages } from "./messages.js";
export {
  type BiaModel,
  type BiaNodeType,
  type CategoryInfo,
  type CompileOptions,
  type CompileResult,
  compileBia,
  type ProcessInfo,
  type ScenarioEntry,
} from "./model/compile.js";
export { holdsDataByDefault } from "./model/minutes.js";
export {
  DEFAULT_DIAGNOSTICS_PER_CODE,
  type DiagnosticOptions,
} from "./model/reporter.js";
export { computeMtpd, impactAt, type MtpdResult } from "./objectives/mtpd.js";
export { propagateObjectives, type RequiredObjectives } from "./objectives/propagate.js";
export {
  computeRecoveryObjectives,
  type ObjectivesResult,
  type ProcessObjectives,
} from "./objectives/rto.js";
export {
  analyzePower,
  type BlackoutPlan,
  type PowerAnalysis,
  type PowerOptions,
  type WindowMinutes,
} from "./power/power.js";
export {
  type AchievableRecovery,
  computeAchievableRecovery,
  criticalPath,
  findRecoveryGaps,
  type RecoveryGap,
} from "./recovery/achievable.js";
export {
  DEFAULT_EVIDENCE_MAX_AGE,
  type NodeRecoveryEvidence,
  type RecoveryEvidence,
} from "./recovery/evidence.js";
export { computeRecoveryOrder } from "./recovery/order.js";
export { assignTier, DEFAULT_TIERS, type TierDefinition, tierIndex } from "./recovery/tiers.js";
export {
  type BiaEdge,
  type BiaNode,
  type BiaReport,
  graphEdges,
  type ImpactSeries,
  impactSeries,
  recoveryTimeline,
  type TimelineEntry,
} from "./report/report.js";
export { type ExpandedScenario, type ExpandOptions, expandScenario } from "./scenario/expand.js";
export {
  communicationsOutage,
  customScenario,
  type ScenarioBase,
  siteLoss,
  staffAvailability,
  supplierOutage,
  wideAreaPowerOutage,
} from "./scenario/helpers.js";
export type { ProcessOutcome, ScenarioOutcome } from "./scenario/outcome.js";
export { simulateScenario } from "./scenario/simulate.js";
export {
  type BiaExternal,
  BiaExternalSchema,
  type BiaProcess,
  BiaProcessSchema,
  type BlackoutWindow,
  BlackoutWindowSchema,
  type BusinessImpactAnalysis,
  BusinessImpactAnalysisSchema,
  biaDocumentKinds,
  LossPointSchema,
  type Scenario,
  type ScenarioFailure,
  ScenarioFailureSchema,
  ScenarioSchema,
  type ScenarioType,
  ScenarioTypeSchema,
  type Tier,
  TierSchema,
} from "./schema.js";
export {
  findSinglePointsOfFailure,
  type SinglePointOfFailure,
  type SpofOptions,
} from "./spof/spof.js";
