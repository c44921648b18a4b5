import { defineConfig } from "tsup";
import { libraryConfig } from "../../tsup.shared.js";

export default defineConfig([
  libraryConfig(
    { index: "src/index.ts" },
    { target: "node20", platform: "node", treeshake: false },
  ),
  {
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    // The binary bundles its dependencies: resolving ~80 separate modules at every start
    // costs more than the command itself on a plan. Each command stays a lazy chunk.
    noExternal: [/.*/],
    outDir: "dist/bin",
    sourcemap: true,
    target: "node20",
    platform: "node",
    // Bundled CommonJS dependencies (yaml) call require(); give the ES module one.
    banner: {
      js: '#!/usr/bin/env node\nimport { createRequire as __mamoriRequire } from "node:module";\nconst require = __mamoriRequire(import.meta.url);',
    },
  },
]);
