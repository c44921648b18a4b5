import { createDiagnostic, type Diagnostic, type Locale, validateDocument } from "@mamori/core";
import { cloudMatrixMessages as M, REFS } from "../messages.js";
import {
  type MatrixOverride,
  type ResponsibilityMatrix,
  ResponsibilityMatrixSchema,
} from "../schema.js";

/**
 * How the requirements of a set of source controls relate to those of their targets: the
 * set-theory relationships of NIST IR 8477 that OSCAL 1.2's mapping model uses.
 * `equivalent-to` and `equal-to` carry an ownership decision across; the others
 * (`subset-of`, `superset-of`, `intersects-with`) carry it with a warning to review it, and
 * `no-relationship` not at all.
 *
 * @example
 * ```ts
 * import type { MappingRelationship } from "@mamori/cloud-matrix";
 * const r: MappingRelationship = "equivalent-to";
 * ```
 *
 * @category Catalogs
 */
export type MappingRelationship =
  | "equivalent-to"
  | "equal-to"
  | "subset-of"
  | "superset-of"
  | "intersects-with"
  | "no-relationship";

/**
 * One entry of a {@link ControlMapping}: source controls, target controls and how they
 * relate.
 *
 * @example
 * ```ts
 * import type { ControlMapEntry } from "@mamori/cloud-matrix";
 * const e: ControlMapEntry = { sources: ["IVS-01"], targets: ["I&S-01"], relationship: "equivalent-to" };
 * ```
 *
 * @category Catalogs
 */
export interface ControlMapEntry {
  /** Control ids in the source catalog (at least one). */
  sources: string[];
  /** Control ids in the target catalog (at least one). */
  targets: string[];
  /** How the sources' requirements relate to the targets'. */
  relationship: MappingRelationship;
}

/**
 * A crosswalk between two control catalogs, as data: what each source control is in the
 * target catalog, and which controls of either side have no counterpart. It reads from and
 * writes to an OSCAL 1.2 mapping document (`importOscalMapping`, `toOscalMapping`), and
 * {@link migrateMatrix} reads a responsibility matrix through it — the CCM v4.0 → v4.1
 * crosswalk (`CCM_V40_TO_V41_MAPPING`) or any one a user brings (ISO/IEC 27017 ↔ 27002 ↔ CCM).
 *
 * @example
 * ```ts
 * import type { ControlMapping } from "@mamori/cloud-matrix";
 * const m: ControlMapping = {
 *   source: "ccm-v4.0", target: "ccm-v4.1",
 *   entries: [{ sources: ["IVS-01"], targets: ["I&S-01"], relationship: "equivalent-to" }],
 *   sourceUnmapped: ["IAM-16"], targetUnmapped: ["AIS-08"],
 * };
 * ```
 *
 * @category Catalogs
 */
export interface ControlMapping {
  /** The source catalog's id. */
  source: string;
  /** The target catalog's id. */
  target: string;
  /** Source controls and their targets. */
  entries: ControlMapEntry[];
  /** Source controls with no counterpart in the target (OSCAL `source-gap-summary`). */
  sourceUnmapped: string[];
  /** Target controls no source control maps to (OSCAL `target-gap-summary`). */
  targetUnmapped: string[];
  /** What the mapping is for and how it was made (OSCAL `mapping-description`). */
  description?: string;
}

/**
 * The result of {@link migrateMatrix}.
 *
 * @example
 * ```ts
 * import type { MatrixMigration } from "@mamori/cloud-matrix";
 * const r: MatrixMigration = { matrix: undefined, diagnostics: [] };
 * ```
 *
 * @category Catalogs
 */
export interface MatrixMigration {
  /** The matrix read against the mapping's target catalog; undefined when the input is not a valid matrix. */
  matrix: ResponsibilityMatrix | undefined;
  /** One per control that moves, is split, has no counterpart or is new. */
  diagnostics: Diagnostic[];
}

const CARRIES: ReadonlySet<MappingRelationship> = new Set(["equivalent-to", "equal-to"]);

/**
 * Read a responsibility matrix written against a mapping's source catalog against its target
 * catalog, through the mapping's data: the catalog is replaced, and each override follows its
 * control to the target(s). Nothing changes silently: a control that moves to another id is
 * `cloud-matrix/mapping-moved` (info); one whose targets only partly match (`subset-of`,
 * `superset-of`, `intersects-with`) or that splits into several is carried with
 * `cloud-matrix/mapping-review` (warning); one with no counterpart, or only
 * `no-relationship`, is `cloud-matrix/mapping-no-counterpart` (warning: its override is left
 * out, for a person to map); each target control no source reaches is `cloud-matrix/mapping-new`
 * (info); a migrated decision for a target control that already has one (the matrix's own
 * for the target catalog, or another source control's) is left out with
 * `cloud-matrix/mapping-collision` (warning) naming both owners: a person decides. Overridden controls are reported at their override, the others at the catalog. A
 * matrix that does not use the source catalog comes back as it is. Never throws.
 *
 * @param input - The `ResponsibilityMatrix` document, parsed from YAML or JSON; any value is accepted.
 * @param mapping - The mapping from the matrix's catalog to the new one, such as one read by `importOscalMapping`.
 * @param options - The locale of the diagnostics, default `en`.
 *
 * @example
 * ```ts
 * import { migrateMatrix } from "@mamori/cloud-matrix";
 * const r = migrateMatrix(
 *   { kind: "ResponsibilityMatrix", schemaVersion: "1.0", id: "m", provider: "p", serviceModel: "saas",
 *     catalogs: ["old"], overrides: [{ control: { catalog: "old", control: "A-1" }, owner: "provider" }] },
 *   { source: "old", target: "new", sourceUnmapped: [], targetUnmapped: [],
 *     entries: [{ sources: ["A-1"], targets: ["B-1"], relationship: "equivalent-to" }] },
 * );
 * r.matrix?.overrides?.[0]?.control; // { catalog: "new", control: "B-1" }
 * r.diagnostics.map((d) => d.code); // ["cloud-matrix/mapping-moved"]
 * ```
 *
 * @category Catalogs
 */
export function migrateMatrix(
  input: unknown,
  mapping: ControlMapping,
  options: { locale?: Locale } = {},
): MatrixMigration {
  const locale = options.locale ?? "en";
  const validated = validateDocument(ResponsibilityMatrixSchema, input, {
    locale,
    kind: "ResponsibilityMatrix",
  });
  const matrix = validated.value;
  if (!matrix) return { matrix: undefined, diagnostics: validated.diagnostics };
  const at = matrix.catalogs.indexOf(mapping.source);
  // A mapping of a catalog onto itself moves nothing.
  if (at < 0 || mapping.source === mapping.target)
    return { matrix, diagnostics: validated.diagnostics };

  const diagnostics: Diagnostic[] = [...validated.diagnostics];
  const { source, target } = mapping;
  const report = (
    code: string,
    severity: "warning" | "info",
    path: string,
    data: Record<string, string>,
  ) =>
    diagnostics.push(
      createDiagnostic(M, locale, {
        code,
        severity,
        path,
        data: { source, target, ...data },
        ref: REFS.mapping,
      }),
    );
  // Each source control's entries: a control may appear in several (a split).
  const bySource = new Map<string, ControlMapEntry[]>();
  for (const e of mapping.entries)
    for (const s of e.sources) bySource.set(s, [...(bySource.get(s) ?? []), e]);
  const unmapped = new Set(mapping.sourceUnmapped);

  /** Where a source control goes, and how to report it: the targets it is carried to. */
  const fate = (control: string) => {
    const entries = (bySource.get(control) ?? []).filter(
      (e) => e.relationship !== "no-relationship",
    );
    const targets = [...new Set(entries.flatMap((e) => e.targets))];
    if (targets.length === 0)
      return {
        targets,
        code:
          bySource.has(control) || unmapped.has(control)
            ? "cloud-matrix/mapping-no-counterpart"
            : undefined,
      };
    const exact = targets.length === 1 && entries.every((e) => CARRIES.has(e.relationship));
    const relationship = [...new Set(entries.map((e) => e.relationship))].join(", ");
    if (!exact) return { targets, code: "cloud-matrix/mapping-review", relationship };
    return {
      targets,
      code: targets[0] === control ? undefined : "cloud-matrix/mapping-moved",
      relationship,
    };
  };
  const describe = (control: string, f: ReturnType<typeof fate>) => ({
    control,
    to: f.targets.join(", ") || "-",
    relationship: f.relationship ?? "-",
  });
  const severity = (code: string) =>
    code === "cloud-matrix/mapping-moved" || code === "cloud-matrix/mapping-new"
      ? "info"
      : "warning";

  const overridden = new Set<string>();
  const overrides: MatrixOverride[] = [];
  // Target controls that already carry a decision: the matrix's own for the target catalog
  // first, then each migrated one. A second decision for one target control is never merged
  // silently (analyzeMatrix would keep whichever came first).
  const taken = new Map<string, MatrixOverride>();
  for (const o of matrix.overrides ?? [])
    if (o.control.catalog === target && !taken.has(o.control.control))
      taken.set(o.control.control, o);
  const place = (o: MatrixOverride, control: string, t: string, path: string) => {
    const held = taken.get(t);
    if (held) {
      report("cloud-matrix/mapping-collision", "warning", path, {
        control,
        to: t,
        relationship: "-",
        kept: held.owner,
        owner: o.owner,
      });
      return;
    }
    const moved: MatrixOverride = { ...o, control: { catalog: target, control: t } };
    taken.set(t, moved);
    overrides.push(moved);
  };
  (matrix.overrides ?? []).forEach((o, i) => {
    if (o.control.catalog !== source) {
      overrides.push(o);
      return;
    }
    const control = o.control.control;
    const f = fate(control);
    const first = !overridden.has(control);
    overridden.add(control);
    const path = `/overrides/${i}/control/control`;
    if (f.targets.length === 0 && f.code === undefined) {
      // A control the mapping does not know: carried over as written, for the analysis to report.
      place(o, control, control, path);
      return;
    }
    if (f.code && first) report(f.code, severity(f.code), path, describe(control, f));
    for (const t of f.targets) place(o, control, t, path);
  });
  const catalogPath = `/catalogs/${at}`;
  for (const control of [...bySource.keys(), ...mapping.sourceUnmapped]) {
    if (overridden.has(control)) continue;
    overridden.add(control);
    const f = fate(control);
    if (f.code) report(f.code, severity(f.code), catalogPath, describe(control, f));
  }
  for (const control of mapping.targetUnmapped)
    report("cloud-matrix/mapping-new", "info", catalogPath, {
      control,
      to: "-",
      relationship: "-",
    });
  const catalogs = matrix.catalogs.includes(target)
    ? matrix.catalogs.filter((id) => id !== source)
    : matrix.catalogs.map((id) => (id === source ? target : id));
  const out: ResponsibilityMatrix = { ...matrix, catalogs };
  if (matrix.overrides) out.overrides = overrides;
  return { matrix: out, diagnostics };
}
