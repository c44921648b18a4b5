import { describe, expect, it } from "vitest";
import { formatDuration, ISO_DURATION_PATTERN, parseDuration, toIsoDuration } from "./duration.js";

describe("parseDuration", () => {
  it.each([
    ["PT30M", 30],
    ["PT4H", 240], // 4 × 60
    ["P3D", 4320], // 3 × 1440
    ["P1W", 10080], // 7 × 1440
    ["P1DT12H", 2160], // 1440 + 12 × 60
    ["PT1H30M", 90],
    ["PT90S", 1.5],
    ["PT0.5H", 30],
    ["PT0,5H", 30],
    ["P0D", 0],
  ])("reads %s as %d minutes", (text, minutes) => {
    const r = parseDuration(text);
    expect(r.diagnostics).toEqual([]);
    expect(r.minutes).toBe(minutes);
  });

  it("rejects years and months by default, naming the value", () => {
    const r = parseDuration("P1M", { path: "/processes/0/rto" });
    expect(r.minutes).toBeUndefined();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({
      code: "duration/calendar-unit",
      severity: "error",
      path: "/processes/0/rto",
    });
    expect(r.diagnostics[0]?.message).toContain("'P1M'");
  });

  it("approximates months as 30 days and years as 365 days when asked", () => {
    expect(parseDuration("P1M", { calendarUnits: "approximate" }).minutes).toBe(43200); // 30 × 1440
    expect(parseDuration("P1Y", { calendarUnits: "approximate" }).minutes).toBe(525600); // 365 × 1440
  });

  it.each([
    ["4h", "duration/malformed"],
    ["PT", "duration/malformed"],
    ["P", "duration/malformed"],
    ["P1H", "duration/malformed"],
    ["PT1D", "duration/malformed"],
    ["P-1D", "duration/negative"],
    ["-P1D", "duration/negative"],
    ["", "duration/empty"],
    ["   ", "duration/empty"],
  ])("refuses %j with %s, never throwing", (text, code) => {
    const r = parseDuration(text);
    expect(r.minutes).toBeUndefined();
    expect(r.diagnostics.map((d) => d.code)).toEqual([code]);
  });

  it.each([[4], [null], [undefined], [{}], [["PT4H"]]])("refuses the non-string %j", (value) => {
    const r = parseDuration(value);
    expect(r.minutes).toBeUndefined();
    expect(r.diagnostics[0]?.code).toBe("duration/not-a-string");
  });

  it("gives the message in Japanese and English", () => {
    const d = parseDuration("4h", { locale: "ja" }).diagnostics[0];
    expect(d?.message).toBe(d?.messages.ja);
    expect(d?.messages.ja).toContain("'4h' は ISO 8601 の期間ではありません");
    expect(d?.messages.en).toContain("'4h' is not an ISO 8601 duration");
  });

  it("has a pattern that agrees with the parser", () => {
    for (const ok of ["PT4H", "P1W", "P1DT12H", "P1Y2M3W4DT5H6M7S"])
      expect(ISO_DURATION_PATTERN.test(ok)).toBe(true);
    for (const bad of ["P", "PT", "4h", "P1DT", "PT1D"])
      expect(ISO_DURATION_PATTERN.test(bad)).toBe(false);
  });
});

describe("toIsoDuration", () => {
  it("writes canonical days and time parts that parse back", () => {
    expect(toIsoDuration(2160)).toBe("P1DT12H");
    expect(toIsoDuration(90)).toBe("PT1H30M");
    expect(toIsoDuration(10080)).toBe("P7D");
    expect(toIsoDuration(1.5)).toBe("PT1M30S");
    expect(toIsoDuration(0)).toBe("PT0S");
    expect(toIsoDuration(-5)).toBe("PT0S");
    for (const m of [1, 59, 61, 1439, 1441, 4321, 99999]) {
      expect(parseDuration(toIsoDuration(m)).minutes).toBe(m);
    }
  });
});

describe("formatDuration", () => {
  it("formats for people in English and Japanese through date-fns", () => {
    expect(formatDuration(240, "en")).toBe("4 hours");
    expect(formatDuration(240, "ja")).toBe("4時間");
    expect(formatDuration(2160, "en")).toBe("1 day 12 hours");
    expect(formatDuration(2160, "ja")).toBe("1日12時間");
    expect(formatDuration(10080, "ja")).toBe("1週間");
    expect(formatDuration(30, "en")).toBe("30 minutes");
    expect(formatDuration(0, "en")).toBe("0 minutes");
  });
});
