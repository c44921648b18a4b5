import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// The app imports the workspace libraries from source, like the tests do, so that a change
// in a library shows up here without rebuilding it first. The browser build of `yaml` and
// the ESM builds of zod and date-fns come from the root node_modules.
const src = (p: string) => fileURLToPath(new URL(`../../packages/${p}`, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  logLevel: "warn",
  resolve: {
    alias: [
      { find: /^@mamori\/core\/source$/, replacement: src("core/src/source.ts") },
      { find: /^@mamori\/core$/, replacement: src("core/src/index.ts") },
      { find: /^@mamori\/bia$/, replacement: src("bia/src/index.ts") },
      { find: /^@mamori\/cloud-matrix$/, replacement: src("cloud-matrix/src/index.ts") },
      {
        find: /^@mamori\/plan-validator\/testing$/,
        replacement: src("plan-validator/src/testing.ts"),
      },
      { find: /^@mamori\/plan-validator$/, replacement: src("plan-validator/src/index.ts") },
    ],
  },
  server: { fs: { allow: ["../.."] } },
  build: { target: "es2022", outDir: "dist", emptyOutDir: true, sourcemap: false },
});
