import { describe, expect, it } from "vitest";
import {
  fitText,
  heatmap,
  layeredGraph,
  spreadLabels,
  stepChart,
  textOn,
  textWidth,
  timeline,
} from "./svg.js";

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

describe("stepChart", () => {
  // 560 × 220 by default: plot from x = 44 to 560 − 150 = 410 (366 wide), y = 40 to 184
  // (220 − 76 = 144 high); with yMax 5 a level is 144 / 5 = 28.8 px.
  const svg = stepChart({
    title: "Impact",
    xLabels: ["PT1H", "P1D", "P1W"],
    yMax: 5,
    series: [
      { name: "Financial", values: [1, 2, 4], threshold: 4 },
      { name: "Operational", values: [1, 3, 5], threshold: 4 },
      { name: "Safety", values: [0, 1, 3], threshold: 3 },
    ],
    thresholdLabel: "unacceptable",
  });
  const lines = [...svg.matchAll(/<line [^>]*class="threshold"[^>]*>/g)].map((m) => m[0]);

  it("draws each category's own unacceptable level, one line per level", () => {
    // level 4 (Financial, Operational): y = 184 − 4 × 28.8 = 68.8, unlabelled by name;
    // level 3 (Safety alone): y = 184 − 3 × 28.8 = 97.6, in Safety's colour (PALETTE[2])
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('y1="68.8" y2="68.8" class="threshold">');
    expect(lines[1]).toContain('y1="97.6" y2="97.6" class="threshold" style="stroke:#009E73"');
    // labels right of the plot at x = 410 + 6 = 416, baseline 4 px under the line
    expect(svg).toContain('<text x="416" y="72.8" class="threshold-label">unacceptable</text>');
    expect(svg).toContain(
      '<text x="416" y="101.6" class="threshold-label" style="fill:#009E73">unacceptable: Safety</text>',
    );
  });

  it("puts the legend under the plot, two entries a row, inside the picture", () => {
    // axis labels at 184 + 18 = 202, axis band ends at 184 + 20 = 204, legend from 204 + 14
    // = 218; three entries make two rows: height = 218 + 2 × 16 + 4 = 254
    expect(svg).toContain('viewBox="0 0 560 254"');
    // the third entry starts the second row: x = 10, baseline 218 + 16 = 234
    expect(svg).toContain('<text x="30" y="234" class="legend">Safety</text>');
    // the second entry: column width (560 − 20) / 2 = 270, so x = 10 + 270 + 20 = 300
    expect(svg).toContain('<text x="300" y="218" class="legend">Operational</text>');
  });

  it("escapes names", () => {
    const s = stepChart({
      title: "<t>",
      xLabels: ["a"],
      yMax: 1,
      series: [{ name: "<b>&", values: [1], threshold: 1 }],
      thresholdLabel: "x",
    });
    expect(s).not.toMatch(/<b>|<t>/);
    expect(s).toContain("&lt;b&gt;&amp;");
  });
});

describe("label helpers", () => {
  it("estimates widths: 0.62 em a Latin character, 1 em a CJK one", () => {
    // 2 × 0.62 × 11 + 11 = 13.64 + 11 = 24.64
    expect(textWidth("ab安")).toBeCloseTo(24.64, 5);
  });

  it("cuts text to a width with an ellipsis", () => {
    // every character (and "…") is 6.82 px: (n + 1) × 6.82 ≤ 60 → n = 7
    expect(fitText("Legal and regulatory", 60)).toBe("Legal a…");
    expect(fitText("Legal", 60)).toBe("Legal");
  });

  it("spreads labels apart inside their band", () => {
    // 105 is pushed to 100 + 13 = 113; 300 is clamped to 200
    expect(spreadLabels([105, 100, 300], 13, 0, 200)).toEqual([113, 100, 200]);
    // pushed past 200 (195, 208, 221): pulled back up from the end, 200, 187, 174
    expect(spreadLabels([195, 198, 200], 13, 0, 200)).toEqual([174, 187, 200]);
  });
});

describe("layeredGraph", () => {
  // p1 → s2, p2 → s1, s1 → r1 (critical); s1 is a SPOF
  const svg = layeredGraph(
    [
      { id: "p1", label: "P1", layer: 0, classes: ["process"] },
      { id: "p2", label: "P2", layer: 0, classes: ["process"] },
      { id: "s1", label: "S1", layer: 1, classes: ["service", "spof"], badge: "SPOF" },
      { id: "s2", label: "S2", layer: 1, classes: ["service"] },
      { id: "r1", label: "R1", layer: 2, classes: ["resource"] },
    ],
    [
      { from: "p1", to: "s2" },
      { from: "p2", to: "s1" },
      { from: "s1", to: "r1", critical: true },
    ],
    "Graph",
    { critical: "Critical path", badge: { text: "SPOF", label: "Single points of failure" } },
  );

  it("orders a column by the rows pointing at it and centres short columns", () => {
    // column 1: s2's parent p1 is row 0, s1's parent p2 row 1, so s2 comes first (y = 30),
    // s1 second (y = 30 + 34 = 64); columns at x = 10 + 210 × col
    expect(svg).toContain(
      '<rect x="220" y="30" width="170" height="24" rx="4"/><text x="226" y="46">S2</text>',
    );
    expect(svg).toContain(
      '<rect x="220" y="64" width="170" height="24" rx="4"/><text x="226" y="80">S1</text>',
    );
    // column 2 has one node of the tallest column's two: centred, y = 30 + (2 − 1) × 34 / 2 = 47
    expect(svg).toContain('<rect x="430" y="47" width="170"');
  });

  it("draws the critical path as its own, last curve and badges the SPOF", () => {
    // from s1's right edge (220 + 170 = 390, 64 + 12 = 76) to r1's left (430, 47 + 12 = 59),
    // control points at the middle x = (390 + 430) / 2 = 410
    expect(svg).toMatch(
      /<path d="M390,76 C410,76 410,59 430,59" class="edge critical"\/>(?!.*class="edge")/,
    );
    // badge in s1's right-hand corner: x = 220 + 170 − 34 − 3 = 353, y = 64 + 5 = 69
    expect(svg).toContain('<rect x="353" y="69" width="34" height="14" rx="7" class="badge"/>');
    // 3 columns: 20 + 3 × 210 = 650 wide; 30 + 2 × 34 + 14 = 112 to the legend, + 16
    expect(svg).toContain('viewBox="0 0 650 128"');
  });
});

describe("heatmap", () => {
  const colours: Record<string, string> = {
    provider: "#009E73",
    customer: "#56B4E9",
    shared: "#F0E442",
  };
  const cells = [
    ["provider", "customer"],
    [null, "shared"],
  ];
  const svg = heatmap({
    title: "Who runs",
    rows: ["A", "Bb"],
    columns: ["x", "y"],
    cell: (i, j) => cells[i]?.[j] ?? null,
    colorOf: (v) => colours[v] ?? "#eeeeee",
    legend: [{ value: "provider", label: "provider" }],
    notes: { header: "n", values: ["8", "13"] },
  });

  it("sizes its columns to their text and picks readable cell text", () => {
    // row labels: widest "Bb" = 2 × 6.82 = 13.64, under the 40 floor → left = 10 + 40 + 8 = 58;
    // cells: widest "provider"/"customer" at 10 px = 8 × 6.2 = 49.6, under the 66 floor,
    // + 14 → 80 a column
    expect(svg).toContain('<rect x="58" y="44" width="78" height="20" fill="#009E73">');
    // cell text centred: 58 + 80 / 2 − 1 = 97; dark on the green (contrast 6.1 against 3.4)
    expect(svg).toContain(
      '<text x="97" y="58" text-anchor="middle" class="cell" style="fill:#1d2433">provider</text>',
    );
    // notes column: widest "13" = 13.64, under the 20 floor, + 16 → 36; right-aligned at
    // 58 + 2 × 80 + 36 − 8 = 246
    expect(svg).toContain('<text x="246" y="81" text-anchor="end" class="axis">13</text>');
    // width 218 + 36 + 10 = 264; legend under 2 rows: 44 + 2 × 22 + 20 = 108, + one row of 16
    expect(svg).toContain('viewBox="0 0 264 124"');
  });

  it("chooses white or dark text by WCAG contrast", () => {
    // #0072B2: luminance 0.152 → white 1.05 / 0.202 = 5.2 beats dark 0.202 / 0.05 = 4.0
    expect(textOn("#0072B2")).toBe("#ffffff");
    // #009E73: luminance 0.256 → dark 6.1 beats white 3.4
    expect(textOn("#009E73")).toBe("#1d2433");
  });
});
