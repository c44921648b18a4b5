import type { CycleAnalysis } from "../graph/cycles.js";
import type { BiaModel } from "../model/compile.js";
import { ownObjectives } from "../objectives/propagate.js";
import type { ProcessObjectives } from "../objectives/rto.js";
import type { AchievableRecovery } from "./achievable.js";

/**
 * Which nodes are late: back (`achievable.ready`) after the time by which something actually
 * needs them. That is the required RTO of {@link propagateObjectives}, except that an any-of
 * group whose requirement one member meets in time puts no requirement on its other members:
 * a member that is late while its partner covers it is not late, and neither is what it
 * depends on through it. A node's own objective (a process's RTO, an explicit RTO) always
 * counts. A dependency cycle is one unit, as everywhere (see {@link Cycle}). Linear in nodes +
 * edges. Returns 1 per late node. @internal
 */
export function lateNodes(
  model: BiaModel,
  cycles: CycleAnalysis,
  objectives: readonly ProcessObjectives[],
  achievable: AchievableRecovery,
): Uint8Array {
  const { n, groupStart, memberStart, members } = model;
  const { order, component, unitRecovery } = cycles;
  const { ready } = achievable;
  const bound = ownObjectives(model, objectives).rto;
  const late = new Uint8Array(n);
  const tighten = (m: number, limit: number) => {
    const b = bound[m] as number;
    if (Number.isNaN(b) || limit < b) bound[m] = limit;
  };
  for (let j = n; j > 0; ) {
    const c = component[order[j - 1] as number] as number;
    let i = j - 1;
    while (i > 0 && component[order[i - 1] as number] === c) i--;
    const unit = j - i > 1;
    // Every dependent is done (dependents come later in the order): the bound is final.
    let due = Number.NaN;
    for (let b = i; b < j; b++) {
      const x = bound[order[b] as number] as number;
      if (!Number.isNaN(x) && (Number.isNaN(due) || x < due)) due = x;
    }
    if (Number.isNaN(due)) {
      j = i;
      continue;
    }
    for (let b = i; b < j; b++) {
      const u = order[b] as number;
      if ((ready[u] as number) > due) late[u] = 1;
    }
    const limit = due - (unitRecovery[order[i] as number] as number);
    for (let b = i; b < j; b++) {
      const u = order[b] as number;
      for (let g = groupStart[u] as number; g < (groupStart[u + 1] as number); g++) {
        const k0 = memberStart[g] as number;
        const k1 = memberStart[g + 1] as number;
        let internal = false;
        let covered = false;
        let outside = 0;
        for (let k = k0; k < k1; k++) {
          const m = members[k] as number;
          if (component[m] === c) internal = true;
          else {
            outside++;
            if ((ready[m] as number) <= limit) covered = true;
          }
        }
        // A group met inside the unit asks nothing of the outside (as in the recovery times).
        if (internal && unit) continue;
        // One member that is in time covers the others of an any-of group.
        if (covered && outside > 1) continue;
        for (let k = k0; k < k1; k++) {
          const m = members[k] as number;
          if (component[m] !== c) tighten(m, limit);
        }
      }
    }
    j = i;
  }
  return late;
}
