import { parseIsoDate } from "@mamori/core";
import { addMinutes } from "date-fns/addMinutes";
import { isBefore } from "date-fns/isBefore";

/**
 * A date text as an instant (UTC), or undefined when absent or invalid (the schema reports it).
 *
 * @category Validation
 */
export function toDate(text: string | undefined): Date | undefined {
  return text === undefined ? undefined : parseIsoDate(text).date;
}

const CADENCE =
  /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/**
 * Add an ISO 8601 duration to an instant. Years and months are calendar units counted in
 * UTC (so `P1Y` from 2025-11-01 is 2026-11-01 on every machine); a day of the month that does
 * not exist is clamped to the month's last day. Undefined for text that is not a duration.
 *
 * @category Validation
 */
export function addIsoDuration(date: Date, text: string): Date | undefined {
  const m = CADENCE.exec(text);
  if (!m || text === "P" || text.endsWith("T")) return undefined;
  const n = (i: number) => (m[i] === undefined ? 0 : Number(m[i]));
  const months = n(1) * 12 + n(2);
  let base = date;
  if (months > 0) {
    const y = date.getUTCFullYear();
    const mo = date.getUTCMonth() + months;
    const last = new Date(Date.UTC(y, mo + 1, 0)).getUTCDate();
    const day = Math.min(date.getUTCDate(), last);
    base = new Date(
      Date.UTC(
        y,
        mo,
        day,
        date.getUTCHours(),
        date.getUTCMinutes(),
        date.getUTCSeconds(),
        date.getUTCMilliseconds(),
      ),
    );
  }
  const minutes = (n(3) * 7 + n(4)) * 1440 + n(5) * 60 + n(6) + n(7) / 60;
  return addMinutes(base, minutes);
}

/**
 * True when `last + cadence` is before `now` (the activity is overdue).
 *
 * @category Validation
 */
export function isOverdue(
  last: Date,
  cadence: string,
  now: Date,
): { overdue: boolean; due: Date | undefined } {
  const due = addIsoDuration(last, cadence);
  return { overdue: due !== undefined && isBefore(due, now), due };
}

/**
 * `YYYY-MM-DD` of an instant, in UTC.
 *
 * @category Validation
 */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Whole days from `from` to `to` (UTC, rounded down).
 *
 * @category Validation
 */
export function daysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / 86_400_000);
}

/**
 * A date that records something done (a review, a test, a drill), as evidence at `now`: the
 * date when it is not after `now`, undefined when it is. A future date is impossible for a
 * thing done; it never satisfies a cadence (`dates/not-in-future` reports it).
 *
 * @category Validation
 */
export function doneBy(date: Date | undefined, now: Date | undefined): Date | undefined {
  return date !== undefined && now !== undefined && date.getTime() > now.getTime()
    ? undefined
    : date;
}
