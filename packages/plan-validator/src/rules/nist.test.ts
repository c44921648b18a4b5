import { describe } from "vitest";
import { testRuleCases } from "../../test/harness.js";
import { nistCases } from "./nist.cases.js";

describe("nist/* rules: the clean plan passes, each case fails as expected", () =>
  testRuleCases(nistCases));
