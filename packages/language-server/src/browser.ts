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
 * @param scope - Where LSP messages come and go: the worker's global `self`, or a `MessagePort`.
 * @param options - The day date rules check against and how to list a folder's other documents (without it only open documents are cross-checked).
 *
 * @example
 * ```ts
 * import { startWorkerServer } from "@mamori/language-server/browser";
 * // In a dedicated worker, pass its global scope: startWorkerServer(self).
 * // Here the server listens on one end of a channel; the editor talks LSP through the other.
 * const { port1, port2 } = new MessageChannel();
 * startWorkerServer(port1);
 * port2.postMessage({ jsonrpc: "2.0", id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {} } });
 * ```
 *
 * @category Servers
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
