import { formatDuration as dateFnsFormatDuration } from "date-fns/formatDuration";
import { enUS } from "date-fns/locale/en-US";
import { ja } from "date-fns/locale/ja";
import { describe, expect, it } from "vitest";
import { DURATION_UNITS, type DurationUnit, formatDurationParts } from "./words.js";

describe("formatDurationParts writes durations in date-fns' words without its locale objects", () => {
  it("writes each unit, singular and plural, in English and Japanese", () => {
    expect(formatDurationParts({ hours: 1 }, "en")).toBe("1 hour");
    expect(formatDurationParts({ hours: 6 }, "en")).toBe("6 hours");
    expect(formatDurationParts({ hours: 6 }, "ja")).toBe("6時間");
    expect(formatDurationParts({ months: 6 }, "ja")).toBe("6か月");
    expect(formatDurationParts({ years: 1, days: 2 }, "en")).toBe("1 year 2 days");
    expect(formatDurationParts({ years: 1, days: 2 }, "ja")).toBe("1年2日");
    // Zero parts are left out; nothing left is zero of the zero unit.
    expect(formatDurationParts({ days: 0, hours: 0, minutes: 30 }, "en")).toBe("30 minutes");
    expect(formatDurationParts({}, "en")).toBe("0 minutes");
    expect(formatDurationParts({}, "ja")).toBe("0分");
    expect(formatDurationParts({}, "en", "hours")).toBe("0 hours");
  });

  it("gives exactly what date-fns' formatDuration gives with its en-US and ja locales", () => {
    // Every combination of three units from 0, 1, 2 and 12 of each, in both languages.
    let compared = 0;
    for (const a of DURATION_UNITS)
      for (const b of DURATION_UNITS) {
        if (b <= a) continue;
        for (const x of [0, 1, 2, 12])
          for (const y of [0, 1, 2, 12]) {
            if (x === 0 && y === 0) continue;
            const parts: Partial<Record<DurationUnit, number>> = { [a]: x, [b]: y };
            expect(formatDurationParts(parts, "en")).toBe(
              dateFnsFormatDuration(parts, { locale: enUS }),
            );
            expect(formatDurationParts(parts, "ja")).toBe(
              dateFnsFormatDuration(parts, { locale: ja, delimiter: "" }),
            );
            compared++;
          }
      }
    // 7 units → 21 pairs × 15 value pairs = 315 combinations.
    expect(compared).toBe(315);
    expect(formatDurationParts({}, "ja")).toBe(
      dateFnsFormatDuration({ minutes: 0 }, { locale: ja, zero: true }),
    );
  });
});
