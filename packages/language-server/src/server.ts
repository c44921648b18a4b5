import type { Locale } from "@mamori/core";
import {
  type Connection,
  type InitializeResult,
  TextDocumentSyncKind,
  TextDocuments,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { createLanguageService, type LanguageServiceOptions } from "./service.js";

/**
 * Options of {@link startServer}: those of the language service, less the locale (the
 * client's, from `initialize`; `initializationOptions.locale` overrides it).
 *
 * @example
 * ```ts
 * import type { ServerOptions } from "@mamori/language-server";
 * const o: ServerOptions = { now: "2026-11-27" };
 * ```
 *
 * @category Servers
 */
export type ServerOptions = Omit<LanguageServiceOptions, "locale">;

/** `ja`, `ja-JP` → `ja`; anything else → `en`. */
function localeOf(value: unknown): Locale {
  return typeof value === "string" && /^ja\b/i.test(value) ? "ja" : "en";
}

/**
 * Serve mamori's language features on an LSP connection (any transport: stdio, a web
 * worker's messages, a socket): full-text sync, diagnostics published on open and change —
 * for the changed document and the open documents of its folder that depend on it — and
 * hover, completion, definition, references and quick fixes. A request at a position outside
 * the document gets an empty answer; nothing a client sends stops the server.
 *
 * @param connection - The LSP connection to serve, on any transport, from `vscode-languageserver`'s `createConnection`.
 * @param options - The day date rules check against and how to list a folder's other documents; the locale is the client's.
 *
 * @example
 * ```ts
 * import { createConnection } from "vscode-languageserver/node";
 * import { startServer } from "@mamori/language-server";
 * startServer(createConnection(process.stdin, process.stdout));
 * ```
 *
 * @category Servers
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  let service = createLanguageService(options);

  const publish = (uri: string) => {
    for (const target of service.affected(uri)) {
      let diagnostics: ReturnType<typeof service.diagnostics> = [];
      try {
        diagnostics = service.diagnostics(target);
      } catch (error) {
        connection.console.error(
          `mamori: cannot check ${target}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      const doc = documents.get(target);
      void connection.sendDiagnostics({
        uri: target,
        ...(doc ? { version: doc.version } : {}),
        diagnostics,
      });
    }
  };
  /** A request's answer, or `fallback` when the service fails on it (the server stays up). */
  const guard = <T>(what: string, fallback: T, run: () => T): T => {
    try {
      return run();
    } catch (error) {
      connection.console.error(
        `mamori: ${what} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      return fallback;
    }
  };

  connection.onInitialize((params): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as { locale?: unknown; now?: unknown };
    service = createLanguageService({
      ...options,
      ...(typeof init.now === "string" ? { now: init.now } : {}),
      locale: localeOf(init.locale ?? params.locale),
    });
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Full,
        hoverProvider: true,
        completionProvider: { triggerCharacters: [":", " ", "[", ","] },
        definitionProvider: true,
        referencesProvider: true,
        codeActionProvider: { codeActionKinds: ["quickfix"] },
      },
      serverInfo: { name: "mamori" },
    };
  });
  documents.onDidOpen((e) => {
    guard("open", undefined, () => service.open(e.document.uri, e.document.getText()));
    publish(e.document.uri);
  });
  documents.onDidChangeContent((e) => {
    guard("change", undefined, () => service.change(e.document.uri, e.document.getText()));
    publish(e.document.uri);
  });
  documents.onDidClose((e) => {
    guard("close", undefined, () => service.close(e.document.uri));
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    publish(e.document.uri);
  });
  connection.onDidChangeWatchedFiles((e) => {
    for (const change of e.changes) {
      // The client says a file changed on disk; the listing reads it again.
      guard("file change", undefined, () => service.fileChanged(change.uri, undefined));
      publish(change.uri);
    }
  });
  connection.onHover((p) =>
    guard("hover", null, () => service.hover(p.textDocument.uri, p.position)),
  );
  connection.onCompletion((p) =>
    guard("completion", [], () => service.completion(p.textDocument.uri, p.position)),
  );
  connection.onDefinition((p) =>
    guard("definition", [], () => service.definition(p.textDocument.uri, p.position)),
  );
  connection.onReferences((p) =>
    guard("references", [], () => service.references(p.textDocument.uri, p.position)),
  );
  connection.onCodeAction((p) =>
    guard("code action", [], () =>
      service.codeActions(p.textDocument.uri, p.range, p.context.diagnostics),
    ),
  );
  documents.listen(connection);
  connection.listen();
}
