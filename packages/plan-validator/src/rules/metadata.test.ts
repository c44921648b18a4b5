import { describe } from "vitest";
import { testRuleCases } from "../../test/harness.js";
import { metadataCases } from "./metadata.cases.js";

describe("metadata/* rules: the clean plan passes, each case fails as expected", () =>
  testRuleCases(metadataCases));
