import type { Rule } from "../engine/rule.js";
import {
  clause14Owned,
  orderDependencies,
  rpoConsistent,
  rtoConsistent,
  timeCriticalCovered,
} from "./cross-check.js";
import { notInFuture } from "./dates.js";
import {
  activationRedundant,
  activationRtoCriterion,
  activationSuccessor,
  activationSurvivesPublicOutage,
  detectionPhase,
  emergencyCiaBalance,
  escalationTriggers,
  evidenceCurrent,
  failbackDefined,
  independentMeans,
  orderedSteps,
  planCopiesOffline,
  providerEvidence,
  roleSuccessor,
  safetyConfirmation,
} from "./emergency.js";
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
import { geographicSeparation } from "./geography.js";
import {
  auditorIndependent,
  findingsOwned,
  overdueFindingsReported,
  processesAssigned,
} from "./governance.js";
import { inspectionDefined, reviewWithin12Months } from "./maintenance.js";
import { approval, bcpPurpose, biaReferenced, scopeCoverage } from "./metadata.js";
import {
  alternateSite,
  contactList,
  fullScaleExercise,
  functionalExercise,
  tabletopExercise,
} from "./nist.js";
import {
  backupOffsite,
  backupRuntime,
  intervalMeetsRpo,
  investmentStated,
  powerClassified,
  scheduleOverdue,
  sitePowerWeighed,
  siteSelectionDocumented,
} from "./pre-incident.js";
import { resolve, uniqueIds } from "./references.js";
import {
  emergencyRequiredItems,
  maintenanceRequiredItems,
  metadataRequiredItems,
  preIncidentRequiredItems,
  trainingRequiredItems,
} from "./required.js";
import {
  communicationsOutage,
  cyberIncident,
  staffUnavailability,
  wideAreaLongDuration,
} from "./scenarios.js";
import {
  businessStaff,
  exerciseCadence,
  failoverTestCadence,
  restoreTested,
  switchOverPerService,
} from "./training.js";

const list: Rule[] = [
  metadataRequiredItems,
  approval,
  bcpPurpose,
  biaReferenced,
  scopeCoverage,
  notInFuture,
  resolve,
  uniqueIds,
  processesAssigned,
  auditorIndependent,
  findingsOwned,
  overdueFindingsReported,
  preIncidentRequiredItems,
  powerClassified,
  backupRuntime,
  sitePowerWeighed,
  siteSelectionDocumented,
  geographicSeparation,
  scheduleOverdue,
  investmentStated,
  backupOffsite,
  intervalMeetsRpo,
  restoreTested,
  emergencyRequiredItems,
  detectionPhase,
  failbackDefined,
  activationRtoCriterion,
  escalationTriggers,
  independentMeans,
  activationRedundant,
  activationSurvivesPublicOutage,
  roleSuccessor,
  activationSuccessor,
  safetyConfirmation,
  planCopiesOffline,
  emergencyCiaBalance,
  providerEvidence,
  evidenceCurrent,
  orderedSteps,
  timeCriticalCovered,
  orderDependencies,
  trainingRequiredItems,
  businessStaff,
  failoverTestCadence,
  switchOverPerService,
  exerciseCadence,
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
  maintenanceRequiredItems,
  reviewWithin12Months,
  inspectionDefined,
  wideAreaLongDuration,
  communicationsOutage,
  staffUnavailability,
  cyberIncident,
  rtoConsistent,
  rpoConsistent,
  clause14Owned,
  contactList,
  alternateSite,
  tabletopExercise,
  functionalExercise,
  fullScaleExercise,
];

/**
 * Every built-in rule, sorted by id.
 *
 * @example
 * ```ts
 * import { builtinRules } from "@mamori/plan-validator";
 * builtinRules.find((r) => r.meta.id === "power/backup-runtime")?.meta.defaultSeverity; // "error"
 * ```
 */
export const builtinRules: readonly Rule[] = [...list].sort((a, b) =>
  a.meta.id < b.meta.id ? -1 : 1,
);
