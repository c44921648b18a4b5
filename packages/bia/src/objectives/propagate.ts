import type { CycleAnalysis } from "../graph/cycles.js";
import type { BiaModel } from "../model/compile.js";
import type { ProcessObjectives } from "./rto.js";

/**
 * Required objectives per node, as typed arrays indexed like the model (NaN = none).
 *
 * @experimental
 * @example
 * ```ts
 * import type { RequiredObjectives } from "@mamori/bia/model";
 * const r: RequiredObjectives = { rto: new Float64Array([240]), rpo: new Float64Array([60]) };
 * ```
 *
 * @category Analysis steps
 */
export interface RequiredObjectives {
  /** Time (minutes after the incident) by which each node must be back; NaN = not required. */
  rto: Float64Array;
  /** Largest acceptable data loss (minutes) for each node; NaN = not required. */
  rpo: Float64Array;
}

/**
 * Roll recovery objectives down the dependency graph: a node must be back by
 * min over its dependents d of (due(d) − own recovery time(d)), where a process is due at its
 * RTO and contributes no recovery time of its own; an explicit objective on a service counts
 * too (lowest value wins). Required RPO is the minimum over dependents. A dependency cycle is
 * one unit (see `Cycle`): all its members are due at the earliest due time of any of
 * them, and what it depends on outside it must be back by then minus the sum of the members'
 * recovery times. Linear in nodes + edges (one pass in dependents-first order).
 *
 * @param model - The compiled model, from {@link compileBia}.
 * @param objectives - Each process's objectives, from {@link computeRecoveryObjectives}.
 * @param cycles - The model's dependency cycles, from {@link findCycles}.
 *
 * @experimental
 * @example
 * ```ts
 * import { compileBia, computeMtpd, computeRecoveryObjectives, findCycles, propagateObjectives } from "@mamori/bia/model";
 * const { model } = compileBia({
 *   kind: "BusinessImpactAnalysis", schemaVersion: "1.0", timePoints: ["P1D"], unacceptableLevel: 4,
 *   processes: [{ id: "p", name: "P", objectives: { rto: "PT8H" }, dependsOn: ["app"] }],
 *   services: [{ id: "app", name: "App", capability: { recoveryTime: "PT2H" }, dependsOn: ["db"] }, { id: "db", name: "DB" }],
 * });
 * const obj = computeRecoveryObjectives(model, computeMtpd(model)).objectives;
 * propagateObjectives(model, obj, findCycles(model)).rto[2]; // 360 (480 − 120)
 * ```
 *
 * @category Analysis steps
 */
export function propagateObjectives(
  model: BiaModel,
  objectives: readonly ProcessObjectives[],
  cycles: CycleAnalysis,
): RequiredObjectives {
  const { n, revStart, rev } = model;
  const { rto, rpo } = ownObjectives(model, objectives);
  const { order, component, unitRecovery } = cycles;
  // Dependents first: walk the dependencies-first order backwards, a component at a time (its
  // members are next to each other in the order).
  for (let j = n; j > 0; ) {
    const c = component[order[j - 1] as number] as number;
    let i = j - 1;
    while (i > 0 && component[order[i - 1] as number] === c) i--;
    let due = Number.NaN;
    let dueRpo = Number.NaN;
    for (let b = i; b < j; b++) {
      const v = order[b] as number;
      const own = rto[v] as number;
      if (!Number.isNaN(own) && (Number.isNaN(due) || own < due)) due = own;
      const ownRpo = rpo[v] as number;
      if (!Number.isNaN(ownRpo) && (Number.isNaN(dueRpo) || ownRpo < dueRpo)) dueRpo = ownRpo;
      for (let k = revStart[v] as number; k < (revStart[v + 1] as number); k++) {
        const d = rev[k] as number;
        if (component[d] === c) continue;
        const dd = rto[d] as number;
        if (!Number.isNaN(dd)) {
          // The dependent (its whole unit, when it is on a cycle) must have time to recover.
          const x = dd - (unitRecovery[d] as number);
          if (Number.isNaN(due) || x < due) due = x;
        }
        const dr = rpo[d] as number;
        if (!Number.isNaN(dr) && (Number.isNaN(dueRpo) || dr < dueRpo)) dueRpo = dr;
      }
    }
    // A cycle's members are back together (see Cycle), so they are all due together.
    for (let b = i; b < j; b++) {
      const v = order[b] as number;
      rto[v] = due;
      rpo[v] = dueRpo;
    }
    j = i;
  }
  return { rto, rpo };
}

/**
 * Each node's own objectives before propagation: a process's RTO and RPO, another node's
 * explicit ones (NaN = none). @internal
 */
export function ownObjectives(
  model: BiaModel,
  objectives: readonly ProcessObjectives[],
): RequiredObjectives {
  const { n, processOf, explicitRto, explicitRpo } = model;
  const rto = new Float64Array(n).fill(Number.NaN);
  const rpo = new Float64Array(n).fill(Number.NaN);
  for (let v = 0; v < n; v++) {
    const pi = processOf[v] as number;
    if (pi >= 0) {
      const o = objectives[pi];
      if (o?.rtoMinutes !== null && o?.rtoMinutes !== undefined) rto[v] = o.rtoMinutes;
      if (o?.rpoMinutes !== null && o?.rpoMinutes !== undefined) rpo[v] = o.rpoMinutes;
    } else {
      rto[v] = explicitRto[v] as number;
      rpo[v] = explicitRpo[v] as number;
    }
  }
  return { rto, rpo };
}
