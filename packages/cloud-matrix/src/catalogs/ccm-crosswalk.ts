import { createDiagnostic, type Diagnostic, type Locale, validateDocument } from "@mamori/core";
import { cloudMatrixMessages as M, REFS } from "../messages.js";
import type { DeploymentModel, Ownership } from "../model.js";
import {
  type MatrixOverride,
  type ResponsibilityMatrix,
  ResponsibilityMatrixSchema,
} from "../schema.js";
import { CCM_V40_CONTROLS, CCM_V41_CONTROLS, CCM_V40_TO_V41 as CROSSWALK } from "./ccm-data.js";
import type { ControlMapping } from "./mapping.js";

/**
 * What became of one CCM control between v4.0 and v4.1: `same` (same id), `renumbered`
 * (another id in v4.1, e.g. `IVS-01` → `I&S-01`, `DCS-01` → `DCS-02`), `no-counterpart` (a
 * v4.0 control whose title and text both changed: CSA's data shows no counterpart, a person
 * must map it) or `new` (a v4.1 control that is no v4.0 control's counterpart).
 *
 * @example
 * ```ts
 * import type { CcmChange } from "@mamori/cloud-matrix/catalogs";
 * const c: CcmChange = { v40: "DCS-01", v41: "DCS-02", change: "renumbered" };
 * ```
 *
 * @category Catalogs
 */
export interface CcmChange {
  /** The v4.0 control id, or null for a new v4.1 control. */
  v40: string | null;
  /** The v4.1 control id, or null when there is no counterpart. */
  v41: string | null;
  /** What changed. */
  change: "same" | "renumbered" | "no-counterpart" | "new";
}

function titles(table: string): Map<string, { title: string; own: string }> {
  const out = new Map<string, { title: string; own: string }>();
  for (const line of table.split("\n")) {
    const [id, title, , own] = line.split("\t") as [string, string, string, string];
    out.set(id, { title, own });
  }
  return out;
}
const V40 = titles(CCM_V40_CONTROLS);
const V41 = titles(CCM_V41_CONTROLS);

function crosswalk(): CcmChange[] {
  const out: CcmChange[] = [];
  const reached = new Set<string>();
  for (const line of CROSSWALK.split("\n")) {
    const [v40, to] = line.split("\t") as [string, string];
    if (to === "") out.push({ v40, v41: null, change: "no-counterpart" });
    else {
      reached.add(to);
      out.push({ v40, v41: to, change: to === v40 ? "same" : "renumbered" });
    }
  }
  for (const v41 of V41.keys()) if (!reached.has(v41)) out.push({ v40: null, v41, change: "new" });
  return out;
}

/**
 * Every CCM v4.0 control and what it is in v4.1 (in v4.0 order), then the new v4.1 controls
 * (in v4.1 order). Derived from CSA's published v4.0.13 and v4.1.0 data alone: a v4.0
 * control's counterpart is the v4.1 control of the same domain (IVS being I&S) with the same
 * title, else the one with the same control specification. 128 keep their id, 53 are
 * renumbered, 16 have no counterpart CSA's data shows, and 26 v4.1 controls are new.
 *
 * @example
 * ```ts
 * import { CCM_V40_TO_V41 } from "@mamori/cloud-matrix/catalogs";
 * CCM_V40_TO_V41.find((c) => c.v40 === "IVS-01"); // { v40: "IVS-01", v41: "I&S-01", change: "renumbered" }
 * CCM_V40_TO_V41.filter((c) => c.change === "new").length; // 26
 * ```
 *
 * @category Catalogs
 */
export const CCM_V40_TO_V41: readonly CcmChange[] = crosswalk();

/**
 * {@link CCM_V40_TO_V41} as a {@link ControlMapping} (`ccm-v4.0` → `ccm-v4.1`): each kept or
 * renumbered control `equivalent-to` its v4.1 counterpart, the 16 without one as the source's
 * gap, the 26 new ones as the target's. `migrateMatrix` reads a matrix through it the way
 * {@link migrateMatrixToCcmV41} does, and `toOscalMapping` writes it as an OSCAL mapping.
 *
 * @example
 * ```ts
 * import { CCM_V40_TO_V41_MAPPING } from "@mamori/cloud-matrix/catalogs";
 * CCM_V40_TO_V41_MAPPING.entries.length; // 181 (128 kept, 53 renumbered)
 * CCM_V40_TO_V41_MAPPING.sourceUnmapped.length; // 16
 * ```
 *
 * @category Catalogs
 */
export const CCM_V40_TO_V41_MAPPING: ControlMapping = {
  source: "ccm-v4.0",
  target: "ccm-v4.1",
  description:
    "CSA Cloud Controls Matrix v4.0 to v4.1, derived by mamori from CSA's published v4.0.13 and v4.1.0 data: a v4.0 control's counterpart is the v4.1 control of the same domain (IVS being I&S) with the same title, else the one with the same control specification.",
  entries: CCM_V40_TO_V41.filter((c) => c.v40 !== null && c.v41 !== null).map((c) => ({
    sources: [c.v40 as string],
    targets: [c.v41 as string],
    relationship: "equivalent-to" as const,
  })),
  sourceUnmapped: CCM_V40_TO_V41.filter((c) => c.change === "no-counterpart").map(
    (c) => c.v40 as string,
  ),
  targetUnmapped: CCM_V40_TO_V41.filter((c) => c.change === "new").map((c) => c.v41 as string),
};

const OWNERS: Record<string, Ownership> = { S: "shared", P: "provider", C: "customer" };
const MODEL_INDEX: Record<string, number> = { iaas: 0, paas: 1, saas: 2 };

/**
 * CSA's typical ownership of a CCM control under a service model (the CCM's "Typical Control
 * Applicability and Ownership": `Shared`, `CSP-Owned`, `CSC-Owned` as `shared`, `provider`,
 * `customer`), for `ccm-v4.0` and `ccm-v4.1`. Undefined for another catalog or control, or
 * for on-premises.
 *
 * @param catalog - The catalog id, `ccm-v4.0` or `ccm-v4.1`.
 * @param control - The CCM control id, such as `BCR-08`.
 * @param serviceModel - The deployment model, `iaas`, `paas` or `saas`; `on-premises` gives `undefined`.
 *
 * @example
 * ```ts
 * import { ccmTypicalOwnership } from "@mamori/cloud-matrix/catalogs";
 * ccmTypicalOwnership("ccm-v4.1", "AIS-04", "saas"); // "provider"
 * ccmTypicalOwnership("ccm-v4.1", "AIS-04", "iaas"); // "shared"
 * ```
 *
 * @category Catalogs
 */
export function ccmTypicalOwnership(
  catalog: string,
  control: string,
  serviceModel: DeploymentModel,
): Ownership | undefined {
  const table = catalog === "ccm-v4.0" ? V40 : catalog === "ccm-v4.1" ? V41 : undefined;
  const own = table?.get(control)?.own;
  const i = MODEL_INDEX[serviceModel];
  return own === undefined || i === undefined ? undefined : OWNERS[own[i] as string];
}

/**
 * The result of {@link migrateMatrixToCcmV41}.
 *
 * @example
 * ```ts
 * import type { CcmMigration } from "@mamori/cloud-matrix/catalogs";
 * const r: CcmMigration = { matrix: undefined, diagnostics: [] };
 * ```
 *
 * @category Catalogs
 */
export interface CcmMigration {
  /** The matrix read against `ccm-v4.1`, or undefined when the input is not a valid matrix. */
  matrix: ResponsibilityMatrix | undefined;
  /** One per v4.0 control that is renumbered or has no counterpart, and per new v4.1 control. */
  diagnostics: Diagnostic[];
}

/**
 * Read a matrix written against CCM v4.0 (`ccm-v4.0`) against v4.1 (`ccm-v4.1`), using
 * {@link CCM_V40_TO_V41}: the catalog is replaced, overrides of renumbered controls follow
 * their control, and nothing changes silently — one diagnostic per control that is
 * renumbered (`cloud-matrix/ccm-renumbered`, info), has no counterpart
 * (`cloud-matrix/ccm-no-counterpart`, warning: an override of it is left out, for a person
 * to map) or is new (`cloud-matrix/ccm-new`, info). A control an override names is reported
 * at the override, the others at the catalog. A matrix without `ccm-v4.0` comes back as it
 * is. Never throws.
 *
 * @param input - The `ResponsibilityMatrix` document, parsed from YAML or JSON; any value is accepted.
 * @param options - The locale of the diagnostics, default `en`.
 *
 * @example
 * ```ts
 * import { migrateMatrixToCcmV41 } from "@mamori/cloud-matrix/catalogs";
 * const r = migrateMatrixToCcmV41({
 *   kind: "ResponsibilityMatrix", schemaVersion: "1.0", id: "m", provider: "p", serviceModel: "saas",
 *   catalogs: ["ccm-v4.0"],
 *   overrides: [{ control: { catalog: "ccm-v4.0", control: "IVS-03" }, owner: "provider" }],
 * });
 * r.matrix?.overrides?.[0]?.control; // { catalog: "ccm-v4.1", control: "I&S-03" }
 * r.diagnostics.length; // 95 (53 renumbered, 16 without counterpart, 26 new)
 * ```
 *
 * @category Catalogs
 */
export function migrateMatrixToCcmV41(
  input: unknown,
  options: { locale?: Locale } = {},
): CcmMigration {
  const locale = options.locale ?? "en";
  const validated = validateDocument(ResponsibilityMatrixSchema, input, {
    locale,
    kind: "ResponsibilityMatrix",
  });
  const matrix = validated.value;
  if (!matrix) return { matrix: undefined, diagnostics: validated.diagnostics };
  const at = matrix.catalogs.indexOf("ccm-v4.0");
  if (at < 0) return { matrix, diagnostics: validated.diagnostics };

  const diagnostics: Diagnostic[] = [...validated.diagnostics];
  const report = (
    code: string,
    severity: "warning" | "info",
    path: string,
    data: Record<string, string>,
  ) => diagnostics.push(createDiagnostic(M, locale, { code, severity, path, data, ref: REFS.ccm }));
  const byV40 = new Map(CCM_V40_TO_V41.filter((c) => c.v40).map((c) => [c.v40 as string, c]));
  const overridden = new Map<string, number>();
  const overrides: MatrixOverride[] = [];
  (matrix.overrides ?? []).forEach((o, i) => {
    if (o.control.catalog !== "ccm-v4.0") {
      overrides.push(o);
      return;
    }
    const c = byV40.get(o.control.control);
    const path = `/overrides/${i}/control/control`;
    if (!c) {
      // Not a v4.0 control: carried over as written, for the analysis to report.
      overrides.push({ ...o, control: { ...o.control, catalog: "ccm-v4.1" } });
      return;
    }
    const first = !overridden.has(o.control.control);
    if (first) overridden.set(o.control.control, i);
    if (c.v41 === null) {
      if (first) report("cloud-matrix/ccm-no-counterpart", "warning", path, v40Data(c));
      return;
    }
    if (c.change === "renumbered" && first)
      report("cloud-matrix/ccm-renumbered", "info", path, v40Data(c));
    overrides.push({ ...o, control: { catalog: "ccm-v4.1", control: c.v41 } });
  });
  const catalogPath = `/catalogs/${at}`;
  for (const c of CCM_V40_TO_V41) {
    if (c.change === "same" || (c.v40 !== null && overridden.has(c.v40))) continue;
    if (c.change === "new")
      report("cloud-matrix/ccm-new", "info", catalogPath, {
        control: c.v41 as string,
        title: V41.get(c.v41 as string)?.title ?? "",
      });
    else
      report(
        c.change === "renumbered"
          ? "cloud-matrix/ccm-renumbered"
          : "cloud-matrix/ccm-no-counterpart",
        c.change === "renumbered" ? "info" : "warning",
        catalogPath,
        v40Data(c),
      );
  }
  const catalogs = matrix.catalogs.includes("ccm-v4.1")
    ? matrix.catalogs.filter((id) => id !== "ccm-v4.0")
    : matrix.catalogs.map((id) => (id === "ccm-v4.0" ? "ccm-v4.1" : id));
  const out: ResponsibilityMatrix = { ...matrix, catalogs };
  if (matrix.overrides) out.overrides = overrides;
  return { matrix: out, diagnostics };
}

function v40Data(c: CcmChange): Record<string, string> {
  const v40 = c.v40 as string;
  return {
    control: v40,
    title: V40.get(v40)?.title ?? "",
    to: c.v41 ?? "",
    v41Title: (c.v41 ? V41.get(c.v41)?.title : V41.get(v40)?.title) ?? "-",
  };
}
