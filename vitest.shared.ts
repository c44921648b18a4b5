import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Tests import workspace packages from source, so a change is tested without a rebuild.
const src = (p: string) => fileURLToPath(new URL(`./packages/${p}`, import.meta.url));

export default defineConfig({
  // Some tests are heavy on purpose (a 1,000,000-element array, 90,000 processes, the CLI in
  // child processes): seconds alone, more on a loaded 2-core machine. Timing is never what a
  // test checks (benchmarks do that), so the per-test limit only catches a hang.
  test: { testTimeout: 30_000 },
  resolve: {
    alias: [
      { find: /^@mamori\/core\/source$/, replacement: src("core/src/source.ts") },
      { find: /^@mamori\/core$/, replacement: src("core/src/index.ts") },
      { find: /^@mamori\/bia$/, replacement: src("bia/src/index.ts") },
      { find: /^@mamori\/cloud-matrix$/, replacement: src("cloud-matrix/src/index.ts") },
      {
        find: /^@mamori\/plan-validator\/testing$/,
        replacement: src("plan-validator/src/testing.ts"),
      },
      { find: /^@mamori\/plan-validator$/, replacement: src("plan-validator/src/index.ts") },
    ],
  },
});
