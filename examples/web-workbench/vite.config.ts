import { fileURLToPath } from "node:url";
import { defaultClientConditions, defineConfig } from "vite";

// The app imports the workspace libraries from source, like the tests do, so that a change
// in a library shows up here without rebuilding it first: each package's `exports` names its
// source file under the `@mamori/source` condition. The browser build of `yaml` and the ESM
// builds of zod and date-fns come from the root node_modules.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  // Vite's own level ("info"): the dev server prints the URL to open, a build its report.
  logLevel: "info",
  resolve: { conditions: ["@mamori/source", ...defaultClientConditions] },
  server: { fs: { allow: ["../.."] } },
  build: { target: "es2022", outDir: "dist", emptyOutDir: true, sourcemap: false },
});
