import { describe } from "vitest";
import { testRuleCases } from "../../test/harness.js";
import { securityCases } from "./security.cases.js";

describe("security/* rules: the clean plan passes, each case fails as expected", () =>
  testRuleCases(securityCases));
