import { describe } from "vitest";
import { preIncidentCases } from "../../test/cases/pre-incident.js";
import { testRuleCases } from "../../test/harness.js";

describe("pre-incident rules", () => testRuleCases(preIncidentCases));
