import { defineConfig } from "tsup";
import { libraryConfig } from "../../tsup.shared.js";

export default defineConfig([
  // The service and the browser (web worker) entry: no `node:` imports.
  // Two builds run at once: neither cleans dist, or one would delete what the other wrote.
  libraryConfig({ index: "src/index.ts", browser: "src/browser.ts" }, { clean: false }),
  // The stdio server reads the folder's other documents from disk.
  libraryConfig({ node: "src/node.ts" }, { platform: "node", target: "node20", clean: false }),
]);
