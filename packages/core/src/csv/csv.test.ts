import { describe, expect, it } from "vitest";
import { neutraliseCsvCell, toCsv } from "./csv.js";

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
