import { toJsonSchema } from "@mamori/core";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, test } from "vitest";
import { cleanResults } from "../../test/evidence.js";
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

  test("exercise and test results (training.results) validate, and bad measurements do not", () => {
    const data = loadYaml("examples/data-clean/plan.yaml") as Record<string, any>;
    data.training.results = cleanResults();
    data.training.results[0]["x-ticket"] = "BCP-42";
    expect(validate(data) ? [] : validate.errors).toEqual([]);
    expect(ContinuityPlanSchema.safeParse(data).success).toBe(true);
    for (const edit of [
      (r: any) => {
        r.services[0].recoveryTime = "-PT1H"; // negative
      },
      (r: any) => {
        r.services[0].dataLoss = "40 minutes"; // not a duration
      },
      (r: any) => {
        r.outcome = "passed"; // not pass or fail
      },
      (r: any) => {
        r.kind = "drill"; // not a kind
      },
      (r: any) => {
        r.services[0].levelReached = 120; // above 100 %
      },
      (r: any) => {
        r.measured = "PT5H"; // unknown key
      },
    ]) {
      const bad = structuredClone(data);
      edit(bad.training.results[0]);
      expect(validate(bad)).toBe(false);
      expect(ContinuityPlanSchema.safeParse(bad).success).toBe(false);
    }
  });

  test("exceptions validate; a path that is not a JSON pointer or a missing reason does not", () => {
    const data = loadYaml("examples/data-clean/plan.yaml") as Record<string, any>;
    data.exceptions = [
      {
        rule: "evidence/rto-met",
        target: "erp-db",
        path: "/training/results/0",
        kind: "risk-acceptance",
        reason: "Accepted until the Osaka standby is live",
        acceptedBy: "ceo",
        accepted: "2026-11-01",
        until: "2027-03-31",
      },
    ];
    expect(validate(data) ? [] : validate.errors).toEqual([]);
    expect(ContinuityPlanSchema.safeParse(data).success).toBe(true);
    for (const edit of [
      (e: any) => {
        e.path = "training/results/0"; // no leading slash
      },
      (e: any) => {
        delete e.reason;
      },
      (e: any) => {
        e.until = "2027-02-30"; // no such day
      },
    ]) {
      const bad = structuredClone(data);
      edit(bad.exceptions[0]);
      expect(ContinuityPlanSchema.safeParse(bad).success).toBe(false);
      if (bad.exceptions[0].until !== "2027-02-30") expect(validate(bad)).toBe(false);
    }
  });
});
