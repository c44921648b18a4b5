import { coreMessages, createDiagnostic, type Diagnostic, type Locale } from "@mamori/core";
import type { ContinuityPlan } from "../schema/plan.js";

/**
 * Where an indexed item is: its position and JSON pointer.
 *
 * @example
 * ```ts
 * import type { Located } from "@mamori/plan-validator";
 * const at: Located = { index: 0, path: "/roles/0" };
 * ```
 *
 * @category Custom rules
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
 * import type { ContinuityPlan } from "@mamori/plan-validator";
 * import { indexPlan } from "@mamori/plan-validator/testing";
 * const plan: ContinuityPlan = {
 *   kind: "ContinuityPlan", schemaVersion: "1.0", id: "it-bcp", metadata: { organisation: "kita-seiki" },
 *   preIncident: { requirements: [{ service: "erp" }] },
 * };
 * const idx = indexPlan(plan);
 * idx.services.has("erp"); // true
 * ```
 *
 * @category Custom rules
 */
export interface PlanIndex {
  /** Services with a requirement (`preIncident.requirements[].service`). */
  services: Map<string, Located>;
  /** Roles (`roles[].id`). */
  roles: Map<string, Located>;
  /** Alternate sites. */
  sites: Map<string, Located>;
  /** Primary sites (`preIncident.primarySites[].id`). */
  primarySites: Map<string, Located>;
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

/** The diagnostic `indexById` of @mamori/core gives a repeated id, built only when one is found. */
function duplicate(id: string, path: string, firstPath: string, locale: Locale): Diagnostic {
  return createDiagnostic(coreMessages, locale, {
    code: "document/duplicate-id",
    severity: "error",
    path,
    data: { id },
    related: [{ path: firstPath }],
  });
}

/** Where a repeated key is reported, and in which locale. */
interface Repeats {
  duplicates: Diagnostic[];
  locale: Locale;
}

/**
 * Items by the string in `field`, the first occurrence of a key winning; with `repeats`, each
 * later occurrence is reported at `<item>/<field>` (what `indexById` of @mamori/core reports).
 * `located`, when given, holds the `Located` of each position and is reused (two indexes of the
 * same list share them). This runs on every item of large plans, so the usual case (no key
 * repeated) costs one Map operation per item; a repeated key redoes the pass.
 */
function locate(
  items: readonly object[] | undefined,
  field: "id" | "service",
  base: string,
  located: Located[] | undefined,
  repeats?: Repeats,
): Map<string, Located> {
  const out = new Map<string, Located>();
  if (!items) return out;
  const prefix = `${base}/`;
  let keyed = 0;
  for (let index = 0; index < items.length; index++) {
    const key = (items[index] as Record<string, unknown>)[field];
    if (typeof key !== "string") continue;
    keyed++;
    let at = located?.[index];
    if (!at) {
      at = { index, path: prefix + index };
      if (located) located[index] = at;
    }
    out.set(key, at); // a repeated key would keep its first place in the Map but its last value
  }
  if (out.size === keyed) return out;
  out.clear();
  for (let index = 0; index < items.length; index++) {
    const key = (items[index] as Record<string, unknown>)[field];
    if (typeof key !== "string") continue;
    const first = out.get(key);
    if (!first) out.set(key, located?.[index] ?? { index, path: prefix + index });
    else if (repeats) {
      const path = `${base}/${index}/${field}`;
      repeats.duplicates.push(duplicate(key, path, `${first.path}/${field}`, repeats.locale));
    }
  }
  return out;
}

/**
 * Index a validated plan's ids (services, roles, sites, measures, procedures, communications
 * means, audiences, teams) and collect repeated ids.
 *
 * @param plan - A plan that passed the schema, such as `validatePlan(...).plan`.
 * @param locale - The locale of the duplicate-id diagnostics, default `en`.
 *
 * @example
 * ```ts
 * import { indexPlan } from "@mamori/plan-validator/testing";
 * indexPlan({ kind: "ContinuityPlan", schemaVersion: "1.0", id: "p", metadata: { organisation: "o" } }).roles.size; // 0
 * ```
 *
 * @category Custom rules
 */
export function indexPlan(plan: ContinuityPlan, locale: Locale = "en"): PlanIndex {
  const repeats: Repeats = { duplicates: [], locale };
  const byId = (items: readonly { id: string }[] | undefined, base: string) =>
    locate(items, "id", base, undefined, repeats);
  // The order of the calls is the order of the duplicates: services first, then by id.
  const services = locate(
    plan.preIncident?.requirements,
    "service",
    "/preIncident/requirements",
    undefined,
    repeats,
  );
  const roles = byId(plan.roles, "/roles");
  const primarySites = byId(plan.preIncident?.primarySites, "/preIncident/primarySites");
  const sites = byId(plan.preIncident?.alternateSites, "/preIncident/alternateSites");
  const measures = byId(plan.preIncident?.measures, "/preIncident/measures");
  // Procedures by id and by service share their Located objects (same item, same pointer).
  const procedureAt: Located[] = new Array(plan.emergency?.procedures?.length ?? 0);
  const procedures = locate(
    plan.emergency?.procedures,
    "id",
    "/emergency/procedures",
    procedureAt,
    repeats,
  );
  const proceduresByService = locate(
    plan.emergency?.procedures,
    "service",
    "/emergency/procedures",
    procedureAt,
  );
  return {
    services,
    roles,
    sites,
    primarySites,
    measures,
    procedures,
    proceduresByService,
    communications: byId(plan.emergency?.communications, "/emergency/communications"),
    audiences: byId(plan.training?.audiences, "/training/audiences"),
    teams: byId(plan.emergency?.organisation?.teams, "/emergency/organisation/teams"),
    duplicates: repeats.duplicates,
  };
}
