import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Tests import workspace packages from source, so a change is tested without a rebuild.
const src = (p: string) => fileURLToPath(new URL(`./packages/${p}`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@mamori\/core\/source$/, replacement: src("core/src/source.ts") },
      { find: /^@mamori\/core$/, replacement: src("core/src/index.ts") },
      { find: /^@mamori\/bia$/, replacement: src("bia/src/index.ts") },
      { find: /^@mamori\/cloud-matrix$/, replacement: src("cloud-matrix/src/index.ts") },
      { find: /^@mamori\/plan-validator$/, replacement: src("plan-validator/src/index.ts") },
    ],
  },
});
