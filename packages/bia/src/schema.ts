import { type DocumentKind, ISO_DURATION_PATTERN } from "@mamori/core";
import {
  BusinessProcessSchema,
  DependencySchema,
  DurationSchema,
  IdSchema,
  ImpactCategorySchema,
  ImpactScaleSchema,
  ITServiceSchema,
  MoneySchema,
  NodeRefSchema,
  PercentageSchema,
  RecoveryCapabilitySchema,
  ResourceSchema,
} from "@mamori/core/domain";
import { defineDocumentSchema, defineObject } from "@mamori/core/internal";
import * as z from "zod/mini";
import { BIA_PROPERTY_DESCRIPTIONS } from "./descriptions.js";

/**
 * One point of a loss curve: the cumulative loss after an outage of `at`.
 *
 * @example
 * ```ts
 * import { LossPointSchema } from "@mamori/bia";
 * LossPointSchema.safeParse({ at: "P1D", amount: 24000000 }).success; // true
 * ```
 *
 * @category Documents
 */
export const LossPointSchema = defineObject({
  at: DurationSchema,
  amount: z.number().check(z.gte(0)),
});

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

// The impact table is a map, not an object with known keys, so `defineObject` cannot guard
// it; these two maps follow the same rule by hand. zod's `looseRecord` checks the entries
// whose key matches the key schema and passes every other entry through untouched: keyed by
// "an id or a duration that does not start with x-", that keeps `x-` entries (any value) as
// they are. The check then refuses the remaining keys that are neither, and the `meta`
// gives the JSON Schema export the same rule (`patternProperties` from the key schema, plus
// `propertyNames`: an `x-` key or a valid key).

/** An id (see `IdSchema`) that does not start with `x-`: a category of the impact table. */
const CATEGORY_KEY = /^(?!x-)[^\s:/#]+$/;

/** Levels by time point (`PT4H: 3`); `x-` keys are kept, any other key must be a duration. */
const ImpactLevelsSchema = z.looseRecord(DurationSchema, z.int()).check(
  z.superRefine(
    (value: Record<string, unknown>, ctx) => {
      for (const key of Object.keys(value)) {
        if (key.startsWith("x-") || ISO_DURATION_PATTERN.test(key)) continue;
        ctx.addIssue({
          code: "invalid_format",
          // The format's name (core's DurationSchema's), so the diagnostic is duration/malformed.
          format: "iso-duration",
          pattern: ISO_DURATION_PATTERN.source,
          path: [key],
          input: key,
          message: `'${key}' is not an ISO 8601 duration`,
        });
      }
    },
    { when: (payload) => isRecord(payload.value) },
  ),
  z.meta({
    propertyNames: { anyOf: [{ pattern: "^x-" }, { pattern: ISO_DURATION_PATTERN.source }] },
  }),
);

/** Impact ratings by category (`financial: { PT4H: 3 }`); `x-` keys are kept, any other key must be an id. */
const ImpactsSchema = z
  .looseRecord(z.string().check(z.regex(CATEGORY_KEY)), ImpactLevelsSchema)
  .check(
    z.superRefine(
      (value: Record<string, unknown>, ctx) => {
        for (const key of Object.keys(value)) {
          // IdSchema itself decides only for long keys (its length counts code points).
          if (key.startsWith("x-")) continue;
          if (CATEGORY_KEY.test(key) && (key.length <= 128 || IdSchema.safeParse(key).success))
            continue;
          ctx.addIssue({
            code: "custom",
            path: [key],
            message: `Unknown key '${key}'`,
            params: { mamori: "unknown-key", key },
            input: value[key],
          });
        }
      },
      { when: (payload) => isRecord(payload.value) },
    ),
    z.meta({
      propertyNames: {
        anyOf: [{ pattern: "^x-" }, { pattern: CATEGORY_KEY.source, maxLength: 128 }],
      },
    }),
  );

/**
 * A business process in a BIA: the core process fields plus impact ratings per category per
 * time point (`impacts.financial.PT4H: 3`), work recovery time (WRT), loss per hour or a loss
 * curve, and the minimum capacity it needs to run (RLO / MBCO, a percentage). As on every
 * object, `x-` keys are kept, here at both levels of `impacts` (`impacts["x-note"]`,
 * `impacts.financial["x-source"]`), and the analysis ignores them; any other key of
 * `impacts` must be a category id, and any other key of a category a duration.
 *
 * @example
 * ```ts
 * import { BiaProcessSchema } from "@mamori/bia";
 * BiaProcessSchema.safeParse({
 *   id: "order-intake", name: "Order intake", wrt: "PT2H",
 *   impacts: { financial: { PT4H: 3, P1D: 4 } }, dependsOn: ["erp"],
 * }).success; // true
 * ```
 *
 * @category Documents
 */
export const BiaProcessSchema = defineObject({
  ...BusinessProcessSchema.shape,
  impacts: z.optional(ImpactsSchema),
  wrt: z.optional(DurationSchema),
  lossPerHour: z.optional(MoneySchema),
  lossCurve: z.optional(z.array(LossPointSchema)),
  minimumCapacity: z.optional(PercentageSchema),
});
/**
 * A BIA business process (see {@link BiaProcessSchema}).
 *
 * @example
 * ```ts
 * import type { BiaProcess } from "@mamori/bia";
 * const orderIntake: BiaProcess = {
 *   id: "order-intake",
 *   name: "Order intake",
 *   impacts: { financial: { PT4H: 2, P1D: 4 } }, // category → time point → level
 *   wrt: "PT2H",
 *   lossPerHour: { amount: 1_200_000, currency: "JPY" },
 *   dependsOn: ["erp"],
 * };
 * ```
 *
 * @category Documents
 */
export type BiaProcess = z.infer<typeof BiaProcessSchema>;

/**
 * A node of another organisation (group company, supplier, customer): referenced as
 * `orgId:nodeId` or by a plain id, with what is known of its recovery.
 *
 * @example
 * ```ts
 * import { BiaExternalSchema } from "@mamori/bia";
 * BiaExternalSchema.safeParse({ id: "kita-th:rayong-line", name: "Rayong line", kind: "group-company" }).success; // true
 * ```
 *
 * @category Documents
 */
export const BiaExternalSchema = defineObject({
  id: NodeRefSchema,
  name: z.string().check(z.minLength(1)),
  nameJa: z.optional(z.string()),
  kind: z.enum(["supplier", "customer", "group-company", "partner"]),
  organisation: z.optional(IdSchema),
  dependsOn: z.optional(z.array(DependencySchema)),
  capability: z.optional(RecoveryCapabilitySchema),
  site: z.optional(IdSchema),
});
/**
 * An external node (see {@link BiaExternalSchema}).
 *
 * @example
 * ```ts
 * import type { BiaExternal } from "@mamori/bia";
 * const steel: BiaExternal = { id: "steel-supplier", name: "Steel supplier", kind: "supplier", capability: { recoveryTime: "P3D" } };
 * ```
 *
 * @category Documents
 */
export type BiaExternal = z.infer<typeof BiaExternalSchema>;

/**
 * A window of a planned rolling blackout, relative to the start of a scenario.
 *
 * @example
 * ```ts
 * import { BlackoutWindowSchema } from "@mamori/bia";
 * BlackoutWindowSchema.safeParse({ start: "PT6H", duration: "PT3H" }).success; // true
 * ```
 *
 * @category Documents
 */
export const BlackoutWindowSchema = defineObject({
  start: DurationSchema,
  duration: DurationSchema,
});
/**
 * A rolling-blackout window (see {@link BlackoutWindowSchema}).
 *
 * @example
 * ```ts
 * import type { BlackoutWindow } from "@mamori/bia";
 * const firstBlock: BlackoutWindow = { start: "PT0S", duration: "PT3H" }; // off for the first three hours
 * ```
 *
 * @category Documents
 */
export type BlackoutWindow = z.infer<typeof BlackoutWindowSchema>;

/**
 * One failure of a custom scenario: a node down from `start` for `duration`, or running at
 * `capacity` percent.
 *
 * @example
 * ```ts
 * import { ScenarioFailureSchema } from "@mamori/bia";
 * ScenarioFailureSchema.safeParse({ node: "leased-line", duration: "P2D" }).success; // true
 * ```
 *
 * @category Documents
 */
export const ScenarioFailureSchema = defineObject({
  node: NodeRefSchema,
  start: z.optional(DurationSchema),
  duration: DurationSchema,
  capacity: z.optional(PercentageSchema),
});
/**
 * A scenario failure (see {@link ScenarioFailureSchema}).
 *
 * @example
 * ```ts
 * import type { ScenarioFailure } from "@mamori/bia";
 * const wanDown: ScenarioFailure = { node: "leased-line", duration: "P1D" };
 * ```
 *
 * @category Documents
 */
export type ScenarioFailure = z.infer<typeof ScenarioFailureSchema>;

/**
 * The scenario types: `custom` (explicit failures) and the cases the 2011 lessons name —
 * wide-area power outage, site loss, communications outage, staff availability, supplier outage.
 *
 * @example
 * ```ts
 * import { ScenarioTypeSchema } from "@mamori/bia";
 * ScenarioTypeSchema.safeParse("power-outage").success; // true
 * ```
 *
 * @category Documents
 */
export const ScenarioTypeSchema = z.enum([
  "custom",
  "power-outage",
  "site-loss",
  "communications-outage",
  "staff-availability",
  "supplier-outage",
]);
/**
 * A scenario type (see {@link ScenarioTypeSchema}).
 *
 * @example
 * ```ts
 * import type { ScenarioType } from "@mamori/bia";
 * const type: ScenarioType = "power-outage";
 * ```
 *
 * @category Documents
 */
export type ScenarioType = z.infer<typeof ScenarioTypeSchema>;

/** Fields every scenario has. */
const scenarioCommon = {
  id: IdSchema,
  name: z.string().check(z.minLength(1)),
  nameJa: z.optional(z.string()),
  description: z.optional(z.string()),
  recoverAfterFailure: z.optional(z.boolean()),
};

/** When a timed scenario starts (relative to the incident; default `PT0S`) and how long it lasts. */
const timed = { start: z.optional(DurationSchema), duration: DurationSchema };

// One object per scenario type, each with exactly the fields that type uses. A plain union of
// objects tagged by a `type` literal, not `z.discriminatedUnion`: it accepts the same
// documents, exports to JSON Schema as `anyOf` branches with a `const` type, and keeps the
// document on core's fast validation path. When no branch matches, `validateDocument`
// reports the issues of the closest branch (fewest issues, the first on a tie): the order
// below puts the types whose one required field is most often missing first, so that a
// `site-loss` without `site` is reported as `schema/required` at `/site`.
const SiteLossScenarioSchema = defineObject({
  ...scenarioCommon,
  type: z.literal("site-loss"),
  ...timed,
  site: IdSchema,
});
const StaffAvailabilityScenarioSchema = defineObject({
  ...scenarioCommon,
  type: z.literal("staff-availability"),
  ...timed,
  percent: PercentageSchema,
  nodes: z.optional(z.array(NodeRefSchema)),
});
const CustomScenarioSchema = defineObject({
  ...scenarioCommon,
  type: z.literal("custom"),
  failures: z.array(ScenarioFailureSchema).check(z.minLength(1)),
});
const PowerOutageScenarioSchema = defineObject({
  ...scenarioCommon,
  type: z.literal("power-outage"),
  ...timed,
  nodes: z.optional(z.array(NodeRefSchema)),
  rollingBlackout: z.optional(z.array(BlackoutWindowSchema)),
});
/** A power outage of rolling blackouts only: the windows say when, so no `duration`. */
const RollingBlackoutScenarioSchema = defineObject({
  ...scenarioCommon,
  type: z.literal("power-outage"),
  start: z.optional(DurationSchema),
  duration: z.optional(DurationSchema),
  nodes: z.optional(z.array(NodeRefSchema)),
  rollingBlackout: z.array(BlackoutWindowSchema),
});
const CommunicationsOutageScenarioSchema = defineObject({
  ...scenarioCommon,
  type: z.literal("communications-outage"),
  ...timed,
  nodes: z.optional(z.array(NodeRefSchema)),
});
const SupplierOutageScenarioSchema = defineObject({
  ...scenarioCommon,
  type: z.literal("supplier-outage"),
  ...timed,
  nodes: z.optional(z.array(NodeRefSchema)),
});

/**
 * A scenario: a named set of failures, a union on `type` in which each type has the fields
 * it uses (besides `id`, `name`, `nameJa`, `description` and `recoverAfterFailure`):
 *
 * | `type` | fields |
 * |---|---|
 * | `power-outage` | `duration` (optional with `rollingBlackout`), `start`, `nodes`, `rollingBlackout` |
 * | `site-loss` | `site`, `duration`, `start` |
 * | `communications-outage` | `duration`, `start`, `nodes` |
 * | `supplier-outage` | `duration`, `start`, `nodes` |
 * | `staff-availability` | `percent`, `duration`, `start`, `nodes` |
 * | `custom` | `failures` (at least one; each with its own `start` and `duration`) |
 *
 * `nodes` says which nodes fail (each type has a default). With `recoverAfterFailure: true`
 * a node the scenario fails directly needs its own recovery time after the failure ends
 * (default false: it is back the moment the failure ends; its dependents always add their
 * own recovery time).
 *
 * @example
 * ```ts
 * import { ScenarioSchema } from "@mamori/bia";
 * ScenarioSchema.safeParse({ id: "quake", name: "Wide-area outage", type: "power-outage", duration: "PT72H" }).success; // true
 * ScenarioSchema.safeParse({ id: "fire", name: "Fire", type: "site-loss", duration: "P3D" }).success; // false: no site
 * ```
 *
 * @category Documents
 */
export const ScenarioSchema = z.union([
  SiteLossScenarioSchema,
  StaffAvailabilityScenarioSchema,
  CustomScenarioSchema,
  PowerOutageScenarioSchema,
  RollingBlackoutScenarioSchema,
  CommunicationsOutageScenarioSchema,
  SupplierOutageScenarioSchema,
]);
/**
 * A scenario (see {@link ScenarioSchema}): a union on `type`, so checking `type` narrows it to
 * that type's fields.
 *
 * @example
 * ```ts
 * import type { Scenario } from "@mamori/bia";
 * const outage: Scenario = {
 *   id: "wide-area-outage",
 *   name: "72-hour wide-area power outage",
 *   type: "power-outage",
 *   duration: "PT72H",
 * };
 * const where = (s: Scenario) => (s.type === "site-loss" ? s.site : null); // site: string
 * ```
 *
 * @category Documents
 */
export type Scenario = z.infer<typeof ScenarioSchema>;

/**
 * One row of a BIA's own tier table: the RTOs it holds run from `from` (inclusive; default:
 * just above the previous row's `upTo`, or 0 for the first row) up to `upTo` (inclusive;
 * default: no upper limit). Rows are listed in ascending order and may leave gaps (ServiceNow's
 * tiers do): an RTO in a gap belongs to no tier, which the analysis reports
 * (`bia/rto-outside-tiers`).
 *
 * @example
 * ```ts
 * import { TierSchema } from "@mamori/bia";
 * TierSchema.safeParse({ id: "tier-1", upTo: "PT4H", name: "Mission critical", nameJa: "最重要" }).success; // true
 * ```
 *
 * @category Documents
 */
export const TierSchema = defineObject({
  id: IdSchema,
  name: z.string().check(z.minLength(1)),
  nameJa: z.optional(z.string()),
  description: z.optional(z.string()),
  from: z.optional(DurationSchema),
  upTo: z.optional(DurationSchema),
});
/**
 * A tier row of a BIA document (see {@link TierSchema}).
 *
 * @example
 * ```ts
 * import type { Tier } from "@mamori/bia";
 * const gold: Tier = { id: "gold", from: "PT8H", upTo: "P1D", name: "Gold", nameJa: "ゴールド" }; // 4–8 h is a gap
 * ```
 *
 * @category Documents
 */
export type Tier = z.infer<typeof TierSchema>;

/**
 * The `BusinessImpactAnalysis` document: time points at which impact is rated, the impact
 * scale and categories, the level from which impact is unacceptable, the tier table (optional;
 * see {@link TierSchema}), business processes, IT services, resources, other organisations'
 * nodes, and scenarios.
 *
 * @example
 * ```ts
 * import { BusinessImpactAnalysisSchema } from "@mamori/bia";
 * BusinessImpactAnalysisSchema.safeParse({
 *   kind: "BusinessImpactAnalysis", schemaVersion: "1.0",
 *   timePoints: ["PT4H", "P1D"], unacceptableLevel: 4,
 *   processes: [{ id: "order-intake", name: "Order intake", impacts: { financial: { P1D: 4 } } }],
 * }).success; // true
 * ```
 *
 * @category Documents
 */
export const BusinessImpactAnalysisSchema = defineDocumentSchema("BusinessImpactAnalysis", {
  organisation: z.optional(IdSchema),
  timePoints: z.array(DurationSchema).check(z.minLength(1)),
  impactScale: z.optional(ImpactScaleSchema),
  categories: z.optional(z.array(ImpactCategorySchema)),
  unacceptableLevel: z.int(),
  rtoMargin: z.optional(DurationSchema),
  tiers: z.optional(z.array(TierSchema)),
  processes: z.array(BiaProcessSchema),
  services: z.optional(z.array(ITServiceSchema)),
  resources: z.optional(z.array(ResourceSchema)),
  externals: z.optional(z.array(BiaExternalSchema)),
  scenarios: z.optional(z.array(ScenarioSchema)),
});
/**
 * A `BusinessImpactAnalysis` document (see {@link BusinessImpactAnalysisSchema}).
 *
 * @example
 * ```ts
 * import { analyzeBia, type BusinessImpactAnalysis } from "@mamori/bia";
 * const bia: BusinessImpactAnalysis = {
 *   kind: "BusinessImpactAnalysis",
 *   schemaVersion: "1.0",
 *   timePoints: ["PT4H", "P1D", "P3D"],
 *   unacceptableLevel: 4,
 *   processes: [{ id: "order-intake", name: "Order intake", impacts: { financial: { PT4H: 2, P1D: 4 } } }],
 * };
 * analyzeBia(bia).processes[0]?.mtpdMinutes; // 1440: level 4 is first reached at one day
 * ```
 *
 * @category Documents
 */
export type BusinessImpactAnalysis = z.infer<typeof BusinessImpactAnalysisSchema>;

/**
 * The document kinds `@mamori/bia` defines; the build writes their JSON Schemas into `schemas/`.
 *
 * @example
 * ```ts
 * import { biaDocumentKinds } from "@mamori/bia";
 * biaDocumentKinds[0]?.file; // "business-impact-analysis.schema.json"
 * ```
 *
 * @category Documents
 */
export const biaDocumentKinds: readonly DocumentKind[] = [
  {
    kind: "BusinessImpactAnalysis",
    schema: BusinessImpactAnalysisSchema,
    file: "business-impact-analysis.schema.json",
    description:
      "A business impact analysis: impact over time per process, work recovery times, losses, IT services and resources with their dependencies, recovery capabilities and power arrangements, and scenarios.",
    descriptions: BIA_PROPERTY_DESCRIPTIONS,
  },
];
