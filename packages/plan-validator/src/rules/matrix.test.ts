import { describe } from "vitest";
import { testRuleCases } from "../../test/harness.js";
import { matrixCases } from "./matrix.cases.js";

describe("matrix/* rules: the clean plan passes, each case fails as expected", () =>
  testRuleCases(matrixCases));
