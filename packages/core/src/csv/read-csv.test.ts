import { describe, expect, it } from "vitest";
import { neutraliseCsvCell, toCsv } from "./csv.js";
import { readCsv } from "./read-csv.js";

describe("readCsv (RFC 4180)", () => {
  it("reads quotes, escaped quotes, commas and line breaks inside quotes", () => {
    const t = readCsv('a,b\r\n"x, y","say ""hi"""\r\n"two\nlines",z\r\n');
    expect(t.rows).toEqual([
      ["a", "b"],
      ["x, y", 'say "hi"'],
      ["two\nlines", "z"],
    ]);
    // The third row starts on line 3; its quoted field spans lines 3-4.
    expect(t.lines).toEqual([1, 2, 3]);
    expect(t.unterminatedAt).toBeUndefined();
  });
  it("accepts LF, a BOM, a missing final newline, empty fields and skips blank lines", () => {
    expect(readCsv("\uFEFFa,,c\n\n1,2,3").rows).toEqual([
      ["a", "", "c"],
      ["1", "2", "3"],
    ]);
    expect(readCsv('""\n').rows).toEqual([[""]]);
    expect(readCsv("").rows).toEqual([]);
  });
  it("reports an unterminated quote with its line and column", () => {
    const t = readCsv('a\nb,"open\nstill');
    expect([t.unterminatedAt, t.unterminatedColumn]).toEqual([2, 3]);
  });
  it("gives every field its range: 1-based, end exclusive, quotes included", () => {
    const t = readCsv('id,text\r\n1,"two\r\nlines",\r\n\r\nx,"a""b"\n');
    const at = (l: number, c: number) => ({ line: l, column: c });
    expect(t.ranges).toEqual([
      [
        { start: at(1, 1), end: at(1, 3) },
        { start: at(1, 4), end: at(1, 8) },
      ],
      [
        // `1`, then a quoted field over two lines, then an empty field at the end of line 3.
        { start: at(2, 1), end: at(2, 2) },
        { start: at(2, 3), end: at(3, 7) },
        { start: at(3, 8), end: at(3, 8) },
      ],
      [
        { start: at(5, 1), end: at(5, 2) },
        { start: at(5, 3), end: at(5, 9) },
      ],
    ]);
    expect(t.lines).toEqual([1, 2, 5]);
  });
});

describe("core's toCsv and neutraliseCsvCell, read back by readCsv", () => {
  it("quotes only what needs it and ends lines with CRLF", () => {
    expect(toCsv([["a", "b,c", 'q"', "l\n"]])).toBe('a,"b,c","q""","l\n"\r\n');
  });
  it("neutralises formula starts = + - @ tab CR and nothing else", () => {
    expect(
      ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "a=b", ""].map(neutraliseCsvCell),
    ).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx", "a=b", ""]);
  });
  it("round-trips through readCsv", () => {
    const rows = [
      ["id", "text"],
      ["1", 'a,"b"\r\nc'],
    ];
    expect(readCsv(toCsv(rows)).rows).toEqual(rows);
  });
});
