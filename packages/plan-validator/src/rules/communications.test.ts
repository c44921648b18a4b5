import { describe } from "vitest";
import { testRuleCases } from "../../test/harness.js";
import { communicationsCases } from "./communications.cases.js";

describe("communications/* rules: the clean plan passes, each case fails as expected", () =>
  testRuleCases(communicationsCases));
