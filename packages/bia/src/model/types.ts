// The compiled model's types, in a leaf module: compile.ts runs the passes, and the passes
// (read, adjacency, minutes, ratings) need the types but must not import the module that runs them.
import type { Diagnostic, Locale } from "@mamori/core";
import type { TierDefinition } from "../recovery/tiers.js";

/**
 * The four kinds of node in a BIA dependency graph.
 *
 * @example
 * ```ts
 * import type { BiaNodeType } from "@mamori/bia";
 * const supplier: BiaNodeType = "external"; // e.g. steel-supplier or kita-th:rayong-line
 * ```
 *
 * @category Analysis steps
 */
export type BiaNodeType = "process" | "service" | "resource" | "external";

/**
 * An impact category as the analysis uses it: names and the level from which impact is
 * unacceptable.
 *
 * @experimental
 * @example
 * ```ts
 * import type { CategoryInfo } from "@mamori/bia/model";
 * const c: CategoryInfo = { id: "financial", name: "Financial", nameJa: "財務", unacceptableLevel: 4 };
 * ```
 *
 * @category Analysis steps
 */
export interface CategoryInfo {
  /** Category id. */
  id: string;
  /** English name. */
  name: string;
  /** Japanese name. */
  nameJa: string;
  /** The level from which impact in this category is unacceptable. */
  unacceptableLevel: number;
}

/**
 * The BIA-specific data of one business process, in minutes and numbers.
 *
 * @experimental
 * @example
 * ```ts
 * import { compileBia } from "@mamori/bia/model";
 * const { model } = compileBia({ kind: "BusinessImpactAnalysis", schemaVersion: "1.0", timePoints: ["PT4H"], unacceptableLevel: 4, processes: [{ id: "p", name: "P" }] });
 * model.processes[0]?.node; // 0
 * ```
 *
 * @category Analysis steps
 */
export interface ProcessInfo {
  /** Index of the process node in the model. */
  node: number;
  /** Time points of its document, in minutes, ascending. */
  timePoints: number[];
  /** Time points as written (ISO 8601), aligned with `timePoints`. */
  timePointTexts: string[];
  /** Categories of its document. */
  categories: CategoryInfo[];
  /**
   * Ratings per category (same order as `categories`) per time point, after carrying a
   * missing point forward; `null` before the first rating. Equal rows are one frozen array
   * shared between processes (a large BIA repeats a few hundred rows thousands of times).
   */
  levels: (readonly (number | null)[])[];
  /** Work recovery time in minutes (0 when not given). */
  wrtMinutes: number;
  /** RTO margin of its document, in minutes. */
  marginMinutes: number;
  /** Loss per hour of outage, or null. */
  lossPerHour: number | null;
  /** Currency of the loss figures, or null. */
  currency: string | null;
  /** Cumulative loss curve (minutes, amount), ascending, or null. */
  lossCurve: { minutes: number; amount: number }[] | null;
  /** Minimum capacity (RLO/MBCO, %) it needs, or null. */
  minimumCapacity: number | null;
  /** The RLO as written, or null. */
  rlo: number | string | null;
}

/**
 * A scenario as read from a document, with the JSON pointer it came from.
 *
 * @experimental
 * @example
 * ```ts
 * import type { ScenarioEntry } from "@mamori/bia/model";
 * const s: ScenarioEntry = { path: "/scenarios/0", org: null, scenario: { id: "x", name: "X", type: "site-loss", site: "sendai-dc", duration: "P3D" } };
 * ```
 *
 * @category Analysis steps
 */
export interface ScenarioEntry {
  /** JSON pointer of the scenario. */
  path: string;
  /** Organisation prefix used to resolve its references (group analysis), or null. */
  org: string | null;
  /** The scenario object as written (its shape checked by the schema when compiled). */
  scenario: Record<string, unknown>;
}

/**
 * A BIA indexed once for analysis: nodes numbered 0..n−1, dependencies in compressed
 * adjacency arrays (`Int32Array`), numbers in minutes. Built by {@link compileBia}; every
 * analysis function reads it and none changes it.
 *
 * Dependencies of node `v` are its groups `groupStart[v] .. groupStart[v+1]−1`; the members
 * of group `g` are `members[memberStart[g] .. memberStart[g+1]−1]`. A group with more than
 * one member is an any-of group (up while one member is up). `revStart`/`rev` list, for
 * each node, the nodes that depend on it.
 *
 * @experimental
 * @example
 * ```ts
 * import { compileBia } from "@mamori/bia/model";
 * const { model } = compileBia({
 *   kind: "BusinessImpactAnalysis", schemaVersion: "1.0", timePoints: ["PT4H"], unacceptableLevel: 4,
 *   processes: [{ id: "p", name: "P", dependsOn: ["s"] }], services: [{ id: "s", name: "S" }],
 * });
 * model.n; // 2
 * ```
 *
 * @category Analysis steps
 */
export interface BiaModel {
  /** Number of nodes. */
  n: number;
  /** Node ids (qualified `org:id` in a group analysis). */
  ids: string[];
  /** Node names. */
  names: string[];
  /** Japanese node names (or the name). */
  namesJa: string[];
  /** Node types. */
  types: BiaNodeType[];
  /** JSON pointer of each node's definition (`""` for implicit external nodes). */
  paths: string[];
  /** Node index by id. */
  indexOf: Map<string, number>;
  /** Resource/external kind, or null. */
  kinds: (string | null)[];
  /** Site of the node (its `site` or `hosting.site`), or null. */
  sites: (string | null)[];
  /** Hosting type, or null. */
  hosting: (string | null)[];
  /** First group of each node (length n+1). */
  groupStart: Int32Array;
  /** First member of each group (length groups+1). */
  memberStart: Int32Array;
  /** Group members (node indexes). */
  members: Int32Array;
  /** Index of each group's entry in its node's `dependsOn` list (its JSON pointer is `paths[v]/dependsOn/i`). */
  groupEntry: Int32Array;
  /** First dependent of each node (length n+1). */
  revStart: Int32Array;
  /** Dependents (node indexes); a node appears once per edge. */
  rev: Int32Array;
  /** Own recovery time in minutes; NaN when not given. */
  recoveryMinutes: Float64Array;
  /** Data-loss capability (backup interval + replication lag) in minutes; NaN when not given. */
  dataLossMinutes: Float64Array;
  /** Explicit RTO in minutes; NaN when not given. */
  explicitRto: Float64Array;
  /** Explicit RPO in minutes; NaN when not given. */
  explicitRpo: Float64Array;
  /** 1 for a node that keeps data (its own `holdsData`, or `holdsDataByDefault` of `@mamori/bia`). */
  holdsData: Uint8Array;
  /** Power class, or null. */
  powerClass: ("protect" | "may-stop" | null)[];
  /** Backup power runtime in minutes; NaN when not given. */
  backupRuntime: Float64Array;
  /** Process data, one entry per process node. */
  processes: ProcessInfo[];
  /** Process entry index by node index (−1 for non-processes). */
  processOf: Int32Array;
  /** Scenarios of the document(s). */
  scenarios: ScenarioEntry[];
  /**
   * The document's own tier table (its valid rows), or null when it has none. In a group
   * analysis, the first member's that has one.
   */
  tiers: TierDefinition[] | null;
  /** Locale of diagnostics. */
  locale: Locale;
}

/**
 * Options of {@link compileBia}.
 *
 * @experimental
 * @example
 * ```ts
 * import type { CompileOptions } from "@mamori/bia/model";
 * const o: CompileOptions = { locale: "ja", rtoMargin: 60 };
 * ```
 *
 * @category Analysis steps
 */
export interface CompileOptions {
  /** Locale of diagnostics. Default `en`. */
  locale?: Locale;
  /** RTO margin in minutes, overriding the document's `rtoMargin`. */
  rtoMargin?: number;
}

/**
 * The outcome of {@link compileBia}: the model (always present, possibly empty) and every
 * diagnostic found while reading.
 *
 * @experimental
 * @example
 * ```ts
 * import { compileBia, type CompileResult } from "@mamori/bia/model";
 * const r: CompileResult = compileBia(null);
 * r.diagnostics[0]?.code; // "document/not-an-object"
 * ```
 *
 * @category Analysis steps
 */
export interface CompileResult {
  /** The indexed model. */
  model: BiaModel;
  /** Problems found. */
  diagnostics: Diagnostic[];
}

/** One document to compile, with the organisation prefix used in a group analysis. @internal */
export interface CompileSource {
  input: unknown;
  basePath: string;
  org: string | null;
}
