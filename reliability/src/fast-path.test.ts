// validateDocument's fast path (closures compiled from the zod schemas) against its slow path
// (zod safeParse + the `__proto__` walk + issue mapping), on mutated sample documents of every
// document kind the packages export: the fast verdict must be exactly "the slow path finds
// nothing", and validateDocument's result must be the slow path's, value for value.
import { biaDocumentKinds } from "@mamori/bia";
import { cloudMatrixDocumentKinds } from "@mamori/cloud-matrix";
import { BUILTIN_CATALOGS, BUILTIN_LAYER_TEMPLATES } from "@mamori/cloud-matrix/catalogs";
import { coreDocumentKinds, type DocumentKind, validateDocument } from "@mamori/core";
import { planValidatorDocumentKinds } from "@mamori/plan-validator";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
// Internals of @mamori/core on purpose (the same modules the alias of @mamori/core loads).
import { fastPathOf } from "../../packages/core/src/validate/fast-path.js";
import { validateDocumentSlowly } from "../../packages/core/src/validate/validate-document.js";
import {
  applyMutations,
  HOSTILE_NUMBERS,
  HOSTILE_STRINGS,
  hostileValue,
  mutation,
  pathsOf,
} from "./mutate.js";
import { samples } from "./samples.js";

const RUNS = Number(process.env.RUNS ?? 600);
const s = samples();

const KINDS: readonly DocumentKind[] = [
  ...coreDocumentKinds,
  ...biaDocumentKinds,
  ...cloudMatrixDocumentKinds,
  ...planValidatorDocumentKinds,
];

/** Valid documents of each kind, the seeds of the mutations. */
const SEEDS: Record<string, unknown[]> = {
  Organisation: [s.organisation],
  BusinessImpactAnalysis: [s.bia],
  ResponsibilityMatrix: [s.matrixSky, s.matrixKumo],
  Catalog: Object.values(BUILTIN_CATALOGS),
  LayerTemplate: Object.values(BUILTIN_LAYER_TEMPLATES),
  ProviderAttestation: [s.attestation],
  StatementOfApplicability: [s.soa],
  ContinuityPlan: [s.plan],
};

/** Edits that keep a document valid more often than the fuzz mix: `x-` keys and deletions. */
const gentle = fc.oneof(
  mutation,
  fc.record({
    op: fc.constant("insert" as const),
    at: fc.nat(),
    key: fc.constantFrom("x-note", "x-__proto__", "x-", "x-a"),
    value: fc.oneof(
      hostileValue,
      fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "a": [{"__proto__": 1}]}')),
    ),
  }),
  fc.record({ op: fc.constant("delete" as const), at: fc.nat() }),
);

/**
 * Edits aimed at one check at a time: a leaf replaced by a value of the same type (a hostile
 * string or number, or another leaf's value), or an own `__proto__` key put in an object,
 * directly or below an `x-` key.
 */
type Probe =
  | { op: "leaf"; at: number; string: string; number: number; from: number }
  | { op: "proto"; at: number; underX: boolean };
const probe: fc.Arbitrary<Probe> = fc.oneof(
  fc.record({
    op: fc.constant("leaf" as const),
    at: fc.nat(),
    string: fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ maxLength: 6 })),
    number: fc.oneof(fc.constantFrom(...HOSTILE_NUMBERS), fc.integer({ min: -3, max: 200 })),
    from: fc.nat(),
  }),
  fc.record({ op: fc.constant("proto" as const), at: fc.nat(), underX: fc.boolean() }),
);

const setOwn = (target: object, key: string, value: unknown) =>
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });

function applyProbe(doc: unknown, p: Probe): void {
  const at = (paths: (string | number)[][]) => paths[p.at % paths.length];
  const get = (path: (string | number)[]) =>
    path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], doc);
  const paths = pathsOf(doc);
  if (p.op === "proto") {
    const path = at(paths.filter((q) => typeof get(q) === "object" && get(q) !== null));
    const target = path && get(path);
    if (!target || Array.isArray(target)) return;
    if (p.underX) setOwn(target, "x-probe", JSON.parse('{"__proto__": {"polluted": true}}'));
    else setOwn(target, "__proto__", { polluted: true });
    return;
  }
  const leaves = paths.filter((q) => q.length > 0 && ["string", "number"].includes(typeof get(q)));
  const path = at(leaves);
  if (!path) return;
  const old = get(path);
  const other = get(leaves[p.from % leaves.length] as (string | number)[]);
  const value =
    p.from % 3 === 0 && typeof other === typeof old
      ? other
      : typeof old === "string"
        ? p.string
        : p.number;
  setOwn(get(path.slice(0, -1)) as object, path[path.length - 1] as string, value);
}

function fastVerdict(kind: DocumentKind, doc: unknown): boolean | "threw" {
  const check = fastPathOf(kind.schema);
  if (!check) throw new Error(`${kind.kind}: the fast path does not compile`);
  try {
    return check(doc);
  } catch {
    return "threw";
  }
}

describe("validateDocument fast path", () => {
  it("has seeds for every document kind, and compiles every kind's schema", () => {
    expect(Object.keys(SEEDS).sort()).toEqual(KINDS.map((k) => k.kind).sort());
    for (const kind of KINDS) {
      expect(fastPathOf(kind.schema), kind.kind).toBeTypeOf("function");
      for (const seed of SEEDS[kind.kind] ?? []) {
        expect(fastVerdict(kind, seed), kind.kind).toBe(true);
        expect(validateDocumentSlowly(kind.schema, seed).diagnostics).toEqual([]);
      }
    }
  });

  for (const kind of KINDS) {
    it(`${kind.kind}: fast verdict === slow path finds nothing (${RUNS} cases)`, () => {
      const seeds = SEEDS[kind.kind] ?? [];
      let valid = 0;
      fc.assert(
        fc.property(
          fc.nat(),
          fc.array(gentle, { maxLength: 3 }),
          fc.array(probe, { maxLength: 2 }),
          fc.constantFrom(undefined, kind.kind),
          (seed, edits, probes, expectKind) => {
            const doc = applyMutations(seeds[seed % seeds.length], edits);
            for (const p of probes) applyProbe(doc, p);
            const options = { kind: expectKind, locale: "ja" as const };
            const slow = validateDocumentSlowly(kind.schema, doc, options);
            const fast = fastVerdict(kind, doc);
            const ok = slow.diagnostics.length === 0;
            if (ok) valid++;
            expect(fast).toBe(ok);
            const r = validateDocument(kind.schema, doc, options);
            expect(r.value).toBe(slow.value);
            expect(r.diagnostics).toEqual(slow.diagnostics);
          },
        ),
        { numRuns: RUNS, seed: 20261128 },
      );
      // Both verdicts occur often enough to mean something (counted over the runs, shrinking
      // aside): about a third of the cases stay valid.
      expect(valid).toBeGreaterThan(RUNS / 10);
      expect(valid).toBeLessThan(RUNS * 0.9);
    });
  }
});
