import type { DocSpec } from "./shared/doc-spec.js";

/**
 * Documentation of the `exceptions/*` rules, read only by `ruleDocs` (kept out of the rules so bundles of `validatePlan` do not carry it).
 *
 * @category Rules
 */
export function exceptionsDocs(): Record<string, DocSpec> {
  return {
    "exceptions/expired": {
      description: [
        "An exception (`exceptions[]`) is not past its `until` date; an expired one suppresses nothing, so the findings it covered count again.",
        "例外（`exceptions[]`）が `until` の日付を過ぎていない。期限切れの例外は何も抑制せず、対象の指摘は再び有効になる。",
      ],
      rationale: [
        "ISO/IEC 27001 treats a risk acceptance as a decision that is reviewed, not a permanent switch: an acceptance whose term has passed must be renewed by management or the finding fixed.",
        "ISO/IEC 27001 ではリスク受容は見直される判断であり、恒久的な設定ではない。期限を過ぎた受容は経営陣が更新するか、指摘を是正する必要がある。",
      ],
    },
    "exceptions/authority": {
      description: [
        "An exception is accepted (`acceptedBy`) by a role whose holder is top management and does not implement the plan (`governance.implement`), compared as people; otherwise it suppresses nothing. When the plan does not say who management is, an info asks for it.",
        "例外の受容者（`acceptedBy`）が、経営陣であり計画の実施（`governance.implement`）を担わない人の役割である（人として比較する）。そうでなければ例外は何も抑制しない。計画が経営陣を示していない場合は、それを求める info になる。",
      ],
      rationale: [
        "ISO/IEC 27014: the governing body decides which risks the organisation accepts, and management approves the plan as its action plan; those who implement it cannot accept the risks of their own work.",
        "ISO/IEC 27014: 組織がどのリスクを受容するかは経営陣が決め、計画は経営陣が組織の実行計画として承認する。計画を実施する者が自らの作業のリスクを受容することはできない。",
      ],
    },
  };
}
