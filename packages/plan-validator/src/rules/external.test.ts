import { describe } from "vitest";
import { testRuleCases } from "../../test/harness.js";
import { externalCases } from "./external.cases.js";

describe("external/* rules: the clean plan passes, each case fails as expected", () =>
  testRuleCases(externalCases));
