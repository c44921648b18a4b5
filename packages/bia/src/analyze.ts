import { type Diagnostic, type Locale, parseIsoDate, sortDiagnostics } from "@mamori/core";
import { type Cycle, findCycles } from "./graph/cycles.js";
import { compactNumber, minutesOrNull, sized } from "./model/compact.js";
import { type BiaModel, compileSources } from "./model/compile.js";
import {
  DEFAULT_DIAGNOSTICS_PER_CODE,
  type DiagnosticOptions,
  makeReporter,
} from "./model/reporter.js";
import { computeMtpd } from "./objectives/mtpd.js";
import { propagateObjectives } from "./objectives/propagate.js";
import { computeRecoveryObjectives } from "./objectives/rto.js";
import { analyzePower, type PowerAnalysis, type WindowMinutes } from "./power/power.js";
import {
  computeAchievableRecovery,
  findRecoveryGaps,
  type RecoveryGap,
} from "./recovery/achievable.js";
import { applyRecoveryEvidence, type RecoveryEvidence } from "./recovery/evidence.js";
import { lateNodes } from "./recovery/late.js";
import { recoveryOrderIndexes } from "./recovery/order.js";
import { DEFAULT_TIERS, type TierDefinition, tierIndex } from "./recovery/tiers.js";
import { type BiaNode, type BiaReport, impactSeries, type TimelineEntry } from "./report/report.js";
import { expandScenario } from "./scenario/expand.js";
import type { ScenarioOutcome } from "./scenario/outcome.js";
import { simulateScenario } from "./scenario/simulate.js";
import { findSinglePointsOfFailure, type SinglePointOfFailure } from "./spof/spof.js";

/**
 * Options of {@link analyzeBia} and {@link analyzeGroup}.
 *
 * @example
 * ```ts
 * import type { AnalyzeOptions } from "@mamori/bia";
 * const o: AnalyzeOptions = { locale: "ja", scenario: "quake-72h" };
 * ```
 *
 * @category Analysis
 */
export interface AnalyzeOptions extends DiagnosticOptions {
  /** Locale of diagnostic messages. Default `en`. */
  locale?: Locale;
  /** Run only this scenario (by id); default all of them. */
  scenario?: string;
  /**
   * Tier buckets (ascending). Default: the document's own tier table (`tiers`), else
   * {@link DEFAULT_TIERS}.
   */
  tiers?: readonly TierDefinition[];
  /** RTO margin in minutes subtracted from MTPD − WRT, overriding the document's `rtoMargin`. */
  rtoMargin?: number;
  /**
   * Work limit of the single-point-of-failure search (see `SpofOptions` in `@mamori/bia/model`). Default
   * 10 × (nodes + edges), which keeps the whole analysis linear; past it the search stops
   * with a `bia/spof-truncated` info. Call {@link findSinglePointsOfFailure} (from
   * `@mamori/bia/model`) for more.
   */
  spofWorkLimit?: number;
  /** Set false to skip the single-point-of-failure search. */
  spof?: boolean;
  /**
   * Default of the scenarios' `recoverAfterFailure` (a scenario's own value wins): a node a
   * scenario fails directly needs its own recovery time after the failure ends, instead of
   * being back the moment it ends. Default false.
   */
  recoverAfterFailure?: boolean;
  /**
   * Measured recovery times from exercises and tests (evidence beats estimates): for each
   * node, the latest measurement dated on or before `now` and no older than `evidenceMaxAge`
   * replaces its `capability.recoveryTime` in every analysis, and the node's
   * `recoveryEvidence` says which test it came from. A stale one leaves the estimate. Without
   * this option the result is exactly as before (no `recoveryEvidence` on nodes).
   */
  evidence?: readonly RecoveryEvidence[];
  /** The date evidence is judged at (ISO 8601 text or a Date); needed with `evidence`. */
  now?: string | Date;
  /** How old a measurement may be and still count (ISO 8601 duration, P1Y = 365 days); default `P1Y`. */
  evidenceMaxAge?: string;
}

/**
 * One process in the result.
 *
 * @example
 * ```ts
 * import type { BiaProcessResult } from "@mamori/bia";
 * const p: BiaProcessResult = { id: "order-intake", name: "Order intake", timeCritical: true, mtpdMinutes: 1440, mtpdTriggeredBy: ["financial"],
 *   rtoMinutes: 480, rpoMinutes: 60, tier: "tier-2", achievableMinutes: 1080, wrtMinutes: 240, rtoSource: "explicit", rtoUnmeetable: false,
 *   rlo: 50, tierName: "Tier 2 (within 24 hours)", tierNameJa: "ティア2（24時間以内）", criticalPath: ["order-intake", "erp", "erp-db"] };
 * ```
 *
 * @category Analysis
 */
export interface BiaProcessResult {
  /** Process id. */
  id: string;
  /** Name. */
  name: string;
  /** True when some category reaches its unacceptable level (it has an MTPD). */
  timeCritical: boolean;
  /** MTPD (minutes), or null. */
  mtpdMinutes: number | null;
  /**
   * The impact categories that set the MTPD: those that reach their unacceptable level at
   * the MTPD's time point (several when they reach it together); empty without an MTPD.
   */
  mtpdTriggeredBy: string[];
  /** RTO (minutes), explicit or derived, or null. */
  rtoMinutes: number | null;
  /** RPO (minutes), or null. */
  rpoMinutes: number | null;
  /** Tier id from the RTO, or null (no RTO, or an RTO in a gap of the tier table). */
  tier: string | null;
  /** Earliest time it can be back (minutes). */
  achievableMinutes: number | null;
  /** Work recovery time (minutes). */
  wrtMinutes: number;
  /** Where the RTO comes from. */
  rtoSource: "explicit" | "derived" | null;
  /**
   * True when no RTO can meet the MTPD: the RTO is derived and the work recovery time plus the
   * margin take the whole MTPD or more (`bia/wrt-exceeds-mtpd`); `rtoMinutes` is then 0 and is
   * not a target. An explicit RTO of 0 (back at once) is a target, and this is false.
   */
  rtoUnmeetable: boolean;
  /** RLO (or minimum capacity), or null. */
  rlo: number | string | null;
  /** Tier name in English, or null. */
  tierName: string | null;
  /** Tier name in Japanese, or null. */
  tierNameJa: string | null;
  /** Critical path of its recovery (ids, the process first). */
  criticalPath: string[];
}

/**
 * Everything {@link analyzeBia} computes.
 *
 * @example
 * ```ts
 * import { analyzeBia, type BiaResult } from "@mamori/bia";
 * const r: BiaResult = analyzeBia({});
 * r.diagnostics.length > 0; // true: not a BusinessImpactAnalysis
 * ```
 *
 * @category Analysis
 */
export interface BiaResult {
  /**
   * Every finding, sorted by path. Of one analysis finding's code, at most
   * `maxDiagnosticsPerCode` (default 1,000) are listed (per scenario for scenario findings:
   * their truncation note has the scenario's path); past it a `bia/diagnostics-truncated`
   * says how many more there are and which field lists all of them (`gaps`, `processes`, …).
   * Problems in the document itself are always listed.
   */
  diagnostics: Diagnostic[];
  /** Processes with their objectives. */
  processes: BiaProcessResult[];
  /** Every node with required and achievable times. */
  nodes: BiaNode[];
  /** Node ids, dependencies first. */
  recoveryOrder: string[];
  /** Dependency cycles, each analysed as one unit (see {@link Cycle}). */
  cycles: Cycle[];
  /**
   * The tier table the result uses: `options.tiers`, else the document's own `tiers`, else
   * {@link DEFAULT_TIERS} (renderers list tiers from here, not from the defaults).
   */
  tiers: TierDefinition[];
  /** RTO and RPO gaps. */
  gaps: RecoveryGap[];
  /** Single points of failure, most critical first. */
  spofs: SinglePointOfFailure[];
  /** Power analysis (for the longest power-outage scenario). */
  power: PowerAnalysis;
  /** Scenario outcomes. */
  scenarios: ScenarioOutcome[];
  /** Data for renderers; equal impact series are one shared, frozen object. */
  report: BiaReport;
}

/** Run every analysis on a compiled model. @internal */
export function analyzeModel(
  compiled: BiaModel,
  initial: Diagnostic[],
  options: AnalyzeOptions,
): BiaResult {
  // Evidence first: every analysis below (cycles, achievable recovery, scenarios, power)
  // uses the measured times where they are recent.
  let model = compiled;
  let evidenceUsed: ReturnType<typeof applyRecoveryEvidence>["used"] | undefined;
  const evidenceDiagnostics: Diagnostic[] = [];
  if (options.evidence !== undefined) {
    const now =
      options.now instanceof Date
        ? Number.isNaN(options.now.getTime())
          ? undefined
          : options.now
        : options.now === undefined
          ? undefined
          : parseIsoDate(options.now).date;
    const applied = applyRecoveryEvidence(compiled, options.evidence, {
      now,
      maxAge: options.evidenceMaxAge,
      locale: compiled.locale,
    });
    model = applied.model;
    evidenceUsed = applied.used;
    evidenceDiagnostics.push(...applied.diagnostics);
  }
  const tiers = options.tiers ?? model.tiers ?? DEFAULT_TIERS;
  const limit = {
    maxDiagnosticsPerCode: options.maxDiagnosticsPerCode ?? DEFAULT_DIAGNOSTICS_PER_CODE,
  };
  const rep = makeReporter(model.locale, limit.maxDiagnosticsPerCode);
  const diagnostics: Diagnostic[] = [...initial];
  const cycles = findCycles(model);
  for (const c of cycles.cycles) {
    const first = model.indexOf.get(c.path[0] as string) as number;
    rep.add(
      "bia/cycle",
      "error",
      `${model.paths[first]}/dependsOn`,
      { path: c.path.join(" → "), count: c.nodes.length, recovery: { minutes: c.recoveryMinutes } },
      {
        related: c.nodes.map((id) => ({
          path: model.paths[model.indexOf.get(id) as number] as string,
        })),
      },
    );
  }
  const mtpd = computeMtpd(model);
  const obj = computeRecoveryObjectives(model, mtpd, limit);
  const required = propagateObjectives(model, obj.objectives, cycles);
  const achievable = computeAchievableRecovery(model, cycles);
  const unmeetable = new Set(obj.objectives.filter((o) => o.rtoUnmeetable).map((o) => o.process));
  const gaps = findRecoveryGaps(model, required, achievable, { ...limit, unmeetable });
  const order = recoveryOrderIndexes(model, cycles, required, tiers);
  const late = lateNodes(model, cycles, obj.objectives, achievable);
  const spof =
    options.spof === false
      ? { spofs: [], diagnostics: [] }
      : findSinglePointsOfFailure(model, obj.objectives, {
          tiers,
          workLimit: options.spofWorkLimit ?? 10 * (model.n + model.members.length),
          priority: required.rto,
          ...limit,
        });

  const scenarios: ScenarioOutcome[] = [];
  let outage: number | undefined;
  let outageScenario: string | undefined;
  let windows: WindowMinutes[] = [];
  const entries =
    options.scenario === undefined
      ? model.scenarios
      : model.scenarios.filter((s) => s.scenario.id === options.scenario);
  if (options.scenario !== undefined && entries.length === 0) {
    rep.add("bia/unknown-scenario", "error", "", {
      scenario: options.scenario,
      known: model.scenarios.map((s) => String(s.scenario.id)).join(", ") || "-",
    });
  }
  for (const e of entries) {
    const x = expandScenario(
      model,
      e,
      options.recoverAfterFailure !== undefined
        ? { recoverAfterFailure: options.recoverAfterFailure }
        : {},
    );
    let longest = 0;
    for (let i = 0; i < x.powerIntervals.length; i += 2) {
      longest = Math.max(
        longest,
        (x.powerIntervals[i + 1] as number) - (x.powerIntervals[i] as number),
      );
    }
    if (longest > 0 && (outage === undefined || longest > outage)) {
      outage = longest;
      outageScenario = x.id;
      windows = x.blackoutWindows;
    }
    scenarios.push(simulateScenario(model, cycles, obj.objectives, x, limit));
  }
  const power = analyzePower(model, required, {
    ...limit,
    tiers,
    rollingBlackout: windows,
    ...(outage !== undefined ? { outageMinutes: outage } : {}),
    ...(outageScenario !== undefined ? { scenario: outageScenario } : {}),
  });

  const { groupStart, memberStart, members, ids } = model;
  const nodes = sized<BiaNode>(model.n);
  for (let v = 0; v < model.n; v++) {
    // Exactly sized arrays: grown by push, 10 ids get room for 17, over a million edges.
    const g0 = groupStart[v] as number;
    const g1 = groupStart[v + 1] as number;
    const k0 = memberStart[g0] as number;
    const deps = sized<string>((memberStart[g1] as number) - k0);
    for (let k = k0; k < (memberStart[g1] as number); k++)
      deps[k - k0] = ids[members[k] as number] as string;
    let groups = 0;
    for (let g = g0; g < g1; g++)
      if ((memberStart[g + 1] as number) - (memberStart[g] as number) > 1) groups++;
    const anyOf = sized<string[]>(groups);
    for (let g = g0, i = 0; g < g1; g++) {
      const a = memberStart[g] as number;
      const b = memberStart[g + 1] as number;
      if (b - a > 1) anyOf[i++] = deps.slice(a - k0, b - k0);
    }
    const rto = minutesOrNull(required.rto[v] as number);
    nodes[v] = {
      id: ids[v] as string,
      type: model.types[v] as BiaNode["type"],
      name: model.names[v] as string,
      requiredRtoMinutes: rto,
      // An RPO binds only what keeps data; it still flowed through this node to its stores.
      requiredRpoMinutes:
        model.holdsData[v] === 1 ? minutesOrNull(required.rpo[v] as number) : null,
      holdsData: model.holdsData[v] === 1,
      achievableMinutes: compactNumber(achievable.ready[v] as number),
      dependsOn: deps,
      anyOf,
      powerClass: model.powerClass[v] ?? null,
      startMinutes: compactNumber(achievable.start[v] as number),
      recoveryMinutes: minutesOrNull(model.recoveryMinutes[v] as number),
      dataLossMinutes: minutesOrNull(model.dataLossMinutes[v] as number),
      tier: rto === null ? null : (tiers[tierIndex(rto, tiers)]?.id ?? null),
      inCycle: cycles.inCycle[v] === 1,
      late: late[v] === 1,
    };
    if (evidenceUsed) (nodes[v] as BiaNode).recoveryEvidence = evidenceUsed[v] ?? null;
  }
  // Recovery order and timeline straight from node indexes: no id → node map for 100,000 ids.
  const recoveryOrder = sized<string>(order.length);
  const timeline = sized<TimelineEntry>(order.length);
  for (let i = 0; i < order.length; i++) {
    const v = order[i] as number;
    const n = nodes[v] as BiaNode;
    recoveryOrder[i] = n.id;
    const ready = n.achievableMinutes ?? 0;
    timeline[i] = {
      node: n.id,
      startMinutes: n.startMinutes ?? 0,
      readyMinutes: ready,
      dueMinutes: n.requiredRtoMinutes,
      late: n.late,
    };
  }
  const processes: BiaProcessResult[] = model.processes.map((p, i) => {
    const o = obj.objectives[i];
    const t = tierIndex(o?.rtoMinutes ?? null, tiers);
    const def = t < 0 ? null : (tiers[t] as TierDefinition);
    if (t < 0 && o?.rtoMinutes !== null && o?.rtoMinutes !== undefined && tiers.length > 0) {
      rep.add("bia/rto-outside-tiers", "warning", model.paths[p.node] as string, {
        process: model.ids[p.node] as string,
        rto: { minutes: o.rtoMinutes },
      });
    }
    const cp: string[] = [];
    for (
      let v = p.node, guard = 0;
      v >= 0 && guard <= model.n;
      v = achievable.via[v] as number, guard++
    )
      cp.push(model.ids[v] as string);
    return {
      id: model.ids[p.node] as string,
      name: model.names[p.node] as string,
      timeCritical: mtpd[i]?.timeCritical ?? false,
      mtpdMinutes: o?.mtpdMinutes ?? null,
      mtpdTriggeredBy: mtpd[i]?.categories ?? [],
      rtoMinutes: o?.rtoMinutes ?? null,
      rpoMinutes: o?.rpoMinutes ?? null,
      tier: def?.id ?? null,
      achievableMinutes: compactNumber(achievable.ready[p.node] as number),
      wrtMinutes: o?.wrtMinutes ?? 0,
      rtoSource: o?.rtoSource ?? null,
      rtoUnmeetable: o?.rtoUnmeetable === true,
      rlo: o?.rlo ?? null,
      tierName: def?.name ?? null,
      tierNameJa: def?.nameJa ?? null,
      criticalPath: cp,
    };
  });
  // Appended one by one: spreading 100,000 diagnostics into push() overflows the call stack.
  for (const list of [
    evidenceDiagnostics,
    rep.done(),
    obj.diagnostics,
    gaps.diagnostics,
    spof.diagnostics,
    power.diagnostics,
    ...scenarios.map((s) => s.diagnostics),
  ])
    for (const d of list) diagnostics.push(d);
  return {
    diagnostics: sortDiagnostics(diagnostics),
    processes,
    nodes,
    recoveryOrder,
    cycles: cycles.cycles,
    tiers: tiers.map((t) => ({ ...t })),
    gaps: gaps.gaps,
    spofs: spof.spofs,
    power,
    scenarios,
    report: {
      impactSeries: impactSeries(model),
      graph: { nodes },
      timeline,
    },
  };
}

/**
 * Analyse a `BusinessImpactAnalysis` document in one call: validation, MTPD, RTO/RPO/RLO,
 * objectives rolled down the dependency graph, achievable recovery and critical paths with
 * gaps, cycles, tiers, recovery order, single points of failure, power, scenarios and report
 * data. Never throws on data parsed from JSON or YAML: every problem is a diagnostic.
 *
 * @param input - The `BusinessImpactAnalysis` document, parsed from YAML or JSON; any value is accepted and problems come back as diagnostics.
 * @param options - The locale (default `en`), which scenario to run (default all), tier buckets, RTO margin, recovery evidence and diagnostic caps; see {@link AnalyzeOptions}.
 *
 * @example
 * ```ts
 * import { analyzeBia } from "@mamori/bia";
 * const r = analyzeBia({
 *   kind: "BusinessImpactAnalysis", schemaVersion: "1.0", timePoints: ["PT4H", "P1D"], unacceptableLevel: 4,
 *   processes: [{ id: "order-intake", name: "Order intake", wrt: "PT4H", impacts: { financial: { PT4H: 2, P1D: 4 } }, dependsOn: ["erp"] }],
 *   services: [{ id: "erp", name: "ERP", capability: { recoveryTime: "PT12H" } }],
 * }, { locale: "en" });
 * r.processes[0]?.rtoMinutes; // 1200 (MTPD 1 day − WRT 4 h)
 * r.recoveryOrder; // ["erp", "order-intake"]
 * ```
 *
 * @category Analysis
 */
export function analyzeBia(input: unknown, options: AnalyzeOptions = {}): BiaResult {
  const { model, diagnostics } = compileSources([{ input, basePath: "", org: null }], {
    locale: options.locale ?? "en",
    ...(options.rtoMargin !== undefined ? { rtoMargin: options.rtoMargin } : {}),
  });
  return analyzeModel(model, diagnostics, options);
}
