import type { Diagnostic } from "@mamori/core";
import type { BiaModel } from "../model/compile.js";
import {
  DEFAULT_DIAGNOSTICS_PER_CODE,
  type DiagnosticOptions,
  makeReporter,
} from "../model/reporter.js";
import type { RequiredObjectives } from "../objectives/propagate.js";
import { DEFAULT_TIERS, type TierDefinition, tierIndex } from "../recovery/tiers.js";

/**
 * Reference cited by power diagnostics.
 *
 * @category Analysis steps
 */
export const POWER_REF =
  "IT service continuity guideline (METI, 2012): planned and long power outages — systems to protect (守るシステム) and systems that may stop (止めてよいシステム)";

/**
 * A rolling-blackout window in minutes from the start of the outage.
 *
 * @example
 * ```ts
 * import type { WindowMinutes } from "@mamori/bia";
 * const w: WindowMinutes = { startMinutes: 360, endMinutes: 540 };
 * ```
 *
 * @category Analysis steps
 */
export interface WindowMinutes {
  /** Start (minutes). */
  startMinutes: number;
  /** End (minutes, exclusive). */
  endMinutes: number;
}

/**
 * What to do in one rolling-blackout window.
 *
 * @example
 * ```ts
 * import type { BlackoutPlan } from "@mamori/bia";
 * const p: BlackoutPlan = { startMinutes: 360, endMinutes: 540, stop: ["file-server"], keep: ["erp-db"], atRisk: [] };
 * ```
 *
 * @category Analysis steps
 */
export interface BlackoutPlan extends WindowMinutes {
  /** Systems to stop (may-stop) for the window. */
  stop: string[];
  /** Protected systems whose backup power outlasts the window. */
  keep: string[];
  /** Protected systems whose backup power runs out within the window. */
  atRisk: string[];
}

/**
 * Options of {@link analyzePower}.
 *
 * @experimental
 * @example
 * ```ts
 * import type { PowerOptions } from "@mamori/bia/model";
 * const o: PowerOptions = { outageMinutes: 4320, rollingBlackout: [{ startMinutes: 0, endMinutes: 180 }] };
 * ```
 *
 * @category Analysis steps
 */
export interface PowerOptions extends DiagnosticOptions {
  /** Length of the assumed power outage (minutes); protected systems' backup runtime is compared with it. */
  outageMinutes?: number;
  /** Planned rolling-blackout windows. */
  rollingBlackout?: readonly WindowMinutes[];
  /** Tier buckets; processes in the first tier are the top tier. */
  tiers?: readonly TierDefinition[];
  /** Name of the scenario the outage comes from, for messages. */
  scenario?: string;
}

/**
 * The outcome of {@link analyzePower}.
 *
 * @example
 * ```ts
 * import type { PowerAnalysis } from "@mamori/bia";
 * const p: PowerAnalysis = { mustProtect: [], protect: [], mayStop: [], shortBackup: [], windows: [], diagnostics: [] };
 * ```
 *
 * @category Analysis steps
 */
export interface PowerAnalysis {
  /** Powered nodes that carry a top-tier process and so must be *protect* (sorted). */
  mustProtect: string[];
  /** Nodes classed *protect*, or that must be (sorted). */
  protect: string[];
  /** Nodes classed *may stop* and not needed by a top-tier process (sorted). */
  mayStop: string[];
  /** Protected nodes whose backup runtime is shorter than the outage. */
  shortBackup: { node: string; runtimeMinutes: number | null; outageMinutes: number }[];
  /** The rolling-blackout plan, one entry per window. */
  windows: BlackoutPlan[];
  /** Findings. */
  diagnostics: Diagnostic[];
}

const POWERED_KINDS = new Set([
  "server",
  "network",
  "power",
  "facility",
  "communications",
  "application",
  "data",
]);

/** True when the organisation itself powers the node (not a cloud, not another organisation). */
function isPowered(model: BiaModel, v: number): boolean {
  if (model.powerClass[v] !== null || !Number.isNaN(model.backupRuntime[v] as number)) return true;
  const t = model.types[v];
  if (t === "process" || t === "external") return false;
  const h = model.hosting[v];
  if (h === "cloud" || h === "external-data-centre") return false;
  if (t === "service") return h === "on-premises";
  return POWERED_KINDS.has(model.kinds[v] ?? "") && model.kinds[v] !== "power";
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Power analysis (the 2011 lessons on planned and long outages): which powered nodes must be
 * *protect* because a top-tier process depends on them (directly or not) —
 * `bia/power-class-conflict` if one is classed *may stop*, `bia/power-class-missing` if
 * unclassified; which protected nodes' backup runtime is shorter than the assumed outage
 * (`bia/backup-power-short`); and, for a rolling-blackout schedule, which systems to stop in
 * each window and which protected ones run out of backup power (`bia/blackout-at-risk`).
 *
 * @param model - The compiled model, from {@link compileBia}.
 * @param required - The required objectives of every node, from {@link propagateObjectives}.
 * @param options - The assumed outage length in minutes, rolling-blackout windows, tier buckets, scenario name and diagnostic caps; see {@link PowerOptions}.
 *
 * @experimental
 * @example
 * ```ts
 * import { analyzeBia } from "@mamori/bia";
 * const r = analyzeBia({
 *   kind: "BusinessImpactAnalysis", schemaVersion: "1.0", timePoints: ["PT4H"], unacceptableLevel: 4,
 *   processes: [{ id: "p", name: "P", objectives: { rto: "PT2H" }, dependsOn: ["db"] }],
 *   services: [{ id: "db", name: "DB", hosting: { type: "on-premises" }, power: { class: "protect", backupRuntime: "PT8H" } }],
 *   scenarios: [{ id: "blackout", name: "Outage", type: "power-outage", duration: "PT72H" }],
 * });
 * r.power.shortBackup[0]; // { node: "db", runtimeMinutes: 480, outageMinutes: 4320 }
 * ```
 *
 * @category Analysis steps
 */
export function analyzePower(
  model: BiaModel,
  required: RequiredObjectives,
  options: PowerOptions = {},
): PowerAnalysis {
  const rep = makeReporter(
    model.locale,
    options.maxDiagnosticsPerCode ?? DEFAULT_DIAGNOSTICS_PER_CODE,
  );
  const tiers = options.tiers ?? DEFAULT_TIERS;
  const { n, groupStart, memberStart, members, ids } = model;
  // Everything a top-tier process needs, directly or not (any member of any group).
  const needed = new Uint8Array(n);
  const stack: number[] = [];
  for (const p of model.processes) {
    if (tierIndex(required.rto[p.node] as number, tiers) === 0) {
      needed[p.node] = 1;
      stack.push(p.node);
    }
  }
  while (stack.length > 0) {
    const v = stack.pop() as number;
    for (
      let k = memberStart[groupStart[v] as number] as number;
      k < (memberStart[groupStart[v + 1] as number] as number);
      k++
    ) {
      const m = members[k] as number;
      if (needed[m]) continue;
      needed[m] = 1;
      stack.push(m);
    }
  }
  const mustProtect: string[] = [];
  const protect: string[] = [];
  const mayStop: string[] = [];
  const protectNodes: number[] = [];
  for (let v = 0; v < n; v++) {
    if (!isPowered(model, v)) continue;
    const cls = model.powerClass[v];
    const id = ids[v] as string;
    if (needed[v]) {
      mustProtect.push(id);
      if (cls === "may-stop") {
        rep.add(
          "bia/power-class-conflict",
          "error",
          `${model.paths[v]}/power/class`,
          { id },
          { ref: POWER_REF },
        );
      } else if (cls === null) {
        rep.add(
          "bia/power-class-missing",
          "warning",
          model.paths[v] as string,
          { id },
          { ref: POWER_REF },
        );
      }
    }
    if (cls === "protect" || needed[v]) {
      protect.push(id);
      protectNodes.push(v);
    } else if (cls === "may-stop") mayStop.push(id);
  }
  const shortBackup: PowerAnalysis["shortBackup"] = [];
  const outage = options.outageMinutes;
  if (outage !== undefined && outage > 0) {
    for (const v of protectNodes) {
      const rt = model.backupRuntime[v] as number;
      // Only stated runtimes are compared; a node without one draws power through its
      // dependencies, which the scenarios follow.
      if (Number.isNaN(rt) || rt >= outage) continue;
      shortBackup.push({ node: ids[v] as string, runtimeMinutes: rt, outageMinutes: outage });
      rep.add(
        "bia/backup-power-short",
        "error",
        `${model.paths[v]}/power/backupRuntime`,
        {
          id: ids[v] as string,
          runtime: { minutes: rt },
          outage: { minutes: outage },
          scenario: options.scenario ?? "-",
        },
        { ref: POWER_REF },
      );
    }
  }
  const windows: BlackoutPlan[] = [];
  for (const w of options.rollingBlackout ?? []) {
    const len = w.endMinutes - w.startMinutes;
    const keep: string[] = [];
    const atRisk: string[] = [];
    for (const v of protectNodes) {
      const rt = model.backupRuntime[v] as number;
      if (!Number.isNaN(rt) && rt >= len) keep.push(ids[v] as string);
      else atRisk.push(ids[v] as string);
    }
    windows.push({
      startMinutes: w.startMinutes,
      endMinutes: w.endMinutes,
      stop: [...mayStop].sort(byId),
      keep: keep.sort(byId),
      atRisk: atRisk.sort(byId),
    });
    for (const id of atRisk) {
      const v = model.indexOf.get(id) as number;
      if (Number.isNaN(model.backupRuntime[v] as number) && model.types[v] !== "resource") continue;
      rep.add(
        "bia/blackout-at-risk",
        "warning",
        model.paths[v] as string,
        {
          id,
          start: { minutes: w.startMinutes },
          length: { minutes: len },
        },
        { ref: POWER_REF },
      );
    }
  }
  return {
    mustProtect: mustProtect.sort(byId),
    protect: protect.sort(byId),
    mayStop: mayStop.sort(byId),
    shortBackup,
    windows,
    diagnostics: rep.done(),
  };
}
