import { describe, expect, it } from "vitest";
import { esc, fitText, spreadLabels, textOn, textWidth } from "./svg.js";

describe("chart building blocks", () => {
  it("estimates widths: 0.62 em a Latin character, 1 em a CJK one", () => {
    // 2 × 0.62 × 11 + 11 = 13.64 + 11 = 24.64
    expect(textWidth("ab安")).toBeCloseTo(24.64, 5);
  });

  it("cuts text to a width with an ellipsis, a huge name too", () => {
    // every character (and "…") is 6.82 px: (n + 1) × 6.82 ≤ 60 → n = 7
    expect(fitText("Legal and regulatory", 60)).toBe("Legal a…");
    expect(fitText("Legal", 60)).toBe("Legal");
    expect(fitText("x".repeat(1_000_000), 60)).toBe("xxxxxxx…");
  });

  it("spreads labels apart inside their band", () => {
    // 105 is pushed to 100 + 13 = 113; 300 is clamped to 200
    expect(spreadLabels([105, 100, 300], 13, 0, 200)).toEqual([113, 100, 200]);
    // pushed past 200 (195, 208, 221): pulled back up from the end, 200, 187, 174
    expect(spreadLabels([195, 198, 200], 13, 0, 200)).toEqual([174, 187, 200]);
  });

  it("chooses white or dark text by WCAG contrast", () => {
    // #0072B2: luminance 0.152 → white 1.05 / 0.202 = 5.2 beats dark 0.202 / 0.05 = 4.0
    expect(textOn("#0072B2")).toBe("#ffffff");
    // #009E73: luminance 0.256 → dark 6.1 beats white 3.4
    expect(textOn("#009E73")).toBe("#1d2433");
  });

  it("escapes markup, quotes, controls and lone surrogates for XML", () => {
    expect(esc(`<a href="x">'&'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;",
    );
    expect(esc("a\u0001b\ud800c")).toBe("a\uFFFDb\uFFFDc");
  });
});

describe("names of megabytes", () => {
  it("are read only as far as can fit, and cut", () => {
    const huge = "N".repeat(10_000_000);
    const started = performance.now();
    for (let i = 0; i < 100; i++) expect(fitText(huge, 100)).toBe(`${"N".repeat(13)}…`);
    // 100 cuts of a 10 MB name: each reads 16 characters, not 10 million
    expect(performance.now() - started).toBeLessThan(1000);
    // a surrogate pair is never split: 𝔸 is one (narrow) character
    expect(fitText("𝔸".repeat(50), 30)).toBe("𝔸𝔸𝔸…");
  });
});
