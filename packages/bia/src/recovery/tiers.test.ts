import { describe, expect, it } from "vitest";
import { analyzeBia } from "../analyze.js";
import { assignTier, DEFAULT_TIERS, tierIndex } from "./tiers.js";

describe("tiers", () => {
  it("buckets by RTO with inclusive bounds: ≤4h, ≤24h, ≤72h, ≤1w, longer", () => {
    // 4 h = 240, 24 h = 1440, 72 h = 4320, 1 w = 7 × 1440 = 10080
    expect([0, 240, 241, 1440, 1441, 4320, 4321, 10080, 10081].map((m) => tierIndex(m))).toEqual([
      0, 0, 1, 1, 2, 2, 3, 3, 4,
    ]);
    expect(tierIndex(null)).toBe(-1);
    expect(tierIndex(Number.NaN)).toBe(-1);
    expect(assignTier(300)).toEqual(DEFAULT_TIERS[1]);
    expect(assignTier(20000)?.nameJa).toBe("ティア5（1週間超）");
  });

  it("accepts custom buckets", () => {
    const tiers = [
      { id: "gold", maxMinutes: 60, name: "Gold", nameJa: "ゴールド" },
      { id: "silver", maxMinutes: 480, name: "Silver", nameJa: "シルバー" },
    ];
    expect(assignTier(30, tiers)?.id).toBe("gold");
    expect(assignTier(481, tiers)).toBeNull();
    const r = analyzeBia(
      {
        kind: "BusinessImpactAnalysis",
        schemaVersion: "1.0",
        timePoints: ["P1D"],
        unacceptableLevel: 4,
        processes: [{ id: "p", name: "P", objectives: { rto: "PT2H" } }],
      },
      { tiers },
    );
    expect(r.processes[0]).toMatchObject({
      tier: "silver",
      tierName: "Silver",
      tierNameJa: "シルバー",
    });
  });
});
