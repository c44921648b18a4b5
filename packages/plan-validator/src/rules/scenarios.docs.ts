import type { DocSpec } from "./shared/doc-spec.js";

/**
 * Documentation of the `scenarios/*` rules, read only by `ruleDocs` (kept out of the rules so bundles of `validatePlan` do not carry it).
 *
 * @category Rules
 */
export function scenariosDocs(): Record<string, DocSpec> {
  return {
    "scenarios/wide-area-long-duration": {
      description: [
        "The plan has assumed scenarios, and at least one is a wide-area disaster or outage that lasts 72 hours (PT72H) or more: a pandemic or a cyber incident counts only when it also takes power, communications or sites.",
        "想定シナリオがあり、少なくとも一つが広域かつ72時間（PT72H）以上続く災害・障害である。感染症やサイバーインシデントは、電力・通信・拠点にも影響する場合に限り数える。",
      ],
      rationale: [
        "22.3% of firms whose BCP ran in 2011 said the disaster's scale, area or length exceeded what the plan assumed.",
        "2011年に BCP を発動した企業の 22.3% が、災害の規模・範囲・期間が計画の想定を超えたと答えた。",
      ],
    },
    "scenarios/communications-outage": {
      description: [
        "A scenario assumes a communications outage.",
        "通信の途絶を想定したシナリオがある。",
      ],
      rationale: [
        "14.1% of firms had not assumed a communications outage in 2011, while 50.2% stopped for cut communications.",
        "2011年には 14.1% が通信の途絶を想定しておらず、50.2% が通信の途絶によって停止した。",
      ],
    },
    "scenarios/cyber-incident": {
      description: [
        "A scenario assumes an information-security (cyber) incident.",
        "情報セキュリティインシデント（サイバー攻撃等）を想定したシナリオがある。",
      ],
      rationale: [
        "Aligning with ISO/IEC 27031, the revised guideline counts information-security incidents as threats to IT service continuity (handled per ISO/IEC 27001).",
        "改訂ガイドラインは ISO/IEC 27031 に合わせ、情報セキュリティインシデントも ITサービス継続への脅威とする（対応は ISO/IEC 27001 による）。",
      ],
    },
  };
}
