// Fuzzing (analyses): mutated and generated documents through every entry point of their
// family. Only a result or diagnostics may come back — a throw, a call over 1 s, a
// non-JSON result or a polluted prototype fails, and fast-check prints the smallest input.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fuzzCase, fuzzContext, runCase } from "./fuzz-core.js";
import { CI_CASES, CI_SEED } from "./fuzz-plan.js";

const FAMILIES = ["matrix", "attestation", "bia", "text"];

describe("fuzz: analyses", () => {
  fuzzContext();
  for (const name of FAMILIES) {
    const runs = CI_CASES[name] ?? 0;
    it(`${name}: ${runs} cases`, () => {
      expect(runs).toBeGreaterThan(0);
      fc.assert(
        fc.property(fuzzCase([name]), (c) => runCase(c)),
        { numRuns: runs, seed: CI_SEED },
      );
    });
  }
});
