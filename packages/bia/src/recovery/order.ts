import type { CycleAnalysis } from "../graph/cycles.js";
import { sized } from "../model/compact.js";
import type { BiaModel } from "../model/compile.js";
import { idBefore, idKeys } from "../model/id-order.js";
import type { RequiredObjectives } from "../objectives/propagate.js";
import { DEFAULT_TIERS, type TierDefinition, tierIndex } from "./tiers.js";

/**
 * Recovery order: every node, dependencies before dependents; among nodes whose
 * dependencies are all recovered, the one due first (required RTO), then the higher tier,
 * then the smaller id — identical on every run. Kahn's algorithm with a binary heap:
 * O((nodes + edges) · log nodes). A dependency cycle is one unit (see `Cycle`): its
 * members come after everything any of them depends on outside the cycle.
 *
 * @param model - The compiled model, from {@link compileBia}.
 * @param cycles - The model's dependency cycles, from {@link findCycles}.
 * @param required - The required objectives of every node, from {@link propagateObjectives}.
 * @param tiers - The tier buckets that rank nodes due at the same time, default {@link DEFAULT_TIERS}.
 * @returns Every node id, in the order to recover them.
 *
 * @experimental
 * @example
 * ```ts
 * import { compileBia, computeRecoveryOrder, findCycles } from "@mamori/bia/model";
 * const { model } = compileBia({
 *   kind: "BusinessImpactAnalysis", schemaVersion: "1.0", timePoints: ["P1D"], unacceptableLevel: 4,
 *   processes: [{ id: "p", name: "P", dependsOn: ["app"] }], services: [{ id: "app", name: "App" }],
 * });
 * const cycles = findCycles(model);
 * computeRecoveryOrder(model, cycles, { rto: new Float64Array(2).fill(Number.NaN), rpo: new Float64Array(2) }); // ["app", "p"]
 * ```
 *
 * @category Analysis steps
 */
export function computeRecoveryOrder(
  model: BiaModel,
  cycles: CycleAnalysis,
  required: RequiredObjectives,
  tiers: readonly TierDefinition[] = DEFAULT_TIERS,
): string[] {
  const order = recoveryOrderIndexes(model, cycles, required, tiers);
  const out = sized<string>(order.length);
  for (let i = 0; i < order.length; i++) out[i] = model.ids[order[i] as number] as string;
  return out;
}

/** {@link computeRecoveryOrder} as node indexes. @internal */
export function recoveryOrderIndexes(
  model: BiaModel,
  cycles: CycleAnalysis,
  required: RequiredObjectives,
  tiers: readonly TierDefinition[] = DEFAULT_TIERS,
): Int32Array {
  const { n, groupStart, memberStart, members, revStart, rev, ids } = model;
  const { component, order } = cycles;
  // Dependencies left per component (a cycle is one unit: its members come out together,
  // once everything the unit depends on outside it is out). Components are numbered in the
  // order's blocks, so `first[c]` is where component c's members start in `order`.
  let comps = 0;
  for (let v = 0; v < n; v++)
    if ((component[v] as number) + 1 > comps) comps = (component[v] as number) + 1;
  const first = new Int32Array(comps + 1);
  for (let i = n - 1; i >= 0; i--) first[component[order[i] as number] as number] = i;
  first[comps] = n;
  const pending = new Int32Array(comps);
  for (let v = 0; v < n; v++) {
    let c = 0;
    for (
      let k = memberStart[groupStart[v] as number] as number;
      k < (memberStart[groupStart[v + 1] as number] as number);
      k++
    ) {
      if (component[members[k] as number] !== component[v]) c++;
    }
    const cv = component[v] as number;
    pending[cv] = (pending[cv] as number) + c;
  }
  const due = new Float64Array(n);
  const tier = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const r = required.rto[v] as number;
    due[v] = Number.isNaN(r) ? Number.POSITIVE_INFINITY : r;
    const t = tierIndex(r, tiers);
    tier[v] = t < 0 ? tiers.length : t;
  }
  // Ties (the same due time and tier, most nodes) go by id, compared by packed keys first.
  const keys = idKeys(ids);
  const less = (a: number, b: number) => {
    if (due[a] !== due[b]) return (due[a] as number) < (due[b] as number);
    if (tier[a] !== tier[b]) return (tier[a] as number) < (tier[b] as number);
    return idBefore(keys, ids, a, b);
  };
  const heap = new Int32Array(n);
  let size = 0;
  const push = (v: number) => {
    let i = size++;
    heap[i] = v;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(heap[i] as number, heap[p] as number)) break;
      const t = heap[i] as number;
      heap[i] = heap[p] as number;
      heap[p] = t;
      i = p;
    }
  };
  const pop = () => {
    const top = heap[0] as number;
    heap[0] = heap[--size] as number;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < size && less(heap[l] as number, heap[m] as number)) m = l;
      if (r < size && less(heap[r] as number, heap[m] as number)) m = r;
      if (m === i) break;
      const t = heap[i] as number;
      heap[i] = heap[m] as number;
      heap[m] = t;
      i = m;
    }
    return top;
  };
  const release = (c: number) => {
    for (let i = first[c] as number; i < (first[c + 1] as number); i++) push(order[i] as number);
  };
  for (let c = 0; c < comps; c++) if (pending[c] === 0) release(c);
  // Every node is pushed once its unit's dependencies outside it are out: all n come out
  // (the slice at the end only guards that).
  const out = new Int32Array(n);
  let count = 0;
  while (size > 0) {
    const v = pop();
    out[count++] = v;
    for (let k = revStart[v] as number; k < (revStart[v + 1] as number); k++) {
      const d = rev[k] as number;
      const cd = component[d] as number;
      if (cd === component[v]) continue;
      pending[cd] = (pending[cd] as number) - 1;
      if (pending[cd] === 0) release(cd);
    }
  }
  return count === n ? out : out.slice(0, count);
}
