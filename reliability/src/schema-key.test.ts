// Editors associate a YAML or JSON document with its schema through a top-level `$schema` key
// (yaml-language-server, VS Code): every document kind accepts it, keeps it, and checks its type.

import { biaDocumentKinds } from "@mamori/bia";
import { cloudMatrixDocumentKinds } from "@mamori/cloud-matrix";
import { BUILTIN_CATALOGS, BUILTIN_LAYER_TEMPLATES } from "@mamori/cloud-matrix/catalogs";
import { coreDocumentKinds, validateDocument } from "@mamori/core";
import { planValidatorDocumentKinds } from "@mamori/plan-validator";
import { describe, expect, it } from "vitest";
import { samples } from "./samples.js";

const s = samples();
const SAMPLE: Record<string, unknown> = {
  Organisation: s.organisation,
  BusinessImpactAnalysis: s.bia,
  ResponsibilityMatrix: s.matrixSky,
  Catalog: Object.values(BUILTIN_CATALOGS)[0],
  LayerTemplate: BUILTIN_LAYER_TEMPLATES[0],
  ProviderAttestation: s.attestation,
  StatementOfApplicability: s.soa,
  ContinuityPlan: s.plan,
};
const KINDS = [
  ...coreDocumentKinds,
  ...biaDocumentKinds,
  ...cloudMatrixDocumentKinds,
  ...planValidatorDocumentKinds,
];

describe("the $schema key", () => {
  it("every document kind has a sample here", () => {
    expect(KINDS.map((k) => k.kind).filter((k) => SAMPLE[k] === undefined)).toEqual([]);
  });

  it.each(KINDS.map((k) => [k.kind, k] as const))("%s accepts and keeps $schema", (kind, k) => {
    const doc = { $schema: `https://mamori.dev/schemas/${k.file}`, ...(SAMPLE[kind] as object) };
    const r = validateDocument(k.schema, doc, { kind });
    expect(r.diagnostics.filter((d) => d.code.startsWith("schema/"))).toEqual([]);
    expect((r.value as { $schema?: string }).$schema).toBe(`https://mamori.dev/schemas/${k.file}`);
    // a $schema that is not text is an error at its path, like any field of the wrong type
    const bad = validateDocument(k.schema, { ...doc, $schema: 42 }, { kind });
    expect(bad.diagnostics.map((d) => d.path)).toContain("/$schema");
  });
});
