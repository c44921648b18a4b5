import type { DocSpec } from "./shared/doc-spec.js";

const BACKUP_UNUSED = [
  "96.0% of firms did not use their backup at all in 2011 and 0.4% tried and it failed; switch-overs and failbacks did not go as planned. Only a test shows whether the plan's objectives hold.",
  "2011年には 96.0% の企業がバックアップをまったく使わず、0.4% は使おうとして失敗した。切替や切戻しも計画どおりに進まなかった。計画の目標が守れるかはテストでしか分からない。",
] as const;

/**
 * Documentation of the `evidence/*` rules, read only by `ruleDocs` (kept out of the rules so bundles of `validatePlan` do not carry it).
 *
 * @category Rules
 */
export function evidenceDocs(): Record<string, DocSpec> {
  return {
    "evidence/rto-met": {
      description: [
        "The latest measured recovery time of each service (`training.results[].services[].recoveryTime`) is within the plan's RTO and, when a BIA is given, within the RTO the BIA requires of it.",
        "各サービスの最新の実測復旧時間（`training.results[].services[].recoveryTime`）が計画の目標復旧時間以内であり、BIA が与えられた場合は BIA が求める目標復旧時間以内でもある。",
      ],
      rationale: BACKUP_UNUSED,
    },
    "evidence/rpo-met": {
      description: [
        "The latest measured data loss of each data-holding service (`dataLoss`) is within the plan's RPO and, when a BIA is given, within the BIA's.",
        "データを保持する各サービスの最新の実測データ損失（`dataLoss`）が計画の目標復旧ポイント以内であり、BIA が与えられた場合は BIA の値以内でもある。",
      ],
      rationale: BACKUP_UNUSED,
    },
    "evidence/rlo-met": {
      description: [
        "The latest level reached by each service (`levelReached`) is not below its RLO; a named level that differs from the RLO, or a name against a percentage, is an info asking for percentages.",
        "各サービスの最新の到達レベル（`levelReached`）が目標復旧レベル（RLO）を下回っていない。名前で書かれたレベルが目標と異なる場合や、名前と百分率の比較になる場合は、百分率での記載を求める info になる。",
      ],
      rationale: BACKUP_UNUSED,
    },
    "evidence/failed-retested": {
      description: [
        "A service that failed in an exercise or test has passed one since, within the option `retestWithin` (default P3M) of the failure; a failed result that names no service is re-run by a later passing one of the same activity (or kind).",
        "訓練・テストで不合格となったサービスが、不合格から `retestWithin`（既定 P3M）以内に、その後のテストで合格している。サービスを記載しない不合格の結果は、同じ活動（なければ同じ種類）の後の合格で再実施とみなす。",
      ],
      rationale: [
        "ISO/IEC 27001's Act step closes the loop: a failure that is never re-tested leaves the plan unproven exactly where it is known to be weak. In 2011, 31.1% of firms whose BCP ran saw it partly fail.",
        "ISO/IEC 27001 の Act は改善の輪を閉じる。再テストされない失敗は、弱いと分かっている箇所で計画を未証明のまま残す。2011年に BCP を発動した企業の 31.1% は一部が機能しなかった。",
      ],
    },
    "evidence/corrective-actions": {
      description: [
        "Every issue an exercise or test found has a corrective action with an owner and a due date, and no action that is not done is past its due date.",
        "訓練・テストで見つかった各課題に、責任者と期限のある是正処置があり、未完了の是正処置が期限を過ぎていない。",
      ],
      rationale: [
        "ISO/IEC 27001 (PDCA): findings are closed by owned, dated corrective actions; an exercise whose issues are never acted on proves nothing the next time.",
        "ISO/IEC 27001（PDCA）: 指摘は責任者と期限のある是正処置で完了させる。課題に手が打たれない訓練は次回も何も証明しない。",
      ],
    },
    "evidence/time-critical-proven": {
      description: [
        "When the plan records results, every time-critical service has a passing result, no older than the cadence of the activity it belongs to (or the option `maxAge`, default P1Y): an older one has expired. A plan without `training.results` is judged on its schedule only.",
        "計画に結果が記録されている場合、時間的に重要な各サービスに合格した結果があり、それが属する活動の周期（なければ `maxAge`、既定 P1Y）より古くない。古い結果は失効している。`training.results` のない計画はスケジュールだけで判定する。",
      ],
      rationale: BACKUP_UNUSED,
    },
    "evidence/scenario-variety": {
      description: [
        "The exercises and tests that name a scenario do not all rehearse the same one, once there are at least `minResults` (default 3) of them.",
        "シナリオを記載した訓練・テストが `minResults`（既定 3）件以上あるとき、すべてが同じシナリオではない。",
      ],
      rationale: [
        "22.3% of firms whose BCP ran in 2011 met a disaster beyond what the plan assumed; ISO/IEC 27031 asks exercises to cover the range of scenarios.",
        "2011年に BCP を発動した企業の 22.3% は、計画の想定を超える災害に遭った。ISO/IEC 27031 は訓練がシナリオの幅を網羅することを求める。",
      ],
    },
    "evidence/failback-exercised": {
      description: [
        "Every service switched over in a recorded test is named by a failback test too.",
        "記録されたテストで切り替えた各サービスが、切戻しのテストでも対象になっている。",
      ],
      rationale: [
        "After 2011, 47.1% of firms switched back to production at once, 29.4% when timely and 23.5% were still on the backup: a failback that was never rehearsed is where a recovery stalls.",
        "2011年の後、47.1% の企業はすぐに本番への切戻しを行い、29.4% は時機を見て切戻しを行い、23.5% はバックアップで運用を続けていた。訓練していない切戻しで復旧は止まる。",
      ],
    },
    "evidence/business-staff-exercised": {
      description: [
        "When the plan records results and has a business-staff audience, a full-scale exercise held included it (`scope.audiences`). training/business-staff judges the schedule; this rule judges what was held.",
        "計画に結果が記録され、業務部門の訓練対象者がある場合、実施された総合訓練（full-scale）にその対象者が参加している（`scope.audiences`）。training/business-staff は計画を、このルールは実施を判定する。",
      ],
      rationale: [
        "The guideline's training includes comprehensive exercises with business staff; 39.9% of firms said front-line staff do not understand the measures.",
        "ガイドラインの教育訓練には業務部門を含む総合訓練がある。39.9% の企業が、現場の従業員が対策を理解していないと答えた。",
      ],
    },
  };
}
