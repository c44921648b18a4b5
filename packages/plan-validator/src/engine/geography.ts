import type { ContinuityPlan } from "../schema/plan.js";
import { foldLabel } from "./communications.js";
import type { RuleContext } from "./rule.js";

type Scenario = NonNullable<ContinuityPlan["scenarios"]>[number];
type Requirement = NonNullable<NonNullable<ContinuityPlan["preIncident"]>["requirements"]>[number];

const EARTH_RADIUS_KM = 6371.0088;

/**
 * Great-circle distance in km between two points (haversine, mean Earth radius 6,371.0088 km,
 * the IUGG value). Good to about 0.5 %: enough to judge a separation of tens of km.
 *
 * @category Validation
 */
export function distanceKm(
  a: { lat: number; lon: number },
  b: { lat: number; lon: number },
): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The region of a site of the plan (primary or alternate), folded; undefined when unknown.
 *
 * @category Validation
 */
export function regionOfSite(ctx: RuleContext, site: string): string | undefined {
  const pre = ctx.plan.preIncident;
  const p = ctx.index.primarySites.get(site);
  const region = p
    ? pre?.primarySites?.[p.index]?.region
    : (() => {
        const a = ctx.index.sites.get(site);
        return a ? pre?.alternateSites?.[a.index]?.region : undefined;
      })();
  return region === undefined ? undefined : foldLabel(region);
}

/**
 * Whether a scenario strikes where a service runs. A scenario that names the service among
 * its `nodes` strikes it. A scenario that names no sites and no
 * regions strikes everywhere. One that names them strikes a service hosted at a named site,
 * at a site in a named region, or (cloud) in a named region. A service whose location the
 * plan does not give is held to every scenario (it may be anywhere); a service hosted by a
 * provider (cloud or external data centre) at no site of the organisation is not struck by a
 * scenario that names only the organisation's sites: it runs on its provider's power.
 *
 * @category Validation
 */
export function scenarioStrikes(
  ctx: RuleContext,
  scenario: Scenario,
  service: Requirement,
): boolean {
  const sites = scenario.impacts?.sites ?? [];
  const regions = (scenario.impacts?.regions ?? []).map(foldLabel);
  // A service the scenario names among its failing nodes is struck wherever it runs.
  if ((scenario.impacts?.nodes ?? []).includes(service.service)) return true;
  if (sites.length === 0 && regions.length === 0) return true;
  const h = service.hosting;
  if (!h) return true;
  if (h.site !== undefined) {
    if (sites.includes(h.site)) return true;
    const region =
      regionOfSite(ctx, h.site) ?? (h.region === undefined ? undefined : foldLabel(h.region));
    if (region !== undefined) return regions.includes(region);
    // A site the plan does not place: struck only when it is named, or when regions are
    // named and the site's region is unknown (it may lie in one of them).
    return regions.length > 0;
  }
  if (h.region !== undefined) return regions.includes(foldLabel(h.region));
  if (h.type === "on-premises") return true;
  // A provider's service, location unknown: a regional scenario may strike it.
  return regions.length > 0;
}
