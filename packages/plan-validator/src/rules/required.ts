import { REQUIRED_ITEMS } from "../engine/required-items.js";
import type { Rule } from "../engine/rule.js";
import { REF, rule } from "./build.js";

/** The longest prefix of `path` that exists in `doc`, so the pointer always resolves. */
function deepestExisting(doc: unknown, path: string): string {
  let node: unknown = doc;
  let out = "";
  for (const seg of path.split("/").slice(1)) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, seg)) break;
    node = (node as Record<string, unknown>)[seg];
    out += `/${seg}`;
  }
  return out;
}

function requiredItems(
  id: string,
  category: string,
  partEn: string,
  partJa: string,
  rationale: [string, string],
): Rule {
  const items = REQUIRED_ITEMS.filter((i) => i.rule === id);
  const list = items.map((i) => `\`${i.item}\``).join(", ");
  return rule({
    id,
    category,
    severity: "error",
    description: [
      `Every required item of the ${partEn} is present and non-empty: ${list}.`,
      `${partJa}の必須項目がすべて記載され、空でない: ${list}。`,
    ],
    rationale,
    references: [REF.guideline],
    messages: {
      "": [
        `The ${partEn} lacks the required item '{item}' (or it is empty).`,
        `${partJa}に必須項目 '{item}' がないか、空です。`,
      ],
    },
    check(ctx) {
      for (const i of items) {
        if (!i.present(ctx.plan)) {
          ctx.report({ path: deepestExisting(ctx.plan, i.path), data: { item: i.item } });
        }
      }
    },
  });
}

/** `metadata/required-items`. */
export const metadataRequiredItems = requiredItems(
  "metadata/required-items",
  "metadata",
  "plan metadata",
  "計画の基本情報",
  [
    "A plan without an owner and a version cannot be maintained: nobody is accountable for it and nobody can tell which copy is current (the guideline's maintenance and improvement plan; NIST SP 800-34 Rev. 1 section 3.6, plan maintenance).",
    "責任者と版のない計画は維持できない。誰も責任を負わず、どの写しが最新かも分からない（ガイドラインの維持改善計画、NIST SP 800-34 Rev. 1 3.6 計画の維持）。",
  ],
);

/** `pre-incident/required-items`. */
export const preIncidentRequiredItems = requiredItems(
  "pre-incident/required-items",
  "pre-incident",
  "pre-incident plan",
  "事前対応計画",
  [
    "The guideline's pre-incident plan (事前対応計画) has four items: (a) continuity requirements, (b) how they are met, (c) schedule, (d) investment; management approves it as the organisation's action plan. 29.2% of firms said they did not invest in line with the value of their information assets.",
    "ガイドラインの事前対応計画は (a) ITサービス継続の要求事項、(b) その実現方法、(c) スケジュール、(d) 必要な投資 の4項目からなり、経営陣が組織の行動計画として承認する。29.2% の企業が情報資産の価値に見合った投資をしていないと答えた。",
  ],
);

/** `emergency/required-items`. */
export const emergencyRequiredItems = requiredItems(
  "emergency/required-items",
  "emergency",
  "emergency response plan",
  "緊急時対応計画",
  [
    "The emergency response plan (緊急時対応計画) needs (a) an emergency organisation, (b) an emergency process and (c) procedures; in 2011 7.7% of firms lost the chain of command and 17.6% found their means to activate the BCP insufficient.",
    "緊急時対応計画には (a) 緊急時の体制、(b) 緊急時のプロセス、(c) 手順 が必要。2011年には 7.7% が指揮命令系統を失い、17.6% が BCP 発動の手段が不十分だったと答えた。",
  ],
);

/** `training/required-items`. */
export const trainingRequiredItems = requiredItems(
  "training/required-items",
  "training",
  "education and training plan",
  "教育訓練計画",
  [
    "The education and training plan (教育訓練計画) names (a) who is trained and to what goal and (c) the curriculum and schedule; of firms whose BCP ran in 2011, 31.1% saw it partly fail.",
    "教育訓練計画は (a) 対象者と目標、(c) カリキュラムとスケジュール を定める。2011年に BCP を発動した企業の 31.1% は一部が機能しなかった。",
  ],
);

/** `maintenance/required-items`. */
export const maintenanceRequiredItems = requiredItems(
  "maintenance/required-items",
  "maintenance",
  "maintenance and improvement plan",
  "維持改善計画",
  [
    "The maintenance and improvement plan (維持改善計画) states (a) its purpose, (b) its organisation and (c) what is inspected, when and by whom; 73.9% of firms planned to review their BCP after 2011.",
    "維持改善計画は (a) 目的、(b) 体制、(c) いつ・何を・誰が点検するか を定める。2011年以後 73.9% の企業が BCP の見直しを予定した。",
  ],
);
