import { type AnalyzeOptions, analyzeModel, type BiaResult } from "../analyze.js";
import { type CompileSource, compileSources } from "../model/compile.js";

/**
 * One organisation's BIA in a group analysis.
 *
 * @example
 * ```ts
 * import type { GroupMember } from "@mamori/bia";
 * const m: GroupMember = { orgId: "kita-th", document: { kind: "BusinessImpactAnalysis" } };
 * ```
 *
 * @category Analysis
 */
export interface GroupMember {
  /** The organisation's id: its nodes become `orgId:nodeId`. */
  orgId: string;
  /** Its `BusinessImpactAnalysis` document. */
  document: unknown;
}

/**
 * Analyse several organisations' BIAs together (the consolidated-group and value-chain
 * scopes): every node becomes `orgId:nodeId`, a plain reference stays inside its own
 * document, and `orgId:nodeId` references cross documents — an external placeholder for a
 * node that another member defines is replaced by the real node. Diagnostics point into
 * `/<member index>/document/…`. The result has the same shape as {@link analyzeBia}'s.
 *
 * @param members - Each organisation's id and its `BusinessImpactAnalysis` document, in the order their diagnostics are numbered (`/<member index>/document/…`).
 * @param options - The same options as {@link analyzeBia}'s: locale, scenario, tiers, RTO margin and caps.
 *
 * @example
 * ```ts
 * import { analyzeGroup } from "@mamori/bia";
 * const doc = (processes: unknown[], services: unknown[] = []) => ({
 *   kind: "BusinessImpactAnalysis", schemaVersion: "1.0", timePoints: ["P1D"], unacceptableLevel: 4, processes, services });
 * const r = analyzeGroup([
 *   { orgId: "hq", document: doc([{ id: "sales", name: "Sales", objectives: { rto: "PT8H" }, dependsOn: ["th:line"] }]) },
 *   { orgId: "th", document: doc([], [{ id: "line", name: "Line", capability: { recoveryTime: "PT12H" } }]) },
 * ]);
 * r.gaps[0]?.path; // ["hq:sales", "th:line"]
 * ```
 *
 * @category Analysis
 */
export function analyzeGroup(
  members: readonly GroupMember[],
  options: AnalyzeOptions = {},
): BiaResult {
  const sources: CompileSource[] = (Array.isArray(members) ? members : []).map((m, i) => ({
    input: m?.document,
    basePath: `/${i}/document`,
    org: typeof m?.orgId === "string" && m.orgId.length > 0 ? m.orgId : `org${i}`,
  }));
  const { model, diagnostics } = compileSources(sources, {
    locale: options.locale ?? "en",
    ...(options.rtoMargin !== undefined ? { rtoMargin: options.rtoMargin } : {}),
  });
  return analyzeModel(model, diagnostics, options);
}
