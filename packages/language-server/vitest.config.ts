import { defineProject, mergeConfig } from "vitest/config";
import shared from "../../vitest.shared.js";

// The protocol tests also start the built server in a child process: give them room.
export default mergeConfig(
  shared,
  defineProject({
    test: { name: "language-server", include: ["src/**/*.test.ts"], testTimeout: 120_000 },
  }),
);
