import { REQUIRED_ITEMS } from "../engine/required-items.js";
import type { DocSpec } from "./docs.js";
import { REQUIRED_PARTS } from "./required.js";

function requiredDocs(id: keyof typeof REQUIRED_PARTS, rationale: [string, string]): DocSpec {
  const [partEn, partJa] = REQUIRED_PARTS[id].part;
  const list = REQUIRED_ITEMS.filter((i) => i.rule === id)
    .map((i) => `\`${i.item}\``)
    .join(", ");
  return {
    description: [
      `Every required item of the ${partEn} is present and non-empty: ${list}.`,
      `${partJa}の必須項目がすべて記載され、空でない: ${list}。`,
    ],
    rationale,
  };
}

/** Documentation of the rules in `required.ts`, read only by `ruleDocs` (kept out of the rules so bundles of `validatePlan` do not carry it). */
export function requiredItemsDocs(): Record<string, DocSpec> {
  return {
    "metadata/required-items": requiredDocs("metadata/required-items", [
      "A plan without an owner and a version cannot be maintained: nobody is accountable for it and nobody can tell which copy is current (the guideline's maintenance and improvement plan; NIST SP 800-34 Rev. 1 section 3.6, plan maintenance).",
      "責任者と版のない計画は維持できない。誰も責任を負わず、どの写しが最新かも分からない（ガイドラインの維持改善計画、NIST SP 800-34 Rev. 1 3.6 計画の維持）。",
    ]),
    "pre-incident/required-items": requiredDocs("pre-incident/required-items", [
      "The guideline's pre-incident plan (事前対応計画) has four items: (a) continuity requirements, (b) how they are met, (c) schedule, (d) investment; management approves it as the organisation's action plan. 29.2% of firms said they did not invest in line with the value of their information assets.",
      "ガイドラインの事前対応計画は (a) ITサービス継続の要求事項、(b) その実現方法、(c) スケジュール、(d) 必要な投資 の4項目からなり、経営陣が組織の行動計画として承認する。29.2% の企業が情報資産の価値に見合った投資をしていないと答えた。",
    ]),
    "emergency/required-items": requiredDocs("emergency/required-items", [
      "The emergency response plan (緊急時対応計画) needs (a) an emergency organisation, (b) an emergency process and (c) procedures; in 2011 7.7% of firms lost the chain of command and 17.6% found their means to activate the BCP insufficient.",
      "緊急時対応計画には (a) 緊急時の体制、(b) 緊急時のプロセス、(c) 手順 が必要。2011年には 7.7% が指揮命令系統を失い、17.6% が BCP 発動の手段が不十分だったと答えた。",
    ]),
    "training/required-items": requiredDocs("training/required-items", [
      "The education and training plan (教育訓練計画) names (a) who is trained and to what goal and (c) the curriculum and schedule; of firms whose BCP ran in 2011, 31.1% saw it partly fail.",
      "教育訓練計画は (a) 対象者と目標、(c) カリキュラムとスケジュール を定める。2011年に BCP を発動した企業の 31.1% は一部が機能しなかった。",
    ]),
    "maintenance/required-items": requiredDocs("maintenance/required-items", [
      "The maintenance and improvement plan (維持改善計画) states (a) its purpose, (b) its organisation and (c) what is inspected, when and by whom; 73.9% of firms planned to review their BCP after 2011.",
      "維持改善計画は (a) 目的、(b) 体制、(c) いつ・何を・誰が点検するか を定める。2011年以後 73.9% の企業が BCP の見直しを予定した。",
    ]),
  };
}
