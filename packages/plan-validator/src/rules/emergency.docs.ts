import type { DocSpec } from "./shared/doc-spec.js";
import { requiredDocs } from "./shared/required-items.docs.js";

/**
 * Documentation of the `emergency/*` rules, read only by `ruleDocs` (kept out of the rules so bundles of `validatePlan` do not carry it).
 *
 * @category Rules
 */
export function emergencyDocs(): Record<string, DocSpec> {
  return {
    "emergency/plan-copies-offline": {
      description: [
        "At least one copy of the plan is kept where it can be read when the organisation's own systems are down (paper, offline media, or an external service), and away from the primary sites: a paper or offline copy whose `site` is a primary site is lost with the building.",
        "自社のシステムが停止しても読める場所（紙、オフライン媒体、外部サービス）で、かつ主要拠点の外に計画の写しが一つ以上ある。`site` が主要拠点である紙・オフラインの写しは、建物とともに失われる。",
      ],
      rationale: [
        "A plan kept only on the file server or intranet is lost with them; 67.1% of sites stopped for a power cut in 2011. NIST SP 800-34 asks that the plan be kept off site and in hard copy.",
        "ファイルサーバーやイントラネットにしかない計画は、それらと共に失われる。2011年には拠点の 67.1% が停電で停止した。NIST SP 800-34 は計画を遠隔地・紙でも保管するよう求める。",
      ],
    },
    "emergency/required-items": requiredDocs("emergency/required-items", [
      "The emergency response plan (緊急時対応計画) needs (a) an emergency organisation, (b) an emergency process and (c) procedures; in 2011 7.7% of firms lost the chain of command and 17.6% found their means to activate the BCP insufficient.",
      "緊急時対応計画には (a) 緊急時の体制、(b) 緊急時のプロセス、(c) 手順 が必要。2011年には 7.7% が指揮命令系統を失い、17.6% が BCP 発動の手段が不十分だったと答えた。",
    ]),
  };
}
