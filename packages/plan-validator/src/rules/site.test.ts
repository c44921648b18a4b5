import { describe } from "vitest";
import { testRuleCases } from "../../test/harness.js";
import { siteCases } from "./site.cases.js";

describe("site/* rules: the clean plan passes, each case fails as expected", () =>
  testRuleCases(siteCases));
