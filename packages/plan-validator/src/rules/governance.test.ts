import { describe } from "vitest";
import { testRuleCases } from "../../test/harness.js";
import { governanceCases } from "./governance.cases.js";

describe("governance/* rules: the clean plan passes, each case fails as expected", () =>
  testRuleCases(governanceCases));
