import type { DocSpec } from "./shared/doc-spec.js";

/**
 * Documentation of the `security/*` rules, read only by `ruleDocs` (kept out of the rules so bundles of `validatePlan` do not carry it).
 *
 * @category Rules
 */
export function securityDocs(): Record<string, DocSpec> {
  return {
    "security/emergency-cia-balance": {
      description: [
        "The security level kept during an emergency states confidentiality, integrity and availability, with a rationale for the balance.",
        "緊急時に維持するセキュリティレベルが、機密性・完全性・可用性のそれぞれとその均衡の根拠とともに記載されている。",
      ],
      rationale: [
        "The revised guideline says the security level during an emergency is not simply lowered: confidentiality, integrity and availability — information security as ISO/IEC 27001 defines it — are balanced.",
        "改訂ガイドラインは、緊急時のセキュリティレベルは単に下げるのではなく、機密性・完全性・可用性（ISO/IEC 27001 が定義する情報セキュリティ）の均衡をとるものとする。",
      ],
    },
  };
}
