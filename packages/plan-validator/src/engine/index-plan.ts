import { type Diagnostic, indexById, type Locale } from "@mamori/core";
import type { ContinuityPlan } from "../schema/plan.js";

/**
 * Where an indexed item is: its position and JSON pointer.
 *
 * @example
 * ```ts
 * import type { Located } from "@mamori/plan-validator";
 * const at: Located = { index: 0, path: "/roles/0" };
 * ```
 */
export interface Located {
  /** Position in its array. */
  index: number;
  /** JSON pointer of the item. */
  path: string;
}

/**
 * The plan's ids, indexed once so rules never search arrays in loops.
 *
 * @example
 * ```ts
 * import { indexPlan, type ContinuityPlan } from "@mamori/plan-validator";
 * declare const plan: ContinuityPlan; // a plan that passed the schema (validatePlan does this)
 * const idx = indexPlan(plan);
 * idx.services.has("erp");
 * ```
 */
export interface PlanIndex {
  /** Services with a requirement (`preIncident.requirements[].service`). */
  services: Map<string, Located>;
  /** Roles (`roles[].id`). */
  roles: Map<string, Located>;
  /** Alternate sites. */
  sites: Map<string, Located>;
  /** Measures. */
  measures: Map<string, Located>;
  /** Procedures by id. */
  procedures: Map<string, Located>;
  /** Procedures by the service they recover (the first one). */
  proceduresByService: Map<string, Located>;
  /** Communications means. */
  communications: Map<string, Located>;
  /** Training audiences. */
  audiences: Map<string, Located>;
  /** Emergency teams. */
  teams: Map<string, Located>;
  /** Repeated ids, as diagnostics. */
  duplicates: Diagnostic[];
}

function locate<T>(
  items: readonly T[] | undefined,
  key: (item: T) => string,
  base: string,
): Map<string, Located> {
  const out = new Map<string, Located>();
  (items ?? []).forEach((item, index) => {
    const k = key(item);
    if (!out.has(k)) out.set(k, { index, path: `${base}/${index}` });
  });
  return out;
}

/**
 * Index a validated plan's ids (services, roles, sites, measures, procedures, communications
 * means, audiences, teams) and collect repeated ids.
 *
 * @example
 * ```ts
 * import { indexPlan } from "@mamori/plan-validator";
 * indexPlan({ kind: "ContinuityPlan", schemaVersion: "1.0", id: "p", metadata: { organisation: "o" } }).roles.size; // 0
 * ```
 */
export function indexPlan(plan: ContinuityPlan, locale: Locale = "en"): PlanIndex {
  const duplicates: Diagnostic[] = [];
  const byId = <T extends { id: string }>(items: readonly T[] | undefined, base: string) => {
    const r = indexById(items, base, locale);
    duplicates.push(...r.diagnostics);
    const out = new Map<string, Located>();
    for (const [id, v] of r.byId) out.set(id, { index: v.index, path: v.path });
    return out;
  };
  const services = new Map<string, Located>();
  (plan.preIncident?.requirements ?? []).forEach((r, index) => {
    const path = `/preIncident/requirements/${index}`;
    const first = services.get(r.service);
    if (first) {
      const dup = indexById([{ id: r.service }, { id: r.service }], "", locale).diagnostics[0];
      if (dup)
        duplicates.push({
          ...dup,
          path: `${path}/service`,
          related: [{ path: `${first.path}/service` }],
        });
      return;
    }
    services.set(r.service, { index, path });
  });
  return {
    services,
    roles: byId(plan.roles, "/roles"),
    sites: byId(plan.preIncident?.alternateSites, "/preIncident/alternateSites"),
    measures: byId(plan.preIncident?.measures, "/preIncident/measures"),
    procedures: byId(plan.emergency?.procedures, "/emergency/procedures"),
    proceduresByService: locate(
      plan.emergency?.procedures,
      (p) => p.service,
      "/emergency/procedures",
    ),
    communications: byId(plan.emergency?.communications, "/emergency/communications"),
    audiences: byId(plan.training?.audiences, "/training/audiences"),
    teams: byId(plan.emergency?.organisation?.teams, "/emergency/organisation/teams"),
    duplicates,
  };
}
