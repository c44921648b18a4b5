import { formatDuration, type Locale } from "@mamori/core";

const H = 60;
const D = 24 * H;
const W = 7 * D;

/** A short duration for axes: 4h, 1d, 1w (4時間, 1日, 1週). */
export function shortDuration(minutes: number, locale: Locale): string {
  const ja = locale === "ja";
  if (minutes >= 30 * D && minutes % (30 * D) === 0)
    return `${minutes / (30 * D)}${ja ? "か月" : "mo"}`;
  if (minutes >= W && minutes % W === 0) return `${minutes / W}${ja ? "週" : "w"}`;
  if (minutes >= D && minutes % D === 0) return `${minutes / D}${ja ? "日" : "d"}`;
  if (minutes >= H && minutes % H === 0) return `${minutes / H}${ja ? "時間" : "h"}`;
  if (minutes >= D) return `${Math.round((minutes / D) * 10) / 10}${ja ? "日" : "d"}`;
  if (minutes >= H) return `${Math.round((minutes / H) * 10) / 10}${ja ? "時間" : "h"}`;
  return `${Math.round(minutes)}${ja ? "分" : "m"}`;
}

/** A duration in words, or a dash. */
export function duration(minutes: number | null | undefined, locale: Locale): string {
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes)) return "–";
  if (minutes === 0) return locale === "ja" ? "0分" : "0";
  return formatDuration(minutes, locale);
}

/** Money, e.g. ¥195,000,000. */
export function money(amount: number, currency: string | null, locale: Locale): string {
  try {
    return new Intl.NumberFormat(locale === "ja" ? "ja-JP" : "en-GB", {
      style: "currency",
      currency: currency ?? "JPY",
      maximumFractionDigits: 0,
    }).format(amount);
  } catch {
    return `${amount} ${currency ?? ""}`.trim();
  }
}
