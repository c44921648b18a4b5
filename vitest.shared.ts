import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

// Tests import workspace packages from source, so a change is tested without a rebuild: every
// package's `exports` names its source file under the `@mamori/source` condition, which only
// the tests and the workbench's Vite config turn on (Node and users' bundlers ignore it).
export const SOURCE_CONDITION = "@mamori/source";

export default defineConfig({
  // Some tests are heavy on purpose (a 1,000,000-element array, 90,000 processes, the CLI in
  // child processes): seconds alone, more on a loaded 2-core machine. Timing is never what a
  // test checks (benchmarks do that), so the per-test limit only catches a hang.
  test: { testTimeout: 30_000 },
  resolve: { conditions: [SOURCE_CONDITION, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [SOURCE_CONDITION, ...defaultServerConditions] } },
});
