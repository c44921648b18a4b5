// The documents the workbench holds and the analysis pipeline over them. No DOM here.
import { analyzeBia, type BiaResult } from "@mamori/bia";
import { analyzeMatrix, type MatrixResult } from "@mamori/cloud-matrix";
import { type Diagnostic, type Locale, OrganisationSchema, validateDocument } from "@mamori/core";
import { attachRanges, type ParsedSource, parseSource } from "@mamori/core/source";
import {
  ContinuityPlanSchema,
  type EvidenceSummary,
  measuredRecoveries,
  type PlanResult,
  summarizeEvidence,
  validatePlan,
} from "@mamori/plan-validator";
import kumomailCsv from "../../data/attestations/kumomail-caiq.csv?raw";
import attestationYaml from "../../data/attestations/skycloud.yaml?raw";
import biaYaml from "../../data/bia.yaml?raw";
import kumomailYaml from "../../data/matrix-kumomail.yaml?raw";
import matrixYaml from "../../data/matrix-skycloud.yaml?raw";
import organisationYaml from "../../data/organisation.yaml?raw";
import planYaml from "../../data/plan.yaml?raw";

/** The documents the workbench works on. */
export const DOC_IDS = ["plan", "bia", "matrix", "attestation", "organisation"] as const;
export type DocId = (typeof DOC_IDS)[number];

export interface Doc {
  text: string;
  file: string;
}

export type Docs = Record<DocId, Doc>;

/** The sample organisation (Kita Seiki) from examples/data. */
export function sampleDocs(): Docs {
  return {
    plan: { text: planYaml, file: "plan.yaml" },
    bia: { text: biaYaml, file: "bia.yaml" },
    matrix: { text: matrixYaml, file: "matrix-skycloud.yaml" },
    attestation: { text: attestationYaml, file: "attestations/skycloud.yaml" },
    organisation: { text: organisationYaml, file: "organisation.yaml" },
  };
}

/** The second sample matrix (KumoMail SaaS with a CAIQ-style CSV attestation). */
export const MATRIX_SAMPLES = {
  skycloud: {
    matrix: { text: matrixYaml, file: "matrix-skycloud.yaml" },
    attestation: { text: attestationYaml, file: "attestations/skycloud.yaml" },
  },
  kumomail: {
    matrix: { text: kumomailYaml, file: "matrix-kumomail.yaml" },
    attestation: { text: kumomailCsv, file: "attestations/kumomail-caiq.csv" },
  },
} as const;

const KIND_TO_DOC: Record<string, DocId> = {
  ContinuityPlan: "plan",
  BusinessImpactAnalysis: "bia",
  ResponsibilityMatrix: "matrix",
  ProviderAttestation: "attestation",
  Organisation: "organisation",
};

/** Which slot a dropped or pasted file belongs in, from its `kind` (CSV → attestation). */
export function guessDoc(text: string, file: string): DocId | undefined {
  if (/\.csv$/i.test(file)) return "attestation";
  const parsed = parseSource(text, { file });
  const data = parsed.data as { kind?: unknown; "system-security-plan"?: unknown } | undefined;
  if (data && typeof data === "object") {
    if (typeof data.kind === "string" && data.kind in KIND_TO_DOC) return KIND_TO_DOC[data.kind];
    if ("system-security-plan" in data) return "attestation";
  }
  return undefined;
}

export interface Analysis {
  locale: Locale;
  parsed: Record<DocId, ParsedSource>;
  bia: BiaResult | undefined;
  matrix: MatrixResult | undefined;
  plan: PlanResult;
  /** Diagnostics per document, with line/column from its text. */
  diagnostics: Record<DocId, Diagnostic[]>;
  /** Time spent in validatePlan (ms). */
  planMs: number;
  /** The plan's exercise and test results against its objectives, when the plan is readable. */
  evidence: EvidenceSummary | undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Cache of the last BIA and matrix runs, so that typing in the plan only re-runs the plan. */
const cache: {
  bia?: { key: string; parsed: ParsedSource; result: BiaResult | undefined };
  organisation?: { key: string; parsed: ParsedSource; diagnostics: Diagnostic[] };
  matrix?: {
    key: string;
    parsed: ParsedSource;
    aparsed: ParsedSource;
    result: MatrixResult | undefined;
  };
} = {};

/** Run every analysis over the documents. */
export function analyzeAll(docs: Docs, locale: Locale, now: string): Analysis {
  const parse = (id: DocId) => parseSource(docs[id].text, { file: docs[id].file, locale });

  // Evidence beats estimates: the plan's measured recovery times (training.results) go into
  // the BIA, as `mamori report` does; the BIA is re-run when they change.
  const planParsed = parse("plan");
  const planValue = isObject(planParsed.data)
    ? validateDocument(ContinuityPlanSchema, planParsed.data, { kind: "ContinuityPlan" }).value
    : undefined;
  const measured = planValue ? measuredRecoveries(planValue) : [];
  const biaKey = `${locale}\u0000${now}\u0000${JSON.stringify(measured)}\u0000${docs.bia.text}`;
  if (cache.bia?.key !== biaKey) {
    const parsed = parse("bia");
    const result =
      parsed.data === undefined
        ? undefined
        : analyzeBia(parsed.data, {
            locale,
            ...(measured.length > 0 ? { evidence: measured, now } : {}),
          });
    cache.bia = { key: biaKey, parsed, result };
  }
  const matrixKey = `${locale}\u0000${now}\u0000${docs.matrix.text}\u0000${docs.attestation.text}`;
  if (cache.matrix?.key !== matrixKey) {
    const parsed = parse("matrix");
    const aparsed = parse("attestation");
    // An attestation is a document (YAML/JSON, OSCAL SSP) or CAIQ-style CSV text.
    const attestation = isObject(aparsed.data)
      ? aparsed.data
      : docs.attestation.text.trim() === ""
        ? undefined
        : docs.attestation.text;
    const result =
      parsed.data === undefined
        ? undefined
        : analyzeMatrix(parsed.data, {
            locale,
            now,
            ...(attestation !== undefined ? { attestation } : {}),
          });
    cache.matrix = { key: matrixKey, parsed, aparsed, result };
  }
  const bia = cache.bia.result;
  const matrix = cache.matrix.result;
  const orgKey = `${locale}\u0000${docs.organisation.text}`;
  if (cache.organisation?.key !== orgKey) {
    const parsed = parse("organisation");
    const checked =
      parsed.data === undefined
        ? []
        : validateDocument(OrganisationSchema, parsed.data, { locale, kind: "Organisation" })
            .diagnostics;
    cache.organisation = { key: orgKey, parsed, diagnostics: checked };
  }
  const orgParsed = cache.organisation.parsed;

  const t0 = performance.now();
  const plan = validatePlan(planParsed.data, {
    locale,
    now,
    ...(bia ? { bia } : {}),
    ...(matrix ? { matrix } : {}),
    ...(isObject(orgParsed.data) ? { organisation: orgParsed.data } : {}),
  });
  const planMs = performance.now() - t0;
  const evidence = plan.plan
    ? summarizeEvidence(plan.plan, { now, ...(bia ? { bia } : {}) })
    : undefined;

  const aIsCsv = !isObject(cache.matrix.aparsed.data);
  const matrixDiags = matrix?.diagnostics ?? [];
  const located = (list: readonly Diagnostic[], p: ParsedSource) => attachRanges(list, p.positions);
  return {
    locale,
    parsed: {
      plan: planParsed,
      bia: cache.bia.parsed,
      matrix: cache.matrix.parsed,
      attestation: cache.matrix.aparsed,
      organisation: orgParsed,
    },
    bia,
    matrix,
    plan,
    planMs,
    evidence,
    diagnostics: {
      plan: located([...planParsed.diagnostics, ...plan.diagnostics], planParsed),
      bia: located(
        [...cache.bia.parsed.diagnostics, ...(bia?.diagnostics ?? [])],
        cache.bia.parsed,
      ),
      matrix: located(
        [
          ...cache.matrix.parsed.diagnostics,
          ...matrixDiags.filter((d) => d.file !== "attestation"),
        ],
        cache.matrix.parsed,
      ),
      attestation: aIsCsv
        ? matrixDiags.filter((d) => d.file === "attestation")
        : located(
            [
              ...cache.matrix.aparsed.diagnostics,
              ...matrixDiags.filter((d) => d.file === "attestation"),
            ],
            cache.matrix.aparsed,
          ),
      organisation: located(
        [...orgParsed.diagnostics, ...cache.organisation.diagnostics],
        orgParsed,
      ),
    },
  };
}

/** Median time of `runs` validations of the current plan (ms), for the README's figure. */
export function benchmarkPlan(
  docs: Docs,
  locale: Locale,
  now: string,
  runs: number,
): {
  medianMs: number;
  minMs: number;
  runs: number;
} {
  const a = analyzeAll(docs, locale, now);
  const data = a.parsed.plan.data;
  const org = a.parsed.organisation.data;
  const times: number[] = [];
  // The first runs are warm-up (the JIT compiles the rules); they are not counted.
  for (let i = -10; i < runs; i++) {
    const t0 = performance.now();
    validatePlan(data, {
      locale,
      now,
      ...(a.bia ? { bia: a.bia } : {}),
      ...(a.matrix ? { matrix: a.matrix } : {}),
      ...(isObject(org) ? { organisation: org } : {}),
    });
    if (i >= 0) times.push(performance.now() - t0);
  }
  times.sort((x, y) => x - y);
  const mid = times.length >> 1;
  const medianMs =
    times.length % 2
      ? (times[mid] as number)
      : ((times[mid - 1] as number) + (times[mid] as number)) / 2;
  return { medianMs, minMs: times[0] ?? 0, runs };
}
