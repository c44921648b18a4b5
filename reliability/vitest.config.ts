import { fileURLToPath } from "node:url";
import { defineProject, mergeConfig } from "vitest/config";
import shared from "../vitest.shared.js";

const cli = fileURLToPath(new URL("../packages/cli/src/index.ts", import.meta.url));

export default mergeConfig(
  shared,
  defineProject({
    resolve: { alias: [{ find: /^@mamori\/cli$/, replacement: cli }] },
    test: {
      name: "reliability",
      include: ["src/**/*.test.ts"],
      // Hostile inputs (100 MB text, 1,000,000-element arrays) take seconds each.
      testTimeout: 60_000,
    },
  }),
);
