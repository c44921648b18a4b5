import type { BlackoutWindow, Scenario, ScenarioFailure } from "../schema.js";

/**
 * Options shared by the scenario helpers.
 *
 * @example
 * ```ts
 * import type { ScenarioBase } from "@mamori/bia";
 * const b: ScenarioBase = { id: "quake", name: "Earthquake", duration: "PT72H" };
 * ```
 *
 * @category Scenarios
 */
export interface ScenarioBase {
  /** Scenario id. */
  id: string;
  /** Scenario name. */
  name: string;
  /** Japanese name. */
  nameJa?: string;
  /** How long the failure lasts (ISO 8601). */
  duration: string;
  /** When it starts, relative to the incident (ISO 8601). Default `PT0S`. */
  start?: string;
  /** Nodes that fail (each helper has a default, see its documentation). */
  nodes?: string[];
  /**
   * A node the scenario fails directly needs its own recovery time after the failure ends
   * (default false: it is back when the failure ends).
   */
  recoverAfterFailure?: boolean;
}

/** The fields a timed scenario shares, without `nodes` (a site loss has none). */
function timed<T extends Scenario["type"]>(type: T, o: Omit<ScenarioBase, "nodes">) {
  return {
    id: o.id,
    name: o.name,
    type,
    duration: o.duration,
    ...(o.nameJa !== undefined ? { nameJa: o.nameJa } : {}),
    ...(o.start !== undefined ? { start: o.start } : {}),
    ...(o.recoverAfterFailure !== undefined ? { recoverAfterFailure: o.recoverAfterFailure } : {}),
  };
}

/** {@link timed} plus the `nodes` that fail, when given. */
function listed<T extends Scenario["type"]>(type: T, o: ScenarioBase) {
  return { ...timed(type, o), ...(o.nodes !== undefined ? { nodes: [...o.nodes] } : {}) };
}

/**
 * A wide-area power outage: the supply of its `nodes` is cut for `duration`, plus any planned
 * rolling-blackout windows (relative to the incident) — by default of the utility power
 * resources (every `power` resource without its own backup runtime) and of nodes with their
 * own backup runtime and no power resource among their dependencies. A node fails only when
 * its backup power (a generator's or UPS's runtime, or its own `power.backupRuntime` unless
 * it is classed `may-stop`) runs out, and from that moment (see `expandScenario`).
 *
 * @param o - The scenario's id, names, duration (ISO 8601), start (default `PT0S`), the nodes whose supply is cut (default as above) and any rolling-blackout windows.
 * @returns A `power-outage` scenario, ready for the document's `scenarios`.
 *
 * @example
 * ```ts
 * import { wideAreaPowerOutage } from "@mamori/bia";
 * wideAreaPowerOutage({ id: "quake-72h", name: "72-hour outage", duration: "PT72H",
 *   rollingBlackout: [{ start: "P4D", duration: "PT3H" }] }).type; // "power-outage"
 * ```
 *
 * @category Scenarios
 */
export function wideAreaPowerOutage(
  o: ScenarioBase & { rollingBlackout?: BlackoutWindow[] },
): Extract<Scenario, { type: "power-outage" }> {
  const s: Extract<Scenario, { type: "power-outage" }> = listed("power-outage", o);
  if (o.rollingBlackout) s.rollingBlackout = o.rollingBlackout.map((w) => ({ ...w }));
  return s;
}

/**
 * Loss of a site: every node whose `site` (or `hosting.site`) is `site` is down for `duration`.
 *
 * @param o - The scenario's id, names, duration (ISO 8601), start (default `PT0S`) and the id of the site that is lost.
 * @returns A `site-loss` scenario, ready for the document's `scenarios`.
 *
 * @example
 * ```ts
 * import { siteLoss } from "@mamori/bia";
 * siteLoss({ id: "dc-fire", name: "Server room fire", site: "sendai-dc", duration: "P7D" }).site; // "sendai-dc"
 * ```
 *
 * @category Scenarios
 */
export function siteLoss(
  o: Omit<ScenarioBase, "nodes"> & { site: string },
): Extract<Scenario, { type: "site-loss" }> {
  return { ...timed("site-loss", o), site: o.site };
}

/**
 * A communications outage: the given nodes (by default every `communications` resource) are
 * down for `duration`. In 2011, 50.2% of affected firms stopped for cut communications.
 *
 * @param o - The scenario's id, names, duration (ISO 8601), start (default `PT0S`) and the nodes that fail (default every `communications` resource).
 * @returns A `communications-outage` scenario, ready for the document's `scenarios`.
 *
 * @example
 * ```ts
 * import { communicationsOutage } from "@mamori/bia";
 * communicationsOutage({ id: "wan-cut", name: "WAN cut", duration: "P2D", nodes: ["leased-line"] }).nodes; // ["leased-line"]
 * ```
 *
 * @category Scenarios
 */
export function communicationsOutage(
  o: ScenarioBase,
): Extract<Scenario, { type: "communications-outage" }> {
  return listed("communications-outage", o);
}

/**
 * Reduced staff availability: the given `people` resources (by default all of them) work at
 * `percent` of normal for `duration`. A process that depends on one directly stops when the
 * percentage is below its minimum capacity (RLO); without one, below 50%.
 *
 * @param o - The scenario's id, names, duration (ISO 8601), start (default `PT0S`), the `people` resources affected (default all) and the `percent` of normal capacity left, 0 to 100.
 * @returns A `staff-availability` scenario, ready for the document's `scenarios`.
 *
 * @example
 * ```ts
 * import { staffAvailability } from "@mamori/bia";
 * staffAvailability({ id: "commute", name: "Staff cannot commute", duration: "P3D", percent: 40 }).percent; // 40
 * ```
 *
 * @category Scenarios
 */
export function staffAvailability(
  o: ScenarioBase & { percent: number },
): Extract<Scenario, { type: "staff-availability" }> {
  return { ...listed("staff-availability", o), percent: o.percent };
}

/**
 * A supplier outage: the given external nodes (by default every external of kind
 * `supplier`) are down for `duration`. In 2011, 46.7% of affected firms stopped because a
 * business partner was hit.
 *
 * @param o - The scenario's id, names, duration (ISO 8601), start (default `PT0S`) and the external nodes that fail (default every `supplier`).
 * @returns A `supplier-outage` scenario, ready for the document's `scenarios`.
 *
 * @example
 * ```ts
 * import { supplierOutage } from "@mamori/bia";
 * supplierOutage({ id: "steel", name: "Steel supplier down", duration: "P14D", nodes: ["steel-supplier"] }).type; // "supplier-outage"
 * ```
 *
 * @category Scenarios
 */
export function supplierOutage(o: ScenarioBase): Extract<Scenario, { type: "supplier-outage" }> {
  return listed("supplier-outage", o);
}

/**
 * A custom scenario: explicit failures, each with its own start, duration and (for people)
 * capacity; `recoverAfterFailure` as in {@link ScenarioBase}.
 *
 * @param o - The scenario's id, names and its failures, each a node with its own start, duration (ISO 8601) and, for people, capacity.
 * @returns A `custom` scenario, ready for the document's `scenarios`.
 *
 * @example
 * ```ts
 * import { customScenario } from "@mamori/bia";
 * customScenario({ id: "x", name: "Two failures", failures: [{ node: "erp-db", duration: "PT12H" }] }).failures.length; // 1
 * ```
 *
 * @category Scenarios
 */
export function customScenario(o: {
  id: string;
  name: string;
  nameJa?: string;
  failures: ScenarioFailure[];
  recoverAfterFailure?: boolean;
}): Extract<Scenario, { type: "custom" }> {
  const s: Extract<Scenario, { type: "custom" }> = {
    id: o.id,
    name: o.name,
    type: "custom",
    failures: o.failures.map((f) => ({ ...f })),
  };
  if (o.nameJa !== undefined) s.nameJa = o.nameJa;
  if (o.recoverAfterFailure !== undefined) s.recoverAfterFailure = o.recoverAfterFailure;
  return s;
}
