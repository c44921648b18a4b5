import type { Options } from "tsup";

/**
 * The build every library package shares: ESM + CJS + declarations for browsers and Node
 * (no `node:` imports, so `platform: "neutral"`), one output file per entry point. A package
 * passes only its entry points, e.g. `{ index: "src/index.ts", model: "src/model.ts" }`;
 * each one also needs its `exports` entry in the package.json (with the `@mamori/source`
 * condition the tests and the workbench resolve to source).
 */
export function libraryConfig(entry: Record<string, string>, overrides: Options = {}): Options {
  return {
    entry,
    format: ["esm", "cjs"],
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    clean: true,
    sourcemap: true,
    target: "es2022",
    platform: "neutral",
    treeshake: true,
    ...overrides,
  };
}
