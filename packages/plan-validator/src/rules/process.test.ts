import { describe } from "vitest";
import { testRuleCases } from "../../test/harness.js";
import { processCases } from "./process.cases.js";

describe("process/* rules: the clean plan passes, each case fails as expected", () =>
  testRuleCases(processCases));
