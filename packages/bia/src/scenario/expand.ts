import { type Diagnostic, parseDuration } from "@mamori/core";
import type { BiaModel, ScenarioEntry } from "../model/compile.js";
import { makeReporter, type Reporter } from "../model/reporter.js";
import { afterBackup, type Intervals, normalize, union } from "./intervals.js";

/** Reference cited by the power-outage scenario's notes on backup power. */
const POWER_SCENARIO_REF =
  "IT service continuity guideline (METI, 2012): planned and long power outages — systems to protect (守るシステム) and systems that may stop (止めてよいシステム)";

/**
 * A scenario turned into failures of model nodes (indexes), in minutes.
 *
 * @experimental
 * @example
 * ```ts
 * import { compileBia, expandScenario } from "@mamori/bia/model";
 * const { model } = compileBia({
 *   kind: "BusinessImpactAnalysis", schemaVersion: "1.0", timePoints: ["PT4H"], unacceptableLevel: 4, processes: [],
 *   resources: [{ id: "line", name: "Line", kind: "communications" }],
 *   scenarios: [{ id: "cut", name: "Cut", type: "communications-outage", duration: "P2D" }],
 * });
 * expandScenario(model, model.scenarios[0]!).down.get(0); // [0, 2880]
 * ```
 *
 * @category Scenarios
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
 * @experimental
 * @example
 * ```ts
 * import type { ExpandOptions } from "@mamori/bia/model";
 * const o: ExpandOptions = { recoverAfterFailure: true };
 * ```
 *
 * @category Scenarios
 */
export interface ExpandOptions {
  /**
   * Default of the scenarios' `recoverAfterFailure` (a scenario's own value wins): a node the
   * scenario fails directly needs its own recovery time after the failure ends. Default false.
   */
  recoverAfterFailure?: boolean;
}

type Rec = Record<string, unknown>;

/** True for a resource of kind `power` (utility feed, generator, UPS). @internal */
export const isPowerResource = (model: BiaModel, v: number): boolean =>
  model.types[v] === "resource" && model.kinds[v] === "power";

/**
 * How long a node's own backup power carries it when its supply fails (minutes), or NaN when
 * it has none that counts: a stated `power.backupRuntime`, unless the node is classed
 * `may-stop` (such a system is shut down in an outage, its backup kept for the systems to
 * protect). A power resource's runtime (a generator's fuel) always counts. @internal
 */
export function ownBackupMinutes(model: BiaModel, v: number): number {
  const rt = model.backupRuntime[v] as number;
  if (model.powerClass[v] === "may-stop" && !isPowerResource(model, v)) return Number.NaN;
  return rt;
}

/** Say that a `may-stop` node's stated backup runtime is not counted in a scenario. @internal */
export function notCounted(rep: Reporter, model: BiaModel, v: number, scenario: string): void {
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
 * during a power outage. A node that is not in the model is a diagnostic
 * (`document/dangling-reference`); the scenario's shape (the fields its type needs) and its
 * durations are checked once, by {@link compileBia}, and a scenario without a usable one
 * fails nothing here. What is valid is still expanded.
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
 * @param model - The compiled model, from {@link compileBia}.
 * @param entry - The scenario as compiled, one of `model.scenarios`.
 * @param options - Whether failed nodes recover only after their own recovery time, overriding the scenario's `recoverAfterFailure`; see {@link ExpandOptions}.
 *
 * @experimental
 * @example
 * ```ts
 * import { compileBia, expandScenario } from "@mamori/bia/model";
 * const { model } = compileBia({
 *   kind: "BusinessImpactAnalysis", schemaVersion: "1.0", timePoints: ["PT4H"], unacceptableLevel: 4, processes: [],
 *   resources: [{ id: "grid", name: "Grid", kind: "power" },
 *               { id: "gen", name: "Generator", kind: "power", power: { backupRuntime: "PT8H" } }],
 *   scenarios: [{ id: "out", name: "Outage", type: "power-outage", duration: "PT72H" }],
 * });
 * expandScenario(model, model.scenarios[0]!).down.get(1); // [480, 4320] (the generator runs dry after 8 h)
 * ```
 *
 * @category Scenarios
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
  // Durations were checked when the document was compiled (the schema and `compileBia`
  // report each problem once); an unusable one is read here as absent.
  const dur = (v: unknown): number | undefined =>
    v === undefined ? undefined : parseDuration(v).minutes;
  const start = dur(s.start) ?? 0;
  const duration = dur(s.duration);
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
  // The schema requires what each type needs (`duration`, `site`, `percent`, `failures`): a
  // scenario without it was reported there and fails nothing here.
  const hasDuration = () =>
    duration !== undefined || (Array.isArray(s.rollingBlackout) && s.type === "power-outage");
  const span: Intervals = duration === undefined ? [] : [start, start + duration];
  const inOrg = (v: number) =>
    entry.org === null || (model.ids[v] as string).startsWith(`${entry.org}:`);
  switch (s.type) {
    case "power-outage": {
      if (!hasDuration()) break;
      let iv: Intervals = span;
      if (Array.isArray(s.rollingBlackout)) {
        for (const w of s.rollingBlackout) {
          if (typeof w !== "object" || w === null) continue;
          const ws = dur((w as Rec).start);
          const wd = dur((w as Rec).duration);
          if (ws === undefined || wd === undefined) continue;
          iv = union(iv, [ws, ws + wd]);
          out.blackoutWindows.push({ startMinutes: ws, endMinutes: ws + wd });
        }
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
      if (typeof s.site !== "string" || !hasDuration()) break;
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
      if (!hasDuration()) break;
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
      if (typeof s.percent !== "number" || !hasDuration()) break;
      const vs = listed(
        (v) => inOrg(v) && model.types[v] === "resource" && model.kinds[v] === "people",
      );
      for (const v of vs) out.capacity.set(v, { percent: s.percent, intervals: span });
      if (vs.length === 0) rep.add("bia/scenario-empty", "warning", path, { scenario: out.id });
      break;
    }
    case "custom": {
      if (!Array.isArray(s.failures)) break;
      s.failures.forEach((f, i) => {
        if (typeof f !== "object" || f === null) return;
        const fr = f as Rec;
        const p = `${path}/failures/${i}`;
        const v = resolve(fr.node, `${p}/node`);
        const fs = dur(fr.start) ?? 0;
        const fd = dur(fr.duration);
        if (v < 0 || fd === undefined) return;
        if (typeof fr.capacity === "number")
          out.capacity.set(v, { percent: fr.capacity, intervals: [fs, fs + fd] });
        else add(v, [fs, fs + fd]);
      });
      break;
    }
    // An unknown type is the schema's finding (`/type`).
  }
  return out;
}
