import { readFileSync } from "node:fs";
import { toJsonSchema } from "@mamori/core";
import { parseSource } from "@mamori/core/source";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { BusinessImpactAnalysisSchema, biaDocumentKinds } from "./schema.js";

const sample = parseSource(
  readFileSync(new URL("../../../examples/data/bia.yaml", import.meta.url), "utf8"),
).data;

describe("BusinessImpactAnalysis JSON Schema", () => {
  it("compiles with ajv (draft 2020-12) and validates the sample", () => {
    expect(biaDocumentKinds.map((k) => k.kind)).toEqual(["BusinessImpactAnalysis"]);
    for (const k of biaDocumentKinds) {
      const ajv = new Ajv2020({ strict: false, allErrors: true });
      const validate = ajv.compile(toJsonSchema(k.schema, { title: k.kind }));
      expect(validate(sample), JSON.stringify(validate.errors)).toBe(true);
      // a typo in a key is refused like the zod schema refuses it
      expect(validate({ ...(sample as object), timePoint: [] })).toBe(false);
    }
  });

  it("the zod schema accepts the sample and names unknown keys", () => {
    expect(BusinessImpactAnalysisSchema.safeParse(sample).success).toBe(true);
    const r = BusinessImpactAnalysisSchema.safeParse({ ...(sample as object), proceses: [] });
    expect(r.success).toBe(false);
  });
});
