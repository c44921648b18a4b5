// The locale types live in a leaf module: diagnostics and catalogs both need them, and
// neither may import the other for it.

/**
 * The locales every mamori message ships in.
 *
 * @example
 * ```ts
 * import { formatDuration, type Locale } from "@mamori/core";
 * const locale: Locale = "ja";
 * formatDuration(240, locale); // "4時間"
 * ```
 *
 * @category Messages
 */
export type Locale = "en" | "ja";

/**
 * Every shipped locale, in a fixed order.
 *
 * @example
 * ```ts
 * import { LOCALES } from "@mamori/core";
 * LOCALES.includes("ja"); // true
 * ```
 *
 * @category Messages
 */
export const LOCALES: readonly Locale[] = ["en", "ja"];

/**
 * A text in English and, where one exists, Japanese: a catalog control's title, a layer's
 * name, a rule's description. English is always there, because it is the language every
 * standard mamori reads is published in; a Japanese text may be missing (CSA publishes no
 * Japanese CCM), and {@link localize} then falls back to English.
 *
 * @example
 * ```ts
 * import type { LocalizedText } from "@mamori/core";
 * const t: LocalizedText = { en: "Backup power", ja: "非常用電源" };
 * ```
 *
 * @category Messages
 */
export interface LocalizedText {
  /** English text. */
  en: string;
  /** Japanese text, when there is one. */
  ja?: string | undefined;
}

/**
 * The text of a {@link LocalizedText} in `locale`, falling back to English when the
 * Japanese text is missing or empty.
 *
 * @param text - The text in each language.
 * @param locale - The language wanted, `en` or `ja`.
 *
 * @example
 * ```ts
 * import { localize } from "@mamori/core";
 * localize({ en: "Backup power", ja: "非常用電源" }, "ja"); // "非常用電源"
 * localize({ en: "Backup power" }, "ja"); // "Backup power"
 * ```
 *
 * @category Messages
 */
export function localize(text: LocalizedText, locale: Locale): string {
  return locale === "ja" && text.ja ? text.ja : text.en;
}
