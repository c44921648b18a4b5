import { describe } from "vitest";
import { emergencyCases } from "../../test/cases/emergency.js";
import { testRuleCases } from "../../test/harness.js";

describe("emergency rules", () => testRuleCases(emergencyCases));
