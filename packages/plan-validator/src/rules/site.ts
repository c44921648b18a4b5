import * as z from "zod/mini";
import { foldLabel } from "../engine/communications.js";
import { distanceKm } from "../engine/geography.js";
import { filled, REF, rule } from "./shared/build.js";

/**
 * `site/geographic-separation`: an alternate site does not share the primary site's grid, hazards or neighbourhood.
 *
 * @category Rules
 */
export const geographicSeparation = rule({
  id: "site/geographic-separation",
  category: "site",
  severity: "error",
  references: [REF.survey, REF.lessons, REF.iso27031],
  options: {
    minDistanceKm: {
      schema: z.number(),
      default: 100,
      description: {
        en: "Smallest distance in km between an alternate site and a primary site it backs up.",
        ja: "代替拠点と、それが引き継ぐ主要拠点との最小距離（km）。",
      },
    },
  },
  messages: {
    "": [
      "Alternate site '{site}' is on the same power grid as primary site '{primary}' ({grid}): one outage takes both.",
      "代替拠点 '{site}' は主要拠点 '{primary}' と同じ電力系統（{grid}）にあり、一度の停電で両方が止まります。",
    ],
    hazard: [
      "Alternate site '{site}' lies in the same hazard area as primary site '{primary}' ({hazards}).",
      "代替拠点 '{site}' は主要拠点 '{primary}' と同じ災害想定区域（{hazards}）にあります。",
    ],
    distance: [
      "Alternate site '{site}' is {km} km from primary site '{primary}', less than the {min} km a wide-area disaster needs.",
      "代替拠点 '{site}' は主要拠点 '{primary}' から{km}kmで、広域災害に必要な{min}kmに足りません。",
    ],
    unknown: [
      "Alternate site '{site}' cannot be compared with primary site '{primary}' on: {missing}.",
      "代替拠点 '{site}' と主要拠点 '{primary}' を次の点で比較できません: {missing}。",
    ],
    "no-primary": [
      "The plan describes no primary site (preIncident.primarySites): whether the alternate sites share its grid, hazards or neighbourhood cannot be judged.",
      "計画に主要拠点（preIncident.primarySites）の記載がないため、代替拠点が電力系統・災害想定区域・近隣を共有していないか判断できません。",
    ],
  },
  check(ctx) {
    const pre = ctx.plan.preIncident;
    const alternates = pre?.alternateSites ?? [];
    if (alternates.length === 0) return; // nist/alternate-site reports a plan without one
    const primaries = pre?.primarySites ?? [];
    if (primaries.length === 0) {
      ctx.report({ path: "/preIncident", messageId: "no-primary", severity: "info" });
      return;
    }
    const min = ctx.options.minDistanceKm as number;
    alternates.forEach((s, i) => {
      const path = `/preIncident/alternateSites/${i}`;
      const backs = s.backsUp ? primaries.filter((p) => s.backsUp?.includes(p.id)) : primaries;
      for (const p of backs) {
        const missing: string[] = [];
        if (s.grid === undefined || p.grid === undefined) missing.push("grid");
        else if (foldLabel(s.grid) === foldLabel(p.grid))
          ctx.report({
            path: `${path}/grid`,
            data: { site: s.id, primary: p.id, grid: s.grid },
          });
        if (s.hazardAreas === undefined || p.hazardAreas === undefined) missing.push("hazardAreas");
        else {
          const theirs = new Set(p.hazardAreas.map(foldLabel));
          const shared = s.hazardAreas.filter((h) => theirs.has(foldLabel(h)));
          if (shared.length > 0)
            ctx.report({
              path: `${path}/hazardAreas`,
              messageId: "hazard",
              data: { site: s.id, primary: p.id, hazards: shared.join(", ") },
            });
        }
        // Coordinates of both give the distance to this primary site; `distanceKm` is the
        // plan's own figure, taken when coordinates are missing, and only when the site backs
        // up one primary site (one figure cannot be the distance to several).
        const km =
          s.coordinates && p.coordinates
            ? distanceKm(s.coordinates, p.coordinates)
            : backs.length === 1
              ? s.distanceKm
              : undefined;
        if (km === undefined) missing.push("coordinates or distanceKm");
        else if (km < min)
          ctx.report({
            path: s.coordinates && p.coordinates ? `${path}/coordinates` : `${path}/distanceKm`,
            messageId: "distance",
            // rounded down: 99.6 km reads "99 km", never "100 km, less than 100 km"
            data: { site: s.id, primary: p.id, km: Math.floor(km), min },
          });
        if (missing.length > 0)
          ctx.report({
            path,
            messageId: "unknown",
            severity: "info",
            data: { site: s.id, primary: p.id, missing: missing.join(", ") },
          });
      }
    });
  },
});

/**
 * `site/power-weighed`: alternate sites were chosen with power supply in mind.
 *
 * @category Rules
 */
export const sitePowerWeighed = rule({
  id: "site/power-weighed",
  category: "site",
  severity: "error",
  references: [REF.survey, REF.lessons],
  messages: {
    "": [
      "Alternate site '{site}' was chosen without weighing power supply.",
      "代替拠点 '{site}' は電力供給を考慮せずに選定されています。",
    ],
    supply: [
      "Alternate site '{site}' does not state its power supply.",
      "代替拠点 '{site}' の電力供給が記載されていません。",
    ],
  },
  check(ctx) {
    (ctx.plan.preIncident?.alternateSites ?? []).forEach((s, i) => {
      const path = `/preIncident/alternateSites/${i}`;
      if (!(s.selectionCriteria ?? []).includes("power"))
        ctx.report({ path, data: { site: s.id } });
      if (!filled(s.powerSupply)) ctx.report({ path, messageId: "supply", data: { site: s.id } });
    });
  },
});

/**
 * `site/selection-documented`: location, distance, earthquake resistance and security of alternate sites.
 *
 * @category Rules
 */
export const siteSelectionDocumented = rule({
  id: "site/selection-documented",
  category: "site",
  severity: "warning",
  references: [REF.survey],
  messages: {
    "": [
      "Alternate site '{site}' does not state: {missing}.",
      "代替拠点 '{site}' に次の記載がありません: {missing}。",
    ],
  },
  check(ctx) {
    (ctx.plan.preIncident?.alternateSites ?? []).forEach((s, i) => {
      const missing: string[] = [];
      if (!filled(s.location)) missing.push("location");
      if (s.distanceKm === undefined) missing.push("distanceKm");
      if (s.earthquakeResistant === undefined) missing.push("earthquakeResistant");
      if (!filled(s.security)) missing.push("security");
      if (missing.length > 0)
        ctx.report({
          path: `/preIncident/alternateSites/${i}`,
          data: { site: s.id, missing: missing.join(", ") },
        });
    });
  },
});
