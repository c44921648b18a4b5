import { type CycleAnalysis, ownRecovery } from "../graph/cycles.js";
import type { BiaModel } from "../model/compile.js";
import type { Reporter } from "../model/reporter.js";
import { type ExpandedScenario, isPowerResource, notCounted, ownBackupMinutes } from "./expand.js";
import { afterBackup, extend, type Intervals, intersect, union } from "./intervals.js";

/**
 * Propagate a scenario's failures over the dependency graph, dependencies first: when each
 * node is down (intervals in minutes, undefined when never). See `simulateScenario` for the
 * rules (groups, any-of, people below minimum capacity, backup power, cycles as units).
 * @internal
 */
export function propagateFailures(
  model: BiaModel,
  cycles: CycleAnalysis,
  scenario: ExpandedScenario,
  rep: Reporter,
): (Intervals | undefined)[] {
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
  return down;
}
