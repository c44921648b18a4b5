import { type Diagnostic, type Locale, parseDuration, parseIsoDate } from "@mamori/core";
import type { BiaModel } from "../model/compile.js";
import { makeReporter } from "../model/reporter.js";

/**
 * A recovery time measured in an exercise or test (evidence), for {@link AnalyzeOptions}'s
 * `evidence`: the node's own recovery once its dependencies are back, as the test measured it.
 *
 * @example
 * ```ts
 * import type { RecoveryEvidence } from "@mamori/bia";
 * const e: RecoveryEvidence = { node: "erp-db", recoveryMinutes: 300, date: "2026-10-15", source: "r-ft-2026" };
 * ```
 *
 * @category Analysis steps
 */
export interface RecoveryEvidence {
  /** The node measured (a node id; `orgId:nodeId` in a group analysis). */
  node: string;
  /** Measured recovery time in minutes (finite, not negative). */
  recoveryMinutes: number;
  /** When it was measured (ISO 8601 date). */
  date: string;
  /** The exercise or test it comes from (for example a plan's `training.results[].id`). */
  source?: string;
}

/**
 * Where a node's recovery time came from when `evidence` was given: the measurement used in
 * place of the estimate (`capability.recoveryTime`), or null for the estimate.
 *
 * @example
 * ```ts
 * import type { NodeRecoveryEvidence } from "@mamori/bia";
 * const used: NodeRecoveryEvidence = { source: "r-ft-2026", date: "2026-10-15", measuredMinutes: 300, estimateMinutes: 360 };
 * ```
 *
 * @category Analysis steps
 */
export interface NodeRecoveryEvidence {
  /** The exercise or test, or null when the evidence named none. */
  source: string | null;
  /** When it was measured. */
  date: string;
  /** The measured recovery time used (minutes). */
  measuredMinutes: number;
  /** The estimate it replaced (minutes), or null when the BIA gave none. */
  estimateMinutes: number | null;
}

/**
 * Default of `evidenceMaxAge`: a measurement older than a year is stale, and the estimate is
 * used.
 *
 * @example
 * ```ts
 * import { DEFAULT_EVIDENCE_MAX_AGE } from "@mamori/bia";
 * DEFAULT_EVIDENCE_MAX_AGE; // "P1Y"
 * ```
 *
 * @category Analysis steps
 */
export const DEFAULT_EVIDENCE_MAX_AGE = "P1Y";

/**
 * Put recent measured recovery times in place of the estimates: for each node, the latest
 * valid measurement dated on or before `now` and no older than `maxAge` (calendar units
 * approximate: P1Y = 365 days) replaces `capability.recoveryTime` in a copy of the model. A
 * stale measurement (older than `maxAge`) leaves the estimate, with a `bia/evidence-stale`
 * info; a measurement of an unknown node, one dated after `now`, or one that is not a
 * number of minutes or has no valid date is a diagnostic and is not used. Without `now`
 * no measurement can be judged recent: none is used (`bia/evidence-without-now`). @internal
 */
export function applyRecoveryEvidence(
  model: BiaModel,
  evidence: readonly RecoveryEvidence[],
  options: { now: Date | undefined; maxAge: string | undefined; locale: Locale },
): { model: BiaModel; used: (NodeRecoveryEvidence | undefined)[]; diagnostics: Diagnostic[] } {
  const rep = makeReporter(options.locale);
  const used: (NodeRecoveryEvidence | undefined)[] = new Array(model.n).fill(undefined);
  const now = options.now;
  if (!now) {
    if (evidence.length > 0) rep.add("bia/evidence-without-now", "warning", "", {});
    return { model, used, diagnostics: rep.done() };
  }
  const maxAgeText = options.maxAge ?? DEFAULT_EVIDENCE_MAX_AGE;
  const maxAge = parseDuration(maxAgeText, { calendarUnits: "approximate" }).minutes;
  if (maxAge === undefined) {
    rep.add("bia/evidence-invalid", "error", "", { index: "evidenceMaxAge", value: maxAgeText });
    return { model, used, diagnostics: rep.done() };
  }
  // The latest measurement per node (by date; the later entry on the same date).
  const latest = new Map<number, { e: RecoveryEvidence; at: Date; index: number }>();
  evidence.forEach((e, index) => {
    const minutes = (e as { recoveryMinutes?: unknown }).recoveryMinutes;
    const at = typeof e.date === "string" ? parseIsoDate(e.date).date : undefined;
    if (typeof minutes !== "number" || !Number.isFinite(minutes) || minutes < 0 || !at) {
      rep.add("bia/evidence-invalid", "error", "", {
        index: String(index),
        value: JSON.stringify({ recoveryMinutes: minutes ?? null, date: e.date ?? null }),
      });
      return;
    }
    const v = typeof e.node === "string" ? model.indexOf.get(e.node) : undefined;
    if (v === undefined) {
      rep.add("bia/evidence-unknown-node", "warning", "", { node: String(e.node) });
      return;
    }
    if (at.getTime() > now.getTime()) {
      rep.add("bia/evidence-future", "warning", "", { node: e.node, date: e.date });
      return;
    }
    const known = latest.get(v);
    if (!known || at.getTime() >= known.at.getTime()) latest.set(v, { e, at, index });
  });
  if (latest.size === 0) return { model, used, diagnostics: rep.done() };
  const recoveryMinutes = Float64Array.from(model.recoveryMinutes);
  // In node order, so the diagnostics come out in the same order on every run.
  const nodes = [...latest.keys()].sort((a, b) => a - b);
  for (const v of nodes) {
    const { e, at } = latest.get(v) as { e: RecoveryEvidence; at: Date };
    const ageMinutes = (now.getTime() - at.getTime()) / 60_000;
    if (ageMinutes > maxAge) {
      rep.add("bia/evidence-stale", "info", model.paths[v] as string, {
        node: e.node,
        date: e.date,
        maxAge: { minutes: maxAge },
      });
      continue;
    }
    const estimate = model.recoveryMinutes[v] as number;
    recoveryMinutes[v] = e.recoveryMinutes;
    used[v] = {
      source: e.source ?? null,
      date: e.date,
      measuredMinutes: e.recoveryMinutes,
      estimateMinutes: Number.isNaN(estimate) ? null : estimate,
    };
  }
  return { model: { ...model, recoveryMinutes }, used, diagnostics: rep.done() };
}
