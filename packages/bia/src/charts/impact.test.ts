import { describe, expect, it } from "vitest";
import { analyzeBia } from "../analyze.js";
import { impactChartSvg } from "./impact.js";

// Two processes; safety is unacceptable from 3, everything else from 4 (the document's level).
const doc = {
  kind: "BusinessImpactAnalysis",
  schemaVersion: "1.0",
  timePoints: ["PT1H", "PT4H", "P1D", "P3D"],
  unacceptableLevel: 4,
  categories: [
    { id: "financial", name: "Financial", nameJa: "財務" },
    { id: "safety", name: "Safety", nameJa: "安全", unacceptableLevel: 3 },
  ],
  processes: [
    {
      id: "line",
      name: "Production line",
      nameJa: "製造ライン",
      impacts: { financial: { PT1H: 1, P1D: 4 }, safety: { PT4H: 3 } },
    },
    { id: "sales", name: "Sales <&>", impacts: { financial: { PT4H: 2, P3D: 4 } } },
  ],
};
const result = analyzeBia(doc);

const thresholds = (svg: string) =>
  [
    ...svg.matchAll(
      /<line [^>]*y1="([\d.]+)"[^>]*class="threshold unacceptable( own)?" data-level="(\d)"/g,
    ),
  ].map((m) => [Number(m[1]), Number(m[3]), m[2] === " own"]);
const texts = (svg: string) => [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe("impactChartSvg", () => {
  it("scales to an unacceptable level above every point, so its line stays in the picture", () => {
    // Levels up to 6, unacceptable from 8: yMax = max(5, 6, 8) = 8 over the 144-px plot from
    // y = 40, so level 8 is at 184 − 8 × 144 / 8 = 40, the top of the plot (not y = −46.4).
    const high = analyzeBia({
      ...doc,
      unacceptableLevel: 8,
      categories: [{ id: "financial", name: "Financial" }],
      processes: [{ id: "p", name: "P", impacts: { financial: { PT1H: 2, P1D: 6 } } }],
    });
    expect(thresholds(impactChartSvg(high, "p"))).toEqual([[40, 8, false]]);
  });

  it("draws each category's own unacceptable level: the common one plain, safety's in its colour", () => {
    const svg = impactChartSvg(result, "line");
    // yMax 5 over a 144-px plot from y = 40: level 4 at 184 − 4 × 28.8 = 68.8, level 3 at
    // 184 − 3 × 28.8 = 97.6. Two categories, two levels: both are "the commonest" by count, the
    // first (financial's 4) wins, so safety's 3 is its own.
    expect(thresholds(svg)).toEqual([
      [68.8, 4, false],
      [97.6, 3, true],
    ]);
    expect(texts(svg)).toEqual(expect.arrayContaining(["unacceptable", "unacceptable: Safety"]));
    // safety is the second category: Okabe–Ito's second colour, on its line and its label
    expect(svg).toMatch(/data-level="3" stroke="#E69F00"/);
    // one line for a process rated in one category
    expect(thresholds(impactChartSvg(result, "sales"))).toEqual([[68.8, 4, false]]);
  });

  it("labels the time points in words and marks the MTPD (en, ja)", () => {
    // line: financial reaches 4 at P1D, safety 3 at PT4H → MTPD 4 hours (the earlier)
    expect(result.processes.find((p) => p.id === "line")?.mtpdMinutes).toBe(240);
    const en = texts(impactChartSvg(result, "line"));
    expect(en).toEqual(
      expect.arrayContaining(["1 hour", "4 hours", "1 day", "3 days", "MTPD 4 hours"]),
    );
    const ja = impactChartSvg(result, "line", {
      locale: "ja",
      labels: new Map([["line", "製造ライン"]]),
    });
    expect(texts(ja)).toEqual(
      expect.arrayContaining([
        "1時間",
        "4時間",
        "1日",
        "3日",
        "MTPD 4時間",
        "許容できない水準: 安全",
        "財務",
        "安全",
      ]),
    );
    expect(ja).toContain('aria-label="「製造ライン」が停止した場合の影響"');
  });

  it("marks the RTO between the time points around it", () => {
    // sales: MTPD P3D (level 4 there), no work recovery time → RTO 3 days = 4320 minutes: on
    // the last point, x = 44 + 366 = 410. line: RTO 4 hours, on the second point of four:
    // x = 44 + 366 / 3 = 166.
    expect(impactChartSvg(result, "sales")).toMatch(
      /<line x1="410" x2="410" [^>]*class="marker rto"/,
    );
    const svg = impactChartSvg(result, "line");
    expect(svg).toMatch(/<line x1="166" x2="166" [^>]*class="marker rto"/);
    expect(texts(svg)).toContain("RTO 4 hours");
    // an RTO between two points: 2 days, halfway from P1D (x 288) to P3D (x 410) → 349
    const mid = analyzeBia({
      ...doc,
      processes: [{ ...doc.processes[1], id: "mid", wrt: "P1D" }],
    });
    expect(mid.processes[0]?.rtoMinutes).toBe(2880);
    expect(impactChartSvg(mid, "mid")).toMatch(/<line x1="349" x2="349" [^>]*class="marker rto"/);
  });

  it("keeps every text inside the picture by its estimated width", () => {
    const svg = impactChartSvg(result, "line", { locale: "ja" });
    const width = Number(/viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)?.[1]);
    const height = Number(/viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(svg)?.[1]);
    for (const m of svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)"([^>]*)>([^<]*)<\/text>/g)) {
      const x = Number(m[1]);
      const anchor = /text-anchor="(\w+)"/.exec(m[3] ?? "")?.[1] ?? "start";
      // a full-width character is 11 px, any other 0.62 × 11 (the charts' own estimate)
      const w = [...(m[4] ?? "")].reduce((s, c) => s + (c.charCodeAt(0) > 0x2e80 ? 11 : 6.82), 0);
      const from = anchor === "middle" ? x - w / 2 : anchor === "end" ? x - w : x;
      expect(from, m[4]).toBeGreaterThanOrEqual(0);
      expect(from + w, m[4]).toBeLessThanOrEqual(width);
      expect(Number(m[2])).toBeLessThanOrEqual(height);
    }
  });

  it("escapes names, is deterministic, and draws nothing for an unknown process", () => {
    const svg = impactChartSvg(result, "sales");
    expect(svg).toContain("Sales &lt;&amp;&gt;");
    expect(svg).not.toContain("Sales <&>");
    expect(impactChartSvg(result, "sales")).toBe(svg);
    expect(impactChartSvg(result, "nope")).toBe("");
  });
});
