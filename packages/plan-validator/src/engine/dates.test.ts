import { describe, expect, test } from "vitest";
import { addIsoDuration, daysBetween, isOverdue, isoDay, toDate } from "./dates.js";

const d = (s: string) => toDate(s) as Date;

describe("dates", () => {
  test("calendar months are counted in UTC and clamped to the month's end", () => {
    expect(isoDay(addIsoDuration(d("2026-01-31"), "P1M") as Date)).toBe("2026-02-28");
    expect(isoDay(addIsoDuration(d("2024-02-29"), "P1Y") as Date)).toBe("2025-02-28");
    expect(isoDay(addIsoDuration(d("2026-03-11"), "P6M") as Date)).toBe("2026-09-11");
  });

  test("weeks, days and hours are added exactly", () => {
    // 2026-11-20 + 1 week + 2 days = 2026-11-29; + 36 h = 2026-11-30T12:00Z
    expect(addIsoDuration(d("2026-11-20"), "P1W2DT36H")?.toISOString()).toBe(
      "2026-11-30T12:00:00.000Z",
    );
  });

  test("text that is not a duration gives undefined", () => {
    expect(addIsoDuration(d("2026-01-01"), "1 year")).toBeUndefined();
    expect(addIsoDuration(d("2026-01-01"), "P")).toBeUndefined();
    expect(addIsoDuration(d("2026-01-01"), "PT")).toBeUndefined();
  });

  test("overdue means last + cadence is before now", () => {
    // 2025-11-27 + P1Y = 2026-11-27: not before 2026-11-27 → not overdue
    expect(isOverdue(d("2025-11-27"), "P1Y", d("2026-11-27")).overdue).toBe(false);
    // 2025-11-26 + P1Y = 2026-11-26 < 2026-11-27 → overdue
    expect(isOverdue(d("2025-11-26"), "P1Y", d("2026-11-27")).overdue).toBe(true);
  });

  test("days between two dates", () => {
    // 2026-09-10 → 2026-11-27: 20 (rest of Sep) + 31 (Oct) + 27 (Nov) = 78
    expect(daysBetween(d("2026-09-10"), d("2026-11-27"))).toBe(78);
    expect(toDate(undefined)).toBeUndefined();
    expect(toDate("2026-02-30")).toBeUndefined();
  });
});
