/**
 * `@mamori/bia`: a business impact analysis (BIA) calculator. From a
 * `BusinessImpactAnalysis` document it computes MTPD and RTO/RPO/RLO per business process,
 * rolls objectives down the dependency graph, finds the achievable recovery time and
 * critical path of each process (and the gaps), dependency cycles, tiers, the recovery
 * order, single points of failure, what power outages and rolling blackouts do, scenario
 * outcomes with losses, and data for reports — all of it in one call with {@link analyzeBia}
 * (or {@link analyzeGroup} for several organisations). Results are plain JSON data.
 *
 * The compiled model and the step-by-step analyses over it (`compileBia`, `findCycles`,
 * `simulateScenario`, …) are in the experimental subpath `@mamori/bia/model`.
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
export type { Cycle } from "./graph/cycles.js";
export { analyzeGroup, type GroupMember } from "./group/group.js";
export { biaMessages } from "./messages.js";
export type { BiaNodeType } from "./model/compile.js";
export { holdsDataByDefault } from "./model/minutes.js";
export {
  DEFAULT_DIAGNOSTICS_PER_CODE,
  type DiagnosticOptions,
} from "./model/reporter.js";
export type { BlackoutPlan, PowerAnalysis, WindowMinutes } from "./power/power.js";
export type { RecoveryGap } from "./recovery/achievable.js";
export {
  DEFAULT_EVIDENCE_MAX_AGE,
  type NodeRecoveryEvidence,
  type RecoveryEvidence,
} from "./recovery/evidence.js";
export { assignTier, DEFAULT_TIERS, type TierDefinition } from "./recovery/tiers.js";
export { type UnacceptableLine, unacceptableLines } from "./report/levels.js";
export {
  type BiaNode,
  type BiaReport,
  type ImpactSeries,
  recoveryTimeline,
  type TimelineEntry,
} from "./report/report.js";
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
export type { SinglePointOfFailure } from "./spof/spof.js";
