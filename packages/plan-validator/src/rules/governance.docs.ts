import type { DocSpec } from "./shared/doc-spec.js";

/**
 * Documentation of the `governance/*` rules, read only by `ruleDocs` (kept out of the rules so bundles of `validatePlan` do not carry it).
 *
 * @category Rules
 */
export function governanceDocs(): Record<string, DocSpec> {
  return {
    "governance/processes-assigned": {
      description: [
        "The plan's governance names who directs, evaluates and monitors (executives), who reports (management) and who oversees (the auditor).",
        "計画のガバナンスに、方向づけ・評価・モニタリング（経営陣）、報告（管理層）、監督（監査人）の担い手が定められている。",
      ],
      rationale: [
        "ISO/IEC 27014's governance model, drawn in the source: executives Direct, Monitor and Evaluate; management Reports; auditors Oversee. 16.9% of firms said they had no responsibility structure.",
        "出典が示す ISO/IEC 27014 のモデル: 経営陣が方向づけ・モニタリング・評価を行い、管理層が報告し、監査人が監督する。16.9% の企業が責任体制がないと答えた。",
      ],
    },
    "governance/auditor-independent": {
      description: [
        "No role that oversees (audits) the plan also implements it, and no person holds both an overseeing and an implementing role (roles compared by `holder`).",
        "計画を監督（監査）する役割がその実施を担っておらず、監督と実施の役割を同じ人（`holder` で比較）が兼ねていない。",
      ],
      rationale: [
        "In ISO/IEC 27014 auditors oversee on behalf of the governing body; an auditor who audits their own work provides no assurance.",
        "ISO/IEC 27014 では監査人が統治機関に代わって監督する。自らの業務を監査する監査人は保証にならない。",
      ],
    },
    "governance/findings-owned": {
      description: [
        "Every finding of an exercise, inspection or review has an owner and a due date.",
        "訓練・点検・見直しで得られたすべての指摘事項に、担当者と期限がある。",
      ],
      rationale: [
        "The PDCA loop (ISO/IEC 27001) closes only when Check feeds Act: a finding without owner or due date is not improved.",
        "PDCA（ISO/IEC 27001）は、点検の結果が改善に結びついて初めて閉じる。担当者や期限のない指摘事項は改善されない。",
      ],
    },
    "governance/overdue-findings-reported": {
      description: [
        "Every open finding past its due date has been reported to someone (reportedTo).",
        "期限を過ぎた未完了の指摘事項が、誰かに報告されている（reportedTo）。",
      ],
      rationale: [
        "In ISO/IEC 27014 management reports to the executives who monitor and evaluate; an overdue finding nobody hears of never gets the resources to close.",
        "ISO/IEC 27014 では管理層がモニタリング・評価を行う経営陣に報告する。誰にも知らされない期限切れの指摘事項には、解決の資源が割かれない。",
      ],
    },
  };
}
