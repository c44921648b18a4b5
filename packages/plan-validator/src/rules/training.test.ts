import { describe } from "vitest";
import { trainingCases } from "../../test/cases/training.js";
import { testRuleCases } from "../../test/harness.js";

describe("training rules", () => testRuleCases(trainingCases));
