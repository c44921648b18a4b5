// Every public entry point that reads user data, grouped by the kind of document it reads.
// A fuzz case picks a family, mutates one of its samples, and runs every target of it.
import {
  analyzeBia,
  analyzeGroup,
  type BiaResult,
  BusinessImpactAnalysisSchema,
  generateBiaDocument,
  recoveryTimeline,
} from "@mamori/bia";
import {
  analyzePower,
  compileBia,
  computeAchievableRecovery,
  computeMtpd,
  computeRecoveryObjectives,
  computeRecoveryOrder,
  criticalPath,
  expandScenario,
  findCycles,
  findRecoveryGaps,
  findSinglePointsOfFailure,
  graphEdges,
  impactSeries,
  propagateObjectives,
  simulateScenario,
} from "@mamori/bia/model";
import {
  analyzeMatrix,
  CatalogSchema,
  checkEvidence,
  composeMatrixChain,
  differentialAudit,
  formatAuditMarkdown,
  formatMatrixMarkdown,
  importCaiqCsv,
  LayerTemplateSchema,
  type MatrixResult,
  ProviderAttestationSchema,
  ResponsibilityMatrixSchema,
  readAttestation,
  StatementOfApplicabilitySchema,
  summarizeProviders,
  toCaiqCsv,
  toHeatmap,
  toMatrixCsv,
  toProviderAttestation,
} from "@mamori/cloud-matrix";
import { BUILTIN_CATALOGS, BUILTIN_LAYER_TEMPLATES } from "@mamori/cloud-matrix/catalogs";
import {
  composeOscalChain,
  importOscalCatalog,
  importOscalSsp,
  toOscalCatalog,
  toOscalComponentDefinition,
  toOscalSsp,
} from "@mamori/cloud-matrix/oscal";
import {
  formatJson,
  formatStylish,
  OrganisationSchema,
  parseDuration,
  parseIsoDate,
  toSarif,
  validateDocument,
} from "@mamori/core";
import { readCsv } from "@mamori/core/internal";
import { attachRanges, parseSource } from "@mamori/core/source";
import { ContinuityPlanSchema, validatePlan } from "@mamori/plan-validator";
import { judge, show } from "./harness.js";
import type { Samples } from "./samples.js";

/** The date every judged-at-a-date call uses, so runs are reproducible. */
export const NOW = "2026-11-27";

/** Results of the clean samples, used as companions of mutated documents. */
export interface Context {
  samples: Samples;
  bia: BiaResult;
  matrix: MatrixResult;
}

/** Build the context once. */
export function makeContext(samples: Samples): Context {
  return {
    samples,
    bia: analyzeBia(samples.bia),
    matrix: analyzeMatrix(samples.matrixSky, { now: NOW, attestation: samples.attestation }),
  };
}

type Run = (input: unknown, ctx: Context) => void;

function diagnosticsOutputs(name: string, diagnostics: unknown): void {
  const ds = diagnostics as Parameters<typeof toSarif>[0];
  judge(`${name} → toSarif`, () => toSarif(ds));
  judge(`${name} → formatJson`, () => formatJson(ds));
  judge(`${name} → formatStylish`, () => formatStylish(ds, { locale: "ja" }));
}

function runBia(input: unknown, ctx: Context): void {
  const r = judge("analyzeBia", () => analyzeBia(input));
  diagnosticsOutputs("analyzeBia", r.diagnostics);
  judge("analyzeBia ja, one scenario", () =>
    analyzeBia(input, { locale: "ja", scenario: "wide-area-power", spofWorkLimit: 100_000 }),
  );
  judge("analyzeGroup", () =>
    analyzeGroup([
      { orgId: "hq", document: input },
      { orgId: "kita-th", document: ctx.samples.bia },
    ]),
  );
  judge(
    "validateDocument(BusinessImpactAnalysis)",
    () => validateDocument(BusinessImpactAnalysisSchema, input, { kind: "BusinessImpactAnalysis" }),
    { json: "diagnostics" },
  );
  // The step-by-step API over the compiled model.
  const compiled = judge("compileBia", () => compileBia(input), { json: false });
  const m = compiled.model;
  if (!m) return;
  const cycles = judge("findCycles", () => findCycles(m), { json: false });
  const mtpd = judge("computeMtpd", () => computeMtpd(m));
  const objectives = judge("computeRecoveryObjectives", () => computeRecoveryObjectives(m, mtpd), {
    json: false,
  });
  const required = judge(
    "propagateObjectives",
    () => propagateObjectives(m, objectives.objectives, cycles),
    {
      json: false,
    },
  );
  const achievable = judge(
    "computeAchievableRecovery",
    () => computeAchievableRecovery(m, cycles),
    {
      json: false,
    },
  );
  for (let v = 0; v < Math.min(m.n, 50); v++)
    judge("criticalPath", () => criticalPath(m, achievable, v));
  judge("findRecoveryGaps", () => findRecoveryGaps(m, required, achievable));
  judge("computeRecoveryOrder", () => computeRecoveryOrder(m, cycles, required));
  judge("findSinglePointsOfFailure", () =>
    findSinglePointsOfFailure(m, objectives.objectives, { workLimit: 100_000 }),
  );
  judge("analyzePower", () => analyzePower(m, required));
  judge("impactSeries", () => impactSeries(m));
  judge("graphEdges", () => graphEdges(m));
  judge("recoveryTimeline", () => recoveryTimeline(r.nodes, r.recoveryOrder));
  for (const entry of m.scenarios.slice(0, 5)) {
    const expanded = judge("expandScenario", () => expandScenario(m, entry), { json: false });
    judge("simulateScenario", () => simulateScenario(m, cycles, objectives.objectives, expanded));
  }
}

function matrixOutputs(name: string, r: MatrixResult, ctx: Context): void {
  diagnosticsOutputs(name, r.diagnostics);
  judge(`${name} → toMatrixCsv`, () => toMatrixCsv(r, { locale: "ja" }));
  judge(`${name} → formatMatrixMarkdown`, () => formatMatrixMarkdown(r));
  const a = judge(`${name} → toProviderAttestation`, () => toProviderAttestation(r));
  judge(`${name} → toOscalSsp`, () => toOscalSsp(a));
  judge(`${name} → toOscalComponentDefinition`, () => toOscalComponentDefinition(a));
  judge(`${name} → toCaiqCsv`, () => toCaiqCsv(a));
  judge(`${name} → composeMatrixChain`, () => composeMatrixChain([r, ctx.matrix, r]));
  judge(`${name} → summarizeProviders`, () => summarizeProviders([r, ctx.matrix]));
  const audit = judge(`${name} → differentialAudit`, () => differentialAudit(ctx.samples.soa, [r]));
  judge(`${name} → formatAuditMarkdown`, () => formatAuditMarkdown(audit, { locale: "ja" }));
}

function runMatrix(input: unknown, ctx: Context): void {
  const r = judge("analyzeMatrix", () =>
    analyzeMatrix(input, { now: NOW, attestation: ctx.samples.attestation }),
  );
  matrixOutputs("analyzeMatrix", r, ctx);
  judge("analyzeMatrix ja, CAIQ", () =>
    analyzeMatrix(input, { locale: "ja", now: NOW, attestation: ctx.samples.caiq }),
  );
  judge(
    "validateDocument(ResponsibilityMatrix)",
    () => validateDocument(ResponsibilityMatrixSchema, input),
    { json: "diagnostics" },
  );
}

function runAttestation(input: unknown, ctx: Context): void {
  const imported = judge("readAttestation", () => readAttestation(input));
  const r = judge("analyzeMatrix with attestation", () =>
    analyzeMatrix(ctx.samples.matrixSky, { now: NOW, attestation: input }),
  );
  matrixOutputs("analyzeMatrix with attestation", r, ctx);
  const v = judge(
    "validateDocument(ProviderAttestation)",
    () => validateDocument(ProviderAttestationSchema, input),
    { json: "diagnostics" },
  );
  for (const a of [imported.attestation, v.value]) {
    if (!a) continue;
    judge("toOscalSsp", () => toOscalSsp(a));
    judge("toOscalComponentDefinition", () => toOscalComponentDefinition(a));
    judge("toCaiqCsv", () => toCaiqCsv(a));
    judge("checkEvidence", () => checkEvidence(a, new Date(`${NOW}T00:00:00Z`)));
  }
}

function runCaiq(input: unknown, ctx: Context): void {
  const text = typeof input === "string" ? input : show(input);
  judge("importCaiqCsv", () => importCaiqCsv(text));
  judge("readCsv", () => readCsv(text));
  judge("analyzeMatrix with CAIQ", () =>
    analyzeMatrix(ctx.samples.matrixKumo, { now: NOW, attestation: text }),
  );
}

function runOscalSsp(input: unknown, ctx: Context): void {
  const imported = judge("importOscalSsp", () => importOscalSsp(input));
  judge("readAttestation(OSCAL)", () => readAttestation(input));
  judge("composeOscalChain", () => composeOscalChain(input, ctx.samples.sspLeveraging));
  judge("composeOscalChain reversed", () => composeOscalChain(ctx.samples.sspLeveraged, input));
  judge("analyzeMatrix with OSCAL", () =>
    analyzeMatrix(ctx.samples.matrixSky, { now: NOW, attestation: input }),
  );
  if (imported.attestation) {
    const a = imported.attestation;
    judge("toOscalSsp(imported)", () => toOscalSsp(a));
  }
}

function runOscalCatalog(input: unknown, ctx: Context): void {
  const { catalog } = judge("importOscalCatalog", () => importOscalCatalog(input));
  if (!catalog) return;
  judge("toOscalCatalog", () => toOscalCatalog(catalog));
  judge("analyzeMatrix with imported catalog", () =>
    analyzeMatrix(
      { ...ctx.samples.matrixSky, catalogs: [catalog.id] },
      { now: NOW, catalogs: [catalog] },
    ),
  );
}

function runCatalog(input: unknown, ctx: Context): void {
  const v = judge("validateDocument(Catalog)", () => validateDocument(CatalogSchema, input), {
    json: "diagnostics",
  });
  const id =
    typeof (input as { id?: unknown })?.id === "string" ? (input as { id: string }).id : "x";
  judge("analyzeMatrix with catalog", () =>
    analyzeMatrix(
      { ...ctx.samples.matrixSky, catalogs: [id, "iso27017"] },
      { now: NOW, catalogs: [input] },
    ),
  );
  if (v.value) {
    const c = v.value;
    judge("toOscalCatalog", () => toOscalCatalog(c));
  }
}

function runTemplate(input: unknown, ctx: Context): void {
  const v = judge(
    "validateDocument(LayerTemplate)",
    () => validateDocument(LayerTemplateSchema, input),
    { json: "diagnostics" },
  );
  const id =
    typeof (input as { id?: unknown })?.id === "string" ? (input as { id: string }).id : "x";
  judge("analyzeMatrix with template", () =>
    analyzeMatrix({ ...ctx.samples.matrixSky, template: id }, { now: NOW, templates: [input] }),
  );
  if (v.value) {
    const t = v.value;
    judge("toHeatmap", () => toHeatmap(t));
  }
}

function runSoa(input: unknown, ctx: Context): void {
  const audit = judge("differentialAudit", () => differentialAudit(input, [ctx.matrix]));
  judge("formatAuditMarkdown", () => formatAuditMarkdown(audit));
  judge(
    "validateDocument(StatementOfApplicability)",
    () => validateDocument(StatementOfApplicabilitySchema, input),
    { json: "diagnostics" },
  );
}

function runPlan(input: unknown, ctx: Context): void {
  const r = judge("validatePlan", () =>
    validatePlan(input, {
      bia: ctx.bia,
      matrix: ctx.matrix,
      organisation: ctx.samples.organisation,
      now: NOW,
    }),
  );
  diagnosticsOutputs("validatePlan", r.diagnostics);
  judge("validatePlan strict ja", () =>
    validatePlan(input, { preset: ["strict", "nist-high"], locale: "ja", now: NOW }),
  );
  judge("validateDocument(ContinuityPlan)", () => validateDocument(ContinuityPlanSchema, input), {
    json: "diagnostics",
  });
}

function runOrganisation(input: unknown, ctx: Context): void {
  judge(
    "validateDocument(Organisation)",
    () => validateDocument(OrganisationSchema, input, { kind: "Organisation", locale: "ja" }),
    { json: "diagnostics" },
  );
  judge("validatePlan with organisation", () =>
    validatePlan(ctx.samples.plan, { organisation: input as never, now: NOW }),
  );
}

/** Text through the parser, then whatever the text turned out to be. */
function runText(input: unknown, ctx: Context): void {
  // Plain-JS callers may pass anything: the parser must say "not text", not throw.
  const text = input as string;
  for (const format of ["yaml", "json"] as const) {
    const parsed = judge(`parseSource(${format})`, () => parseSource(text, { format }), {
      json: false,
    });
    judge("attachRanges", () => attachRanges(parsed.diagnostics, parsed.positions, "f.yaml"));
    if (parsed.data !== undefined) {
      judge("analyzeBia(parsed)", () => analyzeBia(parsed.data));
      judge("validatePlan(parsed)", () => validatePlan(parsed.data, { now: NOW, bia: ctx.bia }));
      judge("analyzeMatrix(parsed)", () => analyzeMatrix(parsed.data, { now: NOW }));
    }
  }
  judge("parseDuration", () => parseDuration(text, { calendarUnits: "approximate" }));
  judge("parseIsoDate", () => parseIsoDate(text), { json: false }); // returns a Date by design
}

/** A family of documents: its samples and the targets that read them. */
export interface Family {
  name: string;
  seeds: (s: Samples) => unknown[];
  run: Run;
}

export const FAMILIES: readonly Family[] = [
  { name: "bia", seeds: (s) => [SMALL_BIA, SMALL_BIA, s.bia], run: runBia },
  { name: "matrix", seeds: (s) => [s.matrixSky, s.matrixKumo], run: runMatrix },
  { name: "attestation", seeds: (s) => [s.attestation, s.sspLeveraged], run: runAttestation },
  { name: "caiq", seeds: (s) => [s.caiq], run: runCaiq },
  { name: "oscal-ssp", seeds: (s) => [s.sspLeveraged, s.sspLeveraging], run: runOscalSsp },
  {
    name: "oscal-catalog",
    seeds: () => [toOscalCatalog(CLOUD_CATALOG_FOR_SEED())],
    run: runOscalCatalog,
  },
  { name: "catalog", seeds: () => [CLOUD_CATALOG_FOR_SEED()], run: runCatalog },
  { name: "template", seeds: () => [TEMPLATE_FOR_SEED()], run: runTemplate },
  { name: "soa", seeds: (s) => [s.soa], run: runSoa },
  { name: "plan", seeds: (s) => [s.plan], run: runPlan },
  { name: "organisation", seeds: (s) => [s.organisation], run: runOrganisation },
  {
    name: "text",
    seeds: (s) => [
      JSON.stringify(s.bia),
      "kind: ContinuityPlan\nschemaVersion: '1.0'\n",
      "PT4H",
      "2026-11-27",
    ],
    run: runText,
  },
];

function CLOUD_CATALOG_FOR_SEED() {
  return structuredClone(BUILTIN_CATALOGS.iso27017 ?? Object.values(BUILTIN_CATALOGS)[0]) as never;
}
function TEMPLATE_FOR_SEED() {
  return structuredClone(Object.values(BUILTIN_LAYER_TEMPLATES)[0]) as never;
}

/** A small generated BIA: cheap to analyse, so more cases hit the analysis itself. */
const SMALL_BIA = generateBiaDocument({ seed: 7, processes: 4, services: 8, edgesPerNode: 2 });
