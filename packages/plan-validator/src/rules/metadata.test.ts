import { describe } from "vitest";
import { metadataCases } from "../../test/cases/metadata.js";
import { testRuleCases } from "../../test/harness.js";

describe("metadata rules", () => testRuleCases(metadataCases));
