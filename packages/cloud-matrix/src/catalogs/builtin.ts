import type { Catalog, CatalogControl } from "../schema.js";
import {
  CCM_V40_CONTROLS,
  CCM_V40_DOMAINS,
  CCM_V41_CONTROLS,
  CCM_V41_DOMAINS,
} from "./ccm-data.js";

const ALL = [
  "data",
  "devices",
  "accounts",
  "identity",
  "applications",
  "network-controls",
  "operating-system",
  "physical-hosts",
  "physical-network",
  "datacenter",
];

type Row = [id: string, en: string, ja: string, layers: string[], clause?: string | null];

type Guidance = [customerEn: string, customerJa: string, providerEn: string, providerJa: string];

// Cloud-use guidance in our own words, in the spirit of the METI cloud guideline's two
// additions to each control: guidance for the cloud user, items the provider should implement.
const ISO_GUIDANCE: Record<string, Guidance> = {
  "6.2": [
    "Treat the cloud provider as an external party: assess its risks before signing and name a contact.",
    "クラウド事業者を外部組織として扱い、契約前にリスクを評価し、窓口を定める。",
    "Disclose the security terms of the service and a contact for security matters.",
    "サービスのセキュリティ条件とセキュリティ窓口を開示する。",
  ],
  "10.2": [
    "Monitor the provider's service levels and review its audit reports at least yearly.",
    "事業者のサービスレベルを監視し、少なくとも年 1 回監査報告書を確認する。",
    "Report service levels and changes that affect customers in advance.",
    "サービスレベルと利用者に影響する変更を事前に報告する。",
  ],
  "10.5": [
    "Decide which data you back up yourself and which copies the provider keeps, and test restores.",
    "自ら取得するバックアップと事業者が保持する複製を区別し、復元を試験する。",
    "State what is backed up, how often and where, and how customers restore it.",
    "バックアップの対象、頻度、保管場所、利用者による復元方法を明示する。",
  ],
  "14.1": [
    "Include the cloud service in the continuity plan: its recovery times, exit and fallback.",
    "クラウドサービスを事業継続計画に含め、復旧時間、撤退、代替手段を定める。",
    "Publish recovery objectives and regional redundancy, and test them.",
    "復旧目標と地域冗長を公表し、試験する。",
  ],
  "15.3": [
    "Rely on independent audit reports of the provider; audit yourself only the customer side.",
    "事業者については独立した監査報告書に依拠し、利用者側のみ自ら監査する。",
    "Be audited by a third party and disclose the reports to customers.",
    "第三者による監査を受け、その報告書を利用者に開示する。",
  ],
};

function build(rows: Row[], group: (id: string) => string): CatalogControl[] {
  return rows.map(([id, en, ja, layers, clause]) => {
    const g = group(id);
    const control: CatalogControl = {
      id,
      title: { en, ja },
      group: g,
      clause: clause === undefined ? g : clause,
      layers,
    };
    const guidance = ISO_GUIDANCE[id];
    if (guidance) {
      control.customerGuidance = { en: guidance[0], ja: guidance[1] };
      control.providerExpectations = { en: guidance[2], ja: guidance[3] };
    }
    return control;
  });
}

// Titles are our own short paraphrases of each clause's objective, not the standard's text.
const ISO_ROWS: Row[] = [
  ["5.1", "Management direction for security policy", "経営陣による情報セキュリティ方針の明示", []],
  ["6.1", "Security organisation inside the company", "社内の情報セキュリティ体制", []],
  ["6.2", "Security when working with outside parties", "外部の組織と関わる際のセキュリティ", []],
  ["7.1", "Inventory and owners of assets", "資産の目録と管理責任者", ["data", "devices"]],
  ["7.2", "Classifying and labelling information", "情報の分類とラベル付け", ["data"]],
  [
    "8.1",
    "Screening and terms before employment",
    "雇用前の審査と条件",
    ["accounts", "applications", "physical-hosts", "datacenter"],
  ],
  [
    "8.2",
    "Awareness and duties during employment",
    "雇用中の意識向上と責務",
    ["accounts", "applications", "physical-hosts", "datacenter"],
  ],
  [
    "8.3",
    "Ending or changing employment safely",
    "雇用の終了・変更時の手続",
    ["accounts", "identity", "physical-hosts", "datacenter"],
  ],
  [
    "9.1",
    "Protected areas and physical entry",
    "セキュリティを保つべき領域と入退管理",
    ["datacenter", "physical-hosts"],
  ],
  ["9.2", "Protecting equipment", "装置の保護", ["devices", "physical-hosts", "physical-network"]],
  [
    "10.1",
    "Documented operating procedures and duties",
    "運用手順と責任の文書化",
    ["operating-system", "applications"],
  ],
  ["10.2", "Managing services delivered by third parties", "第三者が提供するサービスの管理", []],
  [
    "10.3",
    "Capacity planning and system acceptance",
    "容量計画とシステムの受入れ",
    ["physical-hosts", "operating-system", "applications"],
  ],
  [
    "10.4",
    "Defence against malicious code",
    "悪意のあるコードからの防御",
    ["devices", "operating-system", "applications"],
  ],
  ["10.5", "Back-up", "バックアップ", ["data", "applications"]],
  [
    "10.6",
    "Managing network security",
    "ネットワークセキュリティの管理",
    ["network-controls", "physical-network"],
  ],
  ["10.7", "Handling of media", "媒体の取扱い", ["devices", "physical-hosts"]],
  ["10.8", "Exchanging information", "情報の交換", ["data", "network-controls", "applications"]],
  ["10.9", "Online commerce services", "電子商取引サービス", ["applications"]],
  [
    "10.10",
    "Logging and monitoring",
    "ログ取得と監視",
    ["operating-system", "applications", "network-controls", "physical-network"],
  ],
  [
    "11.1",
    "Access policy from business needs",
    "業務上の要求に基づくアクセス方針",
    ["accounts", "identity"],
  ],
  ["11.2", "Managing user access rights", "利用者のアクセス権の管理", ["accounts", "identity"]],
  [
    "11.3",
    "What users must do (passwords, unattended equipment)",
    "利用者の責任（パスワード、無人の装置）",
    ["accounts", "devices"],
  ],
  [
    "11.4",
    "Controlling access to networks",
    "ネットワークへのアクセス制御",
    ["network-controls", "physical-network"],
  ],
  [
    "11.5",
    "Controlling access to operating systems",
    "オペレーティングシステムへのアクセス制御",
    ["operating-system"],
  ],
  [
    "11.6",
    "Controlling access to applications and information",
    "アプリケーションと情報へのアクセス制御",
    ["applications", "data"],
  ],
  ["11.7", "Mobile work and teleworking", "モバイル機器とテレワーク", ["devices"]],
  [
    "12.1",
    "Security requirements for systems",
    "情報システムのセキュリティ要求事項",
    ["applications"],
  ],
  [
    "12.2",
    "Correct processing in applications",
    "アプリケーションでの正しい処理",
    ["applications"],
  ],
  ["12.3", "Cryptography", "暗号による管理策", ["data", "applications", "network-controls"]],
  [
    "12.4",
    "Protecting system files",
    "システムファイルの保護",
    ["operating-system", "applications"],
  ],
  [
    "12.5",
    "Security in development and support",
    "開発とサポートのプロセスにおけるセキュリティ",
    ["applications", "operating-system"],
  ],
  [
    "12.6",
    "Managing technical vulnerabilities",
    "技術的ぜい弱性の管理",
    ["operating-system", "applications", "physical-hosts"],
  ],
  ["13.1", "Reporting security events and weaknesses", "セキュリティ事象と弱点の報告", ALL],
  ["13.2", "Handling incidents and learning from them", "インシデントの管理と改善", ALL],
  [
    "14.1",
    "Security in business continuity management",
    "事業継続管理における情報セキュリティ",
    ["data", "applications", "physical-network", "datacenter"],
  ],
  ["15.1", "Meeting legal requirements", "法令の要求事項の順守", ["data"]],
  [
    "15.2",
    "Checking conformance with policies and technical compliance",
    "方針・基準の順守と技術的順守の点検",
    ["operating-system", "applications", "network-controls"],
  ],
  ["15.3", "Audits of information systems", "情報システムの監査", ALL],
];

const ISO_GROUPS: [string, string, string][] = [
  ["5", "Security policy", "セキュリティ方針"],
  ["6", "Organising information security", "情報セキュリティのための組織"],
  ["7", "Asset management", "資産の管理"],
  ["8", "Human resources security", "人的資源のセキュリティ"],
  ["9", "Physical and environmental security", "物理的及び環境的セキュリティ"],
  ["10", "Communications and operations management", "通信及び運用管理"],
  ["11", "Access control", "アクセス制御"],
  ["12", "Systems acquisition, development and maintenance", "情報システムの取得、開発及び保守"],
  ["13", "Security incident management", "情報セキュリティインシデントの管理"],
  ["14", "Business continuity management", "事業継続管理"],
  ["15", "Compliance", "順守"],
];

/**
 * ISO/IEC 27002:2005 (JIS Q 27002:2006), clauses 5–15 with their 39 control objectives.
 * Titles are short paraphrases in our own words, in English and Japanese; each control
 * objective is tagged with the layers of {@link CLASSIC_TEN_LAYERS} it concerns
 * (none for governance items, which stay with the customer).
 *
 * @example
 * ```ts
 * import { ISO27002_2005 } from "@mamori/cloud-matrix/catalogs";
 * ISO27002_2005.controls.length; // 39
 * ISO27002_2005.controls.find((c) => c.id === "14.1")?.clause; // "14"
 * ```
 *
 * @category Catalogs
 */
export const ISO27002_2005: Catalog = {
  kind: "Catalog",
  schemaVersion: "1.0",
  id: "iso27002-2005",
  name: {
    en: "ISO/IEC 27002:2005 control objectives",
    ja: "ISO/IEC 27002:2005（JIS Q 27002）管理目的",
  },
  version: "2005",
  groups: ISO_GROUPS.map(([id, en, ja]) => ({ id, title: { en, ja } })),
  controls: build(ISO_ROWS, (id) => id.split(".")[0] as string),
};

// CLD numbers follow ISO/IEC 27002:2013; `clause` maps each to the 2005 clause it extends.
const CLD_ROWS: Row[] = [
  [
    "CLD.6.3.1",
    "Agreed split of roles between cloud customer and provider",
    "クラウド利用者と事業者の役割分担の合意",
    ALL,
    "6",
  ],
  [
    "CLD.8.1.5",
    "Returning and removing customer assets at contract end",
    "契約終了時の利用者資産の返却と削除",
    ["data", "physical-hosts"],
    "7",
  ],
  [
    "CLD.9.5.1",
    "Separation between tenants in virtual environments",
    "仮想環境における利用者間の分離",
    ["network-controls", "operating-system", "physical-hosts"],
    "11",
  ],
  ["CLD.9.5.2", "Hardening of virtual machines", "仮想マシンの堅牢化", ["operating-system"], "11"],
  [
    "CLD.12.1.5",
    "Security of administrators' cloud operations",
    "管理者によるクラウド運用のセキュリティ",
    ["accounts", "operating-system", "applications"],
    "10",
  ],
  [
    "CLD.12.4.5",
    "Customer's monitoring of the cloud service",
    "利用者によるクラウドサービスの監視",
    ["applications", "network-controls", "operating-system"],
    "10",
  ],
  [
    "CLD.13.1.4",
    "Consistent security of virtual and physical networks",
    "仮想ネットワークと物理ネットワークのセキュリティの整合",
    ["network-controls", "physical-network"],
    "10",
  ],
];

/**
 * The seven cloud-specific controls ISO/IEC 27017:2015 adds (CLD.*), titles in our own
 * words, tagged with layers; `clause` is the ISO/IEC 27002:2005 clause each extends.
 *
 * @example
 * ```ts
 * import { ISO27017_CLD } from "@mamori/cloud-matrix/catalogs";
 * ISO27017_CLD.controls.map((c) => c.id)[0]; // "CLD.6.3.1"
 * ```
 *
 * @category Catalogs
 */
export const ISO27017_CLD: Catalog = {
  kind: "Catalog",
  schemaVersion: "1.0",
  id: "iso27017",
  name: {
    en: "ISO/IEC 27017:2015 cloud controls (CLD)",
    ja: "ISO/IEC 27017:2015 クラウド固有の管理策（CLD）",
  },
  version: "2015",
  controls: CLD_ROWS.map(([id, en, ja, layers, clause]) => ({
    id,
    title: { en, ja },
    clause: clause ?? null,
    layers,
  })),
};

const CCM_ROWS: Row[] = [
  ["A&A", "Audit and assurance", "監査と保証", ALL, "15"],
  [
    "AIS",
    "Application and interface security",
    "アプリケーションとインターフェースのセキュリティ",
    ["applications"],
    "12",
  ],
  [
    "BCR",
    "Business continuity and operational resilience",
    "事業継続と運用レジリエンス",
    ["data", "applications", "physical-network", "datacenter"],
    "14",
  ],
  [
    "CCC",
    "Change control and configuration management",
    "変更管理と構成管理",
    ["applications", "operating-system", "network-controls"],
    "12",
  ],
  [
    "CEK",
    "Cryptography, encryption and key management",
    "暗号化と鍵管理",
    ["data", "applications", "network-controls"],
    "12",
  ],
  [
    "DCS",
    "Datacenter security",
    "データセンターのセキュリティ",
    ["datacenter", "physical-hosts", "physical-network"],
    "9",
  ],
  [
    "DSP",
    "Data security and privacy lifecycle",
    "データセキュリティとプライバシーのライフサイクル",
    ["data"],
    "7",
  ],
  ["GRC", "Governance, risk and compliance", "ガバナンス、リスク、コンプライアンス", [], "6"],
  [
    "HRS",
    "Human resources",
    "人的資源",
    ["accounts", "applications", "physical-hosts", "datacenter"],
    "8",
  ],
  [
    "IAM",
    "Identity and access management",
    "アイデンティティとアクセス管理",
    ["accounts", "identity"],
    "11",
  ],
  [
    "IPY",
    "Interoperability and portability",
    "相互運用性とポータビリティ",
    ["data", "applications"],
    null,
  ],
  [
    "IVS",
    "Infrastructure and virtualisation security",
    "インフラと仮想化のセキュリティ",
    ["operating-system", "physical-hosts", "physical-network", "network-controls"],
    "10",
  ],
  [
    "LOG",
    "Logging and monitoring",
    "ログと監視",
    ["operating-system", "applications", "network-controls", "physical-network"],
    "10",
  ],
  [
    "SEF",
    "Incident management, e-discovery and cloud forensics",
    "インシデント管理、eディスカバリ、クラウドフォレンジック",
    ALL,
    "13",
  ],
  [
    "STA",
    "Supply chain, transparency and accountability",
    "サプライチェーン、透明性、説明責任",
    [],
    "6",
  ],
  [
    "TVM",
    "Threat and vulnerability management",
    "脅威とぜい弱性の管理",
    ["operating-system", "applications", "physical-hosts"],
    "12",
  ],
  ["UEM", "Endpoint management", "エンドポイント管理", ["devices"], "11"],
];

/**
 * The 17 domains of the CSA Cloud Controls Matrix v4, each as one control (ids are the
 * domain abbreviations, titles in our own words), tagged with layers and mapped to the
 * closest ISO/IEC 27002:2005 clause (none for interoperability): for a matrix kept at domain
 * level. The controls themselves (`AIS-01`…) are {@link CSA_CCM_V40} (`ccm-v4.0`).
 *
 * @example
 * ```ts
 * import { CSA_CCM_V4 } from "@mamori/cloud-matrix/catalogs";
 * CSA_CCM_V4.controls.length; // 17
 * ```
 *
 * @category Catalogs
 */
export const CSA_CCM_V4: Catalog = {
  kind: "Catalog",
  schemaVersion: "1.0",
  id: "ccm-v4",
  name: {
    en: "CSA Cloud Controls Matrix v4 domains",
    ja: "CSA クラウドコントロールマトリックス v4 のドメイン",
  },
  version: "4",
  controls: CCM_ROWS.map(([id, en, ja, layers, clause]) => ({
    id,
    title: { en, ja },
    clause: clause ?? null,
    layers,
  })),
};

/** Each CCM domain of a generated data table: CSA's name, and our row (words, layers, clause). */
function ccmDomains(data: string): Map<string, { name: string; row: Row }> {
  const ours = new Map(CCM_ROWS.map((r) => [r[0], r]));
  const out = new Map<string, { name: string; row: Row }>();
  for (const line of data.split("\n")) {
    const [id, name] = line.split("\t") as [string, string];
    // v4.1 renamed Infrastructure & Virtualization Security (IVS) to Infrastructure Security (I&S).
    const ivs = ours.get("IVS") as Row;
    const row: Row = ours.get(id) ?? [
      id,
      "Infrastructure security",
      "インフラのセキュリティ",
      ivs[3],
      ivs[4],
    ];
    out.set(id, { name, row });
  }
  return out;
}

/** A CCM catalog from generated data: domains as groups, controls with their domain's layers. */
function ccmCatalog(id: string, version: string, domainData: string, controlData: string): Catalog {
  const domains = ccmDomains(domainData);
  return {
    kind: "Catalog",
    schemaVersion: "1.0",
    id,
    name: {
      en: `CSA Cloud Controls Matrix v${version}`,
      ja: `CSA クラウドコントロールマトリックス v${version}`,
    },
    version,
    groups: [...domains].map(([g, d]) => ({ id: g, title: { en: d.name, ja: d.row[2] } })),
    controls: controlData.split("\n").map((line) => {
      const [control, title] = line.split("\t") as [string, string];
      const group = control.slice(0, control.lastIndexOf("-"));
      const [, , , layers, clause] = (domains.get(group) as { row: Row }).row;
      return { id: control, title: { en: title }, group, clause: clause ?? null, layers };
    }),
  };
}

/**
 * The CSA Cloud Controls Matrix v4.0.x (v4.0.13), control by control: 197 controls
 * (`A&A-01` … `UEM-14`) with CSA's ids and short titles (English only), in 17 groups, one per
 * domain. Each control carries its domain's layers and closest ISO/IEC 27002:2005 clause (none
 * for interoperability). Its CAIQ v4.0.x question ids are {@link caiqQuestionIds}. For a
 * matrix kept at domain level, use {@link CSA_CCM_V4} (`ccm-v4`).
 *
 * @example
 * ```ts
 * import { CSA_CCM_V40 } from "@mamori/cloud-matrix/catalogs";
 * CSA_CCM_V40.id; // "ccm-v4.0"
 * CSA_CCM_V40.controls.length; // 197
 * CSA_CCM_V40.controls.find((c) => c.id === "BCR-08")?.title.en; // "Backup"
 * ```
 *
 * @category Catalogs
 */
export const CSA_CCM_V40: Catalog = ccmCatalog(
  "ccm-v4.0",
  "4.0.13",
  CCM_V40_DOMAINS,
  CCM_V40_CONTROLS,
);

/**
 * The CSA Cloud Controls Matrix v4.1 (v4.1.0, January 2026), control by control: 207 controls
 * with CSA's ids and short titles (English only) in 17 domain groups — Infrastructure
 * Security is `I&S` (v4.0's `IVS`). Layers and clauses as in {@link CSA_CCM_V40}; CAIQ v4.1
 * question ids are {@link caiqQuestionIds}, typical ownership {@link ccmTypicalOwnership}, and
 * what became of each v4.0 control {@link CCM_V40_TO_V41}.
 *
 * @example
 * ```ts
 * import { CSA_CCM_V41 } from "@mamori/cloud-matrix/catalogs";
 * CSA_CCM_V41.controls.length; // 207
 * CSA_CCM_V41.controls.find((c) => c.id === "I&S-01")?.group; // "I&S"
 * ```
 *
 * @category Catalogs
 */
export const CSA_CCM_V41: Catalog = ccmCatalog(
  "ccm-v4.1",
  "4.1.0",
  CCM_V41_DOMAINS,
  CCM_V41_CONTROLS,
);

/**
 * Every built-in catalog, by id.
 *
 * @example
 * ```ts
 * import { BUILTIN_CATALOGS } from "@mamori/cloud-matrix/catalogs";
 * Object.keys(BUILTIN_CATALOGS); // ["iso27002-2005", "iso27017", "ccm-v4", "ccm-v4.0", "ccm-v4.1"]
 * ```
 *
 * @category Catalogs
 */
export const BUILTIN_CATALOGS: Readonly<Record<string, Catalog>> = {
  "iso27002-2005": ISO27002_2005,
  iso27017: ISO27017_CLD,
  "ccm-v4": CSA_CCM_V4,
  "ccm-v4.0": CSA_CCM_V40,
  "ccm-v4.1": CSA_CCM_V41,
};
