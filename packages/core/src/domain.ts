/**
 * `@mamori/core/domain`: the shared vocabulary of mamori's documents as zod schemas and their
 * types — identifiers, durations, dates and references; IT services, business processes,
 * resources and their dependencies; recovery objectives (RTO, RPO, RLO) and capabilities;
 * impact categories and scales; sites, units, companies and partners of an organisation.
 * The document schemas built from them are exported by the package that owns each document
 * (`OrganisationSchema` by `@mamori/core`, `BusinessImpactAnalysisSchema` by `@mamori/bia`…).
 *
 * @packageDocumentation
 */

export {
  type BusinessProcess,
  BusinessProcessSchema,
  CIA_OBJECTIVES,
  type CriticalInfrastructureSector,
  CriticalInfrastructureSectorSchema,
  DEFAULT_IMPACT_SCALE,
  type Dependency,
  DependencySchema,
  type GovernanceProcess,
  GovernanceProcessSchema,
  type GovernanceRole,
  GovernanceRoleSchema,
  type Hosting,
  HostingSchema,
  IMPACT_CATEGORIES,
  type ImpactCategory,
  ImpactCategorySchema,
  ImpactLevelSchema,
  type ImpactScale,
  ImpactScaleSchema,
  type ITService,
  ITServiceSchema,
  type OrganisationScope,
  OrganisationScopeSchema,
  type PdcaPhase,
  PdcaPhaseSchema,
  type PowerClass,
  PowerClassSchema,
  PowerSchema,
  type RecoveryCapability,
  RecoveryCapabilitySchema,
  RecoveryLevelSchema,
  type RecoveryObjectives,
  RecoveryObjectivesSchema,
  type Resource,
  type ResourceKind,
  ResourceKindSchema,
  ResourceSchema,
  SecurityLevelSchema,
  type SecurityObjectives,
  SecurityObjectivesSchema,
  ServiceClassSchema,
  type ServiceModel,
  ServiceModelSchema,
} from "./schema/domain.js";
export {
  type Company,
  CompanySchema,
  type Partner,
  PartnerSchema,
  type RoleAssignment,
  RoleAssignmentSchema,
  type Site,
  SiteSchema,
  UnitSchema,
} from "./schema/organisation.js";
export {
  type ControlRef,
  ControlRefSchema,
  DateSchema,
  type DateText,
  DurationSchema,
  type DurationText,
  type Id,
  IdSchema,
  type Money,
  MoneySchema,
  type NodeRef,
  NodeRefSchema,
  PercentageSchema,
} from "./schema/primitives.js";
