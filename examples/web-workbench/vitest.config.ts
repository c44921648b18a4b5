import { defineProject, mergeConfig } from "vitest/config";
import shared from "../../vitest.shared.js";

export default mergeConfig(
  shared,
  defineProject({
    test: {
      name: "web-workbench",
      include: ["test/**/*.test.ts"],
      // The end-to-end test builds the app and drives a real Chromium; the machine is shared.
      testTimeout: 60_000,
      hookTimeout: 120_000,
    },
  }),
);
