/**
 * The sheets and columns of mamori's workbook layout for each document kind, with their English
 * and Japanese headers. A reader recognises a sheet or column by either language's header or
 * by the field's own path (`objectives.rto`); a writer uses one language.
 */

/**
 * A known column: the field path (dotted) and its headers.
 *
 * @category Reading workbooks
 */
export interface ColumnLabel {
  /** Dotted field path inside the row's object (`objectives.rto`). */
  path: string;
  /** English header. */
  en: string;
  /** Japanese header. */
  ja: string;
}

/**
 * One sheet of a layout.
 *
 * @category Reading workbooks
 */
export interface SheetLayout {
  /** What the sheet holds: a document array field, or a special sheet. */
  role: "document" | "array" | "impacts" | "dependencies";
  /** The document field of an `array` sheet (`processes`). */
  field: string;
  /** English sheet name. */
  en: string;
  /** Japanese sheet name. */
  ja: string;
  /** Known columns, in the order a writer puts them. */
  columns: readonly ColumnLabel[];
  /** The fields a row may have (first segments of its columns' paths). */
  fields: readonly string[];
  /** Fields written as a comma-separated list of ids. */
  lists?: readonly string[];
}

/**
 * The layout of one document kind.
 *
 * @category Reading workbooks
 */
export interface WorkbookLayout {
  /** The document kind. */
  kind: "BusinessImpactAnalysis" | "ResponsibilityMatrix";
  /** Its sheets; the first is the document sheet. */
  sheets: readonly SheetLayout[];
}

const c = (path: string, en: string, ja: string): ColumnLabel => ({ path, en, ja });

const ID = c("id", "ID", "ID");
const NAME = c("name", "Name", "名称");
const NAME_JA = c("nameJa", "Name (Japanese)", "名称（日本語）");
const DESCRIPTION = c("description", "Description", "説明");
const OWNER = c("owner", "Owner", "責任者");
const RTO = c("objectives.rto", "RTO", "目標復旧時間");
const RPO = c("objectives.rpo", "RPO", "目標復旧ポイント");
const RLO = c("objectives.rlo", "RLO", "目標復旧レベル");
const RECOVERY = c("capability.recoveryTime", "Recovery time", "復旧所要時間");
const BACKUP = c("capability.backupInterval", "Backup interval", "バックアップ間隔");
const LAG = c("capability.replicationLag", "Replication lag", "レプリケーション遅延");
const SITE = c("site", "Site", "拠点");

/**
 * The document sheet's two columns.
 *
 * @category Reading workbooks
 */
export const FIELD_COLUMN = c("field", "Field", "項目");
/**
 * The document sheet's value column.
 *
 * @category Reading workbooks
 */
export const VALUE_COLUMN = c("value", "Value", "値");

const DOCUMENT_COMMON = [
  c("kind", "Kind", "文書の種類"),
  c("schemaVersion", "Schema version", "スキーマのバージョン"),
  c("title", "Title", "表題"),
  c("description", "Description", "説明"),
];

/**
 * Columns of the impacts sheet other than the time points.
 *
 * @category Reading workbooks
 */
export const IMPACT_PROCESS = c("process", "Process", "業務");
/**
 * The impact category column.
 *
 * @category Reading workbooks
 */
export const IMPACT_CATEGORY = c("category", "Category", "影響区分");
/**
 * Columns of the dependencies sheet.
 *
 * @category Reading workbooks
 */
export const DEPENDENCY_COLUMNS = {
  from: c("from", "From", "依存元"),
  to: c("to", "Depends on", "依存先"),
  group: c("group", "Any-of group", "代替グループ"),
  note: c("note", "Group note", "グループの注記"),
} as const;

/**
 * The business impact analysis workbook: the document sheet (事業影響度分析), impact categories,
 * tiers, processes, impacts (category × time point), IT services, resources, externals,
 * scenarios and dependencies (with any-of groups).
 *
 * @category Reading workbooks
 */
export const BIA_LAYOUT: WorkbookLayout = {
  kind: "BusinessImpactAnalysis",
  sheets: [
    {
      role: "document",
      field: "",
      en: "Business impact analysis",
      ja: "事業影響度分析",
      columns: [
        ...DOCUMENT_COMMON,
        c("organisation", "Organisation", "組織"),
        c("timePoints", "Time points", "評価時点"),
        c("unacceptableLevel", "Unacceptable level", "許容できない影響度"),
        c("rtoMargin", "RTO margin", "RTO の余裕"),
      ],
      fields: [
        "$schema",
        "kind",
        "schemaVersion",
        "title",
        "description",
        "organisation",
        "timePoints",
        "impactScale",
        "unacceptableLevel",
        "rtoMargin",
        // A list that has no rows (or is not a list of objects) is written here, as `json:`.
        "categories",
        "tiers",
        "processes",
        "services",
        "resources",
        "externals",
        "scenarios",
      ],
      lists: ["timePoints"],
    },
    {
      role: "array",
      field: "categories",
      en: "Impact categories",
      ja: "影響区分",
      columns: [
        ID,
        NAME,
        NAME_JA,
        c("unacceptableLevel", "Unacceptable level", "許容できない影響度"),
      ],
      fields: ["id", "name", "nameJa", "unacceptableLevel"],
    },
    {
      role: "array",
      field: "tiers",
      en: "Tiers",
      ja: "復旧区分",
      columns: [
        ID,
        NAME,
        NAME_JA,
        DESCRIPTION,
        c("from", "From", "から"),
        c("upTo", "Up to", "まで"),
      ],
      fields: ["id", "name", "nameJa", "description", "from", "upTo"],
    },
    {
      role: "array",
      field: "processes",
      en: "Processes",
      ja: "業務プロセス",
      columns: [
        ID,
        NAME,
        NAME_JA,
        DESCRIPTION,
        OWNER,
        c("unit", "Unit", "部門"),
        c("wrt", "WRT", "作業復旧時間"),
        RTO,
        RPO,
        RLO,
        c("lossPerHour.amount", "Loss per hour", "時間当たり損失額"),
        c("lossPerHour.currency", "Currency", "通貨"),
        c("minimumCapacity", "Minimum capacity (%)", "最低限必要な能力（%）"),
      ],
      fields: [
        "id",
        "name",
        "nameJa",
        "description",
        "owner",
        "unit",
        "dependsOn",
        "objectives",
        "impacts",
        "wrt",
        "lossPerHour",
        "lossCurve",
        "minimumCapacity",
      ],
    },
    {
      role: "impacts",
      field: "processes",
      en: "Impacts",
      ja: "影響度",
      columns: [IMPACT_PROCESS, IMPACT_CATEGORY],
      fields: [],
    },
    {
      role: "array",
      field: "services",
      en: "IT services",
      ja: "ITサービス",
      columns: [
        ID,
        NAME,
        NAME_JA,
        DESCRIPTION,
        c("class", "Class", "分類"),
        OWNER,
        RTO,
        RPO,
        RLO,
        RECOVERY,
        BACKUP,
        LAG,
        c("holdsData", "Holds data", "データを保持"),
      ],
      fields: [
        "id",
        "name",
        "nameJa",
        "description",
        "class",
        "owner",
        "hosting",
        "dependsOn",
        "objectives",
        "capability",
        "power",
        "holdsData",
        "security",
        "controls",
      ],
    },
    {
      role: "array",
      field: "resources",
      en: "Resources",
      ja: "経営資源",
      columns: [
        ID,
        NAME,
        NAME_JA,
        c("kind", "Kind", "種類"),
        DESCRIPTION,
        OWNER,
        SITE,
        RECOVERY,
        BACKUP,
        LAG,
        c("holdsData", "Holds data", "データを保持"),
      ],
      fields: [
        "id",
        "name",
        "nameJa",
        "kind",
        "description",
        "owner",
        "site",
        "hosting",
        "dependsOn",
        "capability",
        "power",
        "holdsData",
      ],
    },
    {
      role: "array",
      field: "externals",
      en: "Externals",
      ja: "外部組織",
      columns: [
        ID,
        NAME,
        NAME_JA,
        c("kind", "Kind", "種類"),
        c("organisation", "Organisation", "組織"),
        RECOVERY,
        SITE,
      ],
      fields: ["id", "name", "nameJa", "kind", "organisation", "dependsOn", "capability", "site"],
    },
    {
      role: "array",
      field: "scenarios",
      en: "Scenarios",
      ja: "シナリオ",
      columns: [
        ID,
        NAME,
        NAME_JA,
        c("type", "Type", "種類"),
        DESCRIPTION,
        c("start", "Start", "開始"),
        c("duration", "Duration", "期間"),
        SITE,
        c("percent", "Percent", "割合（%）"),
        c("nodes", "Nodes", "対象"),
      ],
      fields: [
        "id",
        "name",
        "nameJa",
        "description",
        "recoverAfterFailure",
        "type",
        "start",
        "duration",
        "site",
        "percent",
        "nodes",
        "failures",
        "rollingBlackout",
      ],
      lists: ["nodes"],
    },
    {
      role: "dependencies",
      field: "",
      en: "Dependencies",
      ja: "依存関係",
      columns: Object.values(DEPENDENCY_COLUMNS),
      fields: [],
    },
  ],
};

/**
 * The responsibility matrix workbook: the document sheet (責任分担表) and the overrides (control × owner).
 *
 * @category Reading workbooks
 */
export const MATRIX_LAYOUT: WorkbookLayout = {
  kind: "ResponsibilityMatrix",
  sheets: [
    {
      role: "document",
      field: "",
      en: "Responsibility matrix",
      ja: "責任分担表",
      columns: [
        ...DOCUMENT_COMMON,
        c("id", "ID", "ID"),
        c("provider", "Provider", "事業者"),
        c("serviceModel", "Service model", "サービス形態"),
        c("services", "Services", "サービス"),
        c("catalogs", "Catalogs", "カタログ"),
        c("template.id", "Template", "テンプレート"),
        c("template.version", "Template version", "テンプレートのバージョン"),
      ],
      fields: [
        "$schema",
        "kind",
        "schemaVersion",
        "title",
        "description",
        "id",
        "provider",
        "serviceModel",
        "services",
        "catalogs",
        "template",
        "overrides",
        "evidence",
      ],
      lists: ["services", "catalogs"],
    },
    {
      role: "array",
      field: "overrides",
      en: "Overrides",
      ja: "個別の分担",
      columns: [
        c("control.catalog", "Catalog", "カタログ"),
        c("control.control", "Control", "管理策"),
        c("owner", "Owner", "分担"),
        c("reason", "Reason", "理由"),
        c("statement", "Statement", "記述"),
      ],
      // `satisfies` (the customer's claims on the provider's responsibilities) is a list of
      // objects: one cell, JSON, like any nested list.
      fields: ["control", "owner", "reason", "statement", "satisfies"],
    },
    {
      role: "array",
      field: "evidence",
      en: "Evidence",
      ja: "証跡",
      columns: [
        ID,
        c("title", "Title", "表題"),
        c("href", "Location", "保管場所"),
        c("issued", "Issued", "発行日"),
        c("expires", "Expires", "有効期限"),
      ],
      fields: ["id", "title", "href", "issued", "expires"],
    },
  ],
};

/**
 * Every layout, for recognising a workbook's kind.
 *
 * @category Reading workbooks
 */
export const LAYOUTS: readonly WorkbookLayout[] = [BIA_LAYOUT, MATRIX_LAYOUT];

/**
 * A header as compared: trimmed, NFKC (full-width letters and digits folded), lower case.
 *
 * @category Reading workbooks
 */
export function normaliseHeader(text: string): string {
  return text.normalize("NFKC").trim().toLowerCase();
}
