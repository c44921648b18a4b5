// A minimal VS Code extension: it starts mamori's language server (bundled beside it as
// dist/server.js) the first time a YAML or JSON document with a `kind:` mamori reads is opened.
import type { ExtensionContext, TextDocument } from "vscode";
import { workspace } from "vscode";
import {
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from "vscode-languageclient/node";
import { isMamoriDocument } from "./kinds.js";

let client: LanguageClient | undefined;

export function activate(context: ExtensionContext): void {
  const start = (doc: TextDocument) => {
    if (client || !isMamoriDocument(doc.languageId, doc.getText())) return;
    const module = context.asAbsolutePath("dist/server.js");
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.stdio },
      debug: { module, transport: TransportKind.stdio },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: "file", language: "yaml" },
        { scheme: "file", language: "json" },
      ],
      synchronize: { fileEvents: workspace.createFileSystemWatcher("**/*.{yaml,yml,json}") },
    };
    client = new LanguageClient("mamori", "mamori", serverOptions, clientOptions);
    void client.start();
  };
  context.subscriptions.push(workspace.onDidOpenTextDocument(start));
  for (const doc of workspace.textDocuments) start(doc);
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
