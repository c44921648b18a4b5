import { describe } from "vitest";
import { testRuleCases } from "../../test/harness.js";
import { datesCases } from "./dates.cases.js";

describe("dates/* rules: the clean plan passes, each case fails as expected", () =>
  testRuleCases(datesCases));
