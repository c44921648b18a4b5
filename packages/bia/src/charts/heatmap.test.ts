import { describe, expect, it } from "vitest";
import { categoryHeatmapSvg, countHeatmapSvg } from "./heatmap.js";

const table = {
  columns: ["customer", "provider", "shared"],
  rows: [
    { label: "Data", counts: [1, 1, 6] },
    { label: "Governance <policies>", counts: [2, 0, 0] },
  ],
};

const cells = (svg: string) =>
  [
    ...svg.matchAll(
      /<rect [^>]*fill="(#[0-9a-f]{6})" class="cell" data-count="(\d+)"><title>([^<]*)<\/title>/g,
    ),
  ].map((m) => [m[3], Number(m[2]), m[1]]);

describe("countHeatmapSvg", () => {
  it("writes each count in its cell, coloured from pale to deep blue by count", () => {
    const svg = countHeatmapSvg(table, { title: "Controls" });
    // max 6: 6 → #08306b; 0 → the empty grey; 1 → t = 1/6 of the way from #d6e6f5:
    // d6 + (08 − d6) / 6 = 214 − 34.3 = 179.7 → b4; e6 + (30 − e6) / 6 = 230 − 30.3 = 199.7 → c8;
    // f5 + (6b − f5) / 6 = 245 − 23 = 222 → de. 2 → t = 1/3: 214 − 68.7 = 145.3 → 91;
    // 230 − 60.7 = 169.3 → a9; 245 − 46 = 199 → c7.
    expect(cells(svg)).toEqual([
      ["Data × customer: 1", 1, "#b4c8de"],
      ["Data × provider: 1", 1, "#b4c8de"],
      ["Data × shared: 6", 6, "#08306b"],
      ["Governance &lt;policies&gt; × customer: 2", 2, "#91a9c7"],
      ["Governance &lt;policies&gt; × provider: 0", 0, "#f3f5f9"],
      ["Governance &lt;policies&gt; × shared: 0", 0, "#f3f5f9"],
    ]);
    // the counts as text, white on the deep blue, and a total per row (8 and 2)
    expect(svg).toMatch(/class="count" fill="#ffffff">6<\/text>/);
    expect(svg).toMatch(/class="total" font-weight="600" fill="#1d2433">8<\/text>/);
    expect(svg).toMatch(/class="total" font-weight="600" fill="#1d2433">2<\/text>/);
  });

  it("names the total column in the locale and escapes every label", () => {
    const ja = countHeatmapSvg(table, { title: "管理策 & レイヤー", locale: "ja" });
    expect(ja).toContain(">計</text>");
    expect(ja).toContain('aria-label="管理策 &amp; レイヤー"');
    expect(ja).not.toContain("<policies>");
    expect(countHeatmapSvg(table, { title: "x" })).toContain(">total</text>");
  });

  it("an empty table draws its headings and nothing else, without dividing by zero", () => {
    const svg = countHeatmapSvg({ columns: ["customer"], rows: [] }, { title: "none" });
    expect(cells(svg)).toEqual([]);
    expect(svg).not.toContain("NaN");
  });
});

describe("categoryHeatmapSvg", () => {
  const owners = {
    columns: ["IaaS", "SaaS"],
    rows: [
      { label: "Data", values: ["customer", "shared"], note: "6" },
      { label: "Facilities <dc>", values: ["provider", null], note: "2" },
    ],
    noteHeader: "controls",
    legend: [
      { value: "customer", label: "利用者", colour: "#56B4E9" },
      { value: "provider", label: "事業者", colour: "#08306b" },
      { value: "shared", label: "共同", colour: "#F0E442" },
    ],
  };
  const valueCells = (svg: string) =>
    [
      ...svg.matchAll(
        /<rect [^>]*fill="(#[0-9a-fA-F]{6})" class="cell"(?: data-value="([^"]*)")?><title>([^<]*)<\/title>/g,
      ),
    ].map((m) => [m[3], m[2] ?? null, m[1]]);

  it("colours and labels each cell by its value, an empty cell grey, with the legend's words", () => {
    const svg = categoryHeatmapSvg(owners, { title: "Who runs each layer" });
    expect(valueCells(svg)).toEqual([
      ["Data × IaaS: 利用者", "customer", "#56B4E9"],
      ["Data × SaaS: 共同", "shared", "#F0E442"],
      ["Facilities &lt;dc&gt; × IaaS: 事業者", "provider", "#08306b"],
      ["Facilities &lt;dc&gt; × SaaS: —", null, "#f3f3f3"],
    ]);
    // Words on the yellow cell read dark, on the deep blue one white (the better WCAG contrast:
    // #08306b's relative luminance ≈ 0.03, so white gives 1.05 / 0.08 ≈ 13 against 0.08 / 0.05).
    expect(svg).toMatch(/fill="#1d2433"[^>]*>共同<\/text>/);
    expect(svg).toMatch(/fill="#ffffff"[^>]*>事業者<\/text>/);
    // The notes column: its header and one note per row.
    expect(svg).toContain(">controls</text>");
    expect(svg).toMatch(/>6<\/text>[\s\S]*>2<\/text>/);
    // The row label is escaped, never markup.
    expect(svg).not.toContain("<dc>");
  });

  it("draws a value the legend does not list grey with its own words, and refuses a colour that is not #rrggbb", () => {
    const svg = categoryHeatmapSvg(
      {
        columns: ["PaaS"],
        rows: [{ label: "Runtime", values: ["third-party"] }],
        legend: [{ value: "x", label: "x", colour: 'red" onload="alert(1)' }],
      },
      { title: "t" },
    );
    expect(valueCells(svg)).toEqual([["Runtime × PaaS: third-party", "third-party", "#dddddd"]]);
    expect(svg).not.toContain("onload");
    // The legend's square for the bad colour is grey too.
    expect(svg).toContain('width="12" height="12" fill="#dddddd"');
  });
});
