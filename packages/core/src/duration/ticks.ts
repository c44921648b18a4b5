/**
 * Round ticks for a time axis that starts at the incident: the axis runs from 0 to `end`
 * (the first multiple of `step` at or beyond `maxMinutes`), with a tick every `step` minutes.
 *
 * @example
 * ```ts
 * import type { DurationTicks } from "@mamori/core";
 * const t: DurationTicks = { step: 240, end: 1440, ticks: [0, 240, 480, 720, 960, 1200, 1440] };
 * ```
 *
 * @category Durations and dates
 */
export interface DurationTicks {
  /** Minutes between two ticks: one of 15 and 30 minutes, 1, 2, 4, 6 and 12 hours, 1 and 2 days, 1, 2 and 4 weeks, or a multiple of 4 weeks. */
  step: number;
  /** The end of the axis, in minutes: a multiple of `step`, at least `maxMinutes`. */
  end: number;
  /** Every tick from 0 to `end`, in minutes. */
  ticks: number[];
}

const HOUR = 60;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
/** The steps a reader counts in: quarter hours up to weeks. */
const STEPS = [
  15,
  30,
  HOUR,
  2 * HOUR,
  4 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  WEEK,
  2 * WEEK,
  4 * WEEK,
];

/**
 * Round ticks for a time axis from 0 to at least `maxMinutes` — the smallest step of 15 and
 * 30 minutes, 1, 2, 4, 6 and 12 hours, 1 and 2 days, 1, 2 and 4 weeks (then multiples of 4
 * weeks) that needs at most `maxTicks` intervals. Labels then read "4 hours", "1 day"
 * (4時間, 1日) through {@link formatDuration}, never "17.3 hours". A `maxMinutes` that is not
 * a positive number is taken as one hour; `maxTicks` is at least 1.
 *
 * @param maxMinutes - The largest value the axis must reach, in minutes; not a positive finite number means 60.
 * @param maxTicks - The most intervals wanted, default 8; it is floored and at least 1.
 *
 * @example
 * ```ts
 * import { durationTicks, formatDuration } from "@mamori/core";
 * const { ticks } = durationTicks(20 * 60); // 20 hours: a tick every 4 hours
 * ticks.map((m) => formatDuration(m, "ja")); // ["0分", "4時間", "8時間", "12時間", "16時間", "20時間"]
 * ```
 *
 * @category Durations and dates
 */
export function durationTicks(maxMinutes: number, maxTicks = 8): DurationTicks {
  const max = Number.isFinite(maxMinutes) && maxMinutes > 0 ? maxMinutes : HOUR;
  const most = Number.isFinite(maxTicks) ? Math.max(1, Math.floor(maxTicks)) : 8;
  let step = STEPS.find((s) => Math.ceil(max / s) <= most);
  // Beyond the ladder: whole multiples of 4 weeks.
  step ??= Math.ceil(max / most / (4 * WEEK)) * 4 * WEEK;
  const end = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let m = 0; m <= end; m += step) ticks.push(m);
  return { step, end, ticks };
}
