import { defineConfig } from "tsup";
import { libraryConfig } from "../../tsup.shared.js";

export default defineConfig(
  libraryConfig({ index: "src/index.ts", parts: "src/parts.ts", testing: "src/testing.ts" }),
);
