import { describe } from "vitest";
import { testRuleCases } from "../../test/harness.js";
import { preIncidentCases } from "./pre-incident.cases.js";

describe("pre-incident/* rules: the clean plan passes, each case fails as expected", () =>
  testRuleCases(preIncidentCases));
