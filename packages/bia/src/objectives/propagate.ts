import type { CycleAnalysis } from "../graph/cycles.js";
import type { BiaModel } from "../model/compile.js";
import type { ProcessObjectives } from "./rto.js";

/**
 * Required objectives per node, as typed arrays indexed like the model (NaN = none).
 *
 * @example
 * ```ts
 * import type { RequiredObjectives } from "@mamori/bia";
 * const r: RequiredObjectives = { rto: new Float64Array([240]), rpo: new Float64Array([60]) };
 * ```
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
 * too (lowest value wins). Required RPO is the minimum over dependents. Linear in nodes +
 * edges (one pass in dependents-first order; edges inside cycles are ignored).
 *
 * @example
 * ```ts
 * import { compileBia, computeMtpd, computeRecoveryObjectives, findCycles, propagateObjectives } from "@mamori/bia";
 * const { model } = compileBia({
 *   kind: "BusinessImpactAnalysis", schemaVersion: "1.0", timePoints: ["P1D"], unacceptableLevel: 4,
 *   processes: [{ id: "p", name: "P", objectives: { rto: "PT8H" }, dependsOn: ["app"] }],
 *   services: [{ id: "app", name: "App", capability: { recoveryTime: "PT2H" }, dependsOn: ["db"] }, { id: "db", name: "DB" }],
 * });
 * const obj = computeRecoveryObjectives(model, computeMtpd(model)).objectives;
 * propagateObjectives(model, obj, findCycles(model)).rto[2]; // 360 (480 − 120)
 * ```
 */
export function propagateObjectives(
  model: BiaModel,
  objectives: readonly ProcessObjectives[],
  cycles: CycleAnalysis,
): RequiredObjectives {
  const { n, revStart, rev, recoveryMinutes, types, processOf, explicitRto, explicitRpo } = model;
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
  const { order, component } = cycles;
  // Dependents first: walk the dependencies-first order backwards.
  for (let i = n - 1; i >= 0; i--) {
    const v = order[i] as number;
    let due = rto[v] as number;
    let dueRpo = rpo[v] as number;
    for (let k = revStart[v] as number; k < (revStart[v + 1] as number); k++) {
      const d = rev[k] as number;
      if (component[d] === component[v]) continue;
      const dd = rto[d] as number;
      if (!Number.isNaN(dd)) {
        const own =
          types[d] === "process" || Number.isNaN(recoveryMinutes[d] as number)
            ? 0
            : (recoveryMinutes[d] as number);
        const c = dd - own;
        if (Number.isNaN(due) || c < due) due = c;
      }
      const dr = rpo[d] as number;
      if (!Number.isNaN(dr) && (Number.isNaN(dueRpo) || dr < dueRpo)) dueRpo = dr;
    }
    rto[v] = due;
    rpo[v] = dueRpo;
  }
  return { rto, rpo };
}
