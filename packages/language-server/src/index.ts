/**
 * `@mamori/language-server`: mamori in the editor. A Language Server Protocol server for every
 * document kind mamori reads (plans, BIAs, matrices, attestations, organisations…): diagnostics
 * as you type with the CLI's ranges and the rule's page, cross-checks with the folder's other
 * documents, completion, hover, quick fixes, definitions and references. The service
 * (`createLanguageService`) is plain functions over text; `startServer` puts it on any LSP
 * connection; `/node` serves stdio, `/browser` a web worker.
 *
 * @packageDocumentation
 */
export { type ServerOptions, startServer } from "./server.js";
export {
  createLanguageService,
  type LanguageService,
  type LanguageServiceOptions,
} from "./service.js";
