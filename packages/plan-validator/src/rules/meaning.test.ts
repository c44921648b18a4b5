import { describe } from "vitest";
import { meaningCases } from "../../test/cases/meaning.js";
import { testRuleCases } from "../../test/harness.js";

describe("rules that judge what the plan means", () => testRuleCases(meaningCases));
