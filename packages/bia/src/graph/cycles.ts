import type { BiaModel } from "../model/compile.js";

/**
 * A dependency cycle: the node ids in order, the first repeated at the end
 * (`["a", "b", "c", "a"]` means a depends on b, b on c, c on a).
 *
 * The analysis treats the whole strongly connected component as **one unit**: it can start
 * once everything it depends on outside the cycle is back, it takes the **sum** of its
 * members' own recovery times (a cycle means no member can be brought up before the others,
 * so they are bootstrapped one after another; the maximum would assume a parallel start the
 * cycle rules out, and would promise an earlier recovery than the plan can show), and all its
 * members are back, and due, together.
 *
 * @example
 * ```ts
 * import type { Cycle } from "@mamori/bia";
 * const c: Cycle = { path: ["erp", "erp-db", "erp"], nodes: ["erp", "erp-db"], recoveryMinutes: 840 };
 * ```
 *
 * @category Analysis steps
 */
export interface Cycle {
  /** The cycle, first node repeated at the end. */
  path: string[];
  /** Every node of the strongly connected component (sorted), which may be more than the path. */
  nodes: string[];
  /** Recovery time of the component as one unit: the sum of its members' own recovery times (minutes). */
  recoveryMinutes: number;
}

/**
 * The outcome of {@link findCycles}.
 *
 * @experimental
 * @example
 * ```ts
 * import { compileBia, findCycles, type CycleAnalysis } from "@mamori/bia/model";
 * const r: CycleAnalysis = findCycles(compileBia(null).model);
 * ```
 *
 * @category Analysis steps
 */
export interface CycleAnalysis {
  /** Every cycle, one per strongly connected component, ordered by first id. */
  cycles: Cycle[];
  /** Strongly connected component of each node. */
  component: Int32Array;
  /** 1 for nodes on a cycle. */
  inCycle: Uint8Array;
  /**
   * Every node in an order where dependencies come before dependents, ignoring the edges
   * inside a cycle (so the rest of the graph can be analysed). The members of a component are
   * next to each other, and components come in the order of their numbers.
   */
  order: Int32Array;
  /**
   * Recovery time (minutes) of each node's component taken as one unit: the sum of its
   * members' own recovery times (a process, or a node that states none, counts 0). For a
   * node on no cycle, its own recovery time.
   */
  unitRecovery: Float64Array;
}

/** A node's own recovery time as the analyses count it: 0 for a process or when not stated. @internal */
export function ownRecovery(model: BiaModel, v: number): number {
  const r = model.recoveryMinutes[v] as number;
  return model.types[v] === "process" || Number.isNaN(r) ? 0 : r;
}

/**
 * Find dependency cycles and a dependencies-first order of all nodes that ignores only the
 * edges inside cycles, linear in nodes + edges. An acyclic graph (the usual case) is sorted by
 * Kahn's algorithm and each node is its own component; a graph with a cycle gets Tarjan's
 * strongly connected components (iterative). Either way component numbers run
 * dependencies-first, and each component's recovery time as a unit (the sum of its members'
 * own recovery times; see {@link Cycle}) is in `unitRecovery`.
 *
 * @param model - The compiled model, from {@link compileBia}.
 *
 * @experimental
 * @example
 * ```ts
 * import { compileBia, findCycles } from "@mamori/bia/model";
 * const { model } = compileBia({
 *   kind: "BusinessImpactAnalysis", schemaVersion: "1.0", timePoints: ["PT4H"], unacceptableLevel: 4, processes: [],
 *   services: [{ id: "a", name: "A", dependsOn: ["b"] }, { id: "b", name: "B", dependsOn: ["a"] }],
 * });
 * findCycles(model).cycles[0]?.path; // ["a", "b", "a"]
 * ```
 *
 * @category Analysis steps
 */
export function findCycles(model: BiaModel): CycleAnalysis {
  return acyclicOrder(model) ?? stronglyConnected(model);
}

/**
 * The common case first: Kahn's algorithm, dependencies first, over the reverse adjacency the
 * model already has. A node's dependencies are counted straight from its range of members (a
 * sequential pass); a depth-first search would jump through the graph, which costs 3–4 times
 * as much once the graph outgrows the processor's caches. When every node comes out there is no
 * cycle: each node is its own component, numbered in that order (so component numbers run
 * dependencies-first, as Tarjan's do). Otherwise undefined, and Tarjan's algorithm runs.
 */
function acyclicOrder(model: BiaModel): CycleAnalysis | undefined {
  const { n, groupStart, memberStart, revStart, rev } = model;
  const pending = new Int32Array(n);
  const order = new Int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v++) {
    const deps =
      (memberStart[groupStart[v + 1] as number] as number) -
      (memberStart[groupStart[v] as number] as number);
    pending[v] = deps;
    if (deps === 0) order[tail++] = v;
  }
  for (let head = 0; head < tail; head++) {
    const v = order[head] as number;
    for (let k = revStart[v] as number; k < (revStart[v + 1] as number); k++) {
      const d = rev[k] as number;
      const left = (pending[d] as number) - 1;
      pending[d] = left;
      if (left === 0) order[tail++] = d;
    }
  }
  if (tail !== n) return undefined;
  const component = pending; // every count is 0 now: reused for the component numbers
  for (let i = 0; i < n; i++) component[order[i] as number] = i;
  const unitRecovery = new Float64Array(n);
  for (let v = 0; v < n; v++) unitRecovery[v] = ownRecovery(model, v);
  return { cycles: [], component, inCycle: new Uint8Array(n), order, unitRecovery };
}

/** Tarjan's strongly connected components, for a graph that has a cycle. */
function stronglyConnected(model: BiaModel): CycleAnalysis {
  const { n, groupStart, memberStart, members, ids } = model;
  // Edge list per node: flatten groups (node -> members).
  const edgeStart = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) {
    edgeStart[v + 1] =
      (edgeStart[v] as number) +
      ((memberStart[groupStart[v + 1] as number] as number) -
        (memberStart[groupStart[v] as number] as number));
  }
  const edgeOf = (v: number) => memberStart[groupStart[v] as number] as number;

  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  let sp = 0;
  const component = new Int32Array(n).fill(-1);
  const callV = new Int32Array(n);
  const callE = new Int32Array(n);
  let counter = 0;
  let comps = 0;
  for (let s = 0; s < n; s++) {
    if (index[s] !== -1) continue;
    let depth = 0;
    callV[0] = s;
    callE[0] = 0;
    index[s] = low[s] = counter++;
    stack[sp++] = s;
    onStack[s] = 1;
    while (depth >= 0) {
      const v = callV[depth] as number;
      const e = callE[depth] as number;
      const deg = (edgeStart[v + 1] as number) - (edgeStart[v] as number);
      if (e < deg) {
        callE[depth] = e + 1;
        const w = members[edgeOf(v) + e] as number;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack[sp++] = w;
          onStack[w] = 1;
          depth++;
          callV[depth] = w;
          callE[depth] = 0;
        } else if (onStack[w]) {
          if ((index[w] as number) < (low[v] as number)) low[v] = index[w] as number;
        }
        continue;
      }
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack[--sp] as number;
          onStack[w] = 0;
          component[w] = comps;
        } while (w !== v);
        comps++;
      }
      depth--;
      if (depth >= 0) {
        const u = callV[depth] as number;
        if ((low[v] as number) < (low[u] as number)) low[u] = low[v] as number;
      }
    }
  }

  // Component sizes; a component with more than one node is a cycle.
  const size = new Int32Array(comps);
  for (let v = 0; v < n; v++) {
    const c = component[v] as number;
    size[c] = (size[c] as number) + 1;
  }
  const inCycle = new Uint8Array(n);
  const sum = new Float64Array(comps);
  for (let v = 0; v < n; v++) {
    const c = component[v] as number;
    sum[c] = (sum[c] as number) + ownRecovery(model, v);
  }
  const unitRecovery = new Float64Array(n);
  for (let v = 0; v < n; v++) unitRecovery[v] = sum[component[v] as number] as number;
  const byComp = new Map<number, number[]>();
  for (let v = 0; v < n; v++) {
    const c = component[v] as number;
    if ((size[c] as number) > 1) {
      inCycle[v] = 1;
      let list = byComp.get(c);
      if (!list) {
        list = [];
        byComp.set(c, list);
      }
      list.push(v);
    }
  }

  // Tarjan completes a component only after every component it depends on, so component
  // numbers already run dependencies-first; order nodes by component (stable by index).
  const order = new Int32Array(n);
  const compFirst = new Int32Array(comps + 1);
  for (let v = 0; v < n; v++) {
    const c = (component[v] as number) + 1;
    compFirst[c] = (compFirst[c] as number) + 1;
  }
  for (let c = 0; c < comps; c++)
    compFirst[c + 1] = (compFirst[c + 1] as number) + (compFirst[c] as number);
  const fill = compFirst.slice(0, comps);
  for (let v = 0; v < n; v++) {
    const c = component[v] as number;
    order[fill[c] as number] = v;
    fill[c] = (fill[c] as number) + 1;
  }

  // One concrete cycle per component: walk from its smallest id, inside the component, back
  // to it (breadth-first, so the path is a shortest cycle through that node).
  const cycles: Cycle[] = [];
  const parent = new Int32Array(n).fill(-2);
  for (const list of byComp.values()) {
    const names = list.map((v) => ids[v] as string).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const start = model.indexOf.get(names[0] as string) as number;
    const c = component[start] as number;
    const queue: number[] = [start];
    const touched: number[] = [];
    let found = -1;
    for (let qi = 0; qi < queue.length && found < 0; qi++) {
      const v = queue[qi] as number;
      for (
        let k = edgeOf(v);
        k < edgeOf(v) + ((edgeStart[v + 1] as number) - (edgeStart[v] as number));
        k++
      ) {
        const w = members[k] as number;
        if (component[w] !== c) continue;
        if (w === start) {
          found = v;
          break;
        }
        if (parent[w] !== -2) continue;
        parent[w] = v;
        touched.push(w);
        queue.push(w);
      }
    }
    const back: number[] = [];
    for (let v = found; v !== start && v >= 0; v = parent[v] as number) back.push(v);
    const path = [
      ids[start] as string,
      ...back.reverse().map((v) => ids[v] as string),
      ids[start] as string,
    ];
    for (const t of touched) parent[t] = -2;
    cycles.push({ path, nodes: names, recoveryMinutes: sum[c] as number });
  }
  cycles.sort((a, b) => ((a.nodes[0] as string) < (b.nodes[0] as string) ? -1 : 1));
  return { cycles, component, inCycle, order, unitRecovery };
}
