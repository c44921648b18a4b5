import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { neutraliseCsvCell, restoreCsvCell, toCsv } from "./csv.js";

describe("toCsv", () => {
  it("quotes per RFC 4180 and ends lines with CRLF", () => {
    expect(toCsv([["a", 'say "hi"', "x,y", "line\nbreak"]])).toBe(
      'a,"say ""hi""","x,y","line\nbreak"\r\n',
    );
    expect(toCsv([[1.5, -5, true, null, undefined, Number.NaN]])).toBe("1.5,-5,true,,,\r\n");
  });
  it("neutralises every formula-looking text cell", () => {
    for (const evil of ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"]) {
      expect(neutraliseCsvCell(evil)).toBe(`'${evil}`);
    }
    expect(toCsv([['=HYPERLINK("http://x","y")']])).toBe('"\'=HYPERLINK(""http://x"",""y"")"\r\n');
    expect(neutraliseCsvCell("safe = text")).toBe("safe = text");
  });
});

describe("neutraliseCsvCell and restoreCsvCell", () => {
  it("neutralises full-width formula characters and formulas after leading white space", () => {
    for (const evil of [
      "＝1+1",
      "＋1",
      "－1",
      "＠SUM(A1)",
      " =1+1",
      "  +1",
      "\u3000=1",
      "\u00a0@x",
    ]) {
      expect(neutraliseCsvCell(evil)).toBe(`'${evil}`);
    }
    expect(neutraliseCsvCell("a = b")).toBe("a = b");
    expect(neutraliseCsvCell(" text")).toBe(" text");
  });
  it("gives an apostrophe of the user's one more, so restoring is exact", () => {
    expect(neutraliseCsvCell("'=1+1")).toBe("''=1+1");
    expect(restoreCsvCell("''=1+1")).toBe("'=1+1");
    expect(restoreCsvCell("'=1+1")).toBe("=1+1");
    expect(neutraliseCsvCell("'quoted")).toBe("'quoted");
    expect(restoreCsvCell("'quoted")).toBe("'quoted");
  });
  it("restore(neutralise(t)) is t for every text", () => {
    const pieces = ["'", "=", "+", "-", "@", "＝", " ", "\t", "\r", "\u3000", "a", "1"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 6 }), fc.string(), (p, t) => {
        const text = p.join("") + t;
        expect(restoreCsvCell(neutraliseCsvCell(text))).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});
