/**
 * `@mamori/language-server/browser`: the server inside a web worker, for a browser editor
 * (Monaco with monaco-languageclient, CodeMirror's LSP client): messages over the worker's
 * `postMessage`. Only the documents the editor opens are cross-checked.
 *
 * @packageDocumentation
 */
import {
  BrowserMessageReader,
  BrowserMessageWriter,
  createConnection,
} from "vscode-languageserver/browser";
import { type ServerOptions, startServer } from "./server.js";

/**
 * Start the server in a dedicated web worker (`scope` is the worker's global `self`).
 *
 * @example
 * ```ts
 * // worker.ts, bundled for the browser
 * import { startWorkerServer } from "@mamori/language-server/browser";
 * declare const self: ConstructorParameters<typeof import("vscode-languageserver/browser").BrowserMessageReader>[0];
 * startWorkerServer(self);
 * ```
 */
export function startWorkerServer(
  scope: ConstructorParameters<typeof BrowserMessageReader>[0],
  options: ServerOptions = {},
): void {
  startServer(
    createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope)),
    options,
  );
}
