import { defineConfig } from "tsup";
import { libraryConfig } from "../../tsup.shared.js";

export default defineConfig(
  libraryConfig({ index: "src/index.ts", model: "src/model.ts", charts: "src/charts.ts" }),
);
