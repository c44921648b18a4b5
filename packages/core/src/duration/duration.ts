import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { createDiagnostic } from "../i18n/catalog.js";
import type { Locale } from "../i18n/locale.js";
import { coreMessages } from "../i18n/messages.js";
import { formatDurationParts } from "./words.js";

/**
 * The ISO 8601 duration grammar mamori accepts: `P[nY][nM][nW][nD][T[nH][nM][nS]]`, at
 * least one component, a decimal fraction (`.` or `,`) allowed on any component. Exported
 * for the JSON Schemas and for callers that pre-filter text.
 *
 * @example
 * ```ts
 * import { ISO_DURATION_PATTERN } from "@mamori/core";
 * ISO_DURATION_PATTERN.test("P1DT12H"); // true
 * ISO_DURATION_PATTERN.test("4h"); // false
 * ```
 *
 * @category Durations and dates
 */
export const ISO_DURATION_PATTERN =
  /^P(?!$)(?:\d+(?:[.,]\d+)?Y)?(?:\d+(?:[.,]\d+)?M)?(?:\d+(?:[.,]\d+)?W)?(?:\d+(?:[.,]\d+)?D)?(?:T(?=\d)(?:\d+(?:[.,]\d+)?H)?(?:\d+(?:[.,]\d+)?M)?(?:\d+(?:[.,]\d+)?S)?)?$/;

const PARTS =
  /^P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

/** Minutes in one day. */
const DAY = 1440;

/**
 * How {@link parseDuration} treats years and months, whose length varies.
 * `reject` (the default, and what recovery objectives use) gives a
 * `duration/calendar-unit` error; `approximate` counts a month as 30 days and a year as
 * 365 days (suitable for the coarse time points of an impact table such as `P1M`).
 *
 * @example
 * ```ts
 * import { parseDuration, type CalendarUnitPolicy } from "@mamori/core";
 * const policy: CalendarUnitPolicy = "approximate";
 * parseDuration("P1Y", { calendarUnits: policy }).minutes; // 525600 (365 × 1440)
 * ```
 *
 * @category Durations and dates
 */
export type CalendarUnitPolicy = "reject" | "approximate";

/**
 * Options of {@link parseDuration}.
 *
 * @example
 * ```ts
 * import type { ParseDurationOptions } from "@mamori/core";
 * const options: ParseDurationOptions = { calendarUnits: "approximate", path: "/timePoints/5" };
 * ```
 *
 * @category Durations and dates
 */
export interface ParseDurationOptions {
  /** Years and months: rejected (default) or approximated as 365 and 30 days. */
  calendarUnits?: CalendarUnitPolicy;
  /** JSON pointer put on diagnostics. Default `""`. */
  path?: string;
  /** Locale of diagnostic messages. Default `en`. */
  locale?: Locale;
}

/**
 * The outcome of {@link parseDuration}: the length in minutes, or `undefined` with the
 * diagnostics that say why.
 *
 * @example
 * ```ts
 * import { parseDuration, type DurationResult } from "@mamori/core";
 * const r: DurationResult = parseDuration("PT90M"); // { minutes: 90, diagnostics: [] }
 * ```
 *
 * @category Durations and dates
 */
export interface DurationResult {
  /** Length in minutes (fractional when seconds are given), or undefined when invalid. */
  minutes: number | undefined;
  /** Why the text was refused; empty on success. */
  diagnostics: Diagnostic[];
}

function num(s: string | undefined): number {
  return s === undefined ? 0 : Number(s.replace(",", "."));
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "number") return `the number ${String(value)}`;
  return `a value of type ${typeof value}`;
}

/**
 * Parse an ISO 8601 duration (`PT30M`, `PT4H`, `P3D`, `P1W`, `P1DT12H`) to minutes.
 * Never throws: malformed, negative or non-string input gives a diagnostic.
 *
 * @param value - The duration text, such as `PT4H`; anything that is not a string gives a diagnostic, not a throw.
 * @param options - The locale and JSON pointer of the diagnostics and the policy for years and months (rejected by default); see {@link ParseDurationOptions}.
 *
 * @example
 * ```ts
 * import { parseDuration } from "@mamori/core";
 * parseDuration("P1DT12H").minutes; // 2160 (1 × 1440 + 12 × 60)
 * parseDuration("4h").diagnostics[0]?.code; // "duration/malformed"
 * parseDuration("P1M", { calendarUnits: "approximate" }).minutes; // 43200 (30 days)
 * ```
 *
 * @category Durations and dates
 */
export function parseDuration(value: unknown, options: ParseDurationOptions = {}): DurationResult {
  const locale = options.locale ?? "en";
  const path = options.path ?? "";
  const fail = (code: string, data: Record<string, string>): DurationResult => ({
    minutes: undefined,
    diagnostics: [createDiagnostic(coreMessages, locale, { code, severity: "error", path, data })],
  });
  if (typeof value !== "string")
    return fail("duration/not-a-string", { received: describe(value) });
  const text = value.trim();
  if (text === "") return fail("duration/empty", {});
  if (/^(?:-P|P-|PT-)/.test(text) && ISO_DURATION_PATTERN.test(text.replace("-", ""))) {
    return fail("duration/negative", { value: text });
  }
  const m = ISO_DURATION_PATTERN.test(text) ? PARTS.exec(text) : null;
  if (!m) return fail("duration/malformed", { value: text });
  const [, y, mo, w, d, h, mi, s] = m;
  if ((y !== undefined || mo !== undefined) && (options.calendarUnits ?? "reject") === "reject") {
    return fail("duration/calendar-unit", { value: text });
  }
  const minutes =
    num(y) * 365 * DAY +
    num(mo) * 30 * DAY +
    num(w) * 7 * DAY +
    num(d) * DAY +
    num(h) * 60 +
    num(mi) +
    num(s) / 60;
  if (!Number.isFinite(minutes)) return fail("duration/malformed", { value: text });
  return { minutes, diagnostics: [] };
}

/**
 * Format minutes as the canonical ISO 8601 duration mamori writes: days and time parts
 * only (`P1DT12H`, `PT30M`, `PT0S` for zero), so it parses back to the same minutes.
 *
 * @param minutes - The length in minutes, rounded to whole seconds; zero, negative or not finite gives `PT0S`.
 *
 * @example
 * ```ts
 * import { toIsoDuration } from "@mamori/core";
 * toIsoDuration(2160); // "P1DT12H"
 * toIsoDuration(90); // "PT1H30M"
 * ```
 *
 * @category Durations and dates
 */
export function toIsoDuration(minutes: number): string {
  if (!Number.isFinite(minutes) || minutes <= 0) return "PT0S";
  const totalSeconds = Math.round(minutes * 60);
  const days = Math.floor(totalSeconds / 86400);
  let rest = totalSeconds - days * 86400;
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const mins = Math.floor(rest / 60);
  const secs = rest - mins * 60;
  let out = "P";
  if (days > 0) out += `${days}D`;
  if (hours > 0 || mins > 0 || secs > 0) {
    out += "T";
    if (hours > 0) out += `${hours}H`;
    if (mins > 0) out += `${mins}M`;
    if (secs > 0) out += `${secs}S`;
  }
  return out === "P" ? "PT0S" : out;
}

/**
 * Format minutes for people, in the words of date-fns' `en-US` and `ja` locales: weeks when exact,
 * otherwise days, hours and minutes (`4 hours`, `4時間`, `1 day 12 hours`, `1日12時間`).
 *
 * @param minutes - The length in minutes; zero, negative or not finite is formatted as zero minutes.
 * @param locale - The language of the words, `en` (default) or `ja`.
 *
 * @example
 * ```ts
 * import { formatDuration } from "@mamori/core";
 * formatDuration(240, "en"); // "4 hours"
 * formatDuration(240, "ja"); // "4時間"
 * formatDuration(2160, "ja"); // "1日12時間"
 * ```
 *
 * @category Durations and dates
 */
export function formatDuration(minutes: number, locale: Locale = "en"): string {
  if (!Number.isFinite(minutes) || minutes <= 0) return formatDurationParts({}, locale);
  const whole = Math.round(minutes);
  const parts: { weeks?: number; days?: number; hours?: number; minutes?: number } = {};
  if (whole % (7 * DAY) === 0) {
    parts.weeks = whole / (7 * DAY);
  } else {
    parts.days = Math.floor(whole / DAY);
    parts.hours = Math.floor((whole % DAY) / 60);
    parts.minutes = whole % 60;
  }
  return formatDurationParts(parts, locale);
}
