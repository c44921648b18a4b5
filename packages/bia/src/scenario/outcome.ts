import type { Diagnostic } from "@mamori/core";
import { compactNumber, makePool, sized } from "../model/compact.js";
import type { BiaModel, ProcessInfo } from "../model/compile.js";
import type { Reporter } from "../model/reporter.js";
import type { ProcessObjectives } from "../objectives/rto.js";
import type { ExpandedScenario } from "./expand.js";
import { type Intervals, total } from "./intervals.js";

/** Reference cited by scenario diagnostics. */
const SCENARIO_REF =
  "IT service continuity guideline (METI, 2012): BIA absorbs the unforeseen — 22.3% of firms whose BCP ran met a disaster larger or longer than assumed";

/**
 * What a scenario does to one process.
 *
 * @example
 * ```ts
 * import type { ProcessOutcome } from "@mamori/bia";
 * const o: ProcessOutcome = {
 *   process: "order-intake", down: [{ startMinutes: 480, endMinutes: 4680 }], outageMinutes: 4200, longestMinutes: 4200,
 *   rtoMinutes: 480, rtoBreached: true, rtoBreachAtMinutes: 960, mtpdMinutes: 1440, mtpdBreached: true, mtpdBreachAtMinutes: 1920,
 *   impactReached: { financial: 5 }, impactOverTime: [{ atMinutes: 60, levels: { financial: 1 } }], loss: 175000000, currency: "JPY",
 * };
 * ```
 *
 * @category Scenarios
 */
export interface ProcessOutcome {
  /** Process id. */
  process: string;
  /** When it is down (minutes from the incident). */
  down: { startMinutes: number; endMinutes: number }[];
  /** Total time down (minutes). */
  outageMinutes: number;
  /** Longest continuous time down (minutes). */
  longestMinutes: number;
  /** Its RTO (minutes), or null. */
  rtoMinutes: number | null;
  /** True when a continuous outage outlasts the RTO. */
  rtoBreached: boolean;
  /** When the RTO is first breached (minutes from the incident), or null. */
  rtoBreachAtMinutes: number | null;
  /** Its MTPD (minutes), or null. */
  mtpdMinutes: number | null;
  /** True when a continuous outage outlasts the MTPD. */
  mtpdBreached: boolean;
  /** When the MTPD is first breached, or null. */
  mtpdBreachAtMinutes: number | null;
  /**
   * Impact level per category reached by the longest outage. Processes with equal levels share
   * one frozen record.
   */
  impactReached: Readonly<Record<string, number | null>>;
  /**
   * Impact per category at each rated time point within the longest outage. The entries (and
   * their `levels`) are frozen and shared between processes rated alike: a large BIA has
   * thousands of processes and a few dozen distinct entries.
   */
  impactOverTime: Readonly<{
    atMinutes: number;
    levels: Readonly<Record<string, number | null>>;
  }>[];
  /** Loss (loss curve, or loss per hour × hours down), or null when neither is given. */
  loss: number | null;
  /** Currency of `loss`, or null. */
  currency: string | null;
}

/**
 * The outcome of a scenario: per process, and totals.
 *
 * @example
 * ```ts
 * import type { ScenarioOutcome } from "@mamori/bia";
 * const o: ScenarioOutcome = { scenario: "quake", name: "Earthquake", processes: [], processesDown: 0, rtoBreaches: 0, mtpdBreaches: 0, totalLoss: {}, diagnostics: [] };
 * ```
 *
 * @category Scenarios
 */
export interface ScenarioOutcome {
  /** Scenario id. */
  scenario: string;
  /** Scenario name. */
  name: string;
  /** Every process that goes down, in model order. */
  processes: ProcessOutcome[];
  /** How many processes go down. */
  processesDown: number;
  /** How many processes breach their RTO. */
  rtoBreaches: number;
  /** How many processes breach their MTPD. */
  mtpdBreaches: number;
  /** Total loss per currency. */
  totalLoss: Record<string, number>;
  /** Breaches (`bia/scenario-rto-breach`, `bia/scenario-mtpd-breach`) and scenario problems. */
  diagnostics: Diagnostic[];
}

/**
 * Keep a money sum finite: amounts near 1e308 overflow to Infinity, which JSON writes as
 * null. The largest double stands for "more than can be counted".
 */
function finite(x: number): number {
  return Math.min(Math.max(x, -Number.MAX_VALUE), Number.MAX_VALUE); // NaN stays NaN
}

/** Loss after `minutes` of outage: the curve (linear between points, flat or per-hour beyond), or per hour. */
function lossFor(model: BiaModel, pi: number, minutes: number): number | null {
  const p = model.processes[pi];
  if (!p) return null;
  const curve = p.lossCurve;
  if (curve && curve.length > 0) {
    let prevM = 0;
    let prevA = 0;
    for (const pt of curve) {
      if (minutes <= pt.minutes) {
        const f = pt.minutes === prevM ? 1 : (minutes - prevM) / (pt.minutes - prevM);
        return prevA + f * (pt.amount - prevA);
      }
      prevM = pt.minutes;
      prevA = pt.amount;
    }
    return prevA + (p.lossPerHour ?? 0) * ((minutes - prevM) / 60);
  }
  return p.lossPerHour === null ? null : p.lossPerHour * (minutes / 60);
}

/**
 * Per process, from when each node is down: the outage spans, RTO and MTPD breaches (with
 * their diagnostics), impact reached over time and losses; totals per scenario. @internal
 */
export function scenarioOutcome(
  model: BiaModel,
  objectives: readonly ProcessObjectives[],
  scenario: ExpandedScenario,
  down: readonly (Intervals | undefined)[],
  rep: Reporter,
): ScenarioOutcome {
  // Impact levels repeat across thousands of processes (same categories, same ratings): each
  // distinct record, and each distinct (time point, record) entry, is built once, frozen and
  // shared. Category lists are told apart by a number each.
  const listIds = new Map<object, number>();
  const shareLevels = makePool<Record<string, number | null>>();
  const shareEntry = makePool<ProcessOutcome["impactOverTime"][number]>();
  const levelsKey = (pi: number, ti: number): string => {
    const p = model.processes[pi] as ProcessInfo;
    let id = listIds.get(p.categories);
    if (id === undefined) {
      id = listIds.size;
      listIds.set(p.categories, id);
    }
    let key = `${id}|`;
    for (let ci = 0; ci < p.categories.length; ci++)
      key += ti < 0 ? "-," : `${(p.levels[ci] as readonly (number | null)[])[ti] ?? "-"},`;
    return key;
  };
  /** Of equal time points, the last one's ratings hold (as in `impactAt`). */
  const effective = (p: ProcessInfo, ti: number) => {
    let t = ti;
    while (t >= 0 && t + 1 < p.timePoints.length && p.timePoints[t + 1] === p.timePoints[t]) t++;
    return t;
  };
  /** Impact per category at the process's `ti`-th time point (all null for −1). */
  const levelsAt = (pi: number, ti: number) => {
    const p = model.processes[pi] as ProcessInfo;
    const t = effective(p, ti);
    return shareLevels(levelsKey(pi, t), () => {
      const out: Record<string, number | null> = {};
      p.categories.forEach((c, ci) => {
        out[c.id] = t < 0 ? null : ((p.levels[ci] as readonly (number | null)[])[t] ?? null);
      });
      return out;
    });
  };
  const impactEntry = (pi: number, ti: number) => {
    const p = model.processes[pi] as ProcessInfo;
    const at = p.timePoints[ti] as number;
    const key = `${at}|${levelsKey(pi, effective(p, ti))}`;
    return shareEntry(key, () => ({ atMinutes: at, levels: levelsAt(pi, ti) }));
  };
  const processes: ProcessOutcome[] = [];
  const totalLoss: Record<string, number> = {};
  let rtoBreaches = 0;
  let mtpdBreaches = 0;
  model.processes.forEach((p, pi) => {
    const d = down[p.node];
    if (!d) return;
    const o = objectives[pi];
    const rto = o?.rtoMinutes ?? null;
    const mtpd = o?.mtpdMinutes ?? null;
    let longest = 0;
    let rtoAt: number | null = null;
    let mtpdAt: number | null = null;
    let loss: number | null = null;
    const spans: ProcessOutcome["down"] = [];
    for (let i = 0; i < d.length; i += 2) {
      const s = d[i] as number;
      const e = d[i + 1] as number;
      spans.push({ startMinutes: compactNumber(s), endMinutes: compactNumber(e) });
      const len = e - s;
      if (len > longest) longest = len;
      if (rto !== null && rtoAt === null && len > rto) rtoAt = s + rto;
      if (mtpd !== null && mtpdAt === null && len > mtpd) mtpdAt = s + mtpd;
      const l = lossFor(model, pi, len);
      if (l !== null) loss = finite((loss ?? 0) + finite(l));
    }
    const id = model.ids[p.node] as string;
    const outage = total(d);
    if (rtoAt !== null) {
      rtoBreaches++;
      rep.add(
        "bia/scenario-rto-breach",
        "error",
        scenario.path,
        {
          scenario: scenario.id,
          process: id,
          outage: { minutes: longest },
          rto: { minutes: rto ?? 0 },
        },
        { ref: SCENARIO_REF, related: [{ path: model.paths[p.node] as string }] },
      );
    }
    if (mtpdAt !== null) {
      mtpdBreaches++;
      rep.add(
        "bia/scenario-mtpd-breach",
        "error",
        scenario.path,
        {
          scenario: scenario.id,
          process: id,
          outage: { minutes: longest },
          mtpd: { minutes: mtpd ?? 0 },
        },
        { ref: SCENARIO_REF, related: [{ path: model.paths[p.node] as string }] },
      );
    }
    let reached = -1;
    while (reached + 1 < p.timePoints.length && (p.timePoints[reached + 1] as number) <= longest)
      reached++;
    const overTime = sized<ProcessOutcome["impactOverTime"][number]>(reached + 1);
    for (let ti = 0; ti <= reached; ti++) overTime[ti] = impactEntry(pi, ti);
    if (loss !== null && p.currency !== null)
      totalLoss[p.currency] = finite((totalLoss[p.currency] ?? 0) + loss);
    processes.push({
      process: id,
      down: spans,
      outageMinutes: compactNumber(outage),
      longestMinutes: compactNumber(longest),
      rtoMinutes: rto,
      rtoBreached: rtoAt !== null,
      rtoBreachAtMinutes: rtoAt === null ? null : compactNumber(rtoAt),
      mtpdMinutes: mtpd,
      mtpdBreached: mtpdAt !== null,
      mtpdBreachAtMinutes: mtpdAt === null ? null : compactNumber(mtpdAt),
      impactReached: levelsAt(pi, reached),
      impactOverTime: overTime,
      loss,
      currency: p.currency,
    });
  });
  return {
    scenario: scenario.id,
    name: scenario.name,
    processes,
    processesDown: processes.length,
    rtoBreaches,
    mtpdBreaches,
    totalLoss,
    diagnostics: [...scenario.diagnostics, ...rep.done()],
  };
}
