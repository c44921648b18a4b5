import { sortDiagnostics } from "@mamori/core";
import { buildAdjacency } from "./adjacency.js";
import { makeDurationReader } from "./durations.js";
import { readNodeMinutes } from "./minutes.js";
import { readRatings } from "./ratings.js";
import { readSources } from "./read.js";
import { makeReporter } from "./reporter.js";
import type {
  BiaModel,
  BiaNodeType,
  CategoryInfo,
  CompileOptions,
  CompileResult,
  CompileSource,
  ProcessInfo,
  ScenarioEntry,
} from "./types.js";

export type {
  BiaModel,
  BiaNodeType,
  CategoryInfo,
  CompileOptions,
  CompileResult,
  CompileSource,
  ProcessInfo,
  ScenarioEntry,
};

/**
 * Compile several documents into one model (a group analysis uses several), in four passes:
 * read (validate, register nodes), adjacency (resolve references), minutes (per-node
 * durations) and ratings (per-process impact tables). @internal
 */
export function compileSources(
  sources: readonly CompileSource[],
  options: CompileOptions = {},
): CompileResult {
  const locale = options.locale ?? "en";
  const rep = makeReporter(locale);
  // Every duration is read through one reader, so each problem is reported once.
  const durations = makeDurationReader(rep, locale);
  const { table, pending, scenarios, tiers } = readSources(sources, options, rep, durations);
  const adjacency = buildAdjacency(table, rep);
  const { explicitN, groupStart, memberStart, members, groupEntry, revStart, rev } = adjacency;
  const n = table.ids.length;
  const minutes = readNodeMinutes(table, explicitN, durations);
  const { processOf, processes } = readRatings(pending, table.ids, minutes.rlos, n, rep, durations);

  return {
    model: {
      n,
      ids: table.ids,
      names: table.names,
      namesJa: table.namesJa,
      types: table.types,
      paths: table.paths,
      indexOf: table.indexOf,
      kinds: table.kinds,
      sites: table.sites,
      hosting: table.hosting,
      groupStart,
      memberStart,
      members,
      groupEntry,
      revStart,
      rev,
      recoveryMinutes: minutes.recoveryMinutes,
      dataLossMinutes: minutes.dataLossMinutes,
      explicitRto: minutes.explicitRto,
      explicitRpo: minutes.explicitRpo,
      holdsData: minutes.holdsData,
      powerClass: minutes.powerClass,
      backupRuntime: minutes.backupRuntime,
      processes,
      processOf,
      scenarios,
      tiers,
      locale,
    },
    diagnostics: sortDiagnostics(rep.list),
  };
}

/**
 * Validate a `BusinessImpactAnalysis` document and index it once for analysis. Never
 * throws: schema problems, malformed or negative durations, duplicate ids, dangling
 * references, self-dependencies and empty any-of groups become diagnostics with JSON
 * pointers, and whatever is usable is still indexed.
 *
 * @param input - The `BusinessImpactAnalysis` document, parsed from YAML or JSON; any value is accepted.
 * @param options - The locale of diagnostics (default `en`) and an RTO margin in minutes that overrides the document's; see {@link CompileOptions}.
 *
 * @experimental
 * @example
 * ```ts
 * import { compileBia } from "@mamori/bia/model";
 * const { model, diagnostics } = compileBia({
 *   kind: "BusinessImpactAnalysis", schemaVersion: "1.0", timePoints: ["PT4H"], unacceptableLevel: 4,
 *   processes: [{ id: "p", name: "P", dependsOn: ["nowhere"] }],
 * });
 * diagnostics[0]?.code; // "document/dangling-reference"
 * model.n; // 1
 * ```
 *
 * @category Analysis steps
 */
export function compileBia(input: unknown, options: CompileOptions = {}): CompileResult {
  return compileSources([{ input, basePath: "", org: null }], options);
}
