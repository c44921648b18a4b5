import { defineConfig } from "tsup";
import { libraryConfig } from "../../tsup.shared.js";

export default defineConfig(
  libraryConfig({
    index: "src/index.ts",
    domain: "src/domain.ts",
    source: "src/source.ts",
    internal: "src/internal.ts",
  }),
);
