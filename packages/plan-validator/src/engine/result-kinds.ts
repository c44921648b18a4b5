import type { Locale } from "@mamori/core";
import type { ContinuityPlan } from "../schema/plan.js";

type ResultKind = NonNullable<NonNullable<ContinuityPlan["training"]>["results"]>[number]["kind"];

const LABELS: Readonly<Record<Locale, Readonly<Record<ResultKind, string>>>> = {
  en: {
    tabletop: "tabletop exercise",
    functional: "functional exercise",
    "full-scale": "full-scale exercise",
    "switch-over": "switch-over test",
    restore: "restore test",
    failback: "failback test",
    "safety-confirmation-drill": "safety-confirmation drill",
  },
  ja: {
    tabletop: "机上訓練",
    functional: "機能訓練",
    "full-scale": "総合訓練",
    "switch-over": "切替テスト",
    restore: "復元テスト",
    failback: "切戻しテスト",
    "safety-confirmation-drill": "安否確認訓練",
  },
};

/**
 * The words for the kind of an exercise or test result (`training.results[].kind`) in the
 * locale: `switch-over` is "switch-over test" / 切替テスト. An unknown kind comes back as given.
 * One table for every report and view that lists results.
 *
 * @param kind - The result's `kind`, such as `switch-over`.
 * @param locale - The language of the words, `en` or `ja`.
 *
 * @example
 * ```ts
 * import { resultKindLabel } from "@mamori/plan-validator";
 * resultKindLabel("restore", "ja"); // "復元テスト"
 * resultKindLabel("full-scale", "en"); // "full-scale exercise"
 * ```
 *
 * @category Evidence
 */
export function resultKindLabel(kind: string, locale: Locale): string {
  const table: Readonly<Record<string, string>> = LABELS[locale === "ja" ? "ja" : "en"];
  return Object.hasOwn(table, kind) ? (table[kind] as string) : kind;
}
