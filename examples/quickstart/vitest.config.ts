import { defineProject, mergeConfig } from "vitest/config";
import shared from "../../vitest.shared.js";

export default mergeConfig(
  shared,
  defineProject({ test: { name: "quickstart", include: ["*.test.js"], testTimeout: 120_000 } }),
);
