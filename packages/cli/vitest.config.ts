import { defineProject, mergeConfig } from "vitest/config";
import shared from "../../vitest.shared.js";

// The CLI tests run the built binary in child processes: give them room on a busy machine.
export default mergeConfig(
  shared,
  defineProject({ test: { name: "cli", include: ["src/**/*.test.ts"], testTimeout: 120_000 } }),
);
