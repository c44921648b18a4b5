import type { DocSpec } from "./shared/doc-spec.js";

/**
 * Documentation of the `dates/*` rules, read only by `ruleDocs` (kept out of the rules so bundles of `validatePlan` do not carry it).
 *
 * @category Rules
 */
export function datesDocs(): Record<string, DocSpec> {
  return {
    "dates/not-in-future": {
      description: [
        "No date that records something done (last review, review log, exercise or test, inspection, safety-confirmation test, milestone done, evidence issued, BIA date) is after the validation date; such a date satisfies no cadence.",
        "実施済みの事柄を記録する日付（最終見直し、見直し記録、訓練・テスト、点検、安否確認テスト、マイルストーン完了、証跡の発行、BIA の日付）が検証日より後でない。そのような日付は周期を満たさない。",
      ],
      rationale: [
        "A review or an exercise dated in the future has not happened: counting it as done hides an overdue activity (ISO/IEC 27001 asks for records as evidence of what was done).",
        "将来の日付の見直しや訓練はまだ行われていない。実施済みと数えると期限切れの活動が隠れる（ISO/IEC 27001 は実施の証拠として記録を求める）。",
      ],
    },
  };
}
