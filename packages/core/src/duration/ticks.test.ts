import { describe, expect, it } from "vitest";
import { formatDuration } from "./duration.js";
import { durationTicks } from "./ticks.js";

describe("durationTicks", () => {
  it("picks the smallest round step that needs at most 8 intervals", () => {
    // 1200 min (20 h): 15 → 80, 30 → 40, 60 → 20, 120 → 10 intervals; 240 (4 h) → 5
    expect(durationTicks(1200)).toEqual({
      step: 240,
      end: 1200,
      ticks: [0, 240, 480, 720, 960, 1200],
    });
    // 1038 min (17.3 h, the old axis's odd end): 240 → ceil(4.325) = 5 intervals, end 1200
    expect(durationTicks(1038).end).toBe(1200);
    // 4320 min (3 days): 240 → 18, 360 → 12, 720 (12 h) → 6
    expect(durationTicks(4320).step).toBe(720);
    // 14400 min (10 days): 720 → 20, 1440 → 10, 2880 (2 days) → 5
    expect(durationTicks(14400)).toMatchObject({ step: 2880, end: 14400 });
  });

  it("reads as round words in both locales", () => {
    const { ticks } = durationTicks(1440); // 1 day: 240 → 6 intervals
    expect(ticks.map((m) => formatDuration(m, "ja"))).toEqual([
      "0分",
      "4時間",
      "8時間",
      "12時間",
      "16時間",
      "20時間",
      "1日",
    ]);
    expect(formatDuration(ticks[6] as number, "en")).toBe("1 day");
  });

  it("honours maxTicks, and goes past the ladder in whole 4-week steps", () => {
    // 1440 with at most 2 intervals: 720 → 2
    expect(durationTicks(1440, 2).ticks).toEqual([0, 720, 1440]);
    // 200 weeks = 2,016,000 min: 4 weeks (40,320) → 50 intervals; past the ladder the step is
    // ceil(2,016,000 / 8 / 40,320) = ceil(6.25) = 7 × 4 weeks = 282,240; end = 8 × 282,240
    expect(durationTicks(2_016_000)).toMatchObject({ step: 282_240, end: 2_257_920 });
    expect(durationTicks(2_016_000).ticks).toHaveLength(9);
  });

  it("takes a maximum that is not a positive number as one hour", () => {
    for (const bad of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      // 60 min: 15 → 4 intervals
      expect(durationTicks(bad)).toEqual({ step: 15, end: 60, ticks: [0, 15, 30, 45, 60] });
    }
    // a bad maxTicks falls back to 8, a fractional one is floored (at least 1)
    expect(durationTicks(1200, Number.NaN).step).toBe(240);
    expect(durationTicks(60, 0).ticks).toEqual([0, 60]);
  });
});
