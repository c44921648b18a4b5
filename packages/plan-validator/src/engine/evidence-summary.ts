import { parseIsoDate } from "@mamori/core";
import type { ContinuityPlan } from "../schema/plan.js";
import { isOverdue, isoDay } from "./dates.js";
import { evidenceOf } from "./evidence.js";
import { indexPlan } from "./index-plan.js";
import type { BiaInput } from "./inputs.js";
import { memoOf } from "./memo.js";

/**
 * What one result measured for one service, judged against the service's objectives.
 *
 * @example
 * ```ts
 * import type { EvidencePoint } from "@mamori/plan-validator";
 * const p: EvidencePoint = {
 *   result: "r-ft-2026", date: "2026-10-15", kind: "switch-over", outcome: "pass",
 *   recoveryMinutes: 300, dataLossMinutes: 40, levelReached: 100, failing: false,
 * };
 * ```
 *
 * @category Evidence
 */
export interface EvidencePoint {
  /** The result's id. */
  result: string;
  /** Its date (`YYYY-MM-DD`). */
  date: string;
  /** Its kind (`switch-over`, `restore`, ...). */
  kind: string;
  /** Pass or fail for this service. */
  outcome: "pass" | "fail";
  /** Measured recovery time (minutes), or null. */
  recoveryMinutes: number | null;
  /** Data actually lost (minutes), or null. */
  dataLossMinutes: number | null;
  /** Level reached, or null. */
  levelReached: number | string | null;
  /** True when it failed or missed an objective (RTO, RPO, or a numeric RLO). */
  failing: boolean;
}

/**
 * One service's objectives against its measured results over time, and whether they prove it.
 *
 * @example
 * ```ts
 * import type { ServiceEvidence } from "@mamori/plan-validator";
 * const s: ServiceEvidence = {
 *   service: "erp-db", timeCritical: true, rtoMinutes: 1440, rpoMinutes: 60, rlo: 100,
 *   points: [], status: "unproven", expires: null,
 * };
 * ```
 *
 * @category Evidence
 */
export interface ServiceEvidence {
  /** The service id. */
  service: string;
  /** Whether the plan marks it time-critical. */
  timeCritical: boolean;
  /** The RTO it is held against (minutes): the plan's, or the BIA's when stricter; or null. */
  rtoMinutes: number | null;
  /** The RPO it is held against (minutes), or null (none, or the service keeps no data). */
  rpoMinutes: number | null;
  /** The plan's RLO, or null. */
  rlo: number | string | null;
  /** Its measurements, oldest first (results dated after `now` are left out). */
  points: EvidencePoint[];
  /**
   * `proven`: the latest result passed, the latest value of each measurement is within its
   * objective, and the latest result has not expired; `disproven`: the latest result failed, or
   * the latest value of a measurement misses its objective; `unproven`: no result, or the
   * latest passing one has expired (older than its activity's cadence, or `maxAge`).
   */
  status: "proven" | "unproven" | "disproven";
  /** When the latest passing proof expires (`YYYY-MM-DD`), or null. */
  expires: string | null;
}

/**
 * The outcome of {@link summarizeEvidence}.
 *
 * @example
 * ```ts
 * import type { EvidenceSummary } from "@mamori/plan-validator";
 * const s: EvidenceSummary = { services: [], timeCritical: { proven: 0, unproven: 0, disproven: 0 } };
 * ```
 *
 * @category Evidence
 */
export interface EvidenceSummary {
  /** Every service with a requirement that is time-critical or was measured, in plan order. */
  services: ServiceEvidence[];
  /** How many time-critical services are proven, unproven and disproven. */
  timeCritical: { proven: number; unproven: number; disproven: number };
}

/**
 * Options of {@link summarizeEvidence}.
 *
 * @example
 * ```ts
 * import type { EvidenceSummaryOptions } from "@mamori/plan-validator";
 * const o: EvidenceSummaryOptions = { now: "2026-11-27", maxAge: "P1Y" };
 * ```
 *
 * @category Evidence
 */
export interface EvidenceSummaryOptions {
  /** The date results are judged at (ISO 8601 text or a Date). */
  now: string | Date;
  /** A `@mamori/bia` result: its required RTO/RPO count when stricter than the plan's. */
  bia?: BiaInput;
  /** How long a pass proves a service when its activity states no cadence; default `P1Y`. */
  maxAge?: string;
}

/**
 * Per service, the objectives against the measured results over time, and how many
 * time-critical services are proven, unproven and disproven: the data of an evidence view
 * (a report's summary, a chart of measured times against the RTO). Pure and deterministic;
 * pass the plan `validatePlan` returned (`result.plan`). The same judgements as the
 * `evidence/*` rules: the latest result counts, a result dated after `now` is no evidence.
 *
 * @param plan - A plan that passed the schema, as `validatePlan` returns it in `result.plan`.
 * @param options - The date results are judged at (required), a `@mamori/bia` result whose stricter objectives count, and how long a pass proves a service (default `P1Y`); see {@link EvidenceSummaryOptions}.
 *
 * @example
 * ```ts
 * import { summarizeEvidence, validatePlan } from "@mamori/plan-validator";
 * const input = {
 *   kind: "ContinuityPlan", schemaVersion: "1.0", id: "it-bcp", metadata: { organisation: "kita-seiki" },
 *   preIncident: { requirements: [{ service: "erp", timeCritical: true, objectives: { rto: "PT12H" } }] },
 *   training: { results: [{ id: "r-ft-2026", date: "2026-10-15", kind: "switch-over", outcome: "pass",
 *     services: [{ service: "erp", recoveryTime: "PT9H", outcome: "pass" }] }] },
 * };
 * const { plan } = validatePlan(input, { now: "2026-11-27" });
 * if (plan) summarizeEvidence(plan, { now: "2026-11-27" }).timeCritical; // { proven: 1, unproven: 0, disproven: 0 }
 * ```
 *
 * @category Evidence
 */
export function summarizeEvidence(
  plan: ContinuityPlan,
  options: EvidenceSummaryOptions,
): EvidenceSummary {
  const now =
    options.now instanceof Date
      ? Number.isNaN(options.now.getTime())
        ? undefined
        : options.now
      : parseIsoDate(options.now).date;
  const index = indexPlan(plan);
  const memo = memoOf(index);
  const evidence = evidenceOf({ plan, index, now });
  const bia = options.bia ? memo.biaObjectives(options.bia) : undefined;
  const maxAge = options.maxAge ?? "P1Y";
  const services: ServiceEvidence[] = [];
  const counts = { proven: 0, unproven: 0, disproven: 0 };
  (plan.preIncident?.requirements ?? []).forEach((r, i) => {
    if (index.services.get(r.service)?.index !== i) return; // a repeated service: its first
    const list = evidence.byService.get(r.service) ?? [];
    const timeCritical = r.timeCritical === true;
    if (!timeCritical && list.length === 0) return;
    const stricter = (planned: string | undefined, need: number | undefined) => {
      const p = planned === undefined ? undefined : memo.minutes(planned);
      if (p === undefined) return need ?? null;
      return need !== undefined && need < p ? need : p;
    };
    const rto = stricter(r.objectives?.rto, bia?.rto[i]);
    const rpo = r.holdsData === false ? null : stricter(r.objectives?.rpo, bia?.rpo[i]);
    const rlo = r.objectives?.rlo ?? null;
    const minutesOf = (text: string | undefined) =>
      text === undefined ? null : (memo.minutes(text) ?? null);
    const points: EvidencePoint[] = list.map((m) => {
      const recovery = minutesOf(m.service.recoveryTime);
      const loss = minutesOf(m.service.dataLoss);
      const level = m.service.levelReached ?? null;
      const failing =
        m.outcome === "fail" ||
        (recovery !== null && rto !== null && recovery > rto) ||
        (loss !== null && rpo !== null && loss > rpo) ||
        (typeof level === "number" && typeof rlo === "number" && level < rlo);
      return {
        result: m.held.result.id,
        date: isoDay(m.held.date),
        kind: m.held.result.kind,
        outcome: m.outcome,
        recoveryMinutes: recovery,
        dataLossMinutes: loss,
        levelReached: level,
        failing,
      };
    });
    const last = points[points.length - 1];
    const lastMeasure = list[list.length - 1];
    // Disproven by the latest result's outcome, or by the latest value of each measurement
    // (a later result that measured nothing, a failback say, does not hide an earlier miss).
    const latest = (field: "recoveryMinutes" | "dataLossMinutes" | "levelReached") => {
      for (let k = points.length - 1; k >= 0; k--) {
        const value = (points[k] as EvidencePoint)[field];
        if (value !== null) return value;
      }
      return null;
    };
    const recovery = latest("recoveryMinutes");
    const loss = latest("dataLossMinutes");
    const level = latest("levelReached");
    const missed =
      (typeof recovery === "number" && rto !== null && recovery > rto) ||
      (typeof loss === "number" && rpo !== null && loss > rpo) ||
      (typeof level === "number" && typeof rlo === "number" && level < rlo);
    let status: ServiceEvidence["status"] = "unproven";
    let expires: string | null = null;
    if (last && lastMeasure) {
      if (last.outcome === "fail" || missed) status = "disproven";
      else if (now) {
        const cadence = evidence.cadenceOf(lastMeasure.held.result) ?? maxAge;
        const { overdue, due } = isOverdue(lastMeasure.held.date, cadence, now);
        expires = due ? isoDay(due) : null;
        status = overdue ? "unproven" : "proven";
      }
    }
    if (timeCritical) counts[status]++;
    services.push({
      service: r.service,
      timeCritical,
      rtoMinutes: rto,
      rpoMinutes: rpo,
      rlo,
      points,
      status,
      expires,
    });
  });
  return { services, timeCritical: counts };
}
