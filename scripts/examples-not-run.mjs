// The TSDoc examples that scripts/run-examples.mjs does not run, each with why: they need a
// browser, files of the reader's own, a server or an editor. Keyed `source:line` (the first
// code line of the example, as the example checker numbers it). Every other example runs.
export const EXAMPLES_NOT_RUN = new Map([
  [
    "packages/language-server/src/server.ts:42",
    "starts a language server on the process's stdin and stdout: it waits for an editor",
  ],
  [
    "packages/language-server/src/node.ts:65",
    "starts the language server on the process's stdin and stdout: it waits for an editor",
  ],
  [
    "packages/language-server/src/browser.ts:23",
    "browser-only: vscode-languageserver/browser has no Node entry point (a Web Worker's scope)",
  ],
]);
