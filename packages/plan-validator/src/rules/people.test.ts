import { describe } from "vitest";
import { testRuleCases } from "../../test/harness.js";
import { peopleCases } from "./people.cases.js";

describe("people/* rules: the clean plan passes, each case fails as expected", () =>
  testRuleCases(peopleCases));
