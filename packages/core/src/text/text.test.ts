import { describe, expect, it } from "vitest";
import { elideText, escapeMarkdown, toTerminalText } from "./text.js";

describe("toTerminalText", () => {
  it("replaces ESC, OSC, BEL, CR, C1 and bidi controls, keeps tab and line feed", () => {
    expect(toTerminalText("a\u001b]0;x\u0007b")).toBe("a\uFFFD]0;x\uFFFDb");
    expect(toTerminalText("a\u001b[2Jb\rc")).toBe("a\uFFFD[2Jb\uFFFDc");
    expect(toTerminalText("\u009b31m\u202eabc\u2066\u200f")).toBe("\uFFFD31m\uFFFDabc\uFFFD\uFFFD");
    expect(toTerminalText("tab\tline\nend 日本語")).toBe("tab\tline\nend 日本語");
  });
});

describe("elideText", () => {
  it("cuts to max code units with an ellipsis, never inside a surrogate pair", () => {
    expect(elideText("abcdef", 4)).toBe("abc…");
    expect(elideText("abcd", 4)).toBe("abcd");
    // "a😀b": cutting at 2 units would split the emoji's pair, so only "a" stays.
    expect(elideText("a😀bcd", 3)).toBe("a…");
    expect(elideText("x".repeat(10_000_000), 80)).toHaveLength(80);
  });
});

describe("escapeMarkdown", () => {
  it("escapes HTML and Markdown punctuation, turns line breaks into <br>", () => {
    expect(escapeMarkdown("<plaintext>")).toBe("\\<plaintext\\>");
    expect(escapeMarkdown("a|b\\c")).toBe("a\\|b\\\\c");
    expect(escapeMarkdown("[x](javascript:y) *b* `c` &lt;")).toBe(
      "\\[x\\]\\(javascript:y\\) \\*b\\* \\`c\\` \\&lt;",
    );
    expect(escapeMarkdown("l1\r\nl2\nl3\rl4")).toBe("l1<br>l2<br>l3<br>l4");
    expect(escapeMarkdown("erp-db 受注")).toBe("erp-db 受注");
  });
  it("replaces terminal controls and bidi overrides", () => {
    expect(escapeMarkdown("a\u001b]0;t\u0007\u202e")).toBe("a\uFFFD\\]0;t\uFFFD\uFFFD");
  });
});
