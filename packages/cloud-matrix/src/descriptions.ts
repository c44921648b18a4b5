import type { PropertyDescriptions } from "@mamori/core";
import { CORE_PROPERTY_DESCRIPTIONS } from "@mamori/core/internal";

// What each property of the shared-responsibility documents means, for their JSON Schemas'
// descriptions (an editor's hover), on top of core's shared ones. English first, the Japanese
// term in parentheses, in the words of the METI cloud security guideline (ISO/IEC 27017).

/**
 * Descriptions of the matrix, catalog, layer template, attestation and SoA properties, for their JSON Schemas.
 *
 * @category Documents
 */
export const CLOUD_MATRIX_PROPERTY_DESCRIPTIONS: PropertyDescriptions =
  /* @__PURE__ */ Object.assign({}, CORE_PROPERTY_DESCRIPTIONS, {
    // ResponsibilityMatrix
    "root.provider": "The cloud service provider (クラウドサービス事業者): its id.",
    serviceModel:
      "Deployment model (サービスモデル): iaas, paas, saas or on-premises; it decides who owns each layer.",
    "root.services": "The IT services (ITサービス) of your BIA that run on this provider.",
    catalogs: "Control catalogs (管理策カタログ) the matrix covers, e.g. iso27017, ccm-v4.1.",
    template: "The layer template (レイヤーテンプレート) that decides ownership per layer.",
    overrides:
      "Explicit ownership decisions (明示的な責任分担) that override the template, with a reason.",
    "overrides.owner":
      "Who carries out the control (実施主体): customer, provider, shared, third-party, shared-provider-third-party, not-applicable or unassigned.",
    "overrides.reason": "Why the ownership is decided so (理由).",
    "overrides.statement": "What the customer assumes about the control (利用者の想定).",
    satisfies:
      "The provider's customer responsibilities (利用者の責任) this control carries out, each with a statement and evidence.",
    "satisfies.responsibility":
      "The provider's responsibility it satisfies (充足する責任): its OSCAL uuid; absent, every responsibility of the control.",
    "satisfies.statement": "How the customer carries out the responsibility (実施内容).",
    "satisfies.evidence":
      "Ids of the customer's evidence (証跡) for the claim, from the matrix's evidence.",
    "evidence.href": "Where the evidence is kept (保管場所): a URL or a document path.",
    // Catalog
    "root.name": "The catalog's name (名称), in English and Japanese.",
    "root.version":
      "The document's version (版): a catalog's edition (e.g. 2015, v4.1) or a layer template's version.",
    "template.version": "The version (版) of the layer template to use.",
    groups: "Groups of controls (管理策のグループ), such as clauses or domains.",
    "controls.group": "The group (グループ) the control belongs to.",
    "controls.title": "The control's short title (管理策名), in English and Japanese.",
    "groups.title": "The group's title (グループ名), in English and Japanese.",
    clause: "The ISO/IEC 27002:2005 clause (箇条) the control maps to; null when it maps to none.",
    layers:
      "The layers (レイヤー) of the stack the control concerns, e.g. data, application, network.",
    customerGuidance: "What the cloud service customer should do (利用者向けの実施の手引).",
    providerExpectations:
      "What the cloud service provider is expected to do (事業者に期待されること).",
    // LayerTemplate
    "root.layers": "The layers of the stack (レイヤー), bottom to top.",
    owners: "Who owns each layer (レイヤーごとの責任), per service model.",
    iaas: "Owner of each layer under IaaS (IaaSにおける責任).",
    paas: "Owner of each layer under PaaS (PaaSにおける責任).",
    saas: "Owner of each layer under SaaS (SaaSにおける責任).",
    "on-premises": "Owner of each layer on premises (オンプレミスにおける責任): the customer's.",
    // ProviderAttestation
    "root.controls": "The controls (管理策) the document states something about.",
    "controls.owner":
      "Who carries out the control (実施主体): customer, provider, shared, third-party, shared-provider-third-party, not-applicable or unassigned.",
    "layers.name": "The layer's name (レイヤー名), in English and Japanese.",
    status:
      "Implementation status (実装状況), OSCAL's implementation-status: implemented, partial, planned, alternative or not-applicable; planned and partial are not attested yet.",
    plannedCompletion:
      "When a planned or partial control is to be complete (完了予定日), OSCAL/FedRAMP planned-completion-date.",
    origination:
      "Who implements it (実装主体), as FedRAMP's control-origination says: sp-corporate, sp-system, inherited…",
    "controls.statement":
      "The provider's implementation statement (実装の説明), OSCAL by-component description.",
    providerImplementation: "How the provider implements its part (事業者の実装).",
    customerResponsibility: "What the provider leaves to the customer (利用者の責任).",
    responsibleRoles: "Roles responsible for it (責任を負う役割), OSCAL responsible-roles.",
    parameters: "Parameter values the provider set (パラメータ値), OSCAL set-parameters.",
    param: "The parameter (パラメータ) id, an OSCAL token.",
    values: "The parameter's values (値).",
    evidence: "Evidence (証跡): audits and certifications that back the statements.",
    "controls.evidence": "Ids of the evidence items (証跡) that back this control.",
    "evidence.type":
      "Kind of evidence (証跡の種類): third-party-audit (第三者監査), certification (認証) or self-attestation (自己宣言).",
    issued: "When the evidence was issued (発行日), an ISO 8601 date.",
    expires: "When the evidence expires (有効期限), an ISO 8601 date.",
    issuer: "Who issued the evidence (発行者), e.g. an audit firm or a certification body.",
    // StatementOfApplicability
    "root.organisation": "The organisation (組織) whose ISMS the statement belongs to.",
    applicable: "Whether the control is applicable (適用) in the ISMS.",
    implemented: "Whether the control is implemented (実施済み).",
    audited: "When the control was last audited (監査日), an ISO 8601 date.",
    justification: "Why the control is, or is not, applicable (適用・除外の理由).",
  });
