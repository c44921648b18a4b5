import { describe } from "vitest";
import { testRuleCases } from "../../test/harness.js";
import { exceptionsCases } from "./exceptions.cases.js";

describe("exceptions/* rules: the clean plan passes, each case fails as expected", () =>
  testRuleCases(exceptionsCases));
