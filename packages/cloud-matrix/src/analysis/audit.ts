import type { LocalizedText } from "@mamori/core";
import {
  createDiagnostic,
  type Diagnostic,
  type Locale,
  sortDiagnostics,
  validateDocument,
} from "@mamori/core";
import { BUILTIN_CATALOGS } from "../catalogs/builtin.js";
import { indexCatalogs, unknownControl } from "../derive/derive.js";
import { cloudMatrixMessages as M, REFS } from "../messages.js";
import { customerSide, type Ownership } from "../model.js";
import { type Catalog, StatementOfApplicabilitySchema } from "../schema.js";
import type { MatrixResult } from "./analyze.js";

/**
 * One item of the differential audit: a control cloud use adds (`new-control`), a control
 * whose owner moved away from the organisation (`ownership-moved`), or a control that stays
 * the organisation's but comes with cloud guidance for the user (`customer-guidance`).
 *
 * @example
 * ```ts
 * import type { AuditItem } from "@mamori/cloud-matrix";
 * const i: AuditItem = { kind: "new-control", provider: "skycloud", catalog: "iso27017", control: "CLD.6.3.1",
 *   title: "Agreed split of roles between cloud customer and provider", from: null, to: "shared", guidance: [] };
 * ```
 *
 * @category Analysis
 */
export interface AuditItem {
  /** What cloud use adds. */
  kind: "new-control" | "ownership-moved" | "customer-guidance";
  /** The provider whose matrix adds it. */
  provider: string;
  /** Catalog id. */
  catalog: string;
  /** Control id. */
  control: string;
  /** Short title. */
  title: string;
  /** Owner in the Statement of Applicability (null for a new control). */
  from: Ownership | null;
  /** Owner in the cloud matrix. */
  to: Ownership;
  /** What the customer has to do now. */
  guidance: LocalizedText[];
}

/**
 * The differential audit report (差分のみの監査): the items and their counts.
 *
 * @example
 * ```ts
 * import type { DifferentialAudit } from "@mamori/cloud-matrix";
 * const a: DifferentialAudit = { items: [], counts: { "new-control": 0, "ownership-moved": 0, "customer-guidance": 0, total: 0, controls: 0 }, diagnostics: [] };
 * ```
 *
 * @category Analysis
 */
export interface DifferentialAudit {
  /** Items sorted by kind, provider, catalog, then catalog order. */
  items: AuditItem[];
  /** Items per kind, all items, and distinct controls concerned. */
  counts: {
    "new-control": number;
    "ownership-moved": number;
    "customer-guidance": number;
    total: number;
    controls: number;
  };
  /** Problems with the Statement of Applicability (unknown catalogs or controls). */
  diagnostics: Diagnostic[];
}

const KIND_ORDER = { "new-control": 0, "ownership-moved": 1, "customer-guidance": 2 } as const;

/**
 * Differential audit (差分のみの監査): given the organisation's Statement of Applicability —
 * controls already implemented and audited, owned by the organisation unless stated — list
 * exactly what cloud use adds, per provider matrix: controls not in the SoA (such as the
 * ISO/IEC 27017 CLD controls), controls whose owner moved, and unchanged controls for which
 * the catalog gives cloud-user guidance. An already-certified organisation is audited on
 * these items only; with `part: "customer"`, only on the items the organisation carries itself
 * (its own or shared controls), as when the provider's part is covered by its attestation.
 *
 * @param soaInput - The organisation's Statement of Applicability document, parsed from YAML or JSON; any value is accepted.
 * @param matrices - The analysed matrices, one per provider, from {@link analyzeMatrix}.
 * @param options - The locale (default `en`), extra catalogs to read titles and guidance from, and which part to audit (`all`, default, or `customer`).
 *
 * @example
 * ```ts
 * import { analyzeMatrix, differentialAudit } from "@mamori/cloud-matrix";
 * const m = analyzeMatrix({ kind: "ResponsibilityMatrix", schemaVersion: "1.0", id: "m", provider: "skycloud", serviceModel: "iaas", catalogs: ["iso27017"] });
 * const soa = { kind: "StatementOfApplicability", schemaVersion: "1.0", organisation: "kita-seiki", controls: [] };
 * differentialAudit(soa, [m]).counts["new-control"]; // 7
 * ```
 *
 * @category Analysis
 */
export function differentialAudit(
  soaInput: unknown,
  matrices: readonly MatrixResult[],
  options: {
    locale?: Locale;
    catalogs?: readonly Catalog[];
    /**
     * `customer`: audit only the customer's part — controls the cloud matrix leaves (wholly or
     * partly) to the organisation, and those nobody has taken on (`unassigned`); what the
     * provider alone carries is covered by its own attestation. Default `all`.
     */
    part?: "all" | "customer";
  } = {},
): DifferentialAudit {
  const locale = options.locale ?? "en";
  const counts = {
    "new-control": 0,
    "ownership-moved": 0,
    "customer-guidance": 0,
    total: 0,
    controls: 0,
  };
  const v = validateDocument(StatementOfApplicabilitySchema, soaInput, {
    locale,
    kind: "StatementOfApplicability",
  });
  const diagnostics = [...v.diagnostics];
  if (!v.value) return { items: [], counts, diagnostics };
  const catalogs = indexCatalogs([...(options.catalogs ?? []), ...Object.values(BUILTIN_CATALOGS)]);
  const soa = new Map<string, { applicable: boolean; owner: Ownership }>();
  v.value.controls.forEach((c, i) => {
    const cat = catalogs.get(c.control.catalog);
    if (!cat) {
      diagnostics.push(
        createDiagnostic(M, locale, {
          code: "cloud-matrix/unknown-catalog",
          severity: "error",
          path: `/controls/${i}/control/catalog`,
          data: { catalog: c.control.catalog, known: [...catalogs.keys()].sort().join(", ") },
          ref: REFS.catalog,
        }),
      );
      return;
    }
    if (!cat.byId.has(c.control.control)) {
      diagnostics.push(
        unknownControl(
          locale,
          `/controls/${i}/control/control`,
          c.control.catalog,
          c.control.control,
          cat,
        ),
      );
      return;
    }
    soa.set(`${c.control.catalog}\u0000${c.control.control}`, {
      applicable: c.applicable,
      owner: c.owner ?? "customer",
    });
  });
  const items: Array<AuditItem & { order: number }> = [];
  for (const m of matrices) {
    if (!m.matrix) continue;
    const provider = m.matrix.provider;
    m.controls.forEach((c, order) => {
      if (c.owner === "not-applicable") return;
      // The customer's part: what it carries or shares, and what nobody has taken on yet.
      if (options.part === "customer" && !customerSide(c.owner) && c.owner !== "unassigned") return;
      const prior = soa.get(`${c.catalog}\u0000${c.control}`);
      const base = {
        provider,
        catalog: c.catalog,
        control: c.control,
        title: c.title,
        to: c.owner,
        guidance: c.customerGuidance,
        order,
      };
      if (!prior?.applicable) items.push({ kind: "new-control", from: null, ...base });
      else if (prior.owner !== c.owner)
        items.push({ kind: "ownership-moved", from: prior.owner, ...base });
      else {
        const explicit = catalogs.get(c.catalog)?.byId.get(c.control)?.control.customerGuidance;
        if (explicit)
          items.push({
            kind: "customer-guidance",
            from: prior.owner,
            ...base,
            guidance: [explicit],
          });
      }
    });
  }
  items.sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (a.provider < b.provider ? -1 : a.provider > b.provider ? 1 : 0) ||
      (a.catalog < b.catalog ? -1 : a.catalog > b.catalog ? 1 : 0) ||
      a.order - b.order,
  );
  const distinct = new Set<string>();
  for (const i of items) {
    counts[i.kind]++;
    distinct.add(`${i.catalog}\u0000${i.control}`);
  }
  counts.total = items.length;
  counts.controls = distinct.size;
  return {
    items: items.map(({ order: _o, ...rest }) => rest),
    counts,
    diagnostics: sortDiagnostics(diagnostics),
  };
}
