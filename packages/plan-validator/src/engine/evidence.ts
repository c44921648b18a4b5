import { parseDuration } from "@mamori/core";
import type { ContinuityPlan } from "../schema/plan.js";
import { doneBy } from "./dates.js";
import { memoOf } from "./memo.js";
import type { RuleContext } from "./rule.js";

type Results = NonNullable<NonNullable<ContinuityPlan["training"]>["results"]>;
/**
 * One recorded exercise or test (`training.results[]`).
 *
 * @category Evidence
 */
export type ExerciseResult = Results[number];
/**
 * One service's entry in a result (`training.results[].services[]`).
 *
 * @category Evidence
 */
export type ServiceEntry = NonNullable<ExerciseResult["services"]>[number];

/**
 * A result that counts as evidence: dated, and not after `now`.
 *
 * @category Evidence
 */
export interface HeldResult {
  /** Position in `training.results`. */
  index: number;
  /** The result as written. */
  result: ExerciseResult;
  /** Its date as an instant. */
  date: Date;
}

/**
 * What one result showed for one service.
 *
 * @category Evidence
 */
export interface Measurement {
  /** The result it comes from. */
  held: HeldResult;
  /** Position of the entry in the result's `services`. */
  entry: number;
  /** The entry as written. */
  service: ServiceEntry;
  /** The entry's outcome, or the result's when the entry gives none. */
  outcome: "pass" | "fail";
}

/**
 * The plan's exercise and test results indexed once per validation: the results held by
 * `now` in date order (document order within a day), and each service's measurements in
 * the same order. A result dated after `now`, or with a date that is no date, is no evidence
 * (`dates/not-in-future` and the schema report those).
 *
 * @category Evidence
 */
export interface Evidence {
  /** True when the plan has a `training.results` section (even an empty one). */
  recorded: boolean;
  /** Results held by `now`, oldest first. */
  held: readonly HeldResult[];
  /** Measurements by service id, oldest first. */
  byService: ReadonlyMap<string, readonly Measurement[]>;
  /** The cadence of the activity a result was an occurrence of, when it states one. */
  cadenceOf(result: ExerciseResult): string | undefined;
}

const cache = new WeakMap<object, Evidence>();

/**
 * The evidence of the plan in `ctx`, built once per validation.
 *
 * @category Evidence
 */
export function evidenceOf(ctx: Pick<RuleContext, "plan" | "index" | "now">): Evidence {
  const hit = cache.get(ctx.index);
  if (hit) return hit;
  const results = ctx.plan.training?.results;
  const memo = memoOf(ctx.index);
  const held: HeldResult[] = [];
  (results ?? []).forEach((result, index) => {
    const date = doneBy(memo.date(result.date), ctx.now);
    if (date) held.push({ index, result, date });
  });
  // Stable: equal dates keep document order.
  held.sort((a, b) => a.date.getTime() - b.date.getTime() || a.index - b.index);
  const byService = new Map<string, Measurement[]>();
  for (const h of held) {
    (h.result.services ?? []).forEach((service, entry) => {
      const m: Measurement = {
        held: h,
        entry,
        service,
        outcome: service.outcome ?? h.result.outcome,
      };
      const list = byService.get(service.service);
      if (list) list.push(m);
      else byService.set(service.service, [m]);
    });
  }
  let cadences: Map<string, string> | undefined;
  const evidence: Evidence = {
    recorded: results !== undefined,
    held,
    byService,
    cadenceOf(result) {
      if (result.activity === undefined) return undefined;
      if (!cadences) {
        cadences = new Map();
        for (const a of ctx.plan.training?.activities ?? [])
          if (a.cadence !== undefined && !cadences.has(a.id)) cadences.set(a.id, a.cadence);
      }
      return cadences.get(result.activity);
    },
  };
  cache.set(ctx.index, evidence);
  return evidence;
}

/**
 * The last measurement of a list that has `field`, or undefined.
 *
 * @category Evidence
 */
export function latestWith(
  list: readonly Measurement[] | undefined,
  field: "recoveryTime" | "dataLoss" | "levelReached",
): Measurement | undefined {
  if (!list) return undefined;
  for (let i = list.length - 1; i >= 0; i--) {
    const m = list[i] as Measurement;
    if (m.service[field] !== undefined) return m;
  }
  return undefined;
}

/**
 * One measured recovery time of a plan, in the shape `@mamori/bia`'s `analyzeBia` takes as
 * `evidence` (declared here so this package does not depend on `@mamori/bia`).
 *
 * @example
 * ```ts
 * import type { MeasuredRecovery } from "@mamori/plan-validator";
 * const m: MeasuredRecovery = { node: "erp-db", recoveryMinutes: 300, date: "2026-10-15", source: "r-ft-2026" };
 * ```
 *
 * @category Evidence
 */
export interface MeasuredRecovery {
  /** The service measured (a BIA node id when the plan and the BIA share ids). */
  node: string;
  /** Measured recovery time in minutes. */
  recoveryMinutes: number;
  /** The day of the exercise or test. */
  date: string;
  /** The result it comes from (`training.results[].id`). */
  source: string;
}

/**
 * The measured recovery times a plan records (`training.results[].services[].recoveryTime`),
 * in document order, for `analyzeBia(doc, { evidence, now })`: the BIA then uses a recent
 * measurement in place of its estimate and says which test it came from. Entries whose
 * duration is not valid ISO 8601 are left out (the plan's schema reports them); dates are
 * passed as written, so the BIA judges their age against its own `now`.
 *
 * @param plan - A plan that passed the schema, such as `validatePlan(...).plan`.
 *
 * @example
 * ```ts
 * import { measuredRecoveries, type ContinuityPlan } from "@mamori/plan-validator";
 * const plan: ContinuityPlan = {
 *   kind: "ContinuityPlan", schemaVersion: "1.0", id: "it-bcp", metadata: { organisation: "kita-seiki" },
 *   training: { results: [{ id: "r-ft-2026", date: "2026-10-15", kind: "switch-over", outcome: "pass",
 *     services: [{ service: "erp-db", recoveryTime: "PT5H" }] }] },
 * };
 * measuredRecoveries(plan); // [{ node: "erp-db", recoveryMinutes: 300, date: "2026-10-15", source: "r-ft-2026" }]
 * ```
 *
 * @category Evidence
 */
export function measuredRecoveries(plan: ContinuityPlan): MeasuredRecovery[] {
  const out: MeasuredRecovery[] = [];
  for (const r of plan.training?.results ?? []) {
    for (const s of r.services ?? []) {
      if (s.recoveryTime === undefined) continue;
      const minutes = parseDuration(s.recoveryTime, { calendarUnits: "approximate" }).minutes;
      if (minutes === undefined) continue;
      out.push({ node: s.service, recoveryMinutes: minutes, date: r.date, source: r.id });
    }
  }
  return out;
}
