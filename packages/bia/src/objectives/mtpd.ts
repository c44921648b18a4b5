import type { BiaModel } from "../model/compile.js";

/**
 * MTPD of one process: the earliest time point at which any category reaches its
 * unacceptable level.
 *
 * @experimental
 * @example
 * ```ts
 * import type { MtpdResult } from "@mamori/bia/model";
 * const r: MtpdResult = { process: "order-intake", mtpdMinutes: 1440, timePoint: "P1D", categories: ["financial"], timeCritical: true };
 * ```
 *
 * @category Analysis steps
 */
export interface MtpdResult {
  /** Process id. */
  process: string;
  /** MTPD in minutes, or null when no category ever reaches its unacceptable level. */
  mtpdMinutes: number | null;
  /** The time point as written (for example `P1D`), or null. */
  timePoint: string | null;
  /** The categories that reach their unacceptable level at that time point. */
  categories: string[];
  /** False when the process is not time-critical (no MTPD). */
  timeCritical: boolean;
}

/**
 * Compute the maximum tolerable period of disruption (MTPD) of every process: the earliest
 * rated time point at which any category's (carried-forward) rating reaches that category's
 * unacceptable level. A process that never reaches it is not time-critical.
 *
 * @param model - The compiled model, from {@link compileBia}.
 * @returns One result per process, in the model's order.
 *
 * @experimental
 * @example
 * ```ts
 * import { compileBia, computeMtpd } from "@mamori/bia/model";
 * const { model } = compileBia({
 *   kind: "BusinessImpactAnalysis", schemaVersion: "1.0", timePoints: ["PT4H", "P1D"], unacceptableLevel: 4,
 *   processes: [{ id: "p", name: "P", impacts: { financial: { PT4H: 2, P1D: 4 } } }],
 * });
 * computeMtpd(model)[0]?.mtpdMinutes; // 1440
 * ```
 *
 * @category Analysis steps
 */
export function computeMtpd(model: BiaModel): MtpdResult[] {
  return model.processes.map((p) => {
    for (let t = 0; t < p.timePoints.length; t++) {
      const hit: string[] = [];
      p.categories.forEach((c, ci) => {
        const lv = (p.levels[ci] as readonly (number | null)[])[t];
        if (lv !== null && lv !== undefined && lv >= c.unacceptableLevel) hit.push(c.id);
      });
      if (hit.length > 0) {
        return {
          process: model.ids[p.node] as string,
          mtpdMinutes: p.timePoints[t] as number,
          timePoint: p.timePointTexts[t] as string,
          categories: hit,
          timeCritical: true,
        };
      }
    }
    return {
      process: model.ids[p.node] as string,
      mtpdMinutes: null,
      timePoint: null,
      categories: [],
      timeCritical: false,
    };
  });
}

/**
 * Impact level per category after an outage of `minutes`: the rating at the last time
 * point not after `minutes` (carried forward), or null before the first rated point.
 *
 * @param model - The compiled model, from {@link compileBia}.
 * @param processIndex - The index of the process in `model`.
 * @param minutes - How long the outage has lasted, in minutes.
 *
 * @experimental
 * @example
 * ```ts
 * import { compileBia, impactAt } from "@mamori/bia/model";
 * const { model } = compileBia({
 *   kind: "BusinessImpactAnalysis", schemaVersion: "1.0", timePoints: ["PT4H", "P1D"], unacceptableLevel: 4,
 *   processes: [{ id: "p", name: "P", impacts: { financial: { PT4H: 2, P1D: 4 } } }],
 * });
 * impactAt(model, 0, 600).financial; // 2 (10 hours: the PT4H rating still holds)
 * ```
 *
 * @category Analysis steps
 */
export function impactAt(
  model: BiaModel,
  processIndex: number,
  minutes: number,
): Record<string, number | null> {
  const p = model.processes[processIndex];
  const out: Record<string, number | null> = {};
  if (!p) return out;
  let t = -1;
  while (t + 1 < p.timePoints.length && (p.timePoints[t + 1] as number) <= minutes) t++;
  p.categories.forEach((c, ci) => {
    out[c.id] = t < 0 ? null : ((p.levels[ci] as readonly (number | null)[])[t] ?? null);
  });
  return out;
}
