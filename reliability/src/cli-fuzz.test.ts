import fc from "fast-check";
import { afterAll, describe, it } from "vitest";
import { cliCase, makeWorkspace, runCliCase } from "./cli-fuzz.js";
import { CI_SEED } from "./fuzz-plan.js";

/** CLI cases in CI (each reads and writes files, so fewer of them). */
export const CLI_CASES = 450;

describe("fuzz: every CLI command on mutated files", () => {
  const ws = makeWorkspace();
  afterAll(() => ws.dispose());
  it(`${CLI_CASES} cases`, async () => {
    await fc.assert(
      fc.asyncProperty(cliCase, (c) => runCliCase(c, ws)),
      { numRuns: CLI_CASES, seed: CI_SEED },
    );
  });
});
