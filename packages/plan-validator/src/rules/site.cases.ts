import type { RuleCase } from "../../test/harness.js";

/**
 * Failing cases of the `site/*` rules: a change to the clean plan and the exact findings the
 * rule must then report (run by `site.test.ts`; the first case of a rule also gives the options
 * of its passing test).
 *
 * @category Rules
 */
export const siteCases: RuleCase[] = [
  {
    rule: "site/power-weighed",
    name: "the Osaka site was chosen without weighing power and states no supply",
    mutate: (p) => {
      p.preIncident.alternateSites[0].selectionCriteria = ["security", "distance"];
      delete p.preIncident.alternateSites[0].powerSupply;
    },
    expect: [
      {
        path: "/preIncident/alternateSites/0",
        messageId: "supply",
        data: { site: "osaka-backup" },
      },
      { path: "/preIncident/alternateSites/0", data: { site: "osaka-backup" } },
    ],
  },
  {
    rule: "site/selection-documented",
    name: "distance and security are not stated",
    mutate: (p) => {
      delete p.preIncident.alternateSites[0].distanceKm;
      delete p.preIncident.alternateSites[0].security;
    },
    expect: [
      {
        path: "/preIncident/alternateSites/0",
        data: { site: "osaka-backup", missing: "distanceKm, security" },
      },
    ],
  },
  // --- geography ----------------------------------------------------------------------------
  {
    rule: "site/geographic-separation",
    name: "the Osaka site is on the Tohoku grid (another spelling)",
    mutate: (p) => {
      p.preIncident.alternateSites[0].grid = "TOHOKU electric power network (50 hz)";
    },
    expect: ["sendai-dc", "sendai-hq"].map((primary) => ({
      path: "/preIncident/alternateSites/0/grid",
      data: { site: "osaka-backup", primary, grid: "TOHOKU electric power network (50 hz)" },
    })),
  },
  {
    rule: "site/geographic-separation",
    name: "the alternate site is in Yamagata, across the mountains from Sendai",
    mutate: (p) => {
      const s = p.preIncident.alternateSites[0];
      s.coordinates = { lat: 38.2554, lon: 140.3396 };
      s.grid = "Tohoku Electric Power Network West";
      s.hazardAreas = ["yamagata-basin-fault"];
    },
    // haversine((38.2682, 140.8694), (38.2554, 140.3396)): Δlon 0.5298° × 111.19 km ×
    // cos 38.26° ≈ 46.3 km, Δlat 0.0128° ≈ 1.4 km → 46 km < 100 km
    expect: ["sendai-dc", "sendai-hq"].map((primary) => ({
      path: "/preIncident/alternateSites/0/coordinates",
      messageId: "distance",
      data: { site: "osaka-backup", primary, km: 46, min: 100 },
    })),
  },
  {
    rule: "site/geographic-separation",
    name: "Osaka is 623 km away but the configured minimum is 700 km",
    mutate: () => {},
    options: { rules: { "site/geographic-separation": ["error", { minDistanceKm: 700 }] } },
    // haversine((38.2682, 140.8694), (34.6937, 135.5023)) = 622.9 km
    expect: ["sendai-dc", "sendai-hq"].map((primary) => ({
      path: "/preIncident/alternateSites/0/coordinates",
      messageId: "distance",
      data: { site: "osaka-backup", primary, km: 622, min: 700 }, // 622.9, rounded down
    })),
  },
  {
    rule: "site/geographic-separation",
    name: "the Osaka site backs up only the head office and shares its tsunami zone",
    mutate: (p) => {
      const s = p.preIncident.alternateSites[0];
      s.backsUp = ["sendai-hq"];
      s.hazardAreas = ["nankai-trough-earthquake", "Sendai Bay Tsunami"];
    },
    expect: [
      {
        path: "/preIncident/alternateSites/0/hazardAreas",
        messageId: "hazard",
        data: { site: "osaka-backup", primary: "sendai-hq", hazards: "Sendai Bay Tsunami" },
      },
    ],
  },
  {
    rule: "site/geographic-separation",
    name: "the grid is not stated and there are no coordinates or distance",
    mutate: (p) => {
      const s = p.preIncident.alternateSites[0];
      delete s.grid;
      delete s.coordinates;
      delete s.distanceKm;
      s.backsUp = ["sendai-dc"];
    },
    expect: [
      {
        path: "/preIncident/alternateSites/0",
        messageId: "unknown",
        severity: "info",
        data: {
          site: "osaka-backup",
          primary: "sendai-dc",
          missing: "grid, coordinates or distanceKm",
        },
      },
    ],
  },
  {
    rule: "site/geographic-separation",
    name: "without coordinates, one distanceKm cannot be the distance to two primary sites",
    mutate: (p) => {
      delete p.preIncident.alternateSites[0].coordinates; // distanceKm 640 stays
    },
    expect: ["sendai-dc", "sendai-hq"].map((primary) => ({
      path: "/preIncident/alternateSites/0",
      messageId: "unknown",
      severity: "info" as const,
      data: { site: "osaka-backup", primary, missing: "coordinates or distanceKm" },
    })),
  },
];
