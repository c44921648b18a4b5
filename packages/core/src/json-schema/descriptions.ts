import type { PropertyDescriptions } from "./to-json-schema.js";

// What each property of the shared domain means, for the JSON Schemas' `description` (an
// editor's hover). English first, the Japanese term in parentheses: the words of the METI
// guidelines and of the Japanese editions of the ISO standards where there is one.

/**
 * Descriptions of the properties every mamori document shares and of the Organisation
 * profile: identifiers, names, recovery objectives, hosting, power, security levels, sites,
 * roles, companies and partners. The packages' own descriptions extend these.
 *
 * @example
 * ```ts
 * import { CORE_PROPERTY_DESCRIPTIONS } from "@mamori/core/internal";
 * CORE_PROPERTY_DESCRIPTIONS.rto?.startsWith("Recovery time objective"); // true
 * ```
 *
 * @category JSON Schema
 */
export const CORE_PROPERTY_DESCRIPTIONS: PropertyDescriptions = {
  // Every document
  $schema:
    "The JSON Schema this file follows (スキーマ), for editors such as VS Code and yaml-language-server; mamori ignores it.",
  "root.kind": "The document's kind (文書の種類), e.g. ContinuityPlan; it selects the schema.",
  schemaVersion:
    "The version of mamori's document format (スキーマのバージョン), 1.x; a newer major version is refused.",
  "root.id": "The document's own identifier (文書ID), unique among your documents.",
  id: "Identifier (識別子, ID): letters, digits and punctuation without spaces, ':', '/' or '#'; unique in its list, and what references point at.",
  name: "Name in English or your working language (名称).",
  nameJa: "Name in Japanese (名称（日本語）).",
  title: "Title (表題).",
  description: "Free-text description (説明).",
  note: "A note for readers (備考); mamori does not interpret it.",
  en: "The text in English (英語).",
  ja: "The text in Japanese (日本語).",
  version: "Version of this document or item (版).",
  owner: "Who is accountable for it (責任者・オーナー): a person, a role id or a unit.",

  // Recovery objectives and dependencies
  objectives: "Recovery objectives (目標復旧指標): RTO, RPO and RLO.",
  rto: "Recovery time objective, RTO (目標復旧時間): how soon after the disruption it must be working again, an ISO 8601 duration such as PT4H.",
  rpo: "Recovery point objective, RPO (目標復旧ポイント): how much data, counted in time before the disruption, may be lost, an ISO 8601 duration.",
  rlo: "Recovery level objective, RLO (目標復旧レベル): the level of service to reach by the RTO, a percentage of normal service.",
  dependsOn:
    "What it needs to run (依存先): ids of services, resources or external services; an `anyOf` group is satisfied by any one member (redundancy).",
  anyOf: "Alternatives (冗長構成): the dependency holds while any one of these ids is available.",
  capability:
    "What recovery can actually achieve (復旧能力): measured or designed recovery time, backup interval, replication lag.",
  recoveryTime:
    "Time actually needed to recover (復旧所要時間), an ISO 8601 duration: designed, or measured in an exercise.",
  backupInterval:
    "Time between two backups or snapshots (バックアップ間隔), an ISO 8601 duration; it bounds the achievable RPO.",
  replicationLag:
    "How far a replica trails the primary (レプリケーション遅延), an ISO 8601 duration; it bounds the achievable RPO.",
  holdsData:
    "Whether it holds data that a recovery must restore (データ保持): RPO applies only where data is held.",
  critical: "Whether it is critical (重要) to the business.",

  // Impact scales, money, controls
  impactScale: "The impact scale (影響度の尺度): its levels, from none to the worst.",
  levels: "The levels of the scale (影響度のレベル), each with a value and a label.",
  value: "The level's value (値), 0–100; higher is worse.",
  label: "The level's label in English (ラベル).",
  labelJa: "The level's label in Japanese (ラベル（日本語）).",
  categories: "Impact categories (影響の種類): financial, customers, legal, reputation, safety…",
  unacceptableLevel:
    "The impact level from which the impact is unacceptable (許容できない影響度): the first time point reaching it sets the MTPD (最大許容停止時間).",
  amount: "Amount of money (金額).",
  currency: "Currency (通貨), an ISO 4217 code such as JPY.",
  controls: "Controls (管理策) that protect it or that the document covers.",
  catalog: "Control catalog (管理策カタログ) id, e.g. iso27017 or ccm-v4.1.",
  control: "The control (管理策): its catalog and its id within the catalog.",
  "control.control": "Control id (管理策ID) within its catalog, e.g. CLD.9.5.1 or BCR-08.",
  "controls.control":
    "The control (管理策) this entry is about: its id within the catalog (a BIA service's controls), or its catalog and id (an attestation's or a statement of applicability's).",

  // Hosting and cloud
  hosting: "Where and how it is hosted (ホスティング): on premises or in a cloud service.",
  "hosting.type": "Hosting type (ホスティング形態): on-premises, external-data-centre or cloud.",
  provider: "The provider (事業者・プロバイダ) of the service or the hosting: its id.",
  serviceModel:
    "Cloud service model (サービスモデル): IaaS, PaaS or SaaS; it decides who owns which layer.",
  region: "Region (リージョン・地域) where it is located, e.g. a cloud region or a prefecture.",
  site: "Site (拠点) id: where it runs or is kept.",

  // Power
  power:
    "Power requirements (電源要件): whether it must be protected during an outage, and its backup power.",
  "power.class":
    "Power class (電源区分): `protect` (守るシステム, kept running on backup power) or `may-stop` (停止可能).",
  backupRuntime:
    "How long backup power lasts (非常用電源の稼働時間), an ISO 8601 duration, compared with the assumed outage.",
  "power.source":
    "Backup power source (非常用電源の種類), e.g. generator, UPS, the data centre's own.",
  class: "Classification (区分).",

  // Security objectives
  security:
    "Security objectives (情報セキュリティ目標): confidentiality, integrity and availability levels.",
  confidentiality: "Required confidentiality level (機密性).",
  integrity: "Required integrity level (完全性).",
  availability: "Required availability level (可用性).",

  // Organisation profile
  "root.scope":
    "Governance scope (ガバナンスの範囲): an individual company (個社), a consolidated group (連結グループ) or the value chain (バリューチェーン).",
  kind: "What kind of item it is (種類).",
  "units.kind": "Kind of unit (組織の種類): executive, IT, business, audit or other.",
  "sites.kind":
    "Kind of site (拠点の種類): office, plant, data centre, backup site, warehouse or other.",
  "partners.kind":
    "Kind of partner (取引先の種類): supplier, customer, partner, cloud provider or data centre.",
  industry: "Industry (業種).",
  sector:
    "Critical-infrastructure sector (重要インフラ分野), when the organisation belongs to one.",
  employees: "Number of employees (従業員数).",
  units: "Organisational units (組織単位): departments, divisions, business units.",
  unit: "Organisational unit (組織単位) id.",
  companies: "Group companies (グループ会社).",
  company: "Company (会社) id this belongs to.",
  relation: "Relation to the parent company (関係): subsidiary, affiliate or the parent itself.",
  country: "Country (国), an ISO 3166 code or name.",
  partners: "Business partners (取引先): suppliers and customers of the value chain.",
  "partners.critical": "Whether the partner is critical (重要取引先) to continuity.",
  sites: "Sites (拠点): offices, factories, data centres.",
  location: "Location (所在地), as an address or a place name.",
  earthquakeResistant: "Whether the building is earthquake-resistant (耐震) to the current code.",
  powerSupply: "How the site is supplied with power (電力供給): grid, backup generator, dual feed.",
  roles: "Roles (役割) and who holds them.",
  role: "Governance role (ガバナンス上の役割): ciso, executive, auditor, management, it-department, business-department, external-partner or other.",
  holder: "Who holds the role (担当者): a person's name; one person holding two roles counts once.",
  "roles.processes":
    "Governance processes (ガバナンスプロセス) this role takes part in: direct, evaluate, monitor, report, oversee.",
};
