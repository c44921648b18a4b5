import { describe } from "vitest";
import { testRuleCases } from "../../test/harness.js";
import { trainingCases } from "./training.cases.js";

describe("training/* rules: the clean plan passes, each case fails as expected", () =>
  testRuleCases(trainingCases));
