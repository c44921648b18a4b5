import { defineConfig } from "tsup";
import { libraryConfig } from "../../tsup.shared.js";

export default defineConfig([
  // The service and the browser (web worker) entry: no `node:` imports.
  libraryConfig({ index: "src/index.ts", browser: "src/browser.ts" }),
  // The stdio server reads the folder's other documents from disk.
  libraryConfig({ node: "src/node.ts" }, { platform: "node", target: "node20", clean: false }),
]);
