// Bundles the extension and the server into dist/ (CommonJS, as VS Code loads extensions),
// with their dependencies inside, so the package needs no node_modules (`vsce package
// --no-dependencies`). `vscode` is the editor's own module.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

const here = import.meta.dirname;
rmSync(join(here, "dist"), { recursive: true, force: true });
await build({
  entryPoints: { extension: join(here, "src/extension.ts"), server: join(here, "src/server.ts") },
  outdir: join(here, "dist"),
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  external: ["vscode"],
  logLevel: "error",
});
