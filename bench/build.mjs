// Builds bench/src (TypeScript) into bench/dist with esbuild: `run.js`, the children the
// figures run (`child/memory.js`, `child/scaling.js`, `child/bia-side.js`) and the profiling
// helpers `profile.js`, each with the @mamori packages bundled in from their built dist (so a
// run is not disturbed by a package being rebuilt meanwhile). The peers (ajv, graphology,
// tinybench) and esbuild stay external, loaded from node_modules.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

const here = import.meta.dirname;
rmSync(join(here, "dist"), { recursive: true, force: true });
await build({
  entryPoints: [
    join(here, "src/run.ts"),
    join(here, "src/profile.ts"),
    join(here, "src/child/memory.ts"),
    join(here, "src/child/scaling.ts"),
    join(here, "src/child/bia-side.ts"),
  ],
  outdir: join(here, "dist"),
  outbase: join(here, "src"),
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: true,
  external: ["ajv", "ajv/*", "graphology", "graphology-dag", "tinybench", "esbuild"],
  // Bundled CommonJS dependencies (yaml, vscode-languageserver) call require() for Node's
  // modules: give the ES module one.
  banner: {
    js: 'import { createRequire as __mamoriRequire } from "node:module";\nconst require = __mamoriRequire(import.meta.url);',
  },
  logLevel: "warning",
});
