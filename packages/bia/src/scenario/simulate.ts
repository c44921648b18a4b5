import type { CycleAnalysis } from "../graph/cycles.js";
import type { BiaModel } from "../model/compile.js";
import {
  DEFAULT_DIAGNOSTICS_PER_CODE,
  type DiagnosticOptions,
  makeReporter,
} from "../model/reporter.js";
import type { ProcessObjectives } from "../objectives/rto.js";
import type { ExpandedScenario } from "./expand.js";
import { type ScenarioOutcome, scenarioOutcome } from "./outcome.js";
import { propagateFailures } from "./propagate.js";

/**
 * Simulate a scenario over the dependency graph: a node is down while one of its dependency
 * groups is down (an any-of group while all its members are), plus its own recovery time
 * after its dependencies come back; a process that depends directly on people working below
 * its minimum capacity (default 50%) is down meanwhile. A node with its own backup power
 * (see {@link expandScenario}) stays up while its supply (its groups made of power resources
 * only) is down, until the backup runs out: its runtime counts from the start of the power
 * outage (or of the supply's outage, when that comes first or alone), as the power analysis
 * reads it. A node is down in a power outage only when its own backup and its supply's have
 * both run out. A
 * node the scenario fails directly is back when the failure ends, or after its own recovery
 * time with `recoverAfterFailure`. A dependency cycle is one unit (see `Cycle`): down
 * while any member is failed or inherits a failure from outside it, then for the sum of its
 * members' recovery times. For each process: when it is down,
 * whether and when its RTO and MTPD are breached (by a continuous outage), the impact level
 * reached per category over time, and the loss. Linear in (nodes + edges) × intervals.
 * Breaches past `options.maxDiagnosticsPerCode` (default 1,000) per code in this scenario are
 * counted in one `bia/diagnostics-truncated` at the scenario's path instead of listed;
 * `processes` has every one.
 *
 * @param model - The compiled model, from {@link compileBia}.
 * @param cycles - The model's dependency cycles, from {@link findCycles}.
 * @param objectives - Each process's objectives, from {@link computeRecoveryObjectives}.
 * @param scenario - The scenario as node failures, from {@link expandScenario}.
 * @param options - The locale and the cap on diagnostics per code in this scenario (default 1,000); see {@link DiagnosticOptions}.
 *
 * @experimental
 * @example
 * ```ts
 * import { analyzeBia } from "@mamori/bia";
 * const r = analyzeBia({
 *   kind: "BusinessImpactAnalysis", schemaVersion: "1.0", timePoints: ["PT4H", "P1D"], unacceptableLevel: 4,
 *   processes: [{ id: "p", name: "P", objectives: { rto: "PT4H" }, lossPerHour: { amount: 1000, currency: "JPY" }, dependsOn: ["line"] }],
 *   resources: [{ id: "line", name: "Line", kind: "communications" }],
 *   scenarios: [{ id: "cut", name: "Cut", type: "communications-outage", duration: "PT10H" }],
 * });
 * r.scenarios[0]?.processes[0]?.loss; // 10000 (1,000 × 10 h)
 * ```
 *
 * @category Scenarios
 */
export function simulateScenario(
  model: BiaModel,
  cycles: CycleAnalysis,
  objectives: readonly ProcessObjectives[],
  scenario: ExpandedScenario,
  options: DiagnosticOptions = {},
): ScenarioOutcome {
  // Capped per scenario: the truncation note sits at the scenario it is about.
  const rep = makeReporter(
    model.locale,
    options.maxDiagnosticsPerCode ?? DEFAULT_DIAGNOSTICS_PER_CODE,
    scenario.path,
  );
  const down = propagateFailures(model, cycles, scenario, rep);
  return scenarioOutcome(model, objectives, scenario, down, rep);
}
