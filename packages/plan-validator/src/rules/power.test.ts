import { describe, test } from "vitest";
import { cleanPlan, testRuleCases } from "../../test/harness.js";
import { testRule } from "../testing.js";
import { powerCases } from "./power.cases.js";
import { powerClassified } from "./power.js";

describe("power/* rules: the clean plan passes, each case fails as expected", () =>
  testRuleCases(powerCases));

describe("power/classified with testRule", () => {
  test("every requirement without a power class is flagged, in document order", () => {
    const plan = cleanPlan();
    delete plan.preIncident.requirements[0].power.class;
    delete plan.preIncident.requirements[9].power;
    testRule(powerClassified, {
      valid: [{ plan: cleanPlan() }],
      invalid: [
        {
          plan,
          errors: [
            { path: "/preIncident/requirements/0", data: { service: "erp-db" } },
            {
              path: "/preIncident/requirements/9",
              data: { service: "cad-pdm" },
              message: "Service 'cad-pdm' is not classified as protect or may-stop.",
            },
          ],
        },
      ],
    });
  });
});
