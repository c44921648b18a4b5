import {
  createDiagnostic,
  type Diagnostic,
  type Locale,
  parseIsoDate,
  type Range,
  sortDiagnostics,
  validateDocument,
} from "@mamori/core";
import { checkEvidence, type EvidenceStatus } from "../attestation/evidence.js";
import { readAttestation } from "../attestation/read.js";
import { BUILTIN_CATALOGS } from "../catalogs/builtin.js";
import { deriveResponsibility } from "../derive/derive.js";
import { BUILTIN_LAYER_TEMPLATES } from "../layers/templates.js";
import { cloudMatrixMessages as M, REFS } from "../messages.js";
import { type DeploymentModel, OWNERSHIPS, type Ownership } from "../model.js";
import {
  type Catalog,
  CatalogSchema,
  type LayerTemplate,
  LayerTemplateSchema,
  ResponsibilityMatrixSchema,
} from "../schema.js";
import { compareWithAttestation, type Finding, type MatrixControl } from "./compare.js";

/**
 * Options of {@link analyzeMatrix}.
 *
 * @example
 * ```ts
 * import type { AnalyzeMatrixOptions } from "@mamori/cloud-matrix";
 * const o: AnalyzeMatrixOptions = { locale: "ja", now: "2026-11-27", attestation: "Control ID,Ownership\r\n" };
 * ```
 *
 * @category Analysis
 */
export interface AnalyzeMatrixOptions {
  /** Locale of messages (default `en`). */
  locale?: Locale;
  /** The date evidence is checked against; without it, evidence dates are not judged. */
  now?: string | Date;
  /**
   * The provider's attestation: a `ProviderAttestation` document, an OSCAL SSP, or CAIQ CSV
   * text (mamori's columns or CSA's layouts; the matrix's `serviceModel` picks the ownership
   * column of CSA's CCM sheet, and its first `ccm-v4.x` catalog is the CSV's default catalog).
   */
  attestation?: unknown;
  /**
   * The attestation's file name, put in the `file` of the diagnostics about it (default
   * `attestation`). For CSV, those diagnostics also carry the line and column in the CSV.
   */
  attestationFile?: string;
  /** More `Catalog` documents (imported or your own); an id equal to a built-in one replaces it. */
  catalogs?: readonly unknown[];
  /** More `LayerTemplate` documents (your own or a vendor's newer version). */
  templates?: readonly unknown[];
}

/**
 * The result of {@link analyzeMatrix}: the contract shape (`diagnostics`, `controls` with
 * `catalog`, `control`, `title`, `clause`, `owner`) plus reasons, guidance, attestation
 * comparison and counts.
 *
 * @example
 * ```ts
 * import { analyzeMatrix, type MatrixResult } from "@mamori/cloud-matrix";
 * const r: MatrixResult = analyzeMatrix({});
 * r.controls.length; // 0
 * ```
 *
 * @category Analysis
 */
export interface MatrixResult {
  /** Every problem and finding, sorted. */
  diagnostics: Diagnostic[];
  /** The matrix's id, provider, deployment model and template, or null when the document was unusable. */
  matrix: {
    id: string;
    provider: string;
    serviceModel: DeploymentModel;
    template: string;
    services: string[];
  } | null;
  /** One entry per control. */
  controls: MatrixControl[];
  /** Evidence states on `now` (empty without attestation or `now`). */
  evidence: EvidenceStatus[];
  /** Controls per owner, and findings per kind. */
  counts: { owners: Record<Ownership, number>; findings: Record<Finding, number> };
  /** Where the attestation came from, or null without one. */
  attestationSource: "document" | "caiq-csv" | "oscal-ssp" | null;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".");
  const pb = b.split(".");
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? "0";
    const y = pb[i] ?? "0";
    const nx = Number(x);
    const ny = Number(y);
    if (!Number.isNaN(nx) && !Number.isNaN(ny) && nx !== ny) return nx - ny;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

function emptyCounts(): MatrixResult["counts"] {
  const owners = Object.fromEntries(OWNERSHIPS.map((o) => [o, 0])) as Record<Ownership, number>;
  return { owners, findings: { gap: 0, conflict: 0, overlap: 0, unverified: 0, planned: 0 } };
}

/**
 * Analyse a `ResponsibilityMatrix` document: validate it, derive the owner of every control
 * of its catalogs from the layer template and overrides, and — when an attestation is given —
 * compare with what the provider declares and check its evidence against `now`. Never throws.
 *
 * @param input - The `ResponsibilityMatrix` document, parsed from YAML or JSON; any value is accepted and problems come back as diagnostics.
 * @param options - The locale (default `en`), the date evidence is judged at (`now`), the provider's attestation and its file name, and extra catalogs and layer templates beside the built-in ones; see `AnalyzeMatrixOptions`.
 *
 * @example
 * ```ts
 * import { analyzeMatrix } from "@mamori/cloud-matrix";
 * const r = analyzeMatrix(
 *   { kind: "ResponsibilityMatrix", schemaVersion: "1.0", id: "kumomail-saas", provider: "kumomail",
 *     serviceModel: "saas", catalogs: ["iso27017"] },
 *   { now: "2026-11-27" },
 * );
 * r.controls.find((c) => c.control === "CLD.9.5.2")?.owner; // "provider"
 * ```
 *
 * @category Analysis
 */
export function analyzeMatrix(input: unknown, options: AnalyzeMatrixOptions = {}): MatrixResult {
  const locale = options.locale ?? "en";
  const diagnostics: Diagnostic[] = [];
  const result = (partial: Partial<MatrixResult>): MatrixResult => ({
    diagnostics: sortDiagnostics(diagnostics),
    matrix: null,
    controls: [],
    evidence: [],
    counts: emptyCounts(),
    attestationSource: null,
    ...partial,
  });
  const validated = validateDocument(ResponsibilityMatrixSchema, input, {
    locale,
    kind: "ResponsibilityMatrix",
  });
  for (const d of validated.diagnostics) diagnostics.push(d);
  const matrix = validated.value;
  if (!matrix) return result({});

  const catalogs = new Map<string, Catalog>(Object.entries(BUILTIN_CATALOGS));
  (options.catalogs ?? []).forEach((doc, i) => {
    const r = validateDocument(CatalogSchema, doc, { locale, kind: "Catalog" });
    for (const d of r.diagnostics) diagnostics.push({ ...d, file: `catalogs/${i}` });
    if (r.value) catalogs.set(r.value.id, r.value);
  });
  const templates: LayerTemplate[] = [...BUILTIN_LAYER_TEMPLATES];
  (options.templates ?? []).forEach((doc, i) => {
    const r = validateDocument(LayerTemplateSchema, doc, { locale, kind: "LayerTemplate" });
    for (const d of r.diagnostics) diagnostics.push({ ...d, file: `templates/${i}` });
    if (r.value) templates.push(r.value);
  });

  const chosen: Catalog[] = [];
  matrix.catalogs.forEach((id, i) => {
    const c = catalogs.get(id);
    if (c) chosen.push(c);
    else {
      diagnostics.push(
        createDiagnostic(M, locale, {
          code: "cloud-matrix/unknown-catalog",
          severity: "error",
          path: `/catalogs/${i}`,
          data: { catalog: id, known: [...catalogs.keys()].sort().join(", ") },
          ref: REFS.catalog,
        }),
      );
    }
  });

  const wantId = matrix.template?.id ?? "classic-ten";
  const wantVersion = matrix.template?.version;
  let template: LayerTemplate | undefined;
  for (const t of templates) {
    if (t.id !== wantId || (wantVersion !== undefined && t.version !== wantVersion)) continue;
    // A later template with the same id and version replaces an earlier one (user over built-in).
    if (!template || compareVersions(t.version, template.version) >= 0) template = t;
  }
  if (!template) {
    diagnostics.push(
      createDiagnostic(M, locale, {
        code: "cloud-matrix/unknown-template",
        severity: "error",
        path: "/template",
        data: {
          template: wantVersion ? `${wantId}@${wantVersion}` : wantId,
          known: templates.map((t) => `${t.id}@${t.version}`).join(", "),
        },
      }),
    );
    return result({});
  }

  const derived = deriveResponsibility({
    catalogs: chosen,
    serviceModel: matrix.serviceModel,
    template,
    overrides: matrix.overrides ?? [],
    locale,
  });
  for (const d of derived.diagnostics) diagnostics.push(editionHint(d, locale) ?? d);

  const overridePath = new Map<string, string>();
  (matrix.overrides ?? []).forEach((o, i) => {
    const key = `${o.control.catalog}\u0000${o.control.control}`;
    if (!overridePath.has(key)) overridePath.set(key, `/overrides/${i}`);
  });
  const catalogPath = new Map(matrix.catalogs.map((id, i) => [id, `/catalogs/${i}`]));
  const matrixPath = (catalog: string, control: string) =>
    overridePath.get(`${catalog}\u0000${control}`) ?? catalogPath.get(catalog) ?? "";

  let now: Date | undefined;
  if (options.now !== undefined) {
    if (options.now instanceof Date)
      now = Number.isNaN(options.now.getTime()) ? undefined : options.now;
    else now = parseIsoDate(options.now).date;
    if (!now) {
      diagnostics.push(
        createDiagnostic(M, locale, {
          code: "cloud-matrix/invalid-now",
          severity: "error",
          path: "",
          data: { value: String(options.now) },
        }),
      );
    }
  }

  let controls: MatrixControl[] = derived.controls.map((c) => ({ ...c, findings: [] }));
  let evidence: EvidenceStatus[] = [];
  let attestationSource: MatrixResult["attestationSource"] = null;
  if (options.attestation !== undefined) {
    const attestationFile = options.attestationFile ?? "attestation";
    const ccm = matrix.catalogs.find((id) => id.startsWith("ccm-v4."));
    const read = readAttestation(options.attestation, {
      provider: matrix.provider,
      locale,
      serviceModel: matrix.serviceModel,
      file: attestationFile,
      ...(ccm ? { catalog: ccm } : {}),
    });
    attestationSource = read.source;
    // Findings about the attestation point into it: for CSV, at the row's line and column.
    const located = (d: Diagnostic): Diagnostic =>
      read.ranges ? locateInCsv(d, attestationFile, read.ranges, read.evidenceRanges ?? []) : d;
    for (const d of read.diagnostics) diagnostics.push({ ...d, file: d.file ?? attestationFile });
    if (read.attestation) {
      if (read.attestation.provider !== matrix.provider) {
        diagnostics.push(
          createDiagnostic(M, locale, {
            code: "cloud-matrix/attestation-provider-mismatch",
            severity: "warning",
            path: "/provider",
            data: { actual: read.attestation.provider, expected: matrix.provider },
          }),
        );
      }
      if (now) {
        const checked = checkEvidence(read.attestation, now, { locale, file: attestationFile });
        evidence = checked.evidence;
        for (const d of checked.diagnostics) diagnostics.push(located(d));
      } else {
        evidence = read.attestation.evidence.map((e) => ({
          id: e.id,
          type: e.type,
          state: "valid",
          issued: e.issued,
          expires: e.expires ?? null,
        }));
      }
      const compared = compareWithAttestation(
        derived.controls,
        read.attestation,
        evidence,
        { matrixPath, attestationFile },
        locale,
      );
      controls = compared.controls;
      for (const d of compared.diagnostics) diagnostics.push(located(d));
    }
  }

  const counts = emptyCounts();
  for (const c of controls) {
    counts.owners[c.owner]++;
    for (const f of c.findings) counts.findings[f]++;
  }
  return result({
    matrix: {
      id: matrix.id,
      provider: matrix.provider,
      serviceModel: matrix.serviceModel,
      template: `${template.id}@${template.version}`,
      services: matrix.services ?? [],
    },
    controls,
    evidence,
    counts,
    attestationSource,
  });
}

const CONTROL_OR_EVIDENCE = /^\/(controls|evidence)\/(\d+)(?:\/|$)/;

/**
 * Give a diagnostic about a CSV attestation (its `/controls/i…` or `/evidence/i…` pointers)
 * the CSV row's range, and the same to its related locations in that file. @internal
 */
export function locateInCsv(
  d: Diagnostic,
  file: string,
  ranges: readonly Range[],
  evidenceRanges: readonly Range[],
): Diagnostic {
  const rangeOf = (path: string): Range | undefined => {
    const m = CONTROL_OR_EVIDENCE.exec(path);
    if (!m) return undefined;
    return (m[1] === "controls" ? ranges : evidenceRanges)[Number(m[2])];
  };
  const out: Diagnostic = { ...d };
  if (d.file === file && !d.range) {
    const r = rangeOf(d.path);
    if (r) out.range = r;
  }
  if (d.related) {
    out.related = d.related.map((rel) => {
      if (rel.file !== file || rel.range) return rel;
      const r = rangeOf(rel.path);
      return r ? { ...rel, range: r } : rel;
    });
  }
  return out;
}

/** CCM control ids by the edition catalogs that hold them, newest first; built on first use. */
let ccmEditions: Map<string, string[]> | undefined;

/**
 * `ccm-v4` holds CCM's 17 domains only: a control id there (AIS-01) is unknown, and the
 * diagnostic names the edition catalog to use (the newest that has the id) instead.
 */
function editionHint(d: Diagnostic, locale: Locale): Diagnostic | undefined {
  const data = d.data as { catalog?: unknown; control?: unknown } | undefined;
  if (d.code !== "cloud-matrix/unknown-control" || data?.catalog !== "ccm-v4") return undefined;
  if (!ccmEditions) {
    ccmEditions = new Map();
    for (const c of [BUILTIN_CATALOGS["ccm-v4.1"], BUILTIN_CATALOGS["ccm-v4.0"]])
      for (const x of c?.controls ?? []) {
        const list = ccmEditions.get(x.id);
        if (list) list.push(c?.id ?? "");
        else ccmEditions.set(x.id, [c?.id ?? ""]);
      }
  }
  const control = String(data.control);
  const editions = ccmEditions.get(control);
  if (!editions) return undefined;
  return createDiagnostic(M, locale, {
    code: d.code,
    severity: d.severity,
    path: d.path,
    data: { catalog: "ccm-v4", control, edition: editions.join(" / ") },
    messageKey: "cloud-matrix/unknown-control-edition",
    ...(d.ref ? { ref: d.ref } : {}),
  });
}
