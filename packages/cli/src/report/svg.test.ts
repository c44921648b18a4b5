import { describe, expect, it } from "vitest";
import { timeline } from "./svg.js";

/** The time axis's labels, in order: centred "axis" texts (the row labels are right-aligned). */
function axisLabels(svg: string): string[] {
  return [...svg.matchAll(/<text [^>]*text-anchor="middle" class="axis">([^<]*)<\/text>/g)].map(
    (m) => m[1] as string,
  );
}

describe("timeline", () => {
  it("labels its time axis with round ticks, ending at a round time", () => {
    // the last bar ends at 1038 min (17.3 h): ticks every 4 hours up to 20 hours
    // (durationTicks: 240-minute steps, ceil(1038 / 240) = 5 intervals)
    const svg = timeline(
      [{ label: "erp", start: 60, end: 1038 }],
      "Recovery",
      (m) => `${m / 60} h`,
    );
    expect(axisLabels(svg)).toEqual(["0 h", "4 h", "8 h", "12 h", "16 h", "20 h"]);
    // the bar spans 60..1038 of 0..1200 over a 570-wide plot (760 − 170 − 20)
    // x(60) = 170 + 570 × 60 / 1200 = 198.5; width = 570 × 978 / 1200 = 464.55 → 464.6
    expect(svg).toContain('<rect x="198.5" y="37" width="464.6"');
  });
});
