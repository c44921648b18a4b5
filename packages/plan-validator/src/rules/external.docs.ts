import type { DocSpec } from "./shared/doc-spec.js";

/**
 * Documentation of the `external/*` rules, read only by `ruleDocs` (kept out of the rules so bundles of `validatePlan` do not carry it).
 *
 * @category Rules
 */
export function externalDocs(): Record<string, DocSpec> {
  return {
    "external/provider-evidence": {
      description: [
        "Every external (cloud or data-centre) provider the services are hosted by is listed among the external services, with its continuity evidence.",
        "サービスを提供する外部（クラウド、データセンター）事業者がすべて外部サービスに記載され、その継続性の証跡がある。",
      ],
      rationale: [
        "External services helped in 2011, but only if they themselves continue: users want providers audited (information-security audit 52.1%, certification 34.0%), and 36.9% named the provider's emergency organisation as an obstacle.",
        "2011年には外部サービスが有効だったが、それは事業者自身が継続できる場合に限る。利用者は事業者の監査（情報セキュリティ監査 52.1%、認証 34.0%）を望み、36.9% が事業者の緊急時体制を懸念とした。",
      ],
    },
    "external/evidence-current": {
      description: [
        "No provider's continuity evidence has expired.",
        "外部事業者の継続性の証跡が期限切れでない。",
      ],
      rationale: [
        "An expired audit report or certificate is no evidence; the cloud guideline expects providers to be audited by a third party and to disclose the report to users (52.1% of users want audited providers).",
        "期限切れの監査報告書や認証は証跡にならない。クラウドガイドラインは事業者が第三者の監査を受けて報告書を利用者に開示することを想定する（利用者の 52.1% が監査を望む）。",
      ],
    },
  };
}
