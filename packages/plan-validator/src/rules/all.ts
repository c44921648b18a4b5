import type { Rule } from "../engine/rule.js";
import { backupOffsite, intervalMeetsRpo, restoreTested } from "./backup.js";
import { rpoConsistent, rtoConsistent } from "./bia.js";
import {
  activationRedundant,
  activationSurvivesPublicOutage,
  independentMeans,
} from "./communications.js";
import { notInFuture } from "./dates.js";
import { emergencyRequiredItems, planCopiesOffline } from "./emergency.js";
import {
  businessStaffExercised,
  correctiveActions,
  failbackExercised,
  failedRetested,
  rloMet,
  rpoMet,
  rtoMet,
  scenarioVariety,
  timeCriticalProven,
} from "./evidence.js";
import { exceptionAuthority, exceptionExpired } from "./exceptions.js";
import { evidenceCurrent, providerEvidence } from "./external.js";
import {
  auditorIndependent,
  findingsOwned,
  overdueFindingsReported,
  processesAssigned,
} from "./governance.js";
import {
  inspectionDefined,
  maintenanceRequiredItems,
  reviewInterval,
  reviewWithin12Months,
} from "./maintenance.js";
import { clause14Owned, customerContinuityShown } from "./matrix.js";
import {
  approval,
  bcpPurpose,
  biaReferenced,
  metadataRequiredItems,
  scopeCoverage,
} from "./metadata.js";
import {
  alternateSite,
  contactList,
  fullScaleExercise,
  functionalExercise,
  tabletopExercise,
} from "./nist.js";
import {
  activationSuccessor,
  roleSuccessor,
  safetyConfirmation,
  staffUnavailability,
} from "./people.js";
import { backupRuntime, powerClassified } from "./power.js";
import { investmentStated, preIncidentRequiredItems, scheduleOverdue } from "./pre-incident.js";
import { orderedSteps, timeCriticalCovered } from "./procedures.js";
import {
  activationRtoCriterion,
  detectionPhase,
  escalationTriggers,
  failbackDefined,
} from "./process.js";
import { orderDependencies } from "./recovery.js";
import { resolve, uniqueIds } from "./references.js";
import { communicationsOutage, cyberIncident, wideAreaLongDuration } from "./scenarios.js";
import { emergencyCiaBalance } from "./security.js";
import { geographicSeparation, sitePowerWeighed, siteSelectionDocumented } from "./site.js";
import {
  businessStaff,
  exerciseCadence,
  failoverTestCadence,
  switchOverPerService,
  trainingRequiredItems,
} from "./training.js";

const list: Rule[] = [
  backupOffsite,
  intervalMeetsRpo,
  restoreTested,
  rtoConsistent,
  rpoConsistent,
  independentMeans,
  activationRedundant,
  activationSurvivesPublicOutage,
  notInFuture,
  planCopiesOffline,
  emergencyRequiredItems,
  rtoMet,
  rpoMet,
  rloMet,
  failedRetested,
  correctiveActions,
  timeCriticalProven,
  scenarioVariety,
  failbackExercised,
  businessStaffExercised,
  exceptionExpired,
  exceptionAuthority,
  providerEvidence,
  evidenceCurrent,
  processesAssigned,
  auditorIndependent,
  findingsOwned,
  overdueFindingsReported,
  reviewInterval,
  reviewWithin12Months,
  inspectionDefined,
  maintenanceRequiredItems,
  clause14Owned,
  customerContinuityShown,
  approval,
  bcpPurpose,
  biaReferenced,
  scopeCoverage,
  metadataRequiredItems,
  contactList,
  alternateSite,
  tabletopExercise,
  functionalExercise,
  fullScaleExercise,
  roleSuccessor,
  activationSuccessor,
  safetyConfirmation,
  staffUnavailability,
  powerClassified,
  backupRuntime,
  scheduleOverdue,
  investmentStated,
  preIncidentRequiredItems,
  timeCriticalCovered,
  orderedSteps,
  detectionPhase,
  failbackDefined,
  activationRtoCriterion,
  escalationTriggers,
  orderDependencies,
  resolve,
  uniqueIds,
  wideAreaLongDuration,
  communicationsOutage,
  cyberIncident,
  emergencyCiaBalance,
  geographicSeparation,
  sitePowerWeighed,
  siteSelectionDocumented,
  trainingRequiredItems,
  failoverTestCadence,
  exerciseCadence,
  businessStaff,
  switchOverPerService,
];

/**
 * Every built-in rule, sorted by id (the package's own list; the public one is {@link rules}).
 *
 * @category Rules
 */
export const builtinRules: readonly Rule[] = [...list].sort((a, b) =>
  a.meta.id < b.meta.id ? -1 : 1,
);

/**
 * Every built-in rule by id (`rules["power/backup-runtime"]`), in id order, including the
 * deprecated ids kept as aliases (`meta.deprecated`). What `validatePlan` runs; read it to
 * list, document or reuse a rule (as ESLint's `builtinRules`, but keyed by id and frozen).
 *
 * @example
 * ```ts
 * import { rules } from "@mamori/plan-validator";
 * rules["power/backup-runtime"]?.meta.defaultSeverity; // "error"
 * Object.keys(rules).length; // 74
 * ```
 *
 * @category Rules
 */
export const rules: Readonly<Record<string, Rule>> = Object.freeze(
  Object.fromEntries(builtinRules.map((r) => [r.meta.id, r])),
);
