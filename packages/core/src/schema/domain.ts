import * as z from "zod/mini";
import { defineObject } from "./object.js";
import {
  ControlRefSchema,
  DurationSchema,
  IdSchema,
  NodeRefSchema,
  PercentageSchema,
} from "./primitives.js";

/**
 * The three information-security objectives (CIA). IT service continuity is mainly about
 * availability, but the guideline asks that an emergency keep a balance of all three.
 *
 * @example
 * ```ts
 * import { CIA_OBJECTIVES } from "@mamori/core/domain";
 * CIA_OBJECTIVES; // ["confidentiality", "integrity", "availability"]
 * ```
 *
 * @category Domain schemas
 */
export const CIA_OBJECTIVES = ["confidentiality", "integrity", "availability"] as const;

/**
 * A level for one security objective.
 *
 * @example
 * ```ts
 * import { SecurityLevelSchema } from "@mamori/core/domain";
 * SecurityLevelSchema.safeParse("high").success; // true
 * ```
 *
 * @category Domain schemas
 */
export const SecurityLevelSchema = z.enum(["low", "moderate", "high"]);

/**
 * Required (or kept) levels of confidentiality, integrity and availability.
 *
 * @example
 * ```ts
 * import { SecurityObjectivesSchema } from "@mamori/core/domain";
 * SecurityObjectivesSchema.safeParse({ confidentiality: "high", integrity: "high", availability: "moderate" }).success; // true
 * ```
 *
 * @category Domain schemas
 */
export const SecurityObjectivesSchema = defineObject({
  confidentiality: SecurityLevelSchema,
  integrity: SecurityLevelSchema,
  availability: SecurityLevelSchema,
});
/**
 * CIA levels (see {@link SecurityObjectivesSchema}).
 *
 * @example
 * ```ts
 * import type { SecurityObjectives } from "@mamori/core/domain";
 * const erp: SecurityObjectives = { confidentiality: "high", integrity: "high", availability: "moderate" };
 * ```
 *
 * @category Domain schemas
 */
export type SecurityObjectives = z.infer<typeof SecurityObjectivesSchema>;

/**
 * One level of an impact scale.
 *
 * @example
 * ```ts
 * import { ImpactLevelSchema } from "@mamori/core/domain";
 * ImpactLevelSchema.safeParse({ value: 4, label: "Major", labelJa: "重大" }).success; // true
 * ```
 *
 * @category Domain schemas
 */
export const ImpactLevelSchema = defineObject({
  value: z.int().check(z.gte(0), z.lte(100)),
  label: z.string().check(z.minLength(1)),
  labelJa: z.optional(z.string()),
  description: z.optional(z.string()),
});

/**
 * An ordered impact scale: at least two levels with increasing values.
 *
 * @example
 * ```ts
 * import { ImpactScaleSchema, DEFAULT_IMPACT_SCALE } from "@mamori/core/domain";
 * ImpactScaleSchema.safeParse(DEFAULT_IMPACT_SCALE).success; // true
 * ```
 *
 * @category Domain schemas
 */
export const ImpactScaleSchema = defineObject({
  levels: z.array(ImpactLevelSchema).check(z.minLength(2)),
});
/**
 * An impact scale (see {@link ImpactScaleSchema}).
 *
 * @example
 * ```ts
 * import { DEFAULT_IMPACT_SCALE, type ImpactScale } from "@mamori/core/domain";
 * const twoLevels: ImpactScale = {
 *   levels: [
 *     { value: 1, label: "Tolerable", labelJa: "許容できる" },
 *     { value: 2, label: "Unacceptable", labelJa: "許容できない" },
 *   ],
 * };
 * DEFAULT_IMPACT_SCALE.levels.length; // 5
 * ```
 *
 * @category Domain schemas
 */
export type ImpactScale = z.infer<typeof ImpactScaleSchema>;

/**
 * The default 1–5 impact scale, with English and Japanese labels.
 *
 * @example
 * ```ts
 * import { DEFAULT_IMPACT_SCALE } from "@mamori/core/domain";
 * DEFAULT_IMPACT_SCALE.levels[3]?.labelJa; // "重大"
 * ```
 *
 * @category Domain schemas
 */
export const DEFAULT_IMPACT_SCALE: ImpactScale = {
  levels: [
    { value: 1, label: "Negligible", labelJa: "軽微" },
    { value: 2, label: "Minor", labelJa: "小" },
    { value: 3, label: "Moderate", labelJa: "中" },
    { value: 4, label: "Major", labelJa: "重大" },
    { value: 5, label: "Severe", labelJa: "致命的" },
  ],
};

/**
 * The built-in impact categories, with English and Japanese names. Documents may add their
 * own categories (see {@link ImpactCategorySchema}).
 *
 * @example
 * ```ts
 * import { IMPACT_CATEGORIES } from "@mamori/core/domain";
 * IMPACT_CATEGORIES.find((c) => c.id === "legal-regulatory")?.nameJa; // "法令・規制"
 * ```
 *
 * @category Domain schemas
 */
export const IMPACT_CATEGORIES = [
  { id: "financial", name: "Financial", nameJa: "財務" },
  { id: "operational", name: "Operational", nameJa: "業務" },
  { id: "legal-regulatory", name: "Legal and regulatory", nameJa: "法令・規制" },
  { id: "reputational", name: "Reputational", nameJa: "信用・評判" },
  { id: "customer", name: "Customer", nameJa: "顧客" },
  { id: "safety", name: "Safety", nameJa: "安全" },
] as const;

/**
 * An impact category: a built-in id, or a custom one with its names.
 *
 * @example
 * ```ts
 * import { ImpactCategorySchema } from "@mamori/core/domain";
 * ImpactCategorySchema.safeParse({ id: "environmental", name: "Environmental", nameJa: "環境" }).success; // true
 * ```
 *
 * @category Domain schemas
 */
export const ImpactCategorySchema = defineObject({
  id: IdSchema,
  name: z.optional(z.string()),
  nameJa: z.optional(z.string()),
  /** Overrides the organisation-wide unacceptable level for this category. */
  unacceptableLevel: z.optional(z.int()),
});
/**
 * An impact category (see {@link ImpactCategorySchema}).
 *
 * @example
 * ```ts
 * import type { ImpactCategory } from "@mamori/core/domain";
 * const financial: ImpactCategory = { id: "financial", name: "Financial", nameJa: "財務", unacceptableLevel: 4 };
 * ```
 *
 * @category Domain schemas
 */
export type ImpactCategory = z.infer<typeof ImpactCategorySchema>;

/**
 * Where an organisation's governance applies (DOMAIN §1, docs/domain.md): one company, a consolidated group,
 * or a group forming a value chain with suppliers and customers.
 *
 * @example
 * ```ts
 * import { OrganisationScopeSchema } from "@mamori/core/domain";
 * OrganisationScopeSchema.safeParse("value-chain").success; // true
 * ```
 *
 * @category Domain schemas
 */
export const OrganisationScopeSchema = z.enum(["individual", "consolidated-group", "value-chain"]);
/**
 * An organisation scope.
 *
 * @example
 * ```ts
 * import type { OrganisationScope } from "@mamori/core/domain";
 * const scope: OrganisationScope = "consolidated-group"; // the parent company and its subsidiaries
 * ```
 *
 * @category Domain schemas
 */
export type OrganisationScope = z.infer<typeof OrganisationScopeSchema>;

/**
 * Governance roles named in the source document.
 *
 * @example
 * ```ts
 * import { GovernanceRoleSchema } from "@mamori/core/domain";
 * GovernanceRoleSchema.safeParse("ciso").success; // true
 * ```
 *
 * @category Domain schemas
 */
export const GovernanceRoleSchema = z.enum([
  "ciso",
  "executive",
  "auditor",
  "management",
  "it-department",
  "business-department",
  "external-partner",
  "other",
]);
/**
 * A governance role.
 *
 * @example
 * ```ts
 * import type { GovernanceRole } from "@mamori/core/domain";
 * const role: GovernanceRole = "ciso";
 * ```
 *
 * @category Domain schemas
 */
export type GovernanceRole = z.infer<typeof GovernanceRoleSchema>;

/**
 * The governance processes of ISO/IEC 27014 as drawn in the source: executives direct,
 * monitor and evaluate; management reports; auditors oversee.
 *
 * @example
 * ```ts
 * import { GovernanceProcessSchema } from "@mamori/core/domain";
 * GovernanceProcessSchema.options; // ["direct", "monitor", "evaluate", "report", "oversee"]
 * ```
 *
 * @category Domain schemas
 */
export const GovernanceProcessSchema = z.enum([
  "direct",
  "monitor",
  "evaluate",
  "report",
  "oversee",
]);
/**
 * A governance process.
 *
 * @example
 * ```ts
 * import type { GovernanceProcess } from "@mamori/core/domain";
 * const board: GovernanceProcess[] = ["direct", "monitor", "evaluate"];
 * ```
 *
 * @category Domain schemas
 */
export type GovernanceProcess = z.infer<typeof GovernanceProcessSchema>;

/**
 * The phases of the ISMS PDCA cycle (JIS Q 27001 / ISO/IEC 27001).
 *
 * @example
 * ```ts
 * import { PdcaPhaseSchema } from "@mamori/core/domain";
 * PdcaPhaseSchema.safeParse("check").success; // true
 * ```
 *
 * @category Domain schemas
 */
export const PdcaPhaseSchema = z.enum(["plan", "do", "check", "act"]);
/**
 * A PDCA phase.
 *
 * @example
 * ```ts
 * import type { PdcaPhase } from "@mamori/core/domain";
 * const audit: PdcaPhase = "check";
 * ```
 *
 * @category Domain schemas
 */
export type PdcaPhase = z.infer<typeof PdcaPhaseSchema>;

/**
 * Japan's ten critical-infrastructure sectors (重要インフラ).
 *
 * @example
 * ```ts
 * import { CriticalInfrastructureSectorSchema } from "@mamori/core/domain";
 * CriticalInfrastructureSectorSchema.options.length; // 10
 * ```
 *
 * @category Domain schemas
 */
export const CriticalInfrastructureSectorSchema = z.enum([
  "information-communications",
  "finance",
  "aviation",
  "railways",
  "electric-power",
  "gas",
  "government",
  "medical",
  "water",
  "logistics",
]);
/**
 * A critical-infrastructure sector.
 *
 * @example
 * ```ts
 * import type { CriticalInfrastructureSector } from "@mamori/core/domain";
 * const sector: CriticalInfrastructureSector = "logistics";
 * ```
 *
 * @category Domain schemas
 */
export type CriticalInfrastructureSector = z.infer<typeof CriticalInfrastructureSectorSchema>;

/**
 * Core systems (基幹系: accounting, production, inventory, customers) or non-core ones
 * (情報系: e-mail, entry control, scheduler, department spreadsheets).
 *
 * @example
 * ```ts
 * import { ServiceClassSchema } from "@mamori/core/domain";
 * ServiceClassSchema.safeParse("core").success; // true
 * ```
 *
 * @category Domain schemas
 */
export const ServiceClassSchema = z.enum(["core", "non-core"]);

/**
 * Cloud service models.
 *
 * @example
 * ```ts
 * import { ServiceModelSchema } from "@mamori/core/domain";
 * ServiceModelSchema.safeParse("saas").success; // true
 * ```
 *
 * @category Domain schemas
 */
export const ServiceModelSchema = z.enum(["iaas", "paas", "saas"]);
/**
 * A cloud service model.
 *
 * @example
 * ```ts
 * import type { ServiceModel } from "@mamori/core/domain";
 * const email: ServiceModel = "saas"; // e-mail bought as a service (kumomail)
 * ```
 *
 * @category Domain schemas
 */
export type ServiceModel = z.infer<typeof ServiceModelSchema>;

/**
 * Where a service or resource runs: on premises, in an external data centre, or in a cloud
 * (with the provider and service model).
 *
 * @example
 * ```ts
 * import { HostingSchema } from "@mamori/core/domain";
 * HostingSchema.safeParse({ type: "cloud", provider: "skycloud", serviceModel: "iaas" }).success; // true
 * ```
 *
 * @category Domain schemas
 */
export const HostingSchema = defineObject({
  type: z.enum(["on-premises", "external-data-centre", "cloud"]),
  provider: z.optional(IdSchema),
  serviceModel: z.optional(ServiceModelSchema),
  site: z.optional(IdSchema),
  region: z.optional(z.string()),
});
/**
 * Hosting (see {@link HostingSchema}).
 *
 * @example
 * ```ts
 * import type { Hosting } from "@mamori/core/domain";
 * const wms: Hosting = { type: "cloud", provider: "skycloud", serviceModel: "iaas", region: "tokyo" };
 * const erp: Hosting = { type: "on-premises", site: "sendai-dc" };
 * ```
 *
 * @category Domain schemas
 */
export type Hosting = z.infer<typeof HostingSchema>;

/**
 * Kinds of resource an IT service or business process can depend on.
 *
 * @example
 * ```ts
 * import { ResourceKindSchema } from "@mamori/core/domain";
 * ResourceKindSchema.safeParse("power").success; // true
 * ```
 *
 * @category Domain schemas
 */
export const ResourceKindSchema = z.enum([
  "server",
  "network",
  "power",
  "facility",
  "communications",
  "people",
  "supplier",
  "cloud-service",
  "data",
  "application",
]);
/**
 * A resource kind.
 *
 * @example
 * ```ts
 * import type { ResourceKind } from "@mamori/core/domain";
 * const generator: ResourceKind = "power";
 * ```
 *
 * @category Domain schemas
 */
export type ResourceKind = z.infer<typeof ResourceKindSchema>;

/**
 * Power class from the 2011 lessons: systems to **protect** (守るシステム) and systems that
 * **may stop** (止めてよいシステム) during planned or long power outages.
 *
 * @example
 * ```ts
 * import { PowerClassSchema } from "@mamori/core/domain";
 * PowerClassSchema.safeParse("may-stop").success; // true
 * ```
 *
 * @category Domain schemas
 */
export const PowerClassSchema = z.enum(["protect", "may-stop"]);
/**
 * A power class.
 *
 * @example
 * ```ts
 * import type { PowerClass } from "@mamori/core/domain";
 * const erp: PowerClass = "protect"; // keep on backup power
 * const fileServer: PowerClass = "may-stop"; // shut down to save fuel
 * ```
 *
 * @category Domain schemas
 */
export type PowerClass = z.infer<typeof PowerClassSchema>;

/**
 * A dependency: a node reference, or an `anyOf` redundancy group that is up while at least
 * one member is up.
 *
 * @example
 * ```ts
 * import { DependencySchema } from "@mamori/core/domain";
 * DependencySchema.safeParse("erp-db").success; // true
 * DependencySchema.safeParse({ anyOf: ["leased-line", "mobile-router"] }).success; // true
 * ```
 *
 * @category Domain schemas
 */
export const DependencySchema = z.union([
  NodeRefSchema,
  defineObject({ anyOf: z.array(NodeRefSchema), note: z.optional(z.string()) }),
]);
/**
 * A dependency (see {@link DependencySchema}).
 *
 * @example
 * ```ts
 * import type { Dependency } from "@mamori/core/domain";
 * const dependsOn: Dependency[] = ["erp-db", { anyOf: ["leased-line", "mobile-network"], note: "either link will do" }];
 * ```
 *
 * @category Domain schemas
 */
export type Dependency = z.infer<typeof DependencySchema>;

/**
 * A recovery level objective: a percentage of normal service, or a named level.
 *
 * @example
 * ```ts
 * import { RecoveryLevelSchema } from "@mamori/core/domain";
 * RecoveryLevelSchema.safeParse(60).success; // true
 * RecoveryLevelSchema.safeParse("orders only").success; // true
 * ```
 *
 * @category Domain schemas
 */
export const RecoveryLevelSchema = z.union([PercentageSchema, z.string().check(z.minLength(1))]);

/**
 * Recovery objectives: RTO (目標復旧時間), RPO (目標復旧ポイント) and RLO (目標復旧レベル).
 *
 * @example
 * ```ts
 * import { RecoveryObjectivesSchema } from "@mamori/core/domain";
 * RecoveryObjectivesSchema.safeParse({ rto: "PT4H", rpo: "PT1H", rlo: 60 }).success; // true
 * ```
 *
 * @category Domain schemas
 */
export const RecoveryObjectivesSchema = defineObject({
  rto: z.optional(DurationSchema),
  rpo: z.optional(DurationSchema),
  rlo: z.optional(RecoveryLevelSchema),
});
/**
 * Recovery objectives (see {@link RecoveryObjectivesSchema}).
 *
 * @example
 * ```ts
 * import type { RecoveryObjectives } from "@mamori/core/domain";
 * const orderIntake: RecoveryObjectives = { rto: "PT4H", rpo: "PT1H", rlo: 50 }; // 50 % of normal capacity
 * ```
 *
 * @category Domain schemas
 */
export type RecoveryObjectives = z.infer<typeof RecoveryObjectivesSchema>;

/**
 * What a service or resource can actually achieve: time to restore once its dependencies are
 * back, and data-loss capability (backup interval plus replication lag).
 *
 * @example
 * ```ts
 * import { RecoveryCapabilitySchema } from "@mamori/core/domain";
 * RecoveryCapabilitySchema.safeParse({ recoveryTime: "PT8H", backupInterval: "P1D" }).success; // true
 * ```
 *
 * @category Domain schemas
 */
export const RecoveryCapabilitySchema = defineObject({
  recoveryTime: z.optional(DurationSchema),
  backupInterval: z.optional(DurationSchema),
  replicationLag: z.optional(DurationSchema),
});
/**
 * Recovery capability (see {@link RecoveryCapabilitySchema}).
 *
 * @example
 * ```ts
 * import type { RecoveryCapability } from "@mamori/core/domain";
 * const erpDb: RecoveryCapability = { recoveryTime: "PT12H", backupInterval: "P1D" };
 * ```
 *
 * @category Domain schemas
 */
export type RecoveryCapability = z.infer<typeof RecoveryCapabilitySchema>;

/**
 * Power arrangements of a node: its class and how long backup power lasts.
 *
 * @example
 * ```ts
 * import { PowerSchema } from "@mamori/core/domain";
 * PowerSchema.safeParse({ class: "protect", backupRuntime: "PT8H" }).success; // true
 * ```
 *
 * @category Domain schemas
 */
export const PowerSchema = defineObject({
  class: z.optional(PowerClassSchema),
  backupRuntime: z.optional(DurationSchema),
  source: z.optional(z.string()),
});

/**
 * An IT service (ITサービス): a function, provided by IT and the structure around it, that the
 * organisation needs, whether or not an outside organisation provides it.
 *
 * @example
 * ```ts
 * import { ITServiceSchema } from "@mamori/core/domain";
 * ITServiceSchema.safeParse({ id: "erp", name: "ERP", class: "core", hosting: { type: "on-premises" } }).success; // true
 * ```
 *
 * @category Domain schemas
 */
export const ITServiceSchema = defineObject({
  id: IdSchema,
  name: z.string().check(z.minLength(1)),
  nameJa: z.optional(z.string()),
  description: z.optional(z.string()),
  class: z.optional(ServiceClassSchema),
  owner: z.optional(z.string()),
  hosting: z.optional(HostingSchema),
  dependsOn: z.optional(z.array(DependencySchema)),
  objectives: z.optional(RecoveryObjectivesSchema),
  capability: z.optional(RecoveryCapabilitySchema),
  power: z.optional(PowerSchema),
  /**
   * Whether the service keeps data of its own; an RPO binds only what does. Default `true`
   * (a stateless front end, a load balancer or a DNS service says `false`).
   */
  holdsData: z.optional(z.boolean()),
  security: z.optional(SecurityObjectivesSchema),
  controls: z.optional(z.array(ControlRefSchema)),
});
/**
 * An IT service (see {@link ITServiceSchema}).
 *
 * @example
 * ```ts
 * import type { ITService } from "@mamori/core/domain";
 * const erpDb: ITService = {
 *   id: "erp-db",
 *   name: "ERP database",
 *   class: "core",
 *   hosting: { type: "on-premises", site: "sendai-dc" },
 *   dependsOn: ["ups-sendai-dc"],
 *   capability: { recoveryTime: "PT12H", backupInterval: "P1D" },
 *   power: { class: "protect" },
 * };
 * ```
 *
 * @category Domain schemas
 */
export type ITService = z.infer<typeof ITServiceSchema>;

/**
 * A resource: server, network, power, facility, communications, people, supplier, cloud
 * service, data or application.
 *
 * @example
 * ```ts
 * import { ResourceSchema } from "@mamori/core/domain";
 * ResourceSchema.safeParse({ id: "generator", name: "Emergency generator", kind: "power" }).success; // true
 * ```
 *
 * @category Domain schemas
 */
export const ResourceSchema = defineObject({
  id: IdSchema,
  name: z.string().check(z.minLength(1)),
  nameJa: z.optional(z.string()),
  kind: ResourceKindSchema,
  description: z.optional(z.string()),
  owner: z.optional(z.string()),
  site: z.optional(IdSchema),
  hosting: z.optional(HostingSchema),
  dependsOn: z.optional(z.array(DependencySchema)),
  capability: z.optional(RecoveryCapabilitySchema),
  power: z.optional(PowerSchema),
  /**
   * Whether the resource keeps data; an RPO binds only what does. Default by kind: `data`,
   * `application`, `server` and `cloud-service` do; lines, power, buildings, people and
   * suppliers do not.
   */
  holdsData: z.optional(z.boolean()),
});
/**
 * A resource (see {@link ResourceSchema}).
 *
 * @example
 * ```ts
 * import type { Resource } from "@mamori/core/domain";
 * const generator: Resource = {
 *   id: "generator-sendai",
 *   name: "Emergency generator (Sendai)",
 *   kind: "power",
 *   site: "sendai-hq",
 *   power: { backupRuntime: "PT8H" }, // fuel for eight hours
 * };
 * ```
 *
 * @category Domain schemas
 */
export type Resource = z.infer<typeof ResourceSchema>;

/**
 * A business process (業務), with what it depends on.
 *
 * @example
 * ```ts
 * import { BusinessProcessSchema } from "@mamori/core/domain";
 * BusinessProcessSchema.safeParse({ id: "order-intake", name: "Order intake", dependsOn: ["erp"] }).success; // true
 * ```
 *
 * @category Domain schemas
 */
export const BusinessProcessSchema = defineObject({
  id: IdSchema,
  name: z.string().check(z.minLength(1)),
  nameJa: z.optional(z.string()),
  description: z.optional(z.string()),
  owner: z.optional(z.string()),
  unit: z.optional(IdSchema),
  dependsOn: z.optional(z.array(DependencySchema)),
  objectives: z.optional(RecoveryObjectivesSchema),
});
/**
 * A business process (see {@link BusinessProcessSchema}).
 *
 * @example
 * ```ts
 * import type { BusinessProcess } from "@mamori/core/domain";
 * const orderIntake: BusinessProcess = {
 *   id: "order-intake",
 *   name: "Order intake",
 *   nameJa: "受注",
 *   dependsOn: ["erp", "edi"],
 *   objectives: { rto: "PT4H" },
 * };
 * ```
 *
 * @category Domain schemas
 */
export type BusinessProcess = z.infer<typeof BusinessProcessSchema>;
