import { describe, expect, it } from "vitest";
import { analyzeBia } from "./analyze.js";

// Results of the main entry are plain JSON data: what JSON.stringify writes reads back equal.
// Inputs from JavaScript callers can hold what JSON cannot (NaN, Infinity, -1e308 sums).
describe("analyzeBia results are JSON-clean", () => {
  const doc = {
    kind: "BusinessImpactAnalysis",
    schemaVersion: "1.0",
    timePoints: ["PT1H"],
    processes: [
      {
        id: "p",
        name: "P",
        objectives: { rto: "PT4H", rlo: Number.NaN },
        lossPerHour: { amount: -1e308, currency: "JPY" },
        dependsOn: ["line"],
      },
      {
        id: "q",
        name: "Q",
        lossPerHour: { amount: -1e308, currency: "JPY" },
        lossCurve: [{ at: "PT1H", amount: Number.POSITIVE_INFINITY }],
        dependsOn: ["line"],
      },
    ],
    resources: [{ id: "line", name: "Line", kind: "communications" }],
    scenarios: [{ id: "cut", name: "Cut", type: "communications-outage", duration: "PT2H" }],
  };

  it("has no NaN, Infinity or undefined value anywhere", () => {
    const r = analyzeBia(doc);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    // Two losses of −1e308 per hour sum past the largest double: capped, not −Infinity.
    expect(r.spofs.find((s) => s.node === "line")?.lossPerHour).toBe(-Number.MAX_VALUE);
    // A NaN RLO is no RLO.
    expect(r.processes.find((p) => p.id === "p")?.rlo).toBeNull();
    // An infinite loss-curve point is left out, so q's loss is its loss per hour × 2 h,
    // −2e308: past the largest double, capped.
    expect(r.scenarios[0]?.processes.find((p) => p.process === "q")?.loss).toBe(-Number.MAX_VALUE);
  });
});
