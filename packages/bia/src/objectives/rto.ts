import { type Diagnostic, toIsoDuration } from "@mamori/core";
import type { BiaModel } from "../model/compile.js";
import {
  DEFAULT_DIAGNOSTICS_PER_CODE,
  type DiagnosticOptions,
  makeReporter,
} from "../model/reporter.js";
import type { MtpdResult } from "./mtpd.js";

/**
 * Reference cited by the recovery-objective diagnostics.
 *
 * @category Analysis steps
 */
export const OBJECTIVES_REF =
  "IT service continuity guideline (METI, 2012): BIA and recovery objectives (RTO/RPO/RLO); ISO/IEC 27031";

/**
 * Recovery objectives of one process.
 *
 * @experimental
 * @example
 * ```ts
 * import type { ProcessObjectives } from "@mamori/bia/model";
 * const o: ProcessObjectives = { process: "order-intake", mtpdMinutes: 1440, wrtMinutes: 240, rtoMinutes: 1200, rtoSource: "derived", rpoMinutes: 60, rlo: 50 };
 * ```
 *
 * @category Analysis steps
 */
export interface ProcessObjectives {
  /** Process id. */
  process: string;
  /** MTPD in minutes, or null. */
  mtpdMinutes: number | null;
  /** Work recovery time in minutes. */
  wrtMinutes: number;
  /** RTO in minutes, or null (not time-critical and none given). */
  rtoMinutes: number | null;
  /** Where the RTO comes from. */
  rtoSource: "explicit" | "derived" | null;
  /**
   * True when no RTO can meet the MTPD: the RTO is derived and the work recovery time plus the
   * margin take the whole MTPD or more (`bia/wrt-exceeds-mtpd`); `rtoMinutes` is then 0. An
   * explicit RTO of 0 is a target (back at once), not this. Absent means false.
   */
  rtoUnmeetable?: boolean;
  /** RPO in minutes, or null. */
  rpoMinutes: number | null;
  /** RLO as written, or null. */
  rlo: number | string | null;
}

/**
 * The outcome of {@link computeRecoveryObjectives}.
 *
 * @experimental
 * @example
 * ```ts
 * import type { ObjectivesResult } from "@mamori/bia/model";
 * const r: ObjectivesResult = { objectives: [], diagnostics: [] };
 * ```
 *
 * @category Analysis steps
 */
export interface ObjectivesResult {
  /** One entry per process, in model order. */
  objectives: ProcessObjectives[];
  /** Errors and warnings about the objectives. */
  diagnostics: Diagnostic[];
}

/**
 * Derive each process's RTO: the explicit one, or MTPD − WRT − margin. An explicit RTO with
 * RTO + WRT > MTPD is an error (`bia/rto-exceeds-mtpd`), as is a WRT that leaves no time
 * (`bia/wrt-exceeds-mtpd`). RPO and RLO are taken as given; a time-critical process without
 * them gets `bia/missing-rpo` / `bia/missing-rlo`; one that is not time-critical gets
 * `bia/not-time-critical` (info).
 *
 * @param model - The compiled model, from {@link compileBia}.
 * @param mtpd - The MTPD of every process, from {@link computeMtpd}.
 * @param options - The locale and the cap on diagnostics per code (default 1,000); see {@link DiagnosticOptions}.
 *
 * @experimental
 * @example
 * ```ts
 * import { compileBia, computeMtpd, computeRecoveryObjectives } from "@mamori/bia/model";
 * const { model } = compileBia({
 *   kind: "BusinessImpactAnalysis", schemaVersion: "1.0", timePoints: ["P1D"], unacceptableLevel: 4,
 *   processes: [{ id: "p", name: "P", wrt: "PT4H", impacts: { financial: { P1D: 4 } } }],
 * });
 * computeRecoveryObjectives(model, computeMtpd(model)).objectives[0]?.rtoMinutes; // 1200 (1440 − 240)
 * ```
 *
 * @category Analysis steps
 */
export function computeRecoveryObjectives(
  model: BiaModel,
  mtpd: readonly MtpdResult[],
  options: DiagnosticOptions = {},
): ObjectivesResult {
  const rep = makeReporter(
    model.locale,
    options.maxDiagnosticsPerCode ?? DEFAULT_DIAGNOSTICS_PER_CODE,
  );
  const objectives = model.processes.map((p, i): ProcessObjectives => {
    const v = p.node;
    const id = model.ids[v] as string;
    const path = model.paths[v] as string;
    const m = mtpd[i]?.mtpdMinutes ?? null;
    const explicit = model.explicitRto[v] as number;
    const rpo = model.explicitRpo[v] as number;
    let rto: number | null = null;
    let source: ProcessObjectives["rtoSource"] = null;
    let unmeetable = false;
    if (!Number.isNaN(explicit)) {
      rto = explicit;
      source = "explicit";
      if (m !== null && explicit + p.wrtMinutes > m) {
        rep.add(
          "bia/rto-exceeds-mtpd",
          "error",
          `${path}/objectives/rto`,
          {
            process: id,
            rto: toIsoDuration(explicit),
            wrt: toIsoDuration(p.wrtMinutes),
            total: { minutes: explicit + p.wrtMinutes },
            mtpd: { minutes: m },
          },
          { ref: OBJECTIVES_REF },
        );
      }
    } else if (m !== null) {
      const derived = m - p.wrtMinutes - p.marginMinutes;
      if (derived <= 0) {
        rep.add(
          "bia/wrt-exceeds-mtpd",
          "error",
          `${path}/wrt`,
          {
            process: id,
            wrt: { minutes: p.wrtMinutes },
            mtpd: { minutes: m },
          },
          { ref: OBJECTIVES_REF },
        );
        rto = 0;
        unmeetable = true;
      } else rto = derived;
      source = "derived";
    }
    if (m === null) {
      rep.add("bia/not-time-critical", "info", path, { process: id });
    } else {
      if (Number.isNaN(rpo))
        rep.add("bia/missing-rpo", "warning", path, { process: id }, { ref: OBJECTIVES_REF });
      if (p.rlo === null && p.minimumCapacity === null) {
        rep.add("bia/missing-rlo", "warning", path, { process: id }, { ref: OBJECTIVES_REF });
      }
    }
    return {
      process: id,
      mtpdMinutes: m,
      wrtMinutes: p.wrtMinutes,
      rtoMinutes: rto,
      rtoSource: source,
      rtoUnmeetable: unmeetable,
      rpoMinutes: Number.isNaN(rpo) ? null : rpo,
      rlo: p.rlo ?? p.minimumCapacity,
    };
  });
  return { objectives, diagnostics: rep.done() };
}
