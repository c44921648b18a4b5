import type { Locale } from "../i18n/locale.js";

/**
 * The units a duration is written in, largest first (the order the words come in).
 *
 * @example
 * ```ts
 * import { DURATION_UNITS } from "@mamori/core/internal";
 * DURATION_UNITS[0]; // "years"
 * ```
 *
 * @category Durations and dates
 */
export const DURATION_UNITS = [
  "years",
  "months",
  "weeks",
  "days",
  "hours",
  "minutes",
  "seconds",
] as const;

/**
 * One of {@link DURATION_UNITS}.
 *
 * @example
 * ```ts
 * import type { DurationUnit } from "@mamori/core/internal";
 * const unit: DurationUnit = "hours";
 * ```
 *
 * @category Durations and dates
 */
export type DurationUnit = (typeof DURATION_UNITS)[number];

// The words are those of date-fns' en-US and ja locales (`formatDistance`'s xYears … xSeconds),
// which words.test.ts compares against them. date-fns' locale objects are not used at run
// time: each carries its parsing and formatting tables for every token (14.5 kB minified for
// the two), of which writing a duration needs these seven pairs; and date-fns' formatDuration
// imports the en-US locale as its default whatever locale is passed.
const EN: Record<DurationUnit, readonly [one: string, other: string]> = {
  years: ["year", "years"],
  months: ["month", "months"],
  weeks: ["week", "weeks"],
  days: ["day", "days"],
  hours: ["hour", "hours"],
  minutes: ["minute", "minutes"],
  seconds: ["second", "seconds"],
};
const JA: Record<DurationUnit, string> = {
  years: "年",
  months: "か月",
  weeks: "週間",
  days: "日",
  hours: "時間",
  minutes: "分",
  seconds: "秒",
};

/**
 * A duration given in parts written in words, largest unit first, parts that are zero or
 * absent left out (`{ days: 1, hours: 12 }` → `1 day 12 hours`, `1日12時間`). With no non-zero
 * part it writes `zeroUnit` as zero (`0 minutes`, `0分`).
 *
 * @param parts - How many of each unit.
 * @param locale - The language of the words: English words are separated by spaces, Japanese
 *   ones are not.
 * @param zeroUnit - The unit an all-zero duration is written in.
 *
 * @example
 * ```ts
 * import { formatDurationParts } from "@mamori/core/internal";
 * formatDurationParts({ months: 6 }, "ja"); // "6か月"
 * formatDurationParts({ years: 1, days: 2 }, "en"); // "1 year 2 days"
 * ```
 *
 * @category Durations and dates
 */
export function formatDurationParts(
  parts: Partial<Record<DurationUnit, number>>,
  locale: Locale,
  zeroUnit: DurationUnit = "minutes",
): string {
  const words: string[] = [];
  for (const unit of DURATION_UNITS) {
    const n = parts[unit];
    if (n) words.push(word(unit, n, locale));
  }
  if (words.length === 0) return word(zeroUnit, 0, locale);
  return words.join(locale === "ja" ? "" : " ");
}

function word(unit: DurationUnit, n: number, locale: Locale): string {
  if (locale === "ja") return `${n}${JA[unit]}`;
  const [one, other] = EN[unit];
  return n === 1 ? `1 ${one}` : `${n} ${other}`;
}
