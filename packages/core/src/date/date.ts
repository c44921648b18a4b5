import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { showValue } from "../diagnostics/show-value.js";
import { createDiagnostic } from "../i18n/catalog.js";
import type { Locale } from "../i18n/locale.js";
import { coreMessages } from "../i18n/messages.js";

/**
 * The ISO 8601 date or date-time text mamori accepts: `YYYY-MM-DD`, optionally followed by
 * `THH:MM[:SS[.fff]]` and `Z` or an offset. Exported for the JSON Schemas.
 *
 * @example
 * ```ts
 * import { ISO_DATE_PATTERN } from "@mamori/core";
 * ISO_DATE_PATTERN.test("2026-04-01"); // true
 * ```
 *
 * @category Durations and dates
 */
export const ISO_DATE_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * The outcome of {@link parseIsoDate}.
 *
 * @example
 * ```ts
 * import { parseIsoDate, type DateResult } from "@mamori/core";
 * const r: DateResult = parseIsoDate("2026-04-01");
 * ```
 *
 * @category Durations and dates
 */
export interface DateResult {
  /** The instant, or undefined when the text is not a valid date. */
  date: Date | undefined;
  /** Why the text was refused; empty on success. */
  diagnostics: Diagnostic[];
}

/**
 * Parse an ISO 8601 date or date-time. A date without a time, or a time without an offset,
 * is read as UTC, so results never depend on the machine's time zone. Impossible dates
 * (`2026-02-30`, `2026-13-01`, `0000-01-01`, `T24:00`) are `date/invalid` diagnostics, never a
 * throw. This is the one date parser of mamori: the document schemas' `DateSchema` (in `@mamori/core/domain`)
 * refuses what it refuses, so no rule ever sees a date it cannot read.
 *
 * @param value - The date text, such as `2026-04-01` or `2026-04-01T09:00:00+09:00`; anything that is not a string gives a diagnostic.
 * @param options - The JSON pointer (default `""`) and the locale (default `en`) of the diagnostic on bad input.
 *
 * @example
 * ```ts
 * import { parseIsoDate } from "@mamori/core";
 * parseIsoDate("2026-04-01").date?.toISOString(); // "2026-04-01T00:00:00.000Z"
 * parseIsoDate("2026-02-30").diagnostics[0]?.code; // "date/invalid"
 * ```
 *
 * @category Durations and dates
 */
export function parseIsoDate(
  value: unknown,
  options: { path?: string; locale?: Locale } = {},
): DateResult {
  const locale = options.locale ?? "en";
  const path = options.path ?? "";
  const fail = (code: string): DateResult => ({
    date: undefined,
    diagnostics: [
      createDiagnostic(coreMessages, locale, {
        code,
        severity: "error",
        path,
        data: { value: showValue(value) },
      }),
    ],
  });
  if (typeof value !== "string") return fail("date/malformed");
  const m = ISO_DATE_PATTERN.exec(value);
  if (!m) return fail("date/malformed");
  const [, ys, mos, ds, hs, mis, ss, frac, zone] = m;
  const y = Number(ys);
  const mo = Number(mos);
  const d = Number(ds);
  const h = hs === undefined ? 0 : Number(hs);
  const mi = mis === undefined ? 0 : Number(mis);
  const s = ss === undefined ? 0 : Number(ss);
  // Year 0000 is no year of the calendar the documents are written in (1 BC precedes AD 1).
  if (y < 1 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) {
    return fail("date/invalid");
  }
  const ms = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear takes the year as written.
  const check = new Date(0);
  check.setUTCFullYear(y, mo - 1, d);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) {
    return fail("date/invalid");
  }
  const utc = check.getTime() + ((h * 60 + mi) * 60 + s) * 1000 + ms;
  let offsetMinutes = 0;
  if (zone !== undefined && zone !== "Z") {
    const sign = zone.startsWith("-") ? -1 : 1;
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 23 || om > 59) return fail("date/invalid");
    offsetMinutes = sign * (oh * 60 + om);
  }
  return { date: new Date(utc - offsetMinutes * 60_000), diagnostics: [] };
}
