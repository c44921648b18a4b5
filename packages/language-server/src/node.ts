/**
 * `@mamori/language-server/node`: the server over stdio, reading the other documents of a
 * folder from disk.
 *
 * @packageDocumentation
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createConnection } from "vscode-languageserver/node";
import { MAX_TEXT_LENGTH } from "./documents.js";
import { type ServerOptions, startServer } from "./server.js";

/**
 * The `.yaml`, `.yml` and `.json` files of a folder (a `file:` URI), with their text; files
 * over 20 MB and unreadable ones are left out.
 *
 * @param folderUri - The folder as a `file:` URI; a folder that cannot be read gives an empty list.
 *
 * @example
 * ```ts
 * import { readFolder } from "@mamori/language-server/node";
 * readFolder("file:///nowhere"); // []
 * ```
 *
 * @category Servers
 */
export function readFolder(folderUri: string): Array<{ uri: string; text: string }> {
  if (!folderUri.startsWith("file:")) return [];
  let dir: string;
  try {
    dir = fileURLToPath(folderUri);
  } catch {
    return [];
  }
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => /\.(ya?ml|json)$/i.test(n))
      .sort();
  } catch {
    return [];
  }
  const out: Array<{ uri: string; text: string }> = [];
  for (const name of names) {
    const file = `${dir}/${name}`;
    try {
      const st = statSync(file);
      if (!st.isFile() || st.size > MAX_TEXT_LENGTH) continue;
      out.push({ uri: pathToFileURL(file).href, text: readFileSync(file, "utf8") });
    } catch {
      // Gone or unreadable: not a companion.
    }
  }
  return out;
}

/**
 * Start the server on this process's stdin and stdout (what `mamori lsp --stdio` and
 * `mamori-language-server --stdio` run). Companion documents are read from disk.
 *
 * @param options - The day date rules check against (default the day of each check); a folder's documents are read from disk unless `listFolder` says otherwise.
 *
 * @example
 * ```ts
 * import { startStdioServer } from "@mamori/language-server/node";
 * startStdioServer(); // serves until the client exits
 * ```
 *
 * @category Servers
 */
export function startStdioServer(options: ServerOptions = {}): void {
  startServer(createConnection(process.stdin, process.stdout), {
    listFolder: readFolder,
    ...options,
  });
}
