import { describe, expect, it } from "vitest";
import { escapeHtml } from "./escape.js";

describe("escapeHtml", () => {
  it("escapes markup and quotes", () => {
    expect(escapeHtml(`<img src=x onerror="alert(1)">&'`)).toBe(
      "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;",
    );
  });
  it("replaces control characters and lone surrogates but keeps real text", () => {
    expect(escapeHtml("a\u0000b\u0007c\u009f")).toBe("a\uFFFDb\uFFFDc\uFFFD");
    expect(escapeHtml("x\ud800y\udc00z")).toBe("x\uFFFDy\uFFFDz");
    expect(escapeHtml("守り 😀\ttab\nline")).toBe("守り 😀\ttab\nline");
    expect(escapeHtml(42)).toBe("42");
    expect(escapeHtml(undefined)).toBe("");
  });
});
