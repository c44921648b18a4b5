import { makePool } from "../model/compact.js";
import type { BiaModel } from "../model/compile.js";
import type { NodeRecoveryEvidence } from "../recovery/evidence.js";

/**
 * A node of the result: contract fields (ids, objectives, achievable time, dependencies,
 * power class) plus computed extras.
 *
 * @example
 * ```ts
 * import type { BiaNode } from "@mamori/bia";
 * const n: BiaNode = {
 *   id: "erp-db", type: "service", name: "ERP database", requiredRtoMinutes: 480, requiredRpoMinutes: 60,
 *   achievableMinutes: 720, dependsOn: ["utility-power-sendai"], anyOf: [], powerClass: "protect",
 *   startMinutes: 0, recoveryMinutes: 720, dataLossMinutes: 1440, tier: "tier-2", inCycle: false, late: true,
 *   holdsData: true,
 * };
 * ```
 *
 * @category Analysis
 */
export interface BiaNode {
  /** Node id. */
  id: string;
  /** Node type. */
  type: "process" | "service" | "resource" | "external";
  /** Name. */
  name: string;
  /**
   * Time by which it must be back (minutes), or null. Negative when even an instant
   * recovery of this node would leave too little time for what depends on it.
   */
  requiredRtoMinutes: number | null;
  /**
   * Largest acceptable data loss (minutes), or null. Null for a node that keeps no data
   * (`holdsData`): an RPO flows through it to the stores below but binds only what holds data.
   */
  requiredRpoMinutes: number | null;
  /** Whether it keeps data: its own `holdsData`, or the default of its type and kind. */
  holdsData: boolean;
  /** Earliest time it can be back (minutes). */
  achievableMinutes: number | null;
  /** Ids it depends on (every member of every group, in order). */
  dependsOn: string[];
  /** Its any-of (redundancy) groups, each a list of member ids; empty when it has none. */
  anyOf: string[][];
  /** Power class, or null. */
  powerClass: "protect" | "may-stop" | null;
  /** When its own recovery can start (minutes). */
  startMinutes: number | null;
  /** Its own recovery time (minutes), or null when not given. */
  recoveryMinutes: number | null;
  /** Its data-loss capability (minutes), or null. */
  dataLossMinutes: number | null;
  /** Tier of its required RTO, or null. */
  tier: string | null;
  /** True when it is on a dependency cycle. */
  inCycle: boolean;
  /**
   * True when it is back after something needs it: after its required RTO, unless every
   * requirement it misses comes through an any-of group that another member meets in time.
   */
  late: boolean;
  /**
   * Present only when `analyzeBia` was given `evidence`: the measurement used in place of the
   * estimate (`recoveryMinutes` is then the measured time), or null when the estimate was used.
   */
  recoveryEvidence?: NodeRecoveryEvidence | null;
}

/**
 * One dependency edge for drawing: `from` depends on `to`; edges of one any-of group share
 * `group` and have `anyOf: true`.
 *
 * @experimental
 * @example
 * ```ts
 * import type { BiaEdge } from "@mamori/bia/model";
 * const e: BiaEdge = { from: "erp-db", to: "generator-sendai", group: 3, anyOf: true };
 * ```
 *
 * @category Analysis
 */
export interface BiaEdge {
  /** The dependent. */
  from: string;
  /** The dependency. */
  to: string;
  /** Group number (unique in the graph). */
  group: number;
  /** True for a member of an any-of (redundancy) group. */
  anyOf: boolean;
}

/**
 * Impact over time of one process, per category, for a chart. Processes rated alike share
 * their category series: equal series are one frozen object (read-only).
 *
 * @example
 * ```ts
 * import type { ImpactSeries } from "@mamori/bia";
 * const s: ImpactSeries = { process: "order-intake", categories: [{ id: "financial", name: "Financial", nameJa: "財務", unacceptableLevel: 4, points: [{ atMinutes: 60, timePoint: "PT1H", level: 1 }] }] };
 * ```
 *
 * @category Analysis
 */
export interface ImpactSeries {
  /** Process id. */
  process: string;
  /** One series per category. */
  categories: Readonly<{
    /** Category id. */
    id: string;
    /** English name. */
    name: string;
    /** Japanese name. */
    nameJa: string;
    /** Unacceptable level of the category, or null when the document sets none. */
    unacceptableLevel: number | null;
    /** Level at each time point (carried forward). */
    points: readonly Readonly<{ atMinutes: number; timePoint: string; level: number | null }>[];
  }>[];
}

/**
 * One bar of the recovery timeline, in recovery order.
 *
 * @example
 * ```ts
 * import type { TimelineEntry } from "@mamori/bia";
 * const t: TimelineEntry = { node: "erp-db", startMinutes: 0, readyMinutes: 720, dueMinutes: 480, late: true };
 * ```
 *
 * @category Analysis
 */
export interface TimelineEntry {
  /** Node id. */
  node: string;
  /** Start of its own recovery (minutes). */
  startMinutes: number;
  /** When it is back (minutes). */
  readyMinutes: number;
  /** When it must be back (minutes), or null. */
  dueMinutes: number | null;
  /** True when it is back after it is due. */
  late: boolean;
}

/**
 * Everything a renderer needs to draw a BIA without recomputing.
 *
 * @example
 * ```ts
 * import type { BiaReport } from "@mamori/bia";
 * const r: BiaReport = { impactSeries: [], graph: { nodes: [] }, timeline: [] };
 * ```
 *
 * @category Analysis
 */
export interface BiaReport {
  /** Impact over time per process. */
  impactSeries: ImpactSeries[];
  /**
   * The dependency graph with computed fields: each node lists what it depends on
   * (`dependsOn`) and its redundancy groups (`anyOf`). For one object per edge, call
   * {@link graphEdges} — not built by default, as a large graph has a million edges.
   */
  graph: { nodes: BiaNode[] };
  /** The recovery timeline, in recovery order. */
  timeline: TimelineEntry[];
}

/**
 * Impact-over-time series of every process (ratings carried forward to every time point).
 * Categories never rated are left out. Equal category series (same document, category and
 * ratings) are one frozen object shared between processes.
 *
 * @param model - The compiled model, from {@link compileBia}.
 *
 * @experimental
 * @example
 * ```ts
 * import { compileBia, impactSeries } from "@mamori/bia/model";
 * const { model } = compileBia({
 *   kind: "BusinessImpactAnalysis", schemaVersion: "1.0", timePoints: ["PT4H", "P1D"], unacceptableLevel: 4,
 *   processes: [{ id: "p", name: "P", impacts: { financial: { PT4H: 2 } } }],
 * });
 * impactSeries(model)[0]?.categories[0]?.points[1]?.level; // 2 (carried forward to P1D)
 * ```
 *
 * @category Analysis
 */
export function impactSeries(model: BiaModel): ImpactSeries[] {
  // A large BIA rates thousands of processes alike: equal series (same document, category and
  // ratings) are built once, frozen and shared. Objects are told apart by a number each.
  const objectIds = new Map<object, number>();
  const idOf = (o: object) => {
    let i = objectIds.get(o);
    if (i === undefined) {
      i = objectIds.size;
      objectIds.set(o, i);
    }
    return i;
  };
  const share = makePool<SeriesCategory>();
  return model.processes.map((p) => {
    const categories: SeriesCategory[] = [];
    p.categories.forEach((c, ci) => {
      const row = p.levels[ci] ?? [];
      if (!p.timePoints.some((_, ti) => (row[ti] ?? null) !== null)) return;
      const key = `${idOf(p.timePoints)},${idOf(p.timePointTexts)},${idOf(c)},${idOf(row)}`;
      categories.push(
        share(key, () => ({
          id: c.id,
          name: c.name,
          nameJa: c.nameJa,
          // No threshold in the document is Infinity inside; JSON has no Infinity.
          unacceptableLevel: Number.isFinite(c.unacceptableLevel) ? c.unacceptableLevel : null,
          points: Object.freeze(
            p.timePoints.map((t, ti) =>
              Object.freeze({
                atMinutes: t,
                timePoint: p.timePointTexts[ti] as string,
                level: row[ti] ?? null,
              }),
            ),
          ) as SeriesCategory["points"],
        })),
      );
    });
    return { process: model.ids[p.node] as string, categories };
  });
}

type SeriesCategory = ImpactSeries["categories"][number];

/**
 * The dependency edges of the graph, for drawing.
 *
 * @param model - The compiled model, from {@link compileBia}.
 *
 * @experimental
 * @example
 * ```ts
 * import { compileBia, graphEdges } from "@mamori/bia/model";
 * const { model } = compileBia({
 *   kind: "BusinessImpactAnalysis", schemaVersion: "1.0", timePoints: ["PT4H"], unacceptableLevel: 4,
 *   processes: [{ id: "p", name: "P", dependsOn: [{ anyOf: ["a", "b"] }] }],
 *   resources: [{ id: "a", name: "A", kind: "network" }, { id: "b", name: "B", kind: "network" }],
 * });
 * graphEdges(model); // [{ from: "p", to: "a", group: 0, anyOf: true }, { from: "p", to: "b", group: 0, anyOf: true }]
 * ```
 *
 * @category Analysis
 */
export function graphEdges(model: BiaModel): BiaEdge[] {
  const edges: BiaEdge[] = [];
  const { n, groupStart, memberStart, members, ids } = model;
  for (let v = 0; v < n; v++) {
    for (let g = groupStart[v] as number; g < (groupStart[v + 1] as number); g++) {
      const a = (memberStart[g + 1] as number) - (memberStart[g] as number) > 1;
      for (let k = memberStart[g] as number; k < (memberStart[g + 1] as number); k++) {
        edges.push({
          from: ids[v] as string,
          to: ids[members[k] as number] as string,
          group: g,
          anyOf: a,
        });
      }
    }
  }
  return edges;
}

/**
 * The recovery timeline: for each node in recovery order, when its recovery starts and
 * ends, when it is due, and whether it is late (the node's `late`).
 *
 * @param nodes - The analysed nodes, as in a {@link analyzeBia} result's `nodes`.
 * @param order - Node ids in recovery order, as in the result's `recoveryOrder`; ids not in `nodes` are skipped.
 *
 * @example
 * ```ts
 * import { recoveryTimeline } from "@mamori/bia";
 * recoveryTimeline([{ id: "db", type: "service", name: "DB", requiredRtoMinutes: 240, requiredRpoMinutes: null,
 *   achievableMinutes: 360, dependsOn: [], anyOf: [], powerClass: null, startMinutes: 0, recoveryMinutes: 360,
 *   dataLossMinutes: null, tier: "tier-1", inCycle: false, late: true, holdsData: true }], ["db"]);
 * // [{ node: "db", startMinutes: 0, readyMinutes: 360, dueMinutes: 240, late: true }]
 * ```
 *
 * @category Analysis
 */
export function recoveryTimeline(
  nodes: readonly BiaNode[],
  order: readonly string[],
): TimelineEntry[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out: TimelineEntry[] = [];
  for (const id of order) {
    const n = byId.get(id);
    if (!n) continue;
    const ready = n.achievableMinutes ?? 0;
    out.push({
      node: id,
      startMinutes: n.startMinutes ?? 0,
      readyMinutes: ready,
      dueMinutes: n.requiredRtoMinutes,
      late: n.late,
    });
  }
  return out;
}
