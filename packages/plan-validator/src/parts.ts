/**
 * `@mamori/plan-validator/parts`: the parts of a continuity plan as zod schemas — metadata
 * and approval, roles and governance, the pre-incident plan (requirements, measures, primary
 * and alternate sites, schedule, investment), the emergency plan (organisation, process,
 * procedures, communications), the training plan and its results, the maintenance plan,
 * assumed scenarios and exceptions — for code that builds or checks one part on its own.
 * A whole plan is `ContinuityPlanSchema`, on the main entry.
 *
 * @packageDocumentation
 */

export {
  AlternateSiteSchema,
  ApprovalSchema,
  AssumedScenarioSchema,
  CommunicationsMeansSchema,
  CoordinatesSchema,
  CorrectiveActionSchema,
  EmergencyOrganisationSchema,
  EmergencyPlanSchema,
  EmergencyProcessSchema,
  ExerciseResultSchema,
  ExternalServiceSchema,
  FindingSchema,
  InvestmentSchema,
  MaintenancePlanSchema,
  MeasureSchema,
  MilestoneSchema,
  PlanExceptionSchema,
  PlanGovernanceSchema,
  PlanMetadataSchema,
  PlanRoleSchema,
  PreIncidentPlanSchema,
  PrimarySiteSchema,
  ProcedureSchema,
  RequirementSchema,
  ResultIssueSchema,
  ServiceResultSchema,
  TrainingActivitySchema,
  TrainingPlanSchema,
} from "./schema/plan.js";
