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

describe("the document's own tier table (issue 21)", () => {
  const doc = (tiers: unknown[], rtos: string[] = ["PT2H", "PT6H", "PT12H", "P3D"]) => ({
    kind: "BusinessImpactAnalysis",
    schemaVersion: "1.0",
    timePoints: ["P1D"],
    unacceptableLevel: 4,
    tiers,
    processes: rtos.map((rto, i) => ({
      id: `p${i}`,
      name: `P${i}`,
      objectives: { rto, rpo: "PT1H", rlo: 50 },
    })),
  });
  // ServiceNow-like table with gaps: ≤ 4 h; 8 h – 24 h; nothing above 24 h.
  const gapped = [
    { id: "critical", upTo: "PT4H", name: "Critical", nameJa: "最重要" },
    { id: "high", from: "PT8H", upTo: "P1D", name: "High" },
  ];

  it("is used instead of the default tiers; a gap means no tier and a warning", () => {
    const r = analyzeBia(doc(gapped));
    // 2 h = 120 ≤ 240 → critical; 6 h = 360: above 240, below 480 → the gap;
    // 12 h = 720 in [480, 1440] → high; 3 days = 4320 > 1440 → past the last tier
    expect(r.processes.map((p) => p.tier)).toEqual(["critical", null, "high", null]);
    expect(r.processes.map((p) => p.tierNameJa)).toEqual(["最重要", null, "High", null]);
    const gaps = r.diagnostics.filter((d) => d.code === "bia/rto-outside-tiers");
    expect(gaps.map((d) => [d.path, d.severity])).toEqual([
      ["/processes/1", "warning"],
      ["/processes/3", "warning"],
    ]);
    expect(gaps[0]?.message).toBe(
      "The RTO of 'p1' (6 hours) falls in no tier of the tier table (a gap between tiers, or beyond the last): it gets no tier.",
    );
    // the result says which table it used
    expect(r.tiers.map((t) => [t.id, t.minMinutes ?? null, t.maxMinutes])).toEqual([
      ["critical", null, 240],
      ["high", 480, 1440],
    ]);
    expect(analyzeBia({ ...doc(gapped), tiers: undefined }).tiers).toEqual(DEFAULT_TIERS);
    // options.tiers still win over the document's table
    expect(analyzeBia(doc(gapped), { tiers: DEFAULT_TIERS }).processes.map((p) => p.tier)).toEqual([
      "tier-1",
      "tier-2",
      "tier-2",
      "tier-3",
    ]);
  });

  it("reports rows that overlap, run backwards or repeat an id, and leaves them out", () => {
    const r = analyzeBia(
      doc([
        { id: "a", upTo: "PT4H", name: "A" },
        { id: "b", from: "PT2H", upTo: "PT8H", name: "B" }, // starts at 120 ≤ a's 240
        { id: "c", from: "P1D", upTo: "PT12H", name: "C" }, // 1440 > 720
        { id: "a", upTo: "P1D", name: "A again" },
        { id: "d", upTo: "P1D", name: "D" },
        { id: "e", name: "E" }, // open-ended: above 1440
        { id: "f", upTo: "P30D", name: "F" }, // after an open-ended row
      ]),
    );
    expect(
      r.diagnostics.filter((d) => d.path.startsWith("/tiers")).map((d) => [d.code, d.path]),
    ).toEqual([
      ["bia/tiers-overlap", "/tiers/1"],
      ["bia/tier-empty-range", "/tiers/2"],
      ["document/duplicate-id", "/tiers/3/id"],
      ["bia/tiers-overlap", "/tiers/6"],
    ]);
    // kept: a (≤ 240), d (241–1440), e (> 1440): 120 → a, 360 → d, 720 → d, 4320 → e
    expect(r.processes.map((p) => p.tier)).toEqual(["a", "d", "d", "e"]);
  });
});
