import type { DocSpec } from "./shared/doc-spec.js";
import { requiredDocs } from "./shared/required-items.docs.js";

/**
 * Documentation of the `maintenance/*` rules, read only by `ruleDocs` (kept out of the rules so bundles of `validatePlan` do not carry it).
 *
 * @category Rules
 */
export function maintenanceDocs(): Record<string, DocSpec> {
  return {
    "maintenance/review-interval": {
      description: [
        "The plan states its last review, and the latest review (metadata.lastReview or the review log) is within the interval `within` (12 months by default) of the validation date.",
        "計画に最終見直し日が記載され、最新の見直し（metadata.lastReview または見直し記録）が検証日から期間 `within`（既定は12か月）以内である。",
      ],
      rationale: [
        "The maintenance and improvement plan keeps the plan current through the PDCA cycle; 73.9% of firms planned to review their BCP after 2011, and NIST SP 800-34 asks for at least an annual review.",
        "維持改善計画は PDCA によって計画を最新に保つ。2011年以後 73.9% が BCP の見直しを予定した。NIST SP 800-34 も少なくとも年1回の見直しを求める。",
      ],
    },
    "maintenance/review-within-12-months": {
      description: [
        "The former id of `maintenance/review-interval` (whose option `within` defaults to `P1Y`, the 12 months of this id).",
        "`maintenance/review-interval` の旧 ID（同ルールのオプション `within` の既定値 `P1Y` が、この ID の12か月にあたる）。",
      ],
      rationale: [
        "The rule judges any review interval now, not only 12 months; the old id keeps existing configurations and plans working until they are renamed.",
        "ルールは12か月に限らず任意の見直し間隔を判定するようになった。旧 ID は、設定や計画の名前が変更されるまで既存のものを動かし続けるために残している。",
      ],
    },
    "maintenance/inspection-defined": {
      description: [
        "Every inspection item states its timing and its owner.",
        "すべての点検項目に実施時期と実施者が記載されている。",
      ],
      rationale: [
        "The guideline's maintenance method (c) is exactly three things: when to inspect, what to inspect, who inspects; 16.9% of firms said they had no responsibility structure.",
        "ガイドラインの維持改善の方法 (c) は、いつ・何を・誰が点検するか の3点である。16.9% の企業が責任体制がないと答えた。",
      ],
    },
    "maintenance/required-items": requiredDocs("maintenance/required-items", [
      "The maintenance and improvement plan (維持改善計画) states (a) its purpose, (b) its organisation and (c) what is inspected, when and by whom; 73.9% of firms planned to review their BCP after 2011.",
      "維持改善計画は (a) 目的、(b) 体制、(c) いつ・何を・誰が点検するか を定める。2011年以後 73.9% の企業が BCP の見直しを予定した。",
    ]),
  };
}
