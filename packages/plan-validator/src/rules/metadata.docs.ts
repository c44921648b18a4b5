import type { DocSpec } from "./shared/doc-spec.js";
import { requiredDocs } from "./shared/required-items.docs.js";

/**
 * Documentation of the `metadata/*` rules, read only by `ruleDocs` (kept out of the rules so bundles of `validatePlan` do not carry it).
 *
 * @category Rules
 */
export function metadataDocs(): Record<string, DocSpec> {
  return {
    "metadata/approval": {
      description: [
        "Management approval is recorded with the approver and a date that is not in the future, and the approver is top management: its holder holds a role marked `management` or a governance direct/evaluate role. Where the plan says nothing of who management is, an info says what to add.",
        "経営陣の承認が、承認者と（未来でない）承認日とともに記録され、承認者が経営陣である（その担当者が `management` の役割、またはガバナンスの direct/evaluate の役割を担う）。誰が経営陣か計画に記載がない場合は、追記すべき事項を info で示す。",
      ],
      rationale: [
        "The guideline makes the pre-incident plan the organisation's action plan only once management approves it; executive commitment drives the PDCA cycle (ISO/IEC 27014; docs/domain.md §1).",
        "ガイドラインでは、事前対応計画は経営陣が承認して初めて組織の行動計画となる。経営陣のコミットメントが PDCA を動かす（ISO/IEC 27014）。",
      ],
    },
    "metadata/bcp-purpose": {
      description: [
        "The plan states the BCP's purpose and what the company must protect (守るべきもの).",
        "BCP の目的と守るべきものが記載されている。",
      ],
      rationale: [
        "The 2012 revision positions IT-BCP inside the BCP: what to protect differs by business type and size, and the IT plan must follow from it. In 2011 only 39.8% of firms had a BCP in place.",
        "2012年改訂は IT-BCP を BCP の中に位置づける。守るべきものは業種・規模によって異なり、IT の計画はそこから導かれる。2011年に BCP を策定済みの企業は 39.8% にとどまった。",
      ],
    },
    "metadata/bia-referenced": {
      description: [
        "The plan references the business impact analysis (BIA) it rests on.",
        "計画が根拠とする事業影響度分析（BIA）を参照している。",
      ],
      rationale: [
        "22.3% of firms whose BCP ran in 2011 said the disaster exceeded what the plan assumed; the revised guideline asks to absorb the unforeseen through BIA (ISO/IEC 27031 lists BIA among risk-analysis methods).",
        "2011年に BCP を発動した企業の 22.3% は、災害が想定を超えたと答えた。改訂ガイドラインは BIA によって想定外を吸収することを求める（ISO/IEC 27031 もリスク分析手法の一つとして BIA を挙げる）。",
      ],
    },
    "metadata/scope-coverage": {
      description: [
        "A consolidated-group plan lists its member companies and a value-chain plan its critical suppliers; given the organisation profile, every group company and critical partner is covered.",
        "連結グループの計画はグループ会社を、バリューチェーンの計画は重要な取引先を対象に含める。組織プロファイルが与えられた場合は、すべてのグループ会社と重要取引先が対象になっている。",
      ],
      rationale: [
        "Governance applies to an individual company, a consolidated group or a value chain; 46.7% of firms hit in 2011 stopped because a business partner was hit.",
        "ガバナンスの適用対象は個別企業・連結グループ・バリューチェーンの3つ。2011年に被災した企業の 46.7% は取引先の被災によって停止した。",
      ],
    },
    "metadata/required-items": requiredDocs("metadata/required-items", [
      "A plan without an owner and a version cannot be maintained: nobody is accountable for it and nobody can tell which copy is current (the guideline's maintenance and improvement plan; NIST SP 800-34 Rev. 1 section 3.6, plan maintenance).",
      "責任者と版のない計画は維持できない。誰も責任を負わず、どの写しが最新かも分からない（ガイドラインの維持改善計画、NIST SP 800-34 Rev. 1 3.6 計画の維持）。",
    ]),
  };
}
