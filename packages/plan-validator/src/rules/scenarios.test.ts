import { describe } from "vitest";
import { testRuleCases } from "../../test/harness.js";
import { scenariosCases } from "./scenarios.cases.js";

describe("scenarios/* rules: the clean plan passes, each case fails as expected", () =>
  testRuleCases(scenariosCases));
