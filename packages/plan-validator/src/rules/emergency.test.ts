import { describe } from "vitest";
import { testRuleCases } from "../../test/harness.js";
import { emergencyCases } from "./emergency.cases.js";

describe("emergency/* rules: the clean plan passes, each case fails as expected", () =>
  testRuleCases(emergencyCases));
