import { describe, expect, it } from "vitest";
import { parseIsoDate } from "./date.js";

describe("parseIsoDate", () => {
  it("reads a date as UTC midnight, whatever the machine's time zone", () => {
    expect(parseIsoDate("2026-04-01").date?.toISOString()).toBe("2026-04-01T00:00:00.000Z");
  });
  it("applies offsets", () => {
    // 09:00 in Tokyo (+09:00) is 00:00 UTC.
    expect(parseIsoDate("2026-04-01T09:00:00+09:00").date?.toISOString()).toBe(
      "2026-04-01T00:00:00.000Z",
    );
    expect(parseIsoDate("2026-04-01T09:30Z").date?.toISOString()).toBe("2026-04-01T09:30:00.000Z");
  });
  it("refuses impossible and malformed dates with diagnostics", () => {
    expect(parseIsoDate("2026-02-30").diagnostics[0]?.code).toBe("date/invalid");
    expect(parseIsoDate("2026-13-01").diagnostics[0]?.code).toBe("date/invalid");
    expect(parseIsoDate("2026/04/01").diagnostics[0]?.code).toBe("date/malformed");
    expect(parseIsoDate(20260401).diagnostics[0]?.code).toBe("date/malformed");
    expect(parseIsoDate("2024-02-29").date?.toISOString()).toBe("2024-02-29T00:00:00.000Z"); // leap year
    expect(parseIsoDate("2026-02-29", { path: "/x" }).diagnostics[0]?.path).toBe("/x");
  });
  it("refuses year 0000 and hour 24, reads years 1-99 as written", () => {
    expect(parseIsoDate("0000-01-01").diagnostics[0]?.code).toBe("date/invalid");
    expect(parseIsoDate("2026-01-01T24:00:00Z").diagnostics[0]?.code).toBe("date/invalid");
    expect(parseIsoDate("2024-02-30").diagnostics[0]?.code).toBe("date/invalid");
    expect(parseIsoDate("0099-12-31").date?.toISOString()).toBe("0099-12-31T00:00:00.000Z");
    expect(parseIsoDate("0001-01-01T01:02:03.5Z").date?.toISOString()).toBe(
      "0001-01-01T01:02:03.500Z",
    );
  });
});
