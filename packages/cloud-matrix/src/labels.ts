import type { Locale } from "@mamori/core";

/**
 * Japanese words for the values mamori writes in English inside Japanese text (owners,
 * findings, audit kinds, the source of an owner), the ones the web workbench shows.
 * English text keeps the values themselves. @internal
 */
const JA: Record<string, string> = {
  // owners
  customer: "利用者",
  provider: "事業者",
  shared: "共同",
  "third-party": "第三者",
  "shared-provider-third-party": "事業者＋第三者",
  "not-applicable": "対象外",
  unassigned: "未割当",
  // findings
  gap: "ギャップ",
  conflict: "矛盾",
  overlap: "重複",
  unverified: "未検証",
  planned: "未実施（計画中）",
  // differential audit
  "new-control": "新たな管理策",
  "ownership-moved": "実施主体の移動",
  "customer-guidance": "利用者への指針",
  // what decided an owner
  layers: "レイヤー",
  override: "個別指定",
  governance: "ガバナンス",
};

/**
 * A matrix value's word in the locale — an owner (`customer`, `shared`…), a finding (`gap`,
 * `planned`…), a differential-audit kind or what decided an owner: its Japanese word for `ja`
 * (the words the workbench and cloud-matrix's own messages use), the value itself otherwise.
 *
 * @param value - An owner, finding or status word as mamori writes it, such as `shared`; an unknown word is returned as given.
 * @param locale - The language wanted; `en` returns `value` unchanged.
 *
 * @example
 * ```ts
 * import { matrixLabel } from "@mamori/cloud-matrix";
 * matrixLabel("shared", "ja"); // "共同"
 * matrixLabel("gap", "en"); // "gap"
 * ```
 *
 * @category Exports
 */
export function matrixLabel(value: string, locale: Locale): string {
  return locale === "ja" ? (JA[value] ?? value) : value;
}

/** What a provider that says nothing about a control is called in each locale. @internal */
export const SILENT = { en: "(silent)", ja: "表明なし" } as const;
