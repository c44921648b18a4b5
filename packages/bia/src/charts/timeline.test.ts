import { describe, expect, it } from "vitest";
import { analyzeBia } from "../analyze.js";
import { recoveryTimelineSvg } from "./timeline.js";

// sales → erp (3 hours) → db (2 hours): db back at 2 h, erp at 2 + 3 = 5 h.
const result = analyzeBia({
  kind: "BusinessImpactAnalysis",
  schemaVersion: "1.0",
  timePoints: ["PT4H", "P1D"],
  unacceptableLevel: 4,
  processes: [
    {
      id: "sales",
      name: "Sales",
      nameJa: "販売",
      impacts: { financial: { P1D: 4 } },
      dependsOn: ["erp"],
    },
  ],
  services: [
    {
      id: "erp",
      name: "ERP",
      nameJa: "基幹システム",
      capability: { recoveryTime: "PT3H" },
      dependsOn: ["db"],
    },
    { id: "db", name: "Database", capability: { recoveryTime: "PT2H" } },
  ],
});

const ticks = (svg: string) =>
  [...svg.matchAll(/<text [^>]*text-anchor="middle" class="axis"[^>]*>([^<]*)<\/text>/g)].map(
    (m) => m[1],
  );

describe("recoveryTimelineSvg", () => {
  it("puts the axis on round hours to a round end past the last recovery", () => {
    // last recovery at 5 h: at most 8 ticks → a step of 1 hour, 0 … 5 hours
    expect(ticks(recoveryTimelineSvg(result, { locale: "ja" }))).toEqual([
      "0分",
      "1時間",
      "2時間",
      "3時間",
      "4時間",
      "5時間",
    ]);
    expect(ticks(recoveryTimelineSvg(result))).toEqual([
      "0 minutes",
      "1 hour",
      "2 hours",
      "3 hours",
      "4 hours",
      "5 hours",
    ]);
  });

  it("draws a bar from start to ready per node, on the critical path dark", () => {
    const svg = recoveryTimelineSvg(result);
    // plot: x = 170 + 566 × minutes / 300; erp from 2 h (120 → 396.4) to 5 h (300 → 736)
    expect(svg).toMatch(
      /<rect x="396.4" y="[\d.]+" width="339.6" height="14" class="bar critical" fill="#0072B2" data-node="erp">/,
    );
    // db from 0 to 2 h: 170 → 396.4
    expect(svg).toMatch(
      /<rect x="170" y="[\d.]+" width="226.4" height="14" class="bar critical" fill="#0072B2" data-node="db">/,
    );
  });

  it("labels rows with the given labels (nameJa), cut to their column, escaped", () => {
    const labels = new Map([
      ["erp", "基幹システム"],
      ["db", `<b>${"長".repeat(40)}</b>`],
    ]);
    const svg = recoveryTimelineSvg(result, { locale: "ja", labels });
    expect(svg).toContain(">基幹システム</text>");
    // a 42-character name in a 154-px column (170 − 16), cut with "…"
    const row = /text-anchor="end" class="axis" fill="#5b6475">(&lt;b&gt;長+…)<\/text>/.exec(
      svg,
    )?.[1];
    expect(row).toBeDefined();
    // "<b>" is 3 × 6.82 = 20.46 px, "…" 6.82: 154 − 27.28 = 126.7 px → 11 full-width characters
    expect(row).toBe(`&lt;b&gt;${"長".repeat(11)}…`);
    expect(svg).not.toContain("<b>");
  });
});
