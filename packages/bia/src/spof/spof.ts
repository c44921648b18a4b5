import type { Diagnostic } from "@mamori/core";
import { sized } from "../model/compact.js";
import type { BiaModel } from "../model/compile.js";
import {
  DEFAULT_DIAGNOSTICS_PER_CODE,
  type DiagnosticOptions,
  makeReporter,
} from "../model/reporter.js";
import type { ProcessObjectives } from "../objectives/rto.js";
import { DEFAULT_TIERS, type TierDefinition, tierIndex } from "../recovery/tiers.js";

/** Reference cited by single-point-of-failure diagnostics. */
const SPOF_REF =
  "IT service continuity guideline (METI, 2012): lessons of the 2011 earthquake (communications, power, people, suppliers)";

/**
 * A single point of failure: a node whose failure alone stops at least one process, with
 * redundancy (any-of groups) taken into account.
 *
 * @example
 * ```ts
 * import type { SinglePointOfFailure } from "@mamori/bia";
 * const s: SinglePointOfFailure = { node: "leased-line", processes: ["order-intake"], timeCritical: 1, minRtoMinutes: 480, tier: "tier-2", lossPerHour: 2500000 };
 * ```
 *
 * @category Analysis steps
 */
export interface SinglePointOfFailure {
  /** Node id. */
  node: string;
  /** Processes that stop when it fails (sorted). */
  processes: string[];
  /** How many of them have an RTO. */
  timeCritical: number;
  /** The smallest RTO among them (minutes), or null. */
  minRtoMinutes: number | null;
  /** Tier of that RTO, or null. */
  tier: string | null;
  /** Sum of their losses per hour. */
  lossPerHour: number;
}

/**
 * Options of {@link findSinglePointsOfFailure}.
 *
 * @experimental
 * @example
 * ```ts
 * import type { SpofOptions } from "@mamori/bia/model";
 * const o: SpofOptions = { workLimit: 10_000_000 };
 * ```
 *
 * @category Analysis steps
 */
export interface SpofOptions extends DiagnosticOptions {
  /**
   * Stop after this many propagation steps (default 10,000,000; listing a stopped process counts as a step) and say so with a
   * `bia/spof-truncated` info: the exact answer is a reachability question per node,
   * O(nodes × reach) in the worst case, not linear.
   */
  workLimit?: number;
  /** Tier buckets used for ranking. */
  tiers?: readonly TierDefinition[];
  /**
   * Required RTO per node (from {@link propagateObjectives}): nodes are then searched most
   * urgent first, so a search stopped by `workLimit` misses the least urgent ones.
   */
  priority?: Float64Array;
}

/**
 * For every service, resource and external node, the processes that stop if it alone fails:
 * a node fails when any of its dependency groups fails, and an any-of group fails only when
 * all its members have failed. Nodes that stop at least one process are single points of
 * failure, ranked by what they stop: smallest RTO first, then more time-critical processes,
 * then larger loss per hour, then id. Those that stop a time-critical process are also
 * `bia/single-point-of-failure` warnings.
 *
 * @param model - The compiled model, from {@link compileBia}.
 * @param objectives - Each process's objectives, from {@link computeRecoveryObjectives}.
 * @param options - The tier buckets used for ranking, the work limit of the search and diagnostic caps; see {@link SpofOptions}.
 *
 * @experimental
 * @example
 * ```ts
 * import { analyzeBia } from "@mamori/bia";
 * const r = analyzeBia({
 *   kind: "BusinessImpactAnalysis", schemaVersion: "1.0", timePoints: ["P1D"], unacceptableLevel: 4,
 *   processes: [{ id: "p", name: "P", objectives: { rto: "PT8H" }, dependsOn: ["app", { anyOf: ["line-a", "line-b"] }] }],
 *   services: [{ id: "app", name: "App" }],
 *   resources: [{ id: "line-a", name: "A", kind: "network" }, { id: "line-b", name: "B", kind: "network" }],
 * });
 * r.spofs.map((s) => s.node); // ["app"]
 * ```
 *
 * @category Analysis steps
 */
export function findSinglePointsOfFailure(
  model: BiaModel,
  objectives: readonly ProcessObjectives[],
  options: SpofOptions = {},
): { spofs: SinglePointOfFailure[]; diagnostics: Diagnostic[] } {
  const rep = makeReporter(
    model.locale,
    options.maxDiagnosticsPerCode ?? DEFAULT_DIAGNOSTICS_PER_CODE,
  );
  const { n, groupStart, memberStart, members, types, processOf } = model;
  const tiers = options.tiers ?? DEFAULT_TIERS;
  const limit = options.workLimit ?? 10_000_000;
  const g = groupStart[n] as number;
  // Reverse adjacency, one entry per member of a group, in one Int32Array: a group of one
  // member (a plain dependency, most of them) is stored as ~owner, so failing it touches only
  // the owner; an any-of group is stored as its index into `anyRec`, a record of four int32
  // [epoch, failed members, size, owner] kept together so that one step reads one cache line.
  const anyIndex = new Int32Array(g);
  let anyCount = 0;
  for (let x = 0; x < g; x++)
    anyIndex[x] = (memberStart[x + 1] as number) - (memberStart[x] as number) > 1 ? anyCount++ : -1;
  const anyRec = new Int32Array(4 * anyCount);
  // Entries per node: one per member naming it, which the model's reverse adjacency counts.
  const inStart = model.revStart;
  const inEntry = new Int32Array(members.length);
  const fill = inStart.slice(0, n);
  for (let v = 0; v < n; v++) {
    for (let x = groupStart[v] as number; x < (groupStart[v + 1] as number); x++) {
      const a = anyIndex[x] as number;
      if (a >= 0) {
        anyRec[4 * a] = -1;
        anyRec[4 * a + 2] = (memberStart[x + 1] as number) - (memberStart[x] as number);
        anyRec[4 * a + 3] = v;
      }
      const entry = a >= 0 ? a : ~v;
      for (let k = memberStart[x] as number; k < (memberStart[x + 1] as number); k++) {
        const m = members[k] as number;
        inEntry[fill[m] as number] = entry;
        fill[m] = (fill[m] as number) + 1;
      }
    }
  }
  // Sort stopped processes by a precomputed id rank: numbers, not strings, in the hot loop.
  const procNodes = model.processes.map((p) => p.node);
  procNodes.sort((a, b) => ((model.ids[a] as string) < (model.ids[b] as string) ? -1 : 1));
  // The id rank of each process, by process index.
  const rank = new Int32Array(model.processes.length);
  procNodes.forEach((v, i) => {
    rank[processOf[v] as number] = i;
  });
  // Per node, two int32 kept together for the same reason: [failed in the search of candidate
  // …, first entry]. The next node's first entry is the end of its entries (a last record closes
  // the list), and a process stores its first entry complemented (~first), so one read says
  // where its entries start and whether failing it stops a process. At 8 bytes a node, the
  // records of 100,000 nodes fit a core's second-level cache.
  const node = new Int32Array(2 * (n + 1));
  for (let v = 0; v <= n; v++) {
    const first = inStart[v] as number;
    node[2 * v] = -1;
    node[2 * v + 1] = v < n && processOf[v] !== -1 ? ~first : first;
  }
  // What the results need of each process, in flat arrays read by process index: its RTO and
  // its loss per hour. The processes a candidate stops are collected in one buffer (a process
  // is reached at most once per candidate) and listed by a numeric sort of their id ranks.
  const procCount = model.processes.length;
  const rtoOf = new Float64Array(procCount);
  // Whether it has an RTO at all: a present RTO counts even when it is NaN (a NaN margin).
  const hasRto = new Uint8Array(procCount);
  const lossOf = new Float64Array(procCount);
  // Whether no RTO can meet its MTPD (its RTO of 0 is then no target).
  const unmeetableOf = new Uint8Array(procCount);
  for (let i = 0; i < procCount; i++) {
    if (objectives[i]?.rtoUnmeetable === true) unmeetableOf[i] = 1;
    const rto = objectives[i]?.rtoMinutes ?? null;
    if (rto !== null) {
      rtoOf[i] = rto;
      hasRto[i] = 1;
    }
    lossOf[i] = model.processes[i]?.lossPerHour ?? 0;
  }
  const stopped = new Int32Array(procCount);
  const queue = new Int32Array(n);
  let work = 0;
  let truncated = false;
  const spofs: SinglePointOfFailure[] = [];
  const spofNode: number[] = [];
  const spofUnmeetable: boolean[] = [];
  const candidates: number[] = [];
  for (let x = 0; x < n; x++) if (types[x] !== "process") candidates.push(x);
  const pr = options.priority;
  if (pr) {
    const key = (x: number) =>
      Number.isNaN(pr[x] as number) ? Number.POSITIVE_INFINITY : (pr[x] as number);
    candidates.sort((a, b) => key(a) - key(b) || a - b);
  }
  for (const x of candidates) {
    if (truncated) break;
    let head = 0;
    let tail = 0;
    queue[tail++] = x;
    node[2 * x] = x;
    let count = 0;
    while (head < tail) {
      const u = queue[head++] as number;
      let k = node[2 * u + 1] as number;
      if (k < 0) {
        k = ~k;
        stopped[count++] = processOf[u] as number;
      }
      const next = node[2 * u + 3] as number;
      const end = next < 0 ? ~next : next;
      for (; k < end; k++) {
        work++;
        const e = inEntry[k] as number;
        let owner: number;
        if (e < 0) owner = ~e;
        else {
          const r = 4 * e;
          if (anyRec[r] !== x) {
            anyRec[r] = x;
            anyRec[r + 1] = 0;
          }
          const down = (anyRec[r + 1] as number) + 1;
          anyRec[r + 1] = down;
          if (down !== anyRec[r + 2]) continue;
          owner = anyRec[r + 3] as number;
        }
        if (node[2 * owner] === x) continue;
        node[2 * owner] = x;
        queue[tail++] = owner;
      }
    }
    work += count;
    if (work > limit) truncated = true;
    if (count === 0) continue;
    let tc = 0;
    let minRto = Number.POSITIVE_INFINITY;
    // Whether a process at that smallest RTO is one no RTO can meet.
    let minUnmeetable = false;
    let loss = 0;
    for (let i = 0; i < count; i++) {
      const pi = stopped[i] as number;
      if (hasRto[pi] === 1) {
        tc++;
        const rto = rtoOf[pi] as number;
        if (rto < minRto) {
          minRto = rto;
          minUnmeetable = unmeetableOf[pi] === 1;
        } else if (rto === minRto && unmeetableOf[pi] === 1) minUnmeetable = true;
      }
      // Capped so that amounts near 1e308 do not sum to Infinity (JSON writes it as null).
      // Finite both ways: JSON has no Infinity, and a negative amount (refused by the schema)
      // must not sum to -Infinity either.
      loss = Math.max(-Number.MAX_VALUE, Math.min(Number.MAX_VALUE, loss + (lossOf[pi] as number)));
      stopped[i] = rank[pi] as number;
    }
    // The buffer now holds their id ranks: sorted in place, no array per candidate.
    const ranks = stopped.subarray(0, count).sort();
    const processes = sized<string>(count);
    for (let i = 0; i < count; i++)
      processes[i] = model.ids[procNodes[ranks[i] as number] as number] as string;
    const min = Number.isFinite(minRto) ? minRto : null;
    spofs.push({
      node: model.ids[x] as string,
      processes,
      timeCritical: tc,
      minRtoMinutes: min,
      tier: min === null ? null : (tiers[tierIndex(min, tiers)]?.id ?? null),
      lossPerHour: loss,
    });
    spofNode.push(x);
    spofUnmeetable.push(minUnmeetable);
  }
  const order = spofs.map((_, i) => i);
  order.sort((a, b) => {
    const A = spofs[a] as SinglePointOfFailure;
    const B = spofs[b] as SinglePointOfFailure;
    const ra = A.minRtoMinutes ?? Number.POSITIVE_INFINITY;
    const rb = B.minRtoMinutes ?? Number.POSITIVE_INFINITY;
    if (ra !== rb) return ra - rb;
    if (A.timeCritical !== B.timeCritical) return B.timeCritical - A.timeCritical;
    if (A.lossPerHour !== B.lossPerHour) return B.lossPerHour - A.lossPerHour;
    return A.node < B.node ? -1 : 1;
  });
  const ranked = order.map((i) => spofs[i] as SinglePointOfFailure);
  for (const i of order) {
    const s = spofs[i] as SinglePointOfFailure;
    if (s.timeCritical === 0) continue;
    rep.add(
      "bia/single-point-of-failure",
      "warning",
      model.paths[spofNode[i] as number] as string,
      {
        id: s.node,
        count: s.processes.length,
        processes: s.processes.join(", "),
        rto: { minutes: s.minRtoMinutes ?? 0 },
      },
      { ref: SPOF_REF },
      // The most urgent process cannot be met at all (its work recovery and margin take its
      // whole MTPD): "must be back within 0 minutes" would read as a target. An explicit RTO
      // of 0 is a target and keeps the plain message.
      spofUnmeetable[i] === true ? "bia/single-point-of-failure/unmeetable" : undefined,
    );
  }
  if (truncated) rep.add("bia/spof-truncated", "info", "", { limit });
  return { spofs: ranked, diagnostics: rep.done() };
}
