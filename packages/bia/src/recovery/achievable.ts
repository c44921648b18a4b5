import type { Diagnostic } from "@mamori/core";
import type { CycleAnalysis } from "../graph/cycles.js";
import type { BiaModel } from "../model/compile.js";
import {
  DEFAULT_DIAGNOSTICS_PER_CODE,
  type DiagnosticOptions,
  makeReporter,
} from "../model/reporter.js";
import type { RequiredObjectives } from "../objectives/propagate.js";
import { OBJECTIVES_REF } from "../objectives/rto.js";

/**
 * Earliest recovery times per node, as typed arrays indexed like the model.
 *
 * @experimental
 * @example
 * ```ts
 * import type { AchievableRecovery } from "@mamori/bia/model";
 * const a: AchievableRecovery = { start: new Float64Array([0]), ready: new Float64Array([120]), via: new Int32Array([-1]) };
 * ```
 *
 * @category Analysis steps
 */
export interface AchievableRecovery {
  /** When the node's own recovery can start: all its dependencies are ready (minutes). */
  start: Float64Array;
  /** When the node is back: `start` + its own recovery time (minutes). */
  ready: Float64Array;
  /** The dependency that determines `start` (the critical predecessor), or −1. */
  via: Int32Array;
}

/**
 * Compute the earliest time each node can be back (critical-path method): ready(v) =
 * max over its dependency groups of (min over the group's members of ready(member)) + its
 * own recovery time (0 when unknown). A dependency cycle is one unit (see `Cycle`): it
 * starts once its dependencies outside it are ready, and all its members are back after the
 * sum of their recovery times; the critical path through it runs from the member asked about
 * to the member whose outside dependency set the start, then on outside. Linear in nodes +
 * edges.
 *
 * @param model - The compiled model, from {@link compileBia}.
 * @param cycles - The model's dependency cycles, from {@link findCycles}.
 *
 * @experimental
 * @example
 * ```ts
 * import { compileBia, computeAchievableRecovery, findCycles } from "@mamori/bia/model";
 * const { model } = compileBia({
 *   kind: "BusinessImpactAnalysis", schemaVersion: "1.0", timePoints: ["P1D"], unacceptableLevel: 4,
 *   processes: [{ id: "p", name: "P", dependsOn: ["app"] }],
 *   services: [{ id: "app", name: "App", capability: { recoveryTime: "PT2H" }, dependsOn: ["db"] },
 *              { id: "db", name: "DB", capability: { recoveryTime: "PT6H" } }],
 * });
 * computeAchievableRecovery(model, findCycles(model)).ready[0]; // 480 (360 + 120)
 * ```
 *
 * @category Analysis steps
 */
export function computeAchievableRecovery(
  model: BiaModel,
  cycles: CycleAnalysis,
): AchievableRecovery {
  const { n, groupStart, memberStart, members, recoveryMinutes, ids } = model;
  const { order, component, unitRecovery } = cycles;
  const start = new Float64Array(n);
  const ready = new Float64Array(n);
  const via = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; ) {
    const v = order[i] as number;
    const c = component[v] as number;
    let j = i + 1;
    while (j < n && component[order[j] as number] === c) j++;
    // The component's start: its latest dependency group outside it (each group ready with
    // its first member); `entry` is the member whose group that is.
    let s = 0;
    let sv = -1;
    let entry = -1;
    for (let b = i; b < j; b++) {
      const u = order[b] as number;
      for (let g = groupStart[u] as number; g < (groupStart[u + 1] as number); g++) {
        let best = Number.POSITIVE_INFINITY;
        let bm = -1;
        for (let k = memberStart[g] as number; k < (memberStart[g + 1] as number); k++) {
          const m = members[k] as number;
          if (component[m] === c) {
            // A group with a member inside the unit is met inside it.
            if (j > i + 1) {
              bm = -1;
              break;
            }
            continue;
          }
          const r = ready[m] as number;
          if (r < best || (r === best && bm >= 0 && (ids[m] as string) < (ids[bm] as string))) {
            best = r;
            bm = m;
          }
        }
        if (bm >= 0 && (best > s || (best === s && sv < 0 && best > 0))) {
          s = best;
          sv = bm;
          entry = u;
        }
      }
    }
    if (j === i + 1) {
      const own = recoveryMinutes[v] as number;
      start[v] = s;
      ready[v] = s + (Number.isNaN(own) ? 0 : own);
      via[v] = sv;
    } else {
      // A cycle is one unit: its members start together and are back together, after the sum
      // of their recovery times. The path runs member → entry member → the dependency outside.
      const r = s + (unitRecovery[v] as number);
      for (let b = i; b < j; b++) {
        const u = order[b] as number;
        start[u] = s;
        ready[u] = r;
        via[u] = u === entry ? sv : entry;
      }
    }
    i = j;
  }
  return { start, ready, via };
}

/**
 * The critical path to a node: the node, then the dependency that determined its start, and
 * so on down to a node with no dependencies (ids, dependent first).
 *
 * @param model - The compiled model, from {@link compileBia}.
 * @param achievable - The achievable recovery of the same model, from {@link computeAchievableRecovery}.
 * @param node - The index of the node in `model`, such as a process's index in `model.ids`.
 *
 * @experimental
 * @example
 * ```ts
 * import { compileBia, computeAchievableRecovery, criticalPath, findCycles } from "@mamori/bia/model";
 * const { model } = compileBia({
 *   kind: "BusinessImpactAnalysis", schemaVersion: "1.0", timePoints: ["P1D"], unacceptableLevel: 4,
 *   processes: [{ id: "p", name: "P", dependsOn: ["app"] }],
 *   services: [{ id: "app", name: "App", capability: { recoveryTime: "PT2H" } }],
 * });
 * criticalPath(model, computeAchievableRecovery(model, findCycles(model)), 0); // ["p", "app"]
 * ```
 *
 * @category Analysis steps
 */
export function criticalPath(
  model: BiaModel,
  achievable: AchievableRecovery,
  node: number,
): string[] {
  const out: string[] = [];
  for (
    let v = node, guard = 0;
    v >= 0 && guard <= model.n;
    v = achievable.via[v] as number, guard++
  ) {
    out.push(model.ids[v] as string);
  }
  return out;
}

/**
 * A recovery gap: a process that cannot be back by its RTO, or a node whose data-loss
 * capability is worse than its required RPO.
 *
 * @example
 * ```ts
 * import type { RecoveryGap } from "@mamori/bia";
 * const g: RecoveryGap = { kind: "rto", node: "order-intake", requiredMinutes: 480, achievableMinutes: 720, path: ["order-intake", "erp", "erp-db"] };
 * ```
 *
 * @category Analysis steps
 */
export interface RecoveryGap {
  /** `rto` (time) or `rpo` (data loss). */
  kind: "rto" | "rpo";
  /** Node id. */
  node: string;
  /** Required minutes (RTO or RPO). */
  requiredMinutes: number;
  /** Achievable minutes (recovery time or data-loss capability). */
  achievableMinutes: number;
  /** Critical path (for `rto`; `[node]` for `rpo`). */
  path: string[];
}

/**
 * Compare objectives with capabilities: a process whose achievable recovery exceeds its RTO
 * is a `bia/rto-gap` error listing the critical path; a node whose data-loss capability
 * (backup interval + replication lag) exceeds its required RPO is a `bia/rpo-gap` error; a
 * required node with no recovery time gets `bia/missing-recovery-time` (info). Past
 * `options.maxDiagnosticsPerCode` (default 1,000) of one code, the rest are counted in one
 * `bia/diagnostics-truncated`; `gaps` lists every gap.
 *
 * @param model - The compiled model, from {@link compileBia}.
 * @param required - The required objectives of every node, from {@link propagateObjectives}.
 * @param achievable - The achievable recovery, from {@link computeAchievableRecovery}.
 * @param options - The locale and the cap on diagnostics per code (default 1,000); see {@link DiagnosticOptions}.
 *
 * @experimental
 * @example
 * ```ts
 * import { analyzeBia } from "@mamori/bia";
 * const r = analyzeBia({
 *   kind: "BusinessImpactAnalysis", schemaVersion: "1.0", timePoints: ["P1D"], unacceptableLevel: 4,
 *   processes: [{ id: "p", name: "P", objectives: { rto: "PT4H" }, dependsOn: ["db"] }],
 *   services: [{ id: "db", name: "DB", capability: { recoveryTime: "PT6H" } }],
 * });
 * r.gaps[0]?.path; // ["p", "db"]
 * ```
 *
 * @category Analysis steps
 */
export function findRecoveryGaps(
  model: BiaModel,
  required: RequiredObjectives,
  achievable: AchievableRecovery,
  options: DiagnosticOptions & {
    /**
     * Processes no RTO can meet (`ProcessObjectives.rtoUnmeetable`): their gap says so instead of
     * "later than its RTO of 0 minutes".
     */
    unmeetable?: ReadonlySet<string>;
  } = {},
): { gaps: RecoveryGap[]; diagnostics: Diagnostic[] } {
  const rep = makeReporter(
    model.locale,
    options.maxDiagnosticsPerCode ?? DEFAULT_DIAGNOSTICS_PER_CODE,
  );
  const gaps: RecoveryGap[] = [];
  for (let v = 0; v < model.n; v++) {
    const id = model.ids[v] as string;
    const path = model.paths[v] as string;
    const rto = required.rto[v] as number;
    if (
      model.types[v] === "process" &&
      !Number.isNaN(rto) &&
      (achievable.ready[v] as number) > rto
    ) {
      const cp = criticalPath(model, achievable, v);
      gaps.push({
        kind: "rto",
        node: id,
        requiredMinutes: rto,
        achievableMinutes: achievable.ready[v] as number,
        path: cp,
      });
      rep.add(
        "bia/rto-gap",
        "error",
        path,
        {
          process: id,
          achievable: { minutes: achievable.ready[v] as number },
          rto: { minutes: rto },
          path: cp.join(" → "),
        },
        { ref: OBJECTIVES_REF },
        // A derived RTO of 0 is what an MTPD no longer than the work recovery (plus the margin)
        // leaves: no recovery meets it, and "later than its RTO of 0 minutes" would hide why.
        // An explicit RTO of 0 is a target, and keeps the plain message.
        options.unmeetable?.has(id) === true ? "bia/rto-gap/unmeetable" : undefined,
      );
    }
    if (
      model.types[v] === "service" &&
      !Number.isNaN(rto) &&
      Number.isNaN(model.recoveryMinutes[v] as number)
    ) {
      rep.add(
        "bia/missing-recovery-time",
        "info",
        path,
        { id, due: { minutes: rto } },
        undefined,
        rto <= 0 ? "bia/missing-recovery-time/unmeetable" : undefined,
      );
    }
    const rpo = required.rpo[v] as number;
    const loss = model.dataLossMinutes[v] as number;
    if (model.holdsData[v] === 1 && !Number.isNaN(rpo) && !Number.isNaN(loss) && loss > rpo) {
      gaps.push({
        kind: "rpo",
        node: id,
        requiredMinutes: rpo,
        achievableMinutes: loss,
        path: [id],
      });
      rep.add(
        "bia/rpo-gap",
        "error",
        `${path}/capability`,
        {
          id,
          loss: { minutes: loss },
          rpo: { minutes: rpo },
        },
        { ref: OBJECTIVES_REF },
      );
    }
  }
  return { gaps, diagnostics: rep.done() };
}
