import type { DocSpec } from "./shared/doc-spec.js";

/**
 * Documentation of the `matrix/*` rules, read only by `ruleDocs` (kept out of the rules so bundles of `validatePlan` do not carry it).
 *
 * @category Rules
 */
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
    "matrix/customer-continuity-shown": {
      description: [
        "Every business-continuity control the matrix leaves to the customer (alone or shared: CCM BCR, ISO/IEC 27002:2005 clause 14 and 10.5 back-up) is shown in the plan for each IT service that runs on the provider: a backup measure (BCR-08, 10.5), an exercise (BCR-06, BCR-10, 14.1.5), a redundancy or alternate-site measure (BCR-11), a continuity requirement (the rest).",
        "責任分担表が利用者に（単独または共同で）割り当てた事業継続の管理策（CCM の BCR、ISO/IEC 27002:2005 の箇条14と10.5 バックアップ）が、その事業者上で動く各 IT サービスについて計画に示されている: バックアップ対策（BCR-08、10.5）、訓練（BCR-06、BCR-10、14.1.5）、冗長化または代替拠点の対策（BCR-11）、継続要件（その他）。",
      ],
      rationale: [
        "ISO/IEC 27017 control CLD.6.3.1 asks that shared responsibilities be allocated, documented and implemented by both customer and provider; in the cloud the provider's continuity covers only the provider's share, and what the matrix leaves to the customer happens only if the customer's own plan does it. A control assigned in the matrix but absent from the plan is a responsibility nobody will carry out in a disaster.",
        "ISO/IEC 27017 の管理策 CLD.6.3.1 は、共有する責任を割り当て、文書化し、利用者と事業者の双方が実施することを求める。クラウドでは事業者の継続対策は事業者の分担にしか及ばず、責任分担表が利用者に残した部分は、利用者自身の計画が実施して初めて実施される。表で割り当てられても計画にない管理策は、災害時に誰も実施しない責任である。",
      ],
    },
  };
}
