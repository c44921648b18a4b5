import { defineProject, mergeConfig } from "vitest/config";
import shared from "../../vitest.shared.js";

export default mergeConfig(
  shared,
  defineProject({
    test: {
      name: "vscode-extension",
      include: ["*.test.ts", "src/**/*.test.ts"],
      testTimeout: 180_000,
    },
  }),
);
