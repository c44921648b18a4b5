import { describe, expect, it } from "vitest";
import { barChart, fitText, textWidth } from "./svg.js";

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
});

describe("barChart", () => {
  it("scales bars to the largest value and escapes labels", () => {
    const svg = barChart("Loss", [
      { label: "<a>", value: 50, text: "¥50" },
      { label: "b", value: 100, text: "¥100", highlight: true },
    ]);
    // plot width 760 − 190 − 120 = 450: 50 → 225 px, 100 → 450 px
    expect(svg).toContain('<rect x="190" y="33" width="225" height="14" class="bar"/>');
    expect(svg).toContain('<rect x="190" y="53" width="450" height="14" class="bar late"/>');
    expect(svg).toContain("&lt;a&gt;");
    expect(svg).not.toContain("<a>");
  });
});
