import { formatHelp, type OptionSpec, parseCommand } from "../args.js";
import { type CliIo, UsageError } from "../io.js";

/**
 * `mamori lsp --stdio`: the language server (`@mamori/language-server`) on this process's
 * stdin and stdout, for an editor to start. It serves until the client sends `exit`.
 */
export async function runLsp(args: string[], io: CliIo): Promise<number> {
  const options: Record<string, OptionSpec> = {
    stdio: {
      type: "boolean",
      help: "Talk the Language Server Protocol over stdin and stdout (the only transport).",
    },
  };
  const { values, positionals } = parseCommand(args, options);
  if (values.help) {
    io.stdout(
      formatHelp(
        "usage: mamori lsp --stdio\n\nThe language server for editors: diagnostics as you type, completion, hover, quick\nfixes, definitions and references for every mamori document (see the editor guide).",
        options,
      ),
    );
    return 0;
  }
  if (positionals.length > 0) throw new UsageError("lsp takes no file");
  if (values.stdio !== true) throw new UsageError("lsp needs --stdio (the only transport)");
  const { startStdioServer } = await import("@mamori/language-server/node");
  startStdioServer();
  // The server ends the process when the client says `exit`.
  return await new Promise<number>(() => {});
}
