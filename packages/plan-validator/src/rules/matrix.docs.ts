import type { DocSpec } from "./shared/doc-spec.js";

/** Documentation of the `matrix/*` rules, read only by `ruleDocs` (kept out of the rules so bundles of `validatePlan` do not carry it). */
export function matrixDocs(): Record<string, DocSpec> {
  return {
    "matrix/clause14-owned": {
      description: [
        "Every business-continuity control (ISO/IEC 27002:2005 clause 14) of the responsibility matrix is owned by someone.",
        "責任分担表の事業継続管理の管理策（ISO/IEC 27002:2005 箇条14）すべてに担当者がいる。",
      ],
      rationale: [
        "ISO/IEC 27002:2005 clause 14 holds the business-continuity controls; the cloud security management guideline's last step in selecting controls is to make clear which controls the user, the provider or both carry out; an unassigned continuity control is one nobody performs in a disaster.",
        "ISO/IEC 27002:2005 の箇条14は事業継続管理の管理策である。クラウドセキュリティ管理ガイドラインは、管理策選択の最後に、利用者・事業者・双方のいずれが実施するかを明確にすることを求める。担当のない継続管理策は、災害時に誰も実施しない。",
      ],
    },
  };
}
