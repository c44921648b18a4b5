/**
 * The day the starter documents' dates are written for: on it, every command reports no
 * errors on them. `mamori init` moves every date by the days from it to `--now` (today by
 * default), so what it writes is as current on the day it is written as on this one.
 */
export const TEMPLATE_DAY = "2026-11-27";

const DAY_MS = 86_400_000;
const QUOTED_DATE = /"(\d{4})-(\d{2})-(\d{2})"/g;

/** Whole days from `TEMPLATE_DAY` to the calendar day (UTC) of `now` (an ISO 8601 date or date-time). */
export function daysSinceTemplate(now: string): number {
  const [y, m, d] = TEMPLATE_DAY.split("-").map(Number) as [number, number, number];
  const day = Date.parse(`${now.slice(0, 10)}T00:00:00Z`);
  return Math.round((day - Date.UTC(y, m - 1, d)) / DAY_MS);
}

/**
 * `text` with every quoted ISO date (`"2026-04-01"`) moved by `days` calendar days; the
 * rest untouched. Intervals between dates stay the same number of days.
 */
export function shiftQuotedDates(text: string, days: number): string {
  if (days === 0) return text;
  return text.replace(QUOTED_DATE, (_, y: string, m: string, d: string) => {
    const moved = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)) + days * DAY_MS);
    return `"${moved.toISOString().slice(0, 10)}"`;
  });
}
