import type { DocumentKind } from "@mamori/core";
import {
  DateSchema,
  DependencySchema,
  DurationSchema,
  HostingSchema,
  IdSchema,
  MoneySchema,
  NodeRefSchema,
  OrganisationScopeSchema,
  PercentageSchema,
  PowerSchema,
  RecoveryLevelSchema,
  RecoveryObjectivesSchema,
  SecurityLevelSchema,
  ServiceClassSchema,
} from "@mamori/core/domain";
import { defineDocumentSchema, defineObject } from "@mamori/core/internal";
import * as z from "zod/mini";
import { PLAN_PROPERTY_DESCRIPTIONS } from "./descriptions.js";

const Text = z.string().check(z.minLength(1));

/**
 * Management approval of the plan: who approved it and when (the pre-incident plan is
 * approved by management as the organisation's action plan).
 *
 * @example
 * ```ts
 * import { ApprovalSchema } from "@mamori/plan-validator/parts";
 * ApprovalSchema.safeParse({ approver: "ceo", date: "2026-04-01" }).success; // true
 * ```
 *
 * @category Documents
 */
export const ApprovalSchema = defineObject({
  approver: z.optional(IdSchema),
  date: z.optional(DateSchema),
  note: z.optional(z.string()),
});

/**
 * The plan's metadata: organisation, scope, the BCP's purpose and what must be protected,
 * owner, approval, version, last review and the BIA it rests on.
 *
 * @example
 * ```ts
 * import { PlanMetadataSchema } from "@mamori/plan-validator/parts";
 * PlanMetadataSchema.safeParse({ organisation: "kita-seiki", scope: "individual" }).success; // true
 * ```
 *
 * @category Documents
 */
export const PlanMetadataSchema = defineObject({
  organisation: IdSchema,
  scope: z.optional(OrganisationScopeSchema),
  /** Group companies the plan covers. */
  members: z.optional(z.array(IdSchema)),
  /** Critical suppliers and customers (value chain) the plan covers. */
  criticalPartners: z.optional(z.array(IdSchema)),
  bcp: z.optional(
    defineObject({
      purpose: z.optional(z.string()),
      protect: z.optional(z.array(Text)),
      document: z.optional(z.string()),
    }),
  ),
  owner: z.optional(IdSchema),
  approval: z.optional(ApprovalSchema),
  version: z.optional(z.string()),
  lastReview: z.optional(DateSchema),
  bia: z.optional(defineObject({ document: Text, date: z.optional(DateSchema) })),
});

/**
 * A person or position the plan names: title, holder, successors (in order) and the
 * communications means that reach them.
 *
 * @example
 * ```ts
 * import { PlanRoleSchema } from "@mamori/plan-validator/parts";
 * PlanRoleSchema.safeParse({ id: "ceo", title: "CEO", successors: ["ciso"], contact: ["mobile"] }).success; // true
 * ```
 *
 * @category Documents
 */
export const PlanRoleSchema = defineObject({
  id: IdSchema,
  title: Text,
  /**
   * The person who holds the role. People checks (successors, approval, independence)
   * compare holders as people: two roles with the same holder (after Unicode NFKC, case and
   * white-space folding) are one person.
   */
  holder: z.optional(z.string()),
  /**
   * True for a top-management role (経営陣): one that may approve the plan as the
   * organisation's action plan. The governance `direct` and `evaluate` roles count as
   * management without it.
   */
  management: z.optional(z.boolean()),
  successors: z.optional(z.array(IdSchema)),
  contact: z.optional(z.array(IdSchema)),
});

/**
 * (a) An IT service continuity requirement: RTO, RPO, RLO, priority and power class.
 *
 * @example
 * ```ts
 * import { RequirementSchema } from "@mamori/plan-validator/parts";
 * RequirementSchema.safeParse({ service: "erp", objectives: { rto: "PT24H" }, power: { class: "protect" } }).success; // true
 * ```
 *
 * @category Documents
 */
export const RequirementSchema = defineObject({
  service: IdSchema,
  name: z.optional(z.string()),
  class: z.optional(ServiceClassSchema),
  priority: z.optional(z.int().check(z.gte(1))),
  timeCritical: z.optional(z.boolean()),
  objectives: z.optional(RecoveryObjectivesSchema),
  power: z.optional(PowerSchema),
  hosting: z.optional(HostingSchema),
  dependsOn: z.optional(z.array(DependencySchema)),
  /**
   * Whether the service keeps data of its own (a database, a file store, an application with
   * state). An RPO applies only to what holds data; default `true`. Set `false` for a network
   * line, a load balancer, a DNS or identity front end that keeps nothing to restore.
   */
  holdsData: z.optional(z.boolean()),
});

/**
 * A point on the map, in decimal degrees (WGS 84).
 *
 * @example
 * ```ts
 * import { CoordinatesSchema } from "@mamori/plan-validator/parts";
 * CoordinatesSchema.safeParse({ lat: 38.27, lon: 140.87 }).success; // true
 * ```
 *
 * @category Documents
 */
export const CoordinatesSchema = defineObject({
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lon: z.number().check(z.gte(-180), z.lte(180)),
});

/**
 * Where the organisation normally runs (主要拠点): the site an alternate site must not share
 * a fate with. `grid` is the power grid or utility area (e.g. `tohoku-epco`, or `50hz-east`),
 * `hazardAreas` the hazard zones it lies in (an earthquake source region, a flood plain).
 *
 * @example
 * ```ts
 * import { PrimarySiteSchema } from "@mamori/plan-validator/parts";
 * PrimarySiteSchema.safeParse({
 *   id: "sendai-hq", region: "tohoku", grid: "tohoku-epco",
 *   hazardAreas: ["japan-trench"], coordinates: { lat: 38.27, lon: 140.87 },
 * }).success; // true
 * ```
 *
 * @category Documents
 */
export const PrimarySiteSchema = defineObject({
  id: IdSchema,
  name: z.optional(z.string()),
  location: z.optional(z.string()),
  region: z.optional(z.string()),
  grid: z.optional(Text),
  hazardAreas: z.optional(z.array(Text)),
  coordinates: z.optional(CoordinatesSchema),
});

/**
 * An alternate (backup) site with what matters when choosing it, and the criteria that
 * were weighed (`power`, `security`, `distance`, `earthquake-resistance`).
 *
 * @example
 * ```ts
 * import { AlternateSiteSchema } from "@mamori/plan-validator/parts";
 * AlternateSiteSchema.safeParse({ id: "osaka", location: "Osaka", selectionCriteria: ["power"] }).success; // true
 * ```
 *
 * @category Documents
 */
export const AlternateSiteSchema = defineObject({
  id: IdSchema,
  name: z.optional(z.string()),
  location: z.optional(z.string()),
  region: z.optional(z.string()),
  distanceKm: z.optional(z.number().check(z.gte(0))),
  earthquakeResistant: z.optional(z.boolean()),
  powerSupply: z.optional(z.string()),
  /** Power grid or utility area, compared with the primary sites' (same spelling rules). */
  grid: z.optional(Text),
  /** Hazard zones the site lies in, compared with the primary sites'. */
  hazardAreas: z.optional(z.array(Text)),
  coordinates: z.optional(CoordinatesSchema),
  /** The primary sites this site takes over from; default: every primary site. */
  backsUp: z.optional(z.array(IdSchema)),
  security: z.optional(z.string()),
  selectionCriteria: z.optional(
    z.array(z.enum(["power", "security", "distance", "earthquake-resistance", "cost", "other"])),
  ),
});

/**
 * (b) A measure that meets the requirements: backup, redundancy, alternate site, power,
 * communications or other.
 *
 * @example
 * ```ts
 * import { MeasureSchema } from "@mamori/plan-validator/parts";
 * MeasureSchema.safeParse({ id: "m1", kind: "backup", services: ["erp-db"], description: "Nightly backup" }).success; // true
 * ```
 *
 * @category Documents
 */
export const MeasureSchema = defineObject({
  id: IdSchema,
  kind: z.enum(["backup", "redundancy", "alternate-site", "power", "communications", "other"]),
  services: z.optional(z.array(IdSchema)),
  description: z.optional(z.string()),
  site: z.optional(IdSchema),
  backup: z.optional(
    defineObject({
      interval: z.optional(DurationSchema),
      location: z.optional(z.string()),
      offsite: z.optional(z.boolean()),
    }),
  ),
});

/**
 * (c) A schedule milestone.
 *
 * @example
 * ```ts
 * import { MilestoneSchema } from "@mamori/plan-validator/parts";
 * MilestoneSchema.safeParse({ milestone: "Generator fuel to 72 h", due: "2027-03-31" }).success; // true
 * ```
 *
 * @category Documents
 */
export const MilestoneSchema = defineObject({
  milestone: Text,
  due: DateSchema,
  done: z.optional(DateSchema),
  measure: z.optional(IdSchema),
});

/**
 * (d) An investment item.
 *
 * @example
 * ```ts
 * import { InvestmentSchema } from "@mamori/plan-validator/parts";
 * InvestmentSchema.safeParse({ item: "Fuel tank", cost: { amount: 1000000, currency: "JPY" } }).success; // true
 * ```
 *
 * @category Documents
 */
export const InvestmentSchema = defineObject({
  item: Text,
  measure: z.optional(IdSchema),
  cost: MoneySchema,
});

/**
 * The pre-incident plan (事前対応計画): (a) requirements, (b) measures and alternate sites,
 * (c) schedule, (d) investment.
 *
 * @example
 * ```ts
 * import { PreIncidentPlanSchema } from "@mamori/plan-validator/parts";
 * PreIncidentPlanSchema.safeParse({ requirements: [] }).success; // true
 * ```
 *
 * @category Documents
 */
export const PreIncidentPlanSchema = defineObject({
  requirements: z.optional(z.array(RequirementSchema)),
  measures: z.optional(z.array(MeasureSchema)),
  /** The sites the organisation normally runs from, for the geography checks. */
  primarySites: z.optional(z.array(PrimarySiteSchema)),
  alternateSites: z.optional(z.array(AlternateSiteSchema)),
  schedule: z.optional(z.array(MilestoneSchema)),
  investment: z.optional(z.array(InvestmentSchema)),
});

/** Phases of the emergency process (ISO/IEC 27031 adds detection). */
const PhaseKindSchema = z.enum([
  "detection",
  "activation",
  "assessment",
  "notification",
  "recovery",
  "failback",
  "deactivation",
]);

/**
 * (a) The emergency organisation: teams with a lead and members, and the activation authority.
 *
 * @example
 * ```ts
 * import { EmergencyOrganisationSchema } from "@mamori/plan-validator/parts";
 * EmergencyOrganisationSchema.safeParse({ activationAuthority: "ceo", teams: [{ id: "hq", name: "HQ", lead: "ceo" }] }).success; // true
 * ```
 *
 * @category Documents
 */
export const EmergencyOrganisationSchema = defineObject({
  activationAuthority: z.optional(IdSchema),
  teams: z.optional(
    z.array(
      defineObject({
        id: IdSchema,
        name: Text,
        lead: z.optional(IdSchema),
        members: z.optional(z.array(IdSchema)),
        duties: z.optional(z.string()),
      }),
    ),
  ),
});

/**
 * (b) The emergency process: phases, activation (authority, criteria, notification means)
 * and escalation triggers.
 *
 * @example
 * ```ts
 * import { EmergencyProcessSchema } from "@mamori/plan-validator/parts";
 * EmergencyProcessSchema.safeParse({ phases: [{ phase: "detection", description: "Monitoring alerts" }] }).success; // true
 * ```
 *
 * @category Documents
 */
export const EmergencyProcessSchema = defineObject({
  phases: z.optional(
    z.array(
      defineObject({
        phase: PhaseKindSchema,
        description: z.optional(z.string()),
        owner: z.optional(IdSchema),
      }),
    ),
  ),
  activation: z.optional(
    defineObject({
      criteria: z.optional(
        z.array(
          defineObject({
            description: Text,
            kind: z.optional(
              z.enum([
                "outage-exceeds-rto",
                "site-unusable",
                "staff-unavailable",
                "security-incident",
                "other",
              ]),
            ),
          }),
        ),
      ),
      notifyVia: z.optional(z.array(IdSchema)),
    }),
  ),
  escalation: z.optional(
    z.array(defineObject({ trigger: Text, to: IdSchema, after: z.optional(DurationSchema) })),
  ),
});

/**
 * (c) A recovery procedure for one service: ordered steps and the failback to production.
 *
 * @example
 * ```ts
 * import { ProcedureSchema } from "@mamori/plan-validator/parts";
 * ProcedureSchema.safeParse({ id: "p-erp", service: "erp", steps: [{ action: "Restore DB", owner: "it-director" }] }).success; // true
 * ```
 *
 * @category Documents
 */
export const ProcedureSchema = defineObject({
  id: IdSchema,
  service: IdSchema,
  steps: z.optional(
    z.array(
      defineObject({
        action: Text,
        owner: z.optional(IdSchema),
        duration: z.optional(DurationSchema),
      }),
    ),
  ),
  failback: z.optional(z.string()),
});

/**
 * A communications means (連絡手段), with the network it rides on: two means on the same
 * network are not independent.
 *
 * @example
 * ```ts
 * import { CommunicationsMeansSchema } from "@mamori/plan-validator/parts";
 * CommunicationsMeansSchema.safeParse({ id: "sat", kind: "satellite-phone", network: "satellite" }).success; // true
 * ```
 *
 * @category Documents
 */
export const CommunicationsMeansSchema = defineObject({
  id: IdSchema,
  kind: z.enum([
    "landline",
    "mobile",
    "satellite-phone",
    "email",
    "messaging",
    "radio",
    "leased-line",
    "in-person",
    "other",
  ]),
  /** The network it rides on. Labels are compared folded (`Mobile-Network` = `mobile network`). */
  network: Text,
  /**
   * What must fail for this means to fail (`public-fixed`, `public-mobile`, `internet`,
   * `site-power`, `satellite`, `private-radio`, `priority-line`, or your own). Default by kind:
   * see `COMMUNICATION_FAILURE_DOMAINS`.
   */
  failureDomains: z.optional(z.array(Text)),
  description: z.optional(z.string()),
});

/**
 * An external (cloud or data-centre) service relied on, with its provider's continuity
 * evidence (audit report, certification, SLA).
 *
 * @example
 * ```ts
 * import { ExternalServiceSchema } from "@mamori/plan-validator/parts";
 * ExternalServiceSchema.safeParse({ provider: "skycloud", services: ["wms"], evidence: { kind: "iso27001", expires: "2027-06-30" } }).success; // true
 * ```
 *
 * @category Documents
 */
export const ExternalServiceSchema = defineObject({
  provider: IdSchema,
  services: z.optional(z.array(IdSchema)),
  evidence: z.optional(
    defineObject({
      kind: z.enum(["audit-report", "iso27001", "iso27017", "soc2", "sla", "contract", "other"]),
      issued: z.optional(DateSchema),
      expires: z.optional(DateSchema),
      reference: z.optional(z.string()),
    }),
  ),
});

/**
 * The emergency response plan (緊急時対応計画): organisation, process, procedures,
 * communications, safety confirmation, plan copies, emergency security level, external
 * services and the recovery order.
 *
 * @example
 * ```ts
 * import { EmergencyPlanSchema } from "@mamori/plan-validator/parts";
 * EmergencyPlanSchema.safeParse({ procedures: [] }).success; // true
 * ```
 *
 * @category Documents
 */
export const EmergencyPlanSchema = defineObject({
  organisation: z.optional(EmergencyOrganisationSchema),
  process: z.optional(EmergencyProcessSchema),
  procedures: z.optional(z.array(ProcedureSchema)),
  recoveryOrder: z.optional(z.array(IdSchema)),
  communications: z.optional(z.array(CommunicationsMeansSchema)),
  safetyConfirmation: z.optional(
    defineObject({
      method: z.optional(z.string()),
      service: z.optional(IdSchema),
      lastTested: z.optional(DateSchema),
    }),
  ),
  planCopies: z.optional(
    z.array(
      defineObject({
        location: Text,
        /** The site where the copy is kept (a primary or alternate site id). */
        site: z.optional(IdSchema),
        medium: z.enum([
          "paper",
          "offline-media",
          "external-service",
          "intranet",
          "file-server",
          "other",
        ]),
      }),
    ),
  ),
  securityLevel: z.optional(
    defineObject({
      confidentiality: z.optional(SecurityLevelSchema),
      integrity: z.optional(SecurityLevelSchema),
      availability: z.optional(SecurityLevelSchema),
      rationale: z.optional(z.string()),
    }),
  ),
  externalServices: z.optional(z.array(ExternalServiceSchema)),
});

/**
 * A finding of an exercise, inspection or review, with its owner and due date (closing the
 * PDCA loop).
 *
 * @example
 * ```ts
 * import { FindingSchema } from "@mamori/plan-validator/parts";
 * FindingSchema.safeParse({ id: "f1", description: "Restore took 9 h", owner: "it-director", due: "2027-01-31" }).success; // true
 * ```
 *
 * @category Documents
 */
export const FindingSchema = defineObject({
  id: IdSchema,
  description: Text,
  owner: z.optional(IdSchema),
  due: z.optional(DateSchema),
  status: z.optional(z.enum(["open", "closed"])),
  reportedTo: z.optional(IdSchema),
});

/**
 * A training or test activity: education, failover test, backup restore test, tabletop,
 * functional or comprehensive exercise; its cadence, when it was last done and its findings.
 *
 * @example
 * ```ts
 * import { TrainingActivitySchema } from "@mamori/plan-validator/parts";
 * TrainingActivitySchema.safeParse({ id: "ft", kind: "failover-test", cadence: "P1Y", lastDone: "2026-02-10" }).success; // true
 * ```
 *
 * @category Documents
 */
export const TrainingActivitySchema = defineObject({
  id: IdSchema,
  kind: z.enum([
    "education",
    "failover-test",
    "backup-restore-test",
    "tabletop-exercise",
    "functional-exercise",
    "comprehensive-exercise",
  ]),
  name: z.optional(z.string()),
  audiences: z.optional(z.array(IdSchema)),
  /** The services the activity exercised (a switch-over test names what it switched). */
  services: z.optional(z.array(IdSchema)),
  /** The measures it exercised (a failover test of an alternate-site measure). */
  measures: z.optional(z.array(IdSchema)),
  cadence: z.optional(DurationSchema),
  lastDone: z.optional(DateSchema),
  nextPlanned: z.optional(DateSchema),
  findings: z.optional(z.array(FindingSchema)),
});

/**
 * A corrective action for an issue an exercise or test found: what is done, who owns it, by
 * when, and how far it got.
 *
 * @example
 * ```ts
 * import { CorrectiveActionSchema } from "@mamori/plan-validator/parts";
 * CorrectiveActionSchema.safeParse({ description: "Pre-stage the log files in Osaka", owner: "it-ops-lead", due: "2027-01-31", status: "open" }).success; // true
 * ```
 *
 * @category Documents
 */
export const CorrectiveActionSchema = defineObject({
  description: z.optional(Text),
  owner: z.optional(IdSchema),
  due: z.optional(DateSchema),
  status: z.optional(z.enum(["open", "in-progress", "done"])),
});

/**
 * An issue an exercise or test found, with its corrective action.
 *
 * @example
 * ```ts
 * import { ResultIssueSchema } from "@mamori/plan-validator/parts";
 * ResultIssueSchema.safeParse({
 *   id: "i-1", description: "Log apply took 5 h",
 *   correctiveAction: { owner: "it-ops-lead", due: "2027-01-31", status: "open" },
 * }).success; // true
 * ```
 *
 * @category Documents
 */
export const ResultIssueSchema = defineObject({
  id: IdSchema,
  description: Text,
  /** The service the issue is about, when it is about one. */
  service: z.optional(IdSchema),
  correctiveAction: z.optional(CorrectiveActionSchema),
});

/**
 * What an exercise or test showed for one service: the measured recovery time, the data
 * actually lost (how far before the simulated incident the restored data ends: the recovery
 * point achieved), the level reached, and whether the service passed.
 *
 * @example
 * ```ts
 * import { ServiceResultSchema } from "@mamori/plan-validator/parts";
 * ServiceResultSchema.safeParse({ service: "erp-db", recoveryTime: "PT5H30M", dataLoss: "PT40M", levelReached: 100, outcome: "pass" }).success; // true
 * ```
 *
 * @category Documents
 */
export const ServiceResultSchema = defineObject({
  service: IdSchema,
  /** Measured time from the simulated incident to the service being back (ISO 8601 duration). */
  recoveryTime: z.optional(DurationSchema),
  /** Data actually lost: the time between the last restored point and the incident. */
  dataLoss: z.optional(DurationSchema),
  /** Level of service reached: a percentage of normal service, or a named level (as the RLO). */
  levelReached: z.optional(RecoveryLevelSchema),
  /** Pass or fail for this service; default: the result's `outcome`. */
  outcome: z.optional(z.enum(["pass", "fail"])),
  note: z.optional(z.string()),
});

/**
 * The record of one exercise or technical test held (訓練・テストの結果): when, what kind,
 * which scenario, its scope, what it measured per service, whether it passed, and the issues
 * it found with their corrective actions. Results are evidence: they say what a test showed,
 * where `training.activities` say what is scheduled.
 *
 * @example
 * ```ts
 * import { ExerciseResultSchema } from "@mamori/plan-validator/parts";
 * ExerciseResultSchema.safeParse({
 *   id: "r-2026-10-ft", date: "2026-10-15", kind: "switch-over", activity: "failover-erp", outcome: "pass",
 *   services: [{ service: "erp-db", recoveryTime: "PT5H30M", dataLoss: "PT40M", levelReached: 100 }],
 * }).success; // true
 * ```
 *
 * @category Documents
 */
export const ExerciseResultSchema = defineObject({
  id: IdSchema,
  /** The day the exercise or test was held. */
  date: DateSchema,
  kind: z.enum([
    "tabletop",
    "functional",
    "full-scale",
    "switch-over",
    "restore",
    "failback",
    "safety-confirmation-drill",
  ]),
  /** The scheduled activity (`training.activities[].id`) this was an occurrence of. */
  activity: z.optional(IdSchema),
  name: z.optional(z.string()),
  /** The assumed scenario exercised (`scenarios[].id`). */
  scenario: z.optional(IdSchema),
  /** Who and where took part: sites (primary or alternate) and training audiences. */
  scope: z.optional(
    defineObject({
      sites: z.optional(z.array(IdSchema)),
      audiences: z.optional(z.array(IdSchema)),
    }),
  ),
  /** Pass or fail of the whole exercise; a service's own `outcome` overrides it for that service. */
  outcome: z.enum(["pass", "fail"]),
  /** The services in scope, each with what was measured. */
  services: z.optional(z.array(ServiceResultSchema)),
  issues: z.optional(z.array(ResultIssueSchema)),
});

/**
 * The education and training plan (教育訓練計画): (a) audiences and goals, (c) curriculum
 * and schedule, and the results of the exercises and tests held (`results`: the evidence that
 * the objectives are met). Results are a section of the plan, not a document of their own:
 * they are judged against the plan's objectives, services, scenarios, audiences and roles, so
 * every id they name resolves in the same document, every finding points into one file (with
 * line and column, in SARIF and editors), and an exception can name them by path.
 *
 * @example
 * ```ts
 * import { TrainingPlanSchema } from "@mamori/plan-validator/parts";
 * TrainingPlanSchema.safeParse({ audiences: [{ id: "all", group: "all-staff", goal: "Know the plan" }] }).success; // true
 * ```
 *
 * @category Documents
 */
export const TrainingPlanSchema = defineObject({
  audiences: z.optional(
    z.array(
      defineObject({
        id: IdSchema,
        group: z.enum(["executives", "it-staff", "business-staff", "all-staff", "partners"]),
        goal: z.optional(z.string()),
      }),
    ),
  ),
  activities: z.optional(z.array(TrainingActivitySchema)),
  /**
   * What the exercises and tests held showed (evidence), newest or oldest first: order does not
   * matter, the rules go by `date`.
   */
  results: z.optional(z.array(ExerciseResultSchema)),
});

/**
 * The maintenance and improvement plan (維持改善計画): (a) purpose, (b) organisation,
 * (c) inspections (what, when, who), and the review log.
 *
 * @example
 * ```ts
 * import { MaintenancePlanSchema } from "@mamori/plan-validator/parts";
 * MaintenancePlanSchema.safeParse({ purpose: "Keep the plan current" }).success; // true
 * ```
 *
 * @category Documents
 */
export const MaintenancePlanSchema = defineObject({
  purpose: z.optional(z.string()),
  organisation: z.optional(
    defineObject({ owner: z.optional(IdSchema), members: z.optional(z.array(IdSchema)) }),
  ),
  inspections: z.optional(
    z.array(
      defineObject({
        item: Text,
        timing: z.optional(DurationSchema),
        owner: z.optional(IdSchema),
        lastDone: z.optional(DateSchema),
        findings: z.optional(z.array(FindingSchema)),
      }),
    ),
  ),
  reviewLog: z.optional(
    z.array(
      defineObject({
        date: DateSchema,
        by: z.optional(IdSchema),
        summary: z.optional(z.string()),
        findings: z.optional(z.array(FindingSchema)),
      }),
    ),
  ),
});

/**
 * An assumed scenario (想定シナリオ): its kind, area, duration and what it takes away.
 *
 * @example
 * ```ts
 * import { AssumedScenarioSchema } from "@mamori/plan-validator/parts";
 * AssumedScenarioSchema.safeParse({ id: "quake", kind: "wide-area-earthquake", area: "wide-area", duration: "PT72H" }).success; // true
 * ```
 *
 * @category Documents
 */
export const AssumedScenarioSchema = defineObject({
  id: IdSchema,
  kind: z.enum([
    "wide-area-earthquake",
    "local-disaster",
    "power-outage",
    "planned-power-outage",
    "communications-outage",
    "pandemic",
    "cyber-incident",
    "flood",
    "other",
  ]),
  name: z.optional(z.string()),
  area: z.optional(z.enum(["site", "local", "regional", "wide-area"])),
  duration: z.optional(DurationSchema),
  impacts: z.optional(
    defineObject({
      power: z.optional(z.boolean()),
      /** How long power is lost, when shorter than the whole scenario. */
      powerOutage: z.optional(DurationSchema),
      communications: z.optional(z.boolean()),
      staffAvailable: z.optional(PercentageSchema),
      sites: z.optional(z.array(IdSchema)),
      /** Regions the scenario strikes (compared with sites' and cloud hostings' regions). */
      regions: z.optional(z.array(Text)),
      nodes: z.optional(z.array(NodeRefSchema)),
    }),
  ),
});

/**
 * Governance (DOMAIN §1 in docs/domain.md, ISO/IEC 27014): who directs, evaluates, monitors, reports, oversees
 * (the auditor) and implements.
 *
 * @example
 * ```ts
 * import { PlanGovernanceSchema } from "@mamori/plan-validator/parts";
 * PlanGovernanceSchema.safeParse({ direct: ["ceo"], oversee: ["auditor"], implement: ["it-director"] }).success; // true
 * ```
 *
 * @category Documents
 */
export const PlanGovernanceSchema = defineObject({
  direct: z.optional(z.array(IdSchema)),
  evaluate: z.optional(z.array(IdSchema)),
  monitor: z.optional(z.array(IdSchema)),
  report: z.optional(z.array(IdSchema)),
  oversee: z.optional(z.array(IdSchema)),
  implement: z.optional(z.array(IdSchema)),
});

/**
 * An exception (例外): a finding the organisation accepts — a risk it accepts, or a rule that
 * does not apply to it — recorded in the plan with its reason, who accepted it and until
 * when. The finding is still reported, marked suppressed with the reason. An exception that
 * has expired, or that was accepted by someone without the authority (not top management, or
 * one of the plan's own implementers), suppresses nothing and is a finding itself.
 *
 * Which findings it covers: those of `rule` at `path` or below it (a JSON pointer; `""` is the
 * whole plan), and/or about `target` (an id: a finding whose message names it, or that lies
 * inside the item with that id). With neither, every finding of the rule.
 *
 * @example
 * ```ts
 * import { PlanExceptionSchema } from "@mamori/plan-validator/parts";
 * PlanExceptionSchema.safeParse({
 *   rule: "evidence/rto-met", target: "mes", kind: "risk-acceptance",
 *   reason: "MES restore takes 26 h until the Osaka standby is live (milestone 2027-03-31)",
 *   acceptedBy: "ceo", accepted: "2026-11-01", until: "2027-03-31",
 * }).success; // true
 * ```
 *
 * @category Documents
 */
export const PlanExceptionSchema = defineObject({
  /** The rule id whose findings are accepted. */
  rule: Text,
  /** `risk-acceptance` (default): the risk is known and accepted; `not-applicable`: the rule does not apply. */
  kind: z.optional(z.enum(["risk-acceptance", "not-applicable"])),
  /** JSON pointer: findings at this place or below it. */
  path: z.optional(z.string().check(z.regex(/^(?:\/.*)?$/))),
  /** An id: findings about the item with this id (a service, role, measure, site, ...). */
  target: z.optional(IdSchema),
  /** Why the finding is accepted (the justification shown with it). */
  reason: Text,
  /** The role that accepted it: top management, not one of the plan's implementers. */
  acceptedBy: IdSchema,
  /** When it was accepted. */
  accepted: z.optional(DateSchema),
  /** The last day it holds; after it, the finding counts again. */
  until: z.optional(DateSchema),
});

/**
 * The `ContinuityPlan` document: an IT service continuity plan (ITサービス継続計画) as data.
 *
 * @example
 * ```ts
 * import { ContinuityPlanSchema } from "@mamori/plan-validator";
 * ContinuityPlanSchema.safeParse({
 *   kind: "ContinuityPlan", schemaVersion: "1.0", id: "it-bcp", metadata: { organisation: "kita-seiki" },
 * }).success; // true
 * ```
 *
 * @category Documents
 */
export const ContinuityPlanSchema = defineDocumentSchema("ContinuityPlan", {
  id: IdSchema,
  name: z.optional(z.string()),
  metadata: PlanMetadataSchema,
  roles: z.optional(z.array(PlanRoleSchema)),
  governance: z.optional(PlanGovernanceSchema),
  preIncident: z.optional(PreIncidentPlanSchema),
  emergency: z.optional(EmergencyPlanSchema),
  training: z.optional(TrainingPlanSchema),
  maintenance: z.optional(MaintenancePlanSchema),
  scenarios: z.optional(z.array(AssumedScenarioSchema)),
  /** Findings the organisation accepts, with reasons (see {@link PlanExceptionSchema}). */
  exceptions: z.optional(z.array(PlanExceptionSchema)),
});

/**
 * A validated `ContinuityPlan` document (see {@link ContinuityPlanSchema}).
 *
 * @example
 * ```ts
 * import type { ContinuityPlan } from "@mamori/plan-validator";
 * const plan: ContinuityPlan = { kind: "ContinuityPlan", schemaVersion: "1.0", id: "p", metadata: { organisation: "o" } };
 * ```
 *
 * @category Documents
 */
export type ContinuityPlan = z.infer<typeof ContinuityPlanSchema>;

/**
 * The document kinds this package defines, for the JSON Schema build.
 *
 * @example
 * ```ts
 * import { planValidatorDocumentKinds } from "@mamori/plan-validator";
 * planValidatorDocumentKinds[0]?.kind; // "ContinuityPlan"
 * ```
 *
 * @category Documents
 */
export const planValidatorDocumentKinds: readonly DocumentKind[] = [
  {
    kind: "ContinuityPlan",
    schema: ContinuityPlanSchema,
    file: "continuity-plan.schema.json",
    description:
      "An IT service continuity plan: metadata and approval, pre-incident, emergency response, education and training, and maintenance plans, assumed scenarios and governance.",
    descriptions: PLAN_PROPERTY_DESCRIPTIONS,
  },
];
