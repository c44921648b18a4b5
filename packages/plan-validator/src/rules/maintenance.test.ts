import { describe } from "vitest";
import { casesFor } from "../../test/cases/index.js";
import { testRuleCases } from "../../test/harness.js";

describe("maintenance/* rules: the clean plan passes, each case fails as expected", () =>
  testRuleCases(casesFor("maintenance")));
