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
  it("escapes a 10 MB string in one pass and agrees with a character-by-character escape", () => {
    const slow = (text: string) => {
      let out = "";
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        const pair = c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
        if (pair) {
          out += text.slice(i, i + 2);
          i++;
        } else if ((c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) out += "\uFFFD";
        else if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c <= 0x9f))
          out += "\uFFFD";
        else
          out +=
            { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[text[i]!] ??
            text[i];
      }
      return out;
    };
    const pieces = [
      "a",
      "<",
      "&",
      "'",
      '"',
      "\ud83d",
      "\ude00",
      "\u0000",
      "\r",
      "\u0085",
      "\uffff",
      "日",
    ];
    for (let n = 0; n < 2000; n++) {
      let t = "";
      for (let k = 0; k < 8; k++) t += pieces[(n * 7 + k * k * 13 + (n >> k)) % pieces.length];
      expect(escapeHtml(t)).toBe(slow(t));
    }
    expect(escapeHtml(`<${"x".repeat(10_000_000)}>`)).toHaveLength(10_000_008);
  });
});
