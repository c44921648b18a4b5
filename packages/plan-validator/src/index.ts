/**
 * `@mamori/plan-validator`: ESLint for IT service continuity plans. The `ContinuityPlan`
 * document schema, `validatePlan` with presets (`recommended`, `strict`, NIST SP 800-34
 * `nist-low` / `nist-moderate` / `nist-high`), more than fifty rules from the METI IT service
 * continuity guideline and the lessons of the 2011 earthquake, custom rules with
 * `defineRule`, and a generated rule reference in English and Japanese.
 *
 * @packageDocumentation
 */

export { ruleDocs } from "./docs/rule-docs.js";
export { formatRuleReference } from "./docs/rule-reference.js";
export { COMMUNICATION_FAILURE_DOMAINS } from "./engine/communications.js";
export { type MeasuredRecovery, measuredRecoveries } from "./engine/evidence.js";
export {
  type EvidencePoint,
  type EvidenceSummary,
  type EvidenceSummaryOptions,
  type ServiceEvidence,
  summarizeEvidence,
} from "./engine/evidence-summary.js";
export type { Located, PlanIndex } from "./engine/index-plan.js";
export type { BiaInput, MatrixInput, OrganisationInput } from "./engine/inputs.js";
export { planMessages } from "./engine/messages.js";
export { type PresetName, presets } from "./engine/presets.js";
export { PLAN_PARTS, type PlanPart, partOf, partOfFinding } from "./engine/required-items.js";
export { resultKindLabel } from "./engine/result-kinds.js";
export {
  defineRule,
  type InferRuleOptions,
  type Rule,
  type RuleConfig,
  type RuleContext,
  type RuleDocs,
  type RuleMeta,
  type RuleOptionSchema,
  type RuleOptionSpec,
  type RuleOptionSpecs,
  type RuleOptions,
  type RuleOptionValue,
  type RuleReport,
  type RuleSetting,
} from "./engine/rule.js";
export {
  type PlanCoverage,
  type PlanExceptionStatus,
  type PlanResult,
  type PlanSummary,
  type ValidatePlanOptions,
  validatePlan,
} from "./engine/validate-plan.js";
export { rules } from "./rules/all.js";
export {
  type ContinuityPlan,
  ContinuityPlanSchema,
  planValidatorDocumentKinds,
} from "./schema/plan.js";
