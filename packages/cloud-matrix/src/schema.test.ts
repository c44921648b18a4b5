import { readFileSync } from "node:fs";
import { toJsonSchema, validateDocument } from "@mamori/core";
import { parseSource } from "@mamori/core/source";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { BUILTIN_CATALOGS } from "./catalogs/builtin.js";
import { BUILTIN_LAYER_TEMPLATES } from "./layers/templates.js";
import {
  cloudMatrixDocumentKinds,
  LayerTemplateSchema,
  ResponsibilityMatrixSchema,
} from "./schema.js";

const root = new URL("../../../", import.meta.url);
const yaml = (p: string) => parseSource(readFileSync(new URL(p, root), "utf8")).data;

const samples: Record<string, unknown[]> = {
  ResponsibilityMatrix: [
    yaml("examples/data/matrix-skycloud.yaml"),
    yaml("examples/data/matrix-kumomail.yaml"),
  ],
  Catalog: Object.values(BUILTIN_CATALOGS),
  LayerTemplate: [...BUILTIN_LAYER_TEMPLATES],
  ProviderAttestation: [yaml("examples/data/attestations/skycloud.yaml")],
  StatementOfApplicability: [yaml("examples/data/soa.yaml")],
};

describe("JSON Schemas", () => {
  it("lists five document kinds", () => {
    expect(cloudMatrixDocumentKinds.map((k) => [k.kind, k.file])).toEqual([
      ["ResponsibilityMatrix", "responsibility-matrix.schema.json"],
      ["Catalog", "catalog.schema.json"],
      ["LayerTemplate", "layer-template.schema.json"],
      ["ProviderAttestation", "provider-attestation.schema.json"],
      ["StatementOfApplicability", "statement-of-applicability.schema.json"],
    ]);
  });
  for (const kind of cloudMatrixDocumentKinds) {
    it(`${kind.kind}: compiles with Ajv 2020 and accepts the samples, as zod does`, () => {
      const ajv = new Ajv2020({ strict: false, allErrors: true });
      const validate = ajv.compile(toJsonSchema(kind.schema, { title: kind.kind }));
      const docs = samples[kind.kind] ?? [];
      expect(docs.length).toBeGreaterThan(0);
      for (const doc of docs) {
        expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
        expect(validateDocument(kind.schema, doc, { kind: kind.kind }).diagnostics).toEqual([]);
      }
      // An unknown key is refused by both; an x- key is kept by both.
      const first = docs[0] as Record<string, unknown>;
      expect(validate({ ...first, colour: "red" })).toBe(false);
      expect(validate({ ...first, "x-colour": "red" })).toBe(true);
    });
  }
  it("names the unknown key and suggests the closest", () => {
    const doc = { ...(samples.ResponsibilityMatrix?.[0] as object), overides: [] };
    const r = validateDocument(ResponsibilityMatrixSchema, doc);
    expect(r.diagnostics.map((d) => [d.code, d.path, d.message])).toEqual([
      [
        "schema/unknown-key",
        "/overides",
        "Unknown key 'overides'; did you mean 'overrides'? Keys of your own must start with 'x-'.",
      ],
    ]);
  });
});

describe("LayerTemplate owners: a map of layer → ownership", () => {
  const template = (saas: Record<string, unknown>) => ({
    kind: "LayerTemplate",
    schemaVersion: "1.0",
    id: "two",
    version: "1",
    layers: [{ id: "app", name: { en: "App" } }],
    owners: { saas, paas: { app: "shared" }, iaas: { app: "customer" }, "on-premises": {} },
  });
  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(
    toJsonSchema(LayerTemplateSchema),
  );
  it("keeps x- entries whatever their value, as zod and the JSON Schema both say", () => {
    const doc = template({ app: "provider", "x-note": { by: "ops", at: [2026, 11] } });
    const r = validateDocument(LayerTemplateSchema, doc);
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toBe(doc);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });
  it("still refuses a layer whose owner is not an ownership, in zod and in the JSON Schema", () => {
    const doc = template({ app: "landlord" });
    expect(validateDocument(LayerTemplateSchema, doc).diagnostics.map((d) => d.path)).toEqual([
      "/owners/saas/app",
    ]);
    expect(validate(doc)).toBe(false);
  });
});
