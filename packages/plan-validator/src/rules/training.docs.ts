import type { DocSpec } from "./shared/doc-spec.js";
import { requiredDocs } from "./shared/required-items.docs.js";

/**
 * Documentation of the `training/*` rules, read only by `ruleDocs` (kept out of the rules so bundles of `validatePlan` do not carry it).
 *
 * @category Rules
 */
export function trainingDocs(): Record<string, DocSpec> {
  return {
    "training/required-items": requiredDocs("training/required-items", [
      "The education and training plan (教育訓練計画) names (a) who is trained and to what goal and (c) the curriculum and schedule; of firms whose BCP ran in 2011, 31.1% saw it partly fail.",
      "教育訓練計画は (a) 対象者と目標、(c) カリキュラムとスケジュール を定める。2011年に BCP を発動した企業の 31.1% は一部が機能しなかった。",
    ]),
    "training/failover-test-cadence": {
      description: [
        "The plan has an information-system failover (switch-over) test, done within its cadence (default P1Y).",
        "情報システムの切替テストが計画され、周期（既定 P1Y）以内に実施されている。",
      ],
      rationale: [
        "96.0% of firms did not use their backup at all in 2011 and 0.4% tried and failed; the guideline names failover tests among the training activities.",
        "2011年には 96.0% がバックアップをまったく使わず、0.4% は使おうとして失敗した。ガイドラインは教育訓練の活動として切替テストを挙げる。",
      ],
    },
    "training/switch-over-per-service": {
      description: [
        "Every service covered by a redundancy or alternate-site measure has a failover test that names it (`services`) or its measure (`measures`); training/failover-test-cadence judges whether each test was done within its cadence.",
        "冗長化または代替拠点の対策の対象となる各サービスに、それ（`services`）またはその対策（`measures`）を対象とする切替テストがある。各テストが周期内に実施されたかは training/failover-test-cadence が判定する。",
      ],
      rationale: [
        "A failover test of one system proves nothing about another; 96.0% of firms did not use their backup at all in 2011 and 0.4% tried and failed.",
        "あるシステムの切替テストは別のシステムについて何も証明しない。2011年には 96.0% がバックアップをまったく使わず、0.4% は使おうとして失敗した。",
      ],
    },
    "training/exercise-cadence": {
      description: [
        "The plan has a comprehensive exercise, done within its cadence (default P1Y).",
        "総合訓練が計画され、周期（既定 P1Y）以内に実施されている。",
      ],
      rationale: [
        "Of firms whose BCP ran in 2011, 31.1% saw it partly fail and 2.1% saw it fail; comprehensive exercises that include business staff are how a plan is proven before it is needed.",
        "2011年に BCP を発動した企業の 31.1% は一部が機能せず、2.1% は機能しなかった。業務部門を含む総合訓練が、必要になる前に計画を検証する手段である。",
      ],
    },
    "training/business-staff": {
      description: [
        "Business (user-department) staff are a training audience, and a comprehensive exercise includes them.",
        "業務部門の要員が訓練の対象者に含まれ、総合訓練にも参加している。",
      ],
      rationale: [
        "The guideline's training activities include comprehensive exercises with business staff; 39.9% of firms said front-line staff do not understand the measures.",
        "ガイドラインの教育訓練には業務部門を含む総合訓練がある。39.9% の企業が、現場の従業員が対策を理解していないと答えた。",
      ],
    },
  };
}
