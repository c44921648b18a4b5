import { describe, expect, it } from "vitest";
import { analyzeBia } from "../analyze.js";
import { compileBia } from "../model/compile.js";
import { graphEdges } from "./report.js";

describe("report data", () => {
  const doc = {
    kind: "BusinessImpactAnalysis",
    schemaVersion: "1.0",
    timePoints: ["PT4H", "P1D", "P3D"],
    unacceptableLevel: 4,
    processes: [
      {
        id: "p",
        name: "P",
        objectives: { rto: "PT4H" },
        impacts: { financial: { PT4H: 1, P3D: 4 } },
        dependsOn: ["app", { anyOf: ["a", "b"] }],
      },
    ],
    services: [{ id: "app", name: "App", capability: { recoveryTime: "PT6H" } }],
    resources: [
      { id: "a", name: "A", kind: "network", capability: { recoveryTime: "PT1H" } },
      { id: "b", name: "B", kind: "network" },
    ],
  };
  const r = analyzeBia(doc);

  it("has impact-over-time series with ratings carried forward", () => {
    // financial: 1 at PT4H, carried to P1D, 4 at P3D; categories with no rating are left out
    expect(r.report.impactSeries).toEqual([
      {
        process: "p",
        categories: [
          {
            id: "financial",
            name: "Financial",
            nameJa: "財務",
            unacceptableLevel: 4,
            points: [
              { atMinutes: 240, timePoint: "PT4H", level: 1 },
              { atMinutes: 1440, timePoint: "P1D", level: 1 },
              { atMinutes: 4320, timePoint: "P3D", level: 4 },
            ],
          },
        ],
      },
    ]);
  });

  it("has the graph with computed fields and any-of groups", () => {
    const { model } = compileBia(doc);
    expect(graphEdges(model)).toEqual([
      { from: "p", to: "app", group: 0, anyOf: false },
      { from: "p", to: "a", group: 1, anyOf: true },
      { from: "p", to: "b", group: 1, anyOf: true },
    ]);
    // app must be back by RTO 240 (p adds nothing); it needs 360 → ready 360
    expect(r.report.graph.nodes.find((n) => n.id === "p")).toMatchObject({
      dependsOn: ["app", "a", "b"],
      anyOf: [["a", "b"]],
    });
    expect(r.report.graph.nodes.find((n) => n.id === "app")).toEqual({
      id: "app",
      type: "service",
      name: "App",
      requiredRtoMinutes: 240,
      requiredRpoMinutes: null,
      achievableMinutes: 360,
      dependsOn: [],
      anyOf: [],
      powerClass: null,
      startMinutes: 0,
      recoveryMinutes: 360,
      dataLossMinutes: null,
      tier: "tier-1",
      inCycle: false,
      late: true,
      holdsData: true, // a service keeps data unless it says not
    });
  });

  it("has the recovery timeline in recovery order", () => {
    // p starts at max(app 360, min(a 60, b 0) = 0) = 360 and is late (360 > 240)
    expect(r.report.timeline).toEqual([
      { node: "a", startMinutes: 0, readyMinutes: 60, dueMinutes: 240, late: false },
      { node: "app", startMinutes: 0, readyMinutes: 360, dueMinutes: 240, late: true },
      { node: "b", startMinutes: 0, readyMinutes: 0, dueMinutes: 240, late: false },
      { node: "p", startMinutes: 360, readyMinutes: 360, dueMinutes: 240, late: true },
    ]);
  });

  it("gives null, not Infinity, as the threshold when the document sets no unacceptable level", () => {
    // Found by the reliability fuzzer: without unacceptableLevel the series carried
    // Infinity, which JSON.stringify writes as null silently.
    const { unacceptableLevel: _drop, ...without } = doc;
    const series = analyzeBia(without).report.impactSeries[0]?.categories[0];
    expect(series?.unacceptableLevel).toBeNull();
    expect(r.report.impactSeries[0]?.categories[0]?.unacceptableLevel).toBe(4);
  });
});
