import type { DocSpec } from "./shared/doc-spec.js";
import { requiredDocs } from "./shared/required-items.docs.js";

/**
 * Documentation of the `pre-incident/*` rules, read only by `ruleDocs` (kept out of the rules so bundles of `validatePlan` do not carry it).
 *
 * @category Rules
 */
export function preIncidentDocs(): Record<string, DocSpec> {
  return {
    "pre-incident/schedule-overdue": {
      description: [
        "No milestone of the schedule is past its due date without being done.",
        "スケジュールのマイルストーンで、期限を過ぎて未完了のものがない。",
      ],
      rationale: [
        "The schedule (c) is what turns the pre-incident plan into action (the Do of the ISO/IEC 27001 PDCA cycle); a measure left overdue is a gap the plan claims is closed.",
        "スケジュール (c) は事前対応計画を実行に移すもの（ISO/IEC 27001 の PDCA の Do）。期限切れの対策は、計画上は塞がっているはずの穴である。",
      ],
    },
    "pre-incident/investment-stated": {
      description: [
        "Every measure has at least one investment item with its cost.",
        "すべての対策に、費用を伴う投資項目が一つ以上ある。",
      ],
      rationale: [
        "IT service continuity needs mid- to long-term investment (item (d) of the pre-incident plan); 29.2% of firms said they did not invest in line with the value of their information assets.",
        "ITサービス継続には中長期の投資が必要（事前対応計画の (d)）。29.2% の企業が情報資産の価値に見合った投資をしていないと答えた。",
      ],
    },
    "pre-incident/required-items": requiredDocs("pre-incident/required-items", [
      "The guideline's pre-incident plan (事前対応計画) has four items: (a) continuity requirements, (b) how they are met, (c) schedule, (d) investment; management approves it as the organisation's action plan. 29.2% of firms said they did not invest in line with the value of their information assets.",
      "ガイドラインの事前対応計画は (a) ITサービス継続の要求事項、(b) その実現方法、(c) スケジュール、(d) 必要な投資 の4項目からなり、経営陣が組織の行動計画として承認する。29.2% の企業が情報資産の価値に見合った投資をしていないと答えた。",
    ]),
  };
}
