import {
  createDiagnostic,
  type Diagnostic,
  type DiagnosticInit,
  formatDuration,
  formatMessage,
  type Locale,
  type MessageCatalog,
  parseDuration,
} from "@mamori/core";
import { formatDurationParts } from "@mamori/core/internal";

// An ISO 8601 duration with at least one part (`PT6H`, `P2D`, `P6M`, `P1Y`, `P1DT12H`).
const ISO =
  /^P(?!$)(\d+(?:[.,]\d+)?Y)?(\d+(?:[.,]\d+)?M)?(\d+(?:[.,]\d+)?W)?(\d+(?:[.,]\d+)?D)?(?:T(?=\d)(\d+(?:[.,]\d+)?H)?(\d+(?:[.,]\d+)?M)?(\d+(?:[.,]\d+)?S)?)?$/;

const n = (part: string | undefined) =>
  part === undefined ? 0 : Number(part.slice(0, -1).replace(",", "."));

/**
 * An ISO 8601 duration written for people in a locale, as the BIA's messages write them
 * (`6時間`, `2日`, `6 hours`); years and months, which have no fixed length, as such
 * (`6か月`, `1年`, `6 months`). Anything else is returned unchanged. @internal
 */
export function humaniseDuration(text: string, locale: Locale): string {
  const m = ISO.exec(text);
  if (!m) return text;
  const [, y, mo, w, d, h, mi] = m;
  if (y !== undefined || mo !== undefined) {
    const parts = {
      years: n(y),
      months: n(mo),
      weeks: n(w),
      days: n(d),
      hours: n(h),
      minutes: n(mi),
    };
    // か月, as the guideline and official Japanese write it; a zero (P0Y, P0M) in its own unit.
    return formatDurationParts(parts, locale, y !== undefined ? "years" : "months");
  }
  const minutes = parseDuration(text).minutes;
  if (minutes === undefined) return text;
  return formatDuration(minutes, locale);
}

/**
 * `createDiagnostic`, with every placeholder value that is an ISO 8601 duration written for
 * people in each locale's message; `data` keeps the ISO text for tools. @internal
 */
export function createDiagnosticWithDurations(
  catalog: MessageCatalog,
  locale: Locale,
  init: DiagnosticInit,
): Diagnostic {
  const data = init.data;
  if (data === undefined) return createDiagnostic(catalog, locale, init);
  let en: Record<string, string | number> | undefined;
  let ja: Record<string, string | number> | undefined;
  for (const k of Object.keys(data)) {
    const v = data[k];
    if (typeof v !== "string" || !ISO.test(v)) continue;
    en ??= { ...data };
    ja ??= { ...data };
    en[k] = humaniseDuration(v, "en");
    ja[k] = humaniseDuration(v, "ja");
  }
  if (en === undefined || ja === undefined) return createDiagnostic(catalog, locale, init);
  const d = createDiagnostic(catalog, locale, init);
  const key = init.messageKey ?? init.code;
  const enText = formatMessage(catalog, "en", key, en);
  const jaText = formatMessage(catalog, "ja", key, ja);
  d.message = locale === "ja" ? jaText : enText;
  d.messages = { en: enText, ja: jaText };
  return d;
}
