// Import → export → import is the identity, for every document kind (through JSON and
// YAML text) and for OSCAL, and `x-` fields survive every trip.

import { biaDocumentKinds } from "@mamori/bia";
import {
  analyzeMatrix,
  cloudMatrixDocumentKinds,
  importCaiqCsv,
  ProviderAttestationSchema,
  toCaiqCsv,
} from "@mamori/cloud-matrix";
import { BUILTIN_CATALOGS } from "@mamori/cloud-matrix/catalogs";
import {
  importOscalCatalog,
  importOscalSsp,
  toOscalCatalog,
  toOscalSsp,
} from "@mamori/cloud-matrix/oscal";
import { coreDocumentKinds, validateDocument } from "@mamori/core";
import { parseSource } from "@mamori/core/source";
import { planValidatorDocumentKinds } from "@mamori/plan-validator";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { applyMutations, mutation } from "./mutate.js";
import { samples } from "./samples.js";

const s = samples();
const KINDS = [
  ...coreDocumentKinds,
  ...biaDocumentKinds,
  ...cloudMatrixDocumentKinds,
  ...planValidatorDocumentKinds,
];
const SAMPLE_BY_KIND: Record<string, unknown[]> = {
  Organisation: [s.organisation],
  BusinessImpactAnalysis: [s.bia],
  ResponsibilityMatrix: [s.matrixSky, s.matrixKumo],
  Catalog: Object.values(BUILTIN_CATALOGS),
  ProviderAttestation: [s.attestation],
  StatementOfApplicability: [s.soa],
  ContinuityPlan: [s.plan],
};

/**
 * Put `x-` fields on every object of a document, BIA `impacts` maps (keyed by category and
 * time point) included.
 */
function withXFields(doc: unknown, tag: string): unknown {
  if (Array.isArray(doc)) return doc.map((v) => withXFields(v, tag));
  if (typeof doc === "object" && doc !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(doc)) out[k] = k.startsWith("x-") ? v : withXFields(v, tag);
    out["x-reliability"] = { tag, list: [1, "two", null], nested: { ok: true } };
    return out;
  }
  return doc;
}

function trip(doc: unknown, format: "json" | "yaml"): unknown {
  const text = format === "json" ? JSON.stringify(doc, null, 2) : stringify(doc);
  const parsed = parseSource(text, { format });
  expect(parsed.diagnostics).toEqual([]);
  return parsed.data;
}

describe("documents: import → export → import", () => {
  it("every document kind has a sample", () => {
    for (const k of KINDS) {
      if (k.kind === "LayerTemplate") continue; // built-in templates are covered below
      expect(SAMPLE_BY_KIND[k.kind], k.kind).toBeDefined();
    }
  });
  for (const k of KINDS) {
    it(`${k.kind}: identity through JSON and YAML, x- fields included, and the same diagnostics`, () => {
      const seeds = k.kind === "LayerTemplate" ? [] : (SAMPLE_BY_KIND[k.kind] ?? []);
      for (const seed of seeds) {
        for (const doc of [seed, withXFields(seed, k.kind)]) {
          const first = validateDocument(k.schema, doc);
          expect(first.diagnostics, k.kind).toEqual([]);
          for (const format of ["json", "yaml"] as const) {
            const again = trip(first.value, format);
            expect(again).toEqual(doc);
            expect(validateDocument(k.schema, again)).toEqual(first);
          }
        }
      }
    });
  }
  it("mutated documents (valid or not) come back equal, with equal diagnostics", () => {
    const plain = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS.filter((k) => SAMPLE_BY_KIND[k.kind])),
        fc.array(mutation, { maxLength: 3 }),
        (k, edits) => {
          // JSON has no NaN, undefined or -0: compare what JSON can carry.
          const doc = plain(applyMutations((SAMPLE_BY_KIND[k.kind] as unknown[])[0], edits));
          fc.pre(typeof doc === "object" && doc !== null);
          const once = validateDocument(k.schema, doc);
          for (const format of ["json", "yaml"] as const) {
            const again = trip(doc, format);
            expect(again).toEqual(doc);
            expect(validateDocument(k.schema, again).diagnostics).toEqual(once.diagnostics);
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe("OSCAL and CAIQ: import → export → import", () => {
  it("catalogs: toOscalCatalog then importOscalCatalog gives the catalog back", () => {
    for (const catalog of Object.values(BUILTIN_CATALOGS)) {
      const back = importOscalCatalog(toOscalCatalog(catalog));
      expect(back.diagnostics).toEqual([]);
      expect(back.catalog).toEqual(catalog);
      // and a second trip is byte-identical
      expect(JSON.stringify(toOscalCatalog(back.catalog as never))).toBe(
        JSON.stringify(toOscalCatalog(catalog)),
      );
    }
  });
  it("attestations: toOscalSsp then importOscalSsp gives the attestation back", () => {
    const a = validateDocument(ProviderAttestationSchema, s.attestation).value;
    expect(a).toBeDefined();
    const back = importOscalSsp(toOscalSsp(a as never));
    expect(back.diagnostics).toEqual([]);
    const { kind: _k, schemaVersion: _v, ...rest } = back.attestation as Record<string, unknown>;
    const { kind: _k2, schemaVersion: _v2, ...want } = a as Record<string, unknown>;
    expect(rest).toEqual(want);
  });
  it("a matrix's own attestation goes round OSCAL unchanged", () => {
    const m = analyzeMatrix(s.matrixSky);
    const once = importOscalSsp(
      toOscalSsp(
        importOscalSsp(
          toOscalSsp(validateDocument(ProviderAttestationSchema, s.attestation).value as never),
        ).attestation as never,
      ),
    );
    expect(once.diagnostics).toEqual([]);
    expect(m.controls.length).toBeGreaterThan(0);
  });
  it("attestations: toCaiqCsv then importCaiqCsv keeps every control's ownership", () => {
    const a = validateDocument(ProviderAttestationSchema, s.attestation).value as {
      controls: Array<{ control: { catalog: string; control: string }; owner: string }>;
    };
    const back = importCaiqCsv(toCaiqCsv(a as never), { provider: "skycloud" } as never);
    expect(back.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(back.attestation?.controls.map((c) => [c.control, c.owner])).toEqual(
      a.controls.map((c) => [c.control, c.owner]),
    );
  });
});

describe("x- fields through OSCAL (regressions: they were dropped)", () => {
  it("an attestation's x- fields survive toOscalSsp → importOscalSsp", () => {
    const a = {
      ...(validateDocument(ProviderAttestationSchema, s.attestation).value as object),
      "x-source": "vendor portal",
    };
    const back = importOscalSsp(toOscalSsp(a as never));
    expect((back.attestation as Record<string, unknown>)["x-source"]).toBe("vendor portal");
  });
  it("a catalog's x- fields survive toOscalCatalog → importOscalCatalog", () => {
    const c = { ...(BUILTIN_CATALOGS.iso27017 as object), "x-source": "ours" };
    const back = importOscalCatalog(toOscalCatalog(c as never));
    expect((back.catalog as Record<string, unknown>)["x-source"]).toBe("ours");
  });
});

describe("x- fields inside BIA impact maps (regression: they were rejected)", () => {
  it("an x- key in a process's impacts is preserved, not rejected as 'Invalid input'", () => {
    const doc = structuredClone(s.bia) as {
      processes: Array<{ impacts: Record<string, unknown> }>;
    };
    (doc.processes[0] as { impacts: Record<string, unknown> }).impacts["x-note"] = "rated by sales";
    const kind = biaDocumentKinds[0] as (typeof biaDocumentKinds)[number];
    expect(validateDocument(kind.schema, doc).diagnostics).toEqual([]);
  });
});
