import { describe, expect, it } from "vitest";
import { analyzeBia } from "../analyze.js";
import { holdsDataByDefault } from "../model/minutes.js";

// order-intake (RPO PT1H) → portal (a stateless front end: holdsData false) → db → san,
// and db → wan (a line: kind network). The RPO flows through the portal to the database.
const doc = (extra: Record<string, unknown> = {}) => ({
  kind: "BusinessImpactAnalysis",
  schemaVersion: "1.0",
  timePoints: ["P1D"],
  unacceptableLevel: 4,
  processes: [
    {
      id: "order-intake",
      name: "Order intake",
      objectives: { rpo: "PT1H" },
      dependsOn: ["portal"],
    },
  ],
  services: [
    {
      id: "portal",
      name: "Portal",
      holdsData: false,
      capability: { backupInterval: "P1D" },
      dependsOn: ["db"],
    },
    {
      id: "db",
      name: "Database",
      capability: { backupInterval: "PT30M" },
      dependsOn: ["san", "wan"],
    },
  ],
  resources: [
    { id: "san", name: "Storage array", kind: "data" },
    { id: "wan", name: "WAN line", kind: "network", capability: { backupInterval: "P7D" } },
  ],
  ...extra,
});

describe("data-holding nodes", () => {
  it("carries an RPO to what keeps data only, through what does not", () => {
    const r = analyzeBia(doc());
    const rpo = Object.fromEntries(r.nodes.map((n) => [n.id, [n.requiredRpoMinutes, n.holdsData]]));
    expect(rpo).toEqual({
      "order-intake": [60, true],
      portal: [null, false], // said so in the document
      db: [60, true], // 60 min, through the portal
      san: [60, true], // kind data keeps data
      wan: [null, false], // kind network: a line keeps none
    });
    // db's 30-min backups meet 60; the portal's daily and the line's weekly "backups" are no
    // RPO gap, since neither keeps data.
    expect(r.diagnostics.filter((d) => d.code === "bia/rpo-gap")).toEqual([]);
  });

  it("still finds the gap of a node that keeps data", () => {
    const d = doc();
    (d.services[1] as { capability: unknown }).capability = { backupInterval: "PT4H" };
    const gaps = analyzeBia(d).diagnostics.filter((x) => x.code === "bia/rpo-gap");
    // db: 240 min of loss > 60 min required
    expect(gaps.map((g) => g.path)).toEqual(["/services/1/capability"]);
  });

  it("defaults by type and kind", () => {
    expect(holdsDataByDefault("process", null)).toBe(true);
    expect(holdsDataByDefault("service", null)).toBe(true);
    for (const kind of ["data", "application", "server", "cloud-service"])
      expect(holdsDataByDefault("resource", kind)).toBe(true);
    for (const kind of ["network", "power", "facility", "communications", "people", "supplier"])
      expect(holdsDataByDefault("resource", kind)).toBe(false);
    expect(holdsDataByDefault("resource", null)).toBe(false);
    expect(holdsDataByDefault("external", "supplier")).toBe(false);
  });
});
