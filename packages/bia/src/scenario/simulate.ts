import { type Diagnostic, parseDuration } from "@mamori/core";
import { type CycleAnalysis, ownRecovery } from "../graph/cycles.js";
import { compactNumber, makePool, sized } from "../model/compact.js";
import type { BiaModel, ProcessInfo, ScenarioEntry } from "../model/compile.js";
import {
  DEFAULT_DIAGNOSTICS_PER_CODE,
  type DiagnosticOptions,
  makeReporter,
} from "../model/reporter.js";
import type { ProcessObjectives } from "../objectives/rto.js";
import {
  afterBackup,
  extend,
  type Intervals,
  intersect,
  normalize,
  total,
  union,
} from "./intervals.js";

/** Reference cited by scenario diagnostics. */
const SCENARIO_REF =
  "IT service continuity guideline (METI, 2012): BIA absorbs the unforeseen — 22.3% of firms whose BCP ran met a disaster larger or longer than assumed";

/** Reference cited by the power-outage scenario's notes on backup power. */
const POWER_SCENARIO_REF =
  "IT service continuity guideline (METI, 2012): planned and long power outages — systems to protect (守るシステム) and systems that may stop (止めてよいシステム)";

/**
 * A scenario turned into failures of model nodes (indexes), in minutes.
 *
 * @example
 * ```ts
 * import { compileBia, expandScenario } from "@mamori/bia";
 * const { model } = compileBia({
 *   kind: "BusinessImpactAnalysis", schemaVersion: "1.0", timePoints: ["PT4H"], unacceptableLevel: 4, processes: [],
 *   resources: [{ id: "line", name: "Line", kind: "communications" }],
 *   scenarios: [{ id: "cut", name: "Cut", type: "communications-outage", duration: "P2D" }],
 * });
 * expandScenario(model, model.scenarios[0]!).down.get(0); // [0, 2880]
 * ```
 */
export interface ExpandedScenario {
  /** Scenario id. */
  id: string;
  /** Scenario name. */
  name: string;
  /** JSON pointer of the scenario. */
  path: string;
  /** Down intervals `[start, end, …]` (minutes) per failing node index. */
  down: Map<number, number[]>;
  /** Reduced capacity (percent) and when, per people node index. */
  capacity: Map<number, { percent: number; intervals: number[] }>;
  /** For power outages: the utility-down intervals (minutes). */
  powerIntervals: number[];
  /** For power outages: the planned rolling-blackout windows (minutes). */
  blackoutWindows: { startMinutes: number; endMinutes: number }[];
  /**
   * True when a node the scenario fails directly needs its own recovery time after the failure
   * ends (the scenario's `recoverAfterFailure`, else {@link ExpandOptions}'s, else false).
   */
  recoverAfterFailure: boolean;
  /** Problems in the scenario itself. */
  diagnostics: Diagnostic[];
}

/**
 * Options of {@link expandScenario}.
 *
 * @example
 * ```ts
 * import type { ExpandOptions } from "@mamori/bia";
 * const o: ExpandOptions = { recoverAfterFailure: true };
 * ```
 */
export interface ExpandOptions {
  /**
   * Default of the scenarios' `recoverAfterFailure` (a scenario's own value wins): a node the
   * scenario fails directly needs its own recovery time after the failure ends. Default false.
   */
  recoverAfterFailure?: boolean;
}

type Rec = Record<string, unknown>;

/** True for a resource of kind `power` (utility feed, generator, UPS). */
const isPowerResource = (model: BiaModel, v: number) =>
  model.types[v] === "resource" && model.kinds[v] === "power";

/**
 * How long a node's own backup power carries it when its supply fails (minutes), or NaN when
 * it has none that counts: a stated `power.backupRuntime`, unless the node is classed
 * `may-stop` (such a system is shut down in an outage, its backup kept for the systems to
 * protect). A power resource's runtime (a generator's fuel) always counts.
 */
function ownBackupMinutes(model: BiaModel, v: number): number {
  const rt = model.backupRuntime[v] as number;
  if (model.powerClass[v] === "may-stop" && !isPowerResource(model, v)) return Number.NaN;
  return rt;
}

/** Say that a `may-stop` node's stated backup runtime is not counted in a scenario. */
function notCounted(
  rep: ReturnType<typeof makeReporter>,
  model: BiaModel,
  v: number,
  scenario: string,
): void {
  rep.add(
    "bia/scenario-backup-not-counted",
    "info",
    `${model.paths[v]}/power/backupRuntime`,
    { scenario, id: model.ids[v] as string },
    { ref: POWER_SCENARIO_REF },
  );
}

/** True when one of the node's dependency groups is made of power resources only: its supply. */
function hasPowerSupply(model: BiaModel, v: number): boolean {
  const { groupStart, memberStart, members } = model;
  for (let g = groupStart[v] as number; g < (groupStart[v + 1] as number); g++) {
    let all = true;
    for (let k = memberStart[g] as number; k < (memberStart[g + 1] as number); k++)
      if (!isPowerResource(model, members[k] as number)) all = false;
    if (all) return true;
  }
  return false;
}

/**
 * Turn a scenario into node failures: resolves its nodes (each type's default when none are
 * given), durations and start, rolling-blackout windows, and the backup power that runs out
 * during a power outage. Problems (unknown nodes, missing duration) are diagnostics; what is
 * valid is still expanded.
 *
 * A power outage cuts the supply of its `nodes`; by default of every power resource without
 * a backup runtime (the utility feeds) and of every node with its own backup runtime but no
 * power supply in the BIA (no dependency group made of power resources only: it is on the
 * grid). A node whose supply is cut fails only when its backup power runs out — a power
 * resource's runtime, or its own `power.backupRuntime` unless it is classed `may-stop` — and
 * from that moment: with 8 hours of backup in a 72-hour outage, it is down from 8 h to 72 h;
 * with 96 hours, not at all. A listed node whose backup delays or prevents its failure gets an
 * info diagnostic saying so (`bia/scenario-backup-runs-out`, `bia/scenario-backup-covers`),
 * and a `may-stop` node whose supply fails gets `bia/scenario-backup-not-counted`: its runtime
 * is not counted.
 * Backup power resources (generators, UPSs) with no supply in the BIA run from the start of
 * the outage and fail when their runtime runs out, whether listed or not.
 *
 * @example
 * ```ts
 * import { compileBia, expandScenario } from "@mamori/bia";
 * const { model } = compileBia({
 *   kind: "BusinessImpactAnalysis", schemaVersion: "1.0", timePoints: ["PT4H"], unacceptableLevel: 4, processes: [],
 *   resources: [{ id: "grid", name: "Grid", kind: "power" },
 *               { id: "gen", name: "Generator", kind: "power", power: { backupRuntime: "PT8H" } }],
 *   scenarios: [{ id: "out", name: "Outage", type: "power-outage", duration: "PT72H" }],
 * });
 * expandScenario(model, model.scenarios[0]!).down.get(1); // [480, 4320] (the generator runs dry after 8 h)
 * ```
 */
export function expandScenario(
  model: BiaModel,
  entry: ScenarioEntry,
  options: ExpandOptions = {},
): ExpandedScenario {
  const rep = makeReporter(model.locale);
  const s = entry.scenario as Rec;
  const path = entry.path;
  const out: ExpandedScenario = {
    id: String(s.id ?? ""),
    name: String(s.name ?? s.id ?? ""),
    path,
    down: new Map(),
    capacity: new Map(),
    powerIntervals: [],
    blackoutWindows: [],
    recoverAfterFailure:
      typeof s.recoverAfterFailure === "boolean"
        ? s.recoverAfterFailure
        : options.recoverAfterFailure === true,
    diagnostics: rep.list,
  };
  const dur = (v: unknown, p: string): number | undefined => {
    if (v === undefined) return undefined;
    const r = parseDuration(v, { path: p, locale: model.locale });
    for (const d of r.diagnostics) rep.list.push(d);
    return r.minutes;
  };
  const start = dur(s.start, `${path}/start`) ?? 0;
  const duration = dur(s.duration, `${path}/duration`);
  const add = (v: number, iv: Intervals) =>
    out.down.set(v, union(out.down.get(v) ?? [], normalize(iv)));
  const resolve = (ref: unknown, p: string): number => {
    if (typeof ref !== "string") return -1;
    const key = entry.org !== null && !ref.includes(":") ? `${entry.org}:${ref}` : ref;
    const v = model.indexOf.get(key);
    if (v === undefined) {
      rep.add("document/dangling-reference", "error", p, { ref, target: "node" });
      return -1;
    }
    return v;
  };
  const listed = (fallback: (v: number) => boolean): number[] => {
    if (Array.isArray(s.nodes))
      return s.nodes.map((r, i) => resolve(r, `${path}/nodes/${i}`)).filter((v) => v >= 0);
    const vs: number[] = [];
    for (let v = 0; v < model.n; v++) if (fallback(v)) vs.push(v);
    return vs;
  };
  const needDuration = () => {
    if (
      duration === undefined &&
      !(Array.isArray(s.rollingBlackout) && s.type === "power-outage")
    ) {
      rep.add("bia/scenario-invalid", "error", path, { scenario: out.id, field: "duration" });
      return false;
    }
    return true;
  };
  const span: Intervals = duration === undefined ? [] : [start, start + duration];
  const inOrg = (v: number) =>
    entry.org === null || (model.ids[v] as string).startsWith(`${entry.org}:`);
  switch (s.type) {
    case "power-outage": {
      if (!needDuration()) break;
      let iv: Intervals = span;
      if (Array.isArray(s.rollingBlackout)) {
        s.rollingBlackout.forEach((w, i) => {
          if (typeof w !== "object" || w === null) return;
          const ws = dur((w as Rec).start, `${path}/rollingBlackout/${i}/start`);
          const wd = dur((w as Rec).duration, `${path}/rollingBlackout/${i}/duration`);
          if (ws === undefined || wd === undefined) return;
          iv = union(iv, [ws, ws + wd]);
          out.blackoutWindows.push({ startMinutes: ws, endMinutes: ws + wd });
        });
      }
      iv = normalize(iv);
      out.powerIntervals = iv;
      let longest = 0;
      for (let i = 0; i < iv.length; i += 2)
        longest = Math.max(longest, (iv[i + 1] as number) - (iv[i] as number));
      const cut = new Uint8Array(model.n);
      /** v loses its supply for the outage; its own backup, if it counts, carries it a while. */
      const supplyCut = (v: number, p: string | null) => {
        if (cut[v]) return;
        cut[v] = 1;
        const rt = ownBackupMinutes(model, v);
        if (Number.isNaN(rt)) {
          add(v, iv);
          if (!Number.isNaN(model.backupRuntime[v] as number)) notCounted(rep, model, v, out.id);
          return;
        }
        const left = afterBackup(iv, rt);
        if (left.length > 0) add(v, left);
        if (p === null || rt <= 0) return;
        const data = {
          scenario: out.id,
          id: model.ids[v] as string,
          runtime: { minutes: rt },
          outage: { minutes: longest },
        };
        if (left.length === 0)
          rep.add("bia/scenario-backup-covers", "info", p, data, { ref: POWER_SCENARIO_REF });
        else
          rep.add(
            "bia/scenario-backup-runs-out",
            "info",
            p,
            { ...data, at: { minutes: left[0] as number } },
            { ref: POWER_SCENARIO_REF },
          );
      };
      if (Array.isArray(s.nodes)) {
        s.nodes.forEach((r, i) => {
          const v = resolve(r, `${path}/nodes/${i}`);
          if (v >= 0) supplyCut(v, `${path}/nodes/${i}`);
        });
      } else {
        for (let v = 0; v < model.n; v++) {
          if (!inOrg(v)) continue;
          const backed = !Number.isNaN(model.backupRuntime[v] as number);
          if (isPowerResource(model, v) ? !backed : backed && !hasPowerSupply(model, v))
            supplyCut(v, null);
        }
      }
      for (let v = 0; v < model.n; v++) {
        if (!inOrg(v) || Number.isNaN(model.backupRuntime[v] as number)) continue;
        if (isPowerResource(model, v) && !hasPowerSupply(model, v)) supplyCut(v, null);
      }
      break;
    }
    case "site-loss": {
      if (typeof s.site !== "string") {
        rep.add("bia/scenario-invalid", "error", path, { scenario: out.id, field: "site" });
        break;
      }
      if (!needDuration()) break;
      let any = false;
      for (let v = 0; v < model.n; v++) {
        if (model.sites[v] === s.site && inOrg(v)) {
          add(v, span);
          any = true;
        }
      }
      if (!any) rep.add("bia/scenario-empty", "warning", `${path}/site`, { scenario: out.id });
      break;
    }
    case "communications-outage":
    case "supplier-outage": {
      if (!needDuration()) break;
      const comm = s.type === "communications-outage";
      const vs = listed(
        (v) =>
          inOrg(v) &&
          (comm
            ? model.types[v] === "resource" && model.kinds[v] === "communications"
            : model.types[v] === "external" && model.kinds[v] === "supplier"),
      );
      for (const v of vs) add(v, span);
      if (vs.length === 0) rep.add("bia/scenario-empty", "warning", path, { scenario: out.id });
      break;
    }
    case "staff-availability": {
      if (typeof s.percent !== "number") {
        rep.add("bia/scenario-invalid", "error", path, { scenario: out.id, field: "percent" });
        break;
      }
      if (!needDuration()) break;
      const vs = listed(
        (v) => inOrg(v) && model.types[v] === "resource" && model.kinds[v] === "people",
      );
      for (const v of vs) out.capacity.set(v, { percent: s.percent, intervals: span });
      if (vs.length === 0) rep.add("bia/scenario-empty", "warning", path, { scenario: out.id });
      break;
    }
    case "custom": {
      if (!Array.isArray(s.failures) || s.failures.length === 0) {
        rep.add("bia/scenario-invalid", "error", path, { scenario: out.id, field: "failures" });
        break;
      }
      s.failures.forEach((f, i) => {
        if (typeof f !== "object" || f === null) return;
        const fr = f as Rec;
        const p = `${path}/failures/${i}`;
        const v = resolve(fr.node, `${p}/node`);
        const fs = dur(fr.start, `${p}/start`) ?? 0;
        const fd = dur(fr.duration, `${p}/duration`);
        if (v < 0 || fd === undefined) return;
        if (typeof fr.capacity === "number")
          out.capacity.set(v, { percent: fr.capacity, intervals: [fs, fs + fd] });
        else add(v, [fs, fs + fd]);
      });
      break;
    }
    default:
      rep.add("bia/scenario-invalid", "error", `${path}/type`, { scenario: out.id, field: "type" });
  }
  return out;
}

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
 * Simulate a scenario over the dependency graph: a node is down while one of its dependency
 * groups is down (an any-of group while all its members are), plus its own recovery time
 * after its dependencies come back; a process that depends directly on people working below
 * its minimum capacity (default 50%) is down meanwhile. A node with its own backup power
 * (see {@link expandScenario}) stays up while its supply (its groups made of power resources
 * only) is down, until the backup runs out: its runtime counts from the start of the power
 * outage (or of the supply's outage, when that comes first or alone), as the power analysis
 * reads it. A node is down in a power outage only when its own backup and its supply's have
 * both run out. A
 * node the scenario fails directly is back when the failure ends, or after its own recovery
 * time with `recoverAfterFailure`. A dependency cycle is one unit (see {@link Cycle}): down
 * while any member is failed or inherits a failure from outside it, then for the sum of its
 * members' recovery times. For each process: when it is down,
 * whether and when its RTO and MTPD are breached (by a continuous outage), the impact level
 * reached per category over time, and the loss. Linear in (nodes + edges) × intervals.
 * Breaches past `options.maxDiagnosticsPerCode` (default 1,000) per code in this scenario are
 * counted in one `bia/diagnostics-truncated` at the scenario's path instead of listed;
 * `processes` has every one.
 *
 * @example
 * ```ts
 * import { analyzeBia } from "@mamori/bia";
 * const r = analyzeBia({
 *   kind: "BusinessImpactAnalysis", schemaVersion: "1.0", timePoints: ["PT4H", "P1D"], unacceptableLevel: 4,
 *   processes: [{ id: "p", name: "P", objectives: { rto: "PT4H" }, lossPerHour: { amount: 1000, currency: "JPY" }, dependsOn: ["line"] }],
 *   resources: [{ id: "line", name: "Line", kind: "communications" }],
 *   scenarios: [{ id: "cut", name: "Cut", type: "communications-outage", duration: "PT10H" }],
 * });
 * r.scenarios[0]?.processes[0]?.loss; // 10000 (1,000 × 10 h)
 * ```
 */
export function simulateScenario(
  model: BiaModel,
  cycles: CycleAnalysis,
  objectives: readonly ProcessObjectives[],
  scenario: ExpandedScenario,
  options: DiagnosticOptions = {},
): ScenarioOutcome {
  // Capped per scenario: the truncation note sits at the scenario it is about.
  const rep = makeReporter(
    model.locale,
    options.maxDiagnosticsPerCode ?? DEFAULT_DIAGNOSTICS_PER_CODE,
    scenario.path,
  );
  const { n, groupStart, memberStart, members, processOf } = model;
  const { order, component, unitRecovery } = cycles;
  const down: (Intervals | undefined)[] = new Array(n);
  const capacityAt = scenario.capacity;
  const outage = scenario.powerIntervals;
  /**
   * The down time `v` inherits from its dependency groups: a group is down while all its
   * members are. A group with a member in component `c` (v's own, when v is on a cycle) is
   * inside the unit and adds nothing. v's own backup power carries the start of each outage
   * of its supply (the groups made of power resources only).
   */
  const inherited = (v: number, c: number): Intervals => {
    let dep: Intervals = [];
    let supply: Intervals = [];
    const rt = ownBackupMinutes(model, v);
    const stated = !Number.isNaN(model.backupRuntime[v] as number);
    for (let g = groupStart[v] as number; g < (groupStart[v + 1] as number); g++) {
      let gi: Intervals | null = null;
      let power = stated;
      const size = (memberStart[g + 1] as number) - (memberStart[g] as number);
      for (let k = memberStart[g] as number; k < (memberStart[g + 1] as number); k++) {
        const m = members[k] as number;
        if (component[m] === c) {
          gi = [];
          break;
        }
        if (power && !isPowerResource(model, m)) power = false;
        const dm = down[m] ?? [];
        gi = gi === null ? dm : intersect(gi, dm);
        if (gi.length === 0) break;
      }
      // A non-empty gi means every member was seen, so `power` is settled.
      if (gi && gi.length > 0) {
        if (power) supply = union(supply, gi);
        else dep = union(dep, gi);
      }
      // People below the process's minimum capacity stop it (direct, single-member groups only).
      if (size === 1 && processOf[v] !== -1) {
        const cp = capacityAt.get(members[memberStart[g] as number] as number);
        if (cp) {
          const p = model.processes[processOf[v] as number];
          const threshold = p?.minimumCapacity ?? (typeof p?.rlo === "number" ? p.rlo : 50);
          if (cp.percent < threshold) dep = union(dep, cp.intervals);
        }
      }
    }
    if (supply.length === 0) return dep;
    if (Number.isNaN(rt)) {
      // A may-stop node: shut down when its supply fails, its runtime not counted — said
      // once (a node the scenario cuts directly was told about when it was expanded).
      if (!scenario.down.has(v)) notCounted(rep, model, v, scenario.id);
      return union(dep, supply);
    }
    // The backup is counted from the start of the outage — the power outage's, or the supply's
    // own when that comes first or alone — the reading the power analysis compares with the
    // outage length: a stated runtime is how long the node runs without the grid.
    return union(dep, intersect(supply, afterBackup(union(outage, supply), rt)));
  };
  for (let i = 0; i < n; ) {
    const v = order[i] as number;
    const c = component[v] as number;
    let j = i + 1;
    while (j < n && component[order[j] as number] === c) j++;
    if (j === i + 1) {
      const own = ownRecovery(model, v);
      const fromDeps = extend(inherited(v, c), own);
      let mine = scenario.down.get(v) ?? [];
      if (scenario.recoverAfterFailure) mine = extend(mine, own);
      const d = union(mine, fromDeps);
      if (d.length > 0) down[v] = d;
    } else {
      // A cycle is one unit: down while any member is failed or inherits a failure from outside
      // it, then the unit's recovery time (the sum of its members') once that ends.
      let all: Intervals = [];
      for (let b = i; b < j; b++) {
        const u = order[b] as number;
        all = union(all, inherited(u, c));
        all = union(all, scenario.down.get(u) ?? []);
      }
      const d = extend(all, unitRecovery[v] as number);
      if (d.length > 0) for (let b = i; b < j; b++) down[order[b] as number] = d;
    }
    i = j;
  }
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
