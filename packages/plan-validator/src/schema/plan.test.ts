import { toJsonSchema } from "@mamori/core";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, test } from "vitest";
import { loadYaml } from "../../test/harness.js";
import { ContinuityPlanSchema, planValidatorDocumentKinds } from "../index.js";

describe("ContinuityPlan JSON Schema", () => {
  const kind = planValidatorDocumentKinds[0]!;
  const schema = toJsonSchema(kind.schema);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const validate = ajv.compile(schema);

  test("the document kinds list names ContinuityPlan", () => {
    expect(planValidatorDocumentKinds.map((k) => [k.kind, k.file])).toEqual([
      ["ContinuityPlan", "continuity-plan.schema.json"],
    ]);
  });

  test.each(["examples/data/plan.yaml", "examples/data-clean/plan.yaml"])(
    "%s validates against the JSON Schema and the zod schema",
    (file) => {
      const data = loadYaml(file);
      expect(validate(data) ? [] : validate.errors).toEqual([]);
      expect(ContinuityPlanSchema.safeParse(data).success).toBe(true);
    },
  );

  test("the JSON Schema rejects an unknown key and a malformed duration, and keeps x- keys", () => {
    const data = loadYaml("examples/data-clean/plan.yaml") as Record<string, any>;
    expect(validate({ ...data, "x-team": "ops" })).toBe(true);
    expect(validate({ ...data, scenarioz: [] })).toBe(false);
    const bad = structuredClone(data);
    bad.scenarios[0].duration = "7 days";
    expect(validate(bad)).toBe(false);
  });
});
