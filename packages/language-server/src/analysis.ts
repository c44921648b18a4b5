import { analyzeBia, type BiaResult, biaDocumentKinds } from "@mamori/bia";
import { analyzeMatrix, cloudMatrixDocumentKinds, type MatrixResult } from "@mamori/cloud-matrix";
import {
  coreDocumentKinds,
  createDiagnostic,
  type Diagnostic,
  type DocumentKind,
  defineMessages,
  type Locale,
  OrganisationSchema,
  validateDocument,
} from "@mamori/core";
import { planValidatorDocumentKinds, validatePlan } from "@mamori/plan-validator";
import { attachRanges, type Doc } from "./documents.js";

/** Every document kind mamori reads, by `kind`. @internal */
export const DOCUMENT_KINDS: ReadonlyMap<string, DocumentKind> = new Map(
  [
    ...coreDocumentKinds,
    ...biaDocumentKinds,
    ...cloudMatrixDocumentKinds,
    ...planValidatorDocumentKinds,
  ].map((k) => [k.kind, k]),
);

/** The server's own messages. @internal */
export const serverMessages = defineMessages({
  en: {
    "lsp/unknown-kind": "'{kind}' is not a kind of document mamori reads; known kinds: {known}.",
    "lsp/unknown-kind-suggest":
      "'{kind}' is not a kind of document mamori reads; did you mean '{suggestion}'?",
  },
  ja: {
    "lsp/unknown-kind": "'{kind}' は mamori が読む文書の種類ではありません。既知の種類: {known}。",
    "lsp/unknown-kind-suggest":
      "'{kind}' は mamori が読む文書の種類ではありません。'{suggestion}' の誤りではありませんか。",
  },
});

/** Levenshtein distance (case-insensitive), for did-you-means. @internal */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] as number;
      row[j] = Math.min(
        (row[j] as number) + 1,
        (row[j - 1] as number) + 1,
        prev + (a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1),
      );
      prev = tmp;
    }
  }
  return row[b.length] as number;
}

/**
 * What the analysis of one folder needs from its other documents, computed once per text.
 *
 * @category Language service
 */
export interface Companions {
  bia?: BiaResult;
  matrix?: MatrixResult;
  organisation?: unknown;
}

/**
 * A cache of analyses keyed by the document object: a document is a new object after every
 * change, so an unchanged BIA is never analysed again when a plan beside it is edited. @internal
 */
export class AnalysisCache {
  private bias = new WeakMap<Doc, Map<Locale, BiaResult>>();
  private matrices = new WeakMap<Doc, Map<string, MatrixResult>>();
  /** How many analyses ran (tests check that an edit to a plan does not re-analyse the BIA). */
  runs = { bia: 0, matrix: 0, plan: 0 };

  bia(doc: Doc, locale: Locale): BiaResult {
    let byLocale = this.bias.get(doc);
    if (!byLocale) {
      byLocale = new Map();
      this.bias.set(doc, byLocale);
    }
    let r = byLocale.get(locale);
    if (!r) {
      this.runs.bia++;
      r = analyzeBia(doc.parsed.data, { locale });
      byLocale.set(locale, r);
    }
    return r;
  }

  matrix(doc: Doc, locale: Locale, now: string, attestation: Doc | undefined): MatrixResult {
    let byKey = this.matrices.get(doc);
    if (!byKey) {
      byKey = new Map();
      this.matrices.set(doc, byKey);
    }
    // The attestation's text is part of the key: editing it re-analyses the matrix.
    const key = `${locale}\u0000${now}\u0000${attestation?.uri ?? ""}\u0000${attestation?.text ?? ""}`;
    let r = byKey.get(key);
    if (!r) {
      this.runs.matrix++;
      r = analyzeMatrix(doc.parsed.data, {
        locale,
        now,
        ...(attestation?.parsed.data !== undefined
          ? { attestation: attestation.parsed.data, attestationFile: attestation.uri }
          : {}),
      });
      byKey.clear();
      byKey.set(key, r);
    }
    return r;
  }
}

/** The folder's documents of one kind, in URI order (the first one counts, as in `mamori report`). */
function ofKind(folder: readonly Doc[], kind: string): Doc[] {
  return folder
    .filter((d) => d.kind === kind && d.parsed.data !== undefined)
    .sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
}

/** The provider attestation of a matrix among the folder's documents (same `provider`). */
function attestationOf(matrix: Doc, folder: readonly Doc[]): Doc | undefined {
  const provider = (matrix.parsed.data as { provider?: unknown }).provider;
  return ofKind(folder, "ProviderAttestation").find(
    (d) => (d.parsed.data as { provider?: unknown }).provider === provider,
  );
}

/** The BIA, matrices and organisation of a folder, for a plan's cross-checks. @internal */
export function companionsOf(
  folder: readonly Doc[],
  cache: AnalysisCache,
  locale: Locale,
  now: string,
): Companions {
  const out: Companions = {};
  const biaDoc = ofKind(folder, "BusinessImpactAnalysis")[0];
  if (biaDoc) out.bia = cache.bia(biaDoc, locale);
  const matrices = ofKind(folder, "ResponsibilityMatrix").map((m) =>
    cache.matrix(m, locale, now, attestationOf(m, folder)),
  );
  const [first] = matrices;
  if (first)
    out.matrix =
      matrices.length === 1
        ? first
        : // The plan cross-check reads one matrix: several providers' controls together.
          {
            ...first,
            controls: matrices.flatMap((m) => m.controls),
            diagnostics: matrices.flatMap((m) => m.diagnostics),
          };
  const orgDoc = ofKind(folder, "Organisation")[0];
  if (orgDoc) {
    const v = validateDocument(OrganisationSchema, orgDoc.parsed.data, { kind: "Organisation" });
    if (v.value) out.organisation = v.value;
  }
  return out;
}

/**
 * The diagnostics of one document, located (`range`) in its text: its reading problems, then
 * by `kind` — a plan checked with the folder's BIA, matrices and organisation (as `mamori
 * report` finds them), a BIA or a matrix analysed, any other kind validated against its
 * schema. A document without `kind` is none of mamori's and gets nothing; an unknown kind of a
 * document that looks like mamori's (it has `schemaVersion`, or its kind is one letter or two
 * from a known one) gets a diagnostic. @internal
 */
export function diagnose(
  doc: Doc,
  folder: readonly Doc[],
  cache: AnalysisCache,
  locale: Locale,
  now: string,
): Diagnostic[] {
  const { parsed } = doc;
  if (parsed.data === undefined) {
    // A document that never parsed is only ours if it says so; a half-typed one that did is.
    return doc.lastGood || /^\s*kind\s*:/m.test(doc.text) || /"kind"\s*:/.test(doc.text)
      ? parsed.diagnostics
      : [];
  }
  const data = parsed.data as { kind?: unknown; schemaVersion?: unknown };
  if (typeof data.kind !== "string") return [];
  let found: Diagnostic[];
  switch (data.kind) {
    case "ContinuityPlan": {
      const c = companionsOf(folder, cache, locale, now);
      cache.runs.plan++;
      found = validatePlan(parsed.data, {
        locale,
        now,
        ...(c.bia ? { bia: c.bia } : {}),
        ...(c.matrix ? { matrix: c.matrix } : {}),
        ...(c.organisation ? { organisation: c.organisation as never } : {}),
      }).diagnostics;
      break;
    }
    case "BusinessImpactAnalysis":
      found = cache.bia(doc, locale).diagnostics;
      break;
    case "ResponsibilityMatrix":
      // Findings in the attestation belong to its own file.
      found = cache
        .matrix(doc, locale, now, attestationOf(doc, folder))
        .diagnostics.filter((d) => d.file === undefined);
      break;
    default: {
      const kind = DOCUMENT_KINDS.get(data.kind);
      if (kind) {
        found = validateDocument(kind.schema, parsed.data, { locale, kind: kind.kind }).diagnostics;
        break;
      }
      const known = [...DOCUMENT_KINDS.keys()].sort();
      const best = known
        .map((k) => ({ k, d: distance(data.kind as string, k) }))
        .sort((a, b) => a.d - b.d)[0];
      const close = best !== undefined && best.d <= 2;
      if (!close && data.schemaVersion === undefined) return [];
      found = [
        createDiagnostic(serverMessages, locale, {
          code: close ? "lsp/unknown-kind-suggest" : "lsp/unknown-kind",
          severity: "error",
          path: "/kind",
          data: close
            ? { kind: data.kind, suggestion: best.k }
            : { kind: data.kind, known: known.join(", ") },
        }),
      ];
    }
  }
  return attachRanges([...parsed.diagnostics, ...found], parsed.positions, doc.uri).filter(
    (d) => d.file === undefined || d.file === doc.uri,
  );
}
