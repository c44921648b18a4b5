import { describe, expect, it } from "vitest";
import { daysSinceTemplate, shiftQuotedDates } from "./init-dates.js";

describe("the starter documents' dates", () => {
  it("count the days from the template's day", () => {
    expect(daysSinceTemplate("2026-11-27")).toBe(0);
    // 2026-11-27 → 2026-12-07: 10 days; a date-time counts by its calendar day (UTC)
    expect(daysSinceTemplate("2026-12-07T23:59:00.000Z")).toBe(10);
    // → 2027-11-27: 365 days (no 29 February in between)
    expect(daysSinceTemplate("2027-11-27")).toBe(365);
    expect(daysSinceTemplate("2026-11-20")).toBe(-7);
  });

  it("move every quoted date, across month and leap-year ends, and nothing else", () => {
    const text = 'approval: { date: "2026-04-01" }\nlastDone: "2027-12-31" # P1Y, PT4H, 2026-01-01';
    // 2026-04-01 + 10 = 2026-04-11; 2027-12-31 + 10 = 2028-01-10; the unquoted date stays
    expect(shiftQuotedDates(text, 10)).toBe(
      'approval: { date: "2026-04-11" }\nlastDone: "2028-01-10" # P1Y, PT4H, 2026-01-01',
    );
    // 2028-02-28 + 1 = 2028-02-29 (a leap year); 2026-03-01 − 1 = 2026-02-28
    expect(shiftQuotedDates('"2028-02-28" "2026-03-01"', 1)).toBe('"2028-02-29" "2026-03-02"');
    expect(shiftQuotedDates('"2026-03-01"', -1)).toBe('"2026-02-28"');
    expect(shiftQuotedDates(text, 0)).toBe(text);
  });
});
