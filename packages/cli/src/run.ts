import { toTerminalText } from "@mamori/core/internal";
import { type CliIo, UsageError } from "./io.js";
import { VERSION } from "./version.js";

/**
 * The usage text `mamori --help` prints.
 *
 * @example
 * ```ts
 * import { USAGE } from "@mamori/cli";
 * console.log(USAGE); // what `mamori --help` prints
 * ```
 *
 * @category Running the CLI
 */
export const USAGE = `mamori ${VERSION} — information-security governance documents, checked

usage:
  mamori validate <plan>... [--bia <file>] [--matrix <file>] [--config <file>]
                  [--format stylish|json|sarif|markdown|poam|assessment-results]
                  [--locale en|ja] [--now <ISO date>]
  mamori bia <bia> [--scenario <id>] [--format text|json|markdown|csv] [--locale en|ja]
  mamori matrix <matrix> [--attestation <OSCAL SSP json | CAIQ csv>] [--soa <file>]
                [--format text|json|csv|markdown|oscal|poam|assessment-results]
                [--locale en|ja] [--now <ISO date>]
  mamori matrix --from-oscal <ssp.json> [--from-oscal <leveraging-ssp.json>] --format json
  mamori crm [customer] --provider <ssp.json | attestation> [--via <file>]... [--soa <file>]
             [--format text|json|csv|markdown|oscal|xlsx --out <f>] [--locale en|ja] [--now <ISO date>]
  mamori report <dir> --out <report.html> [--locale en|ja] [--now <ISO date>]
  mamori lsp --stdio
  mamori schema --out <dir>
  mamori init <dir>

Each command's --help lists its options.
exit codes: 0 no errors, 1 the documents have errors, 2 usage or unreadable input.
`;

/**
 * Run the `mamori` command with the given arguments (without `node` and the script) and
 * return its exit code: 0 no errors, 1 the documents have error diagnostics, 2 usage or
 * unreadable input. Never throws for bad input; tool vendors can call it in-process.
 *
 * @param argv - The arguments after the command name, such as `["validate", "plan.yaml", "--format", "json"]`.
 * @param io - Where output goes, the working directory, the environment and whether stdout and stderr are terminals; see {@link CliIo}.
 * @returns The exit code: 0, 1 or 2 as above.
 *
 * @example
 * ```ts
 * import { runCli } from "@mamori/cli";
 * const out: string[] = [];
 * const code = await runCli(["--version"], {
 *   stdout: (s) => out.push(s), stderr: (s) => out.push(s),
 *   cwd: process.cwd(), env: {}, stdoutIsTTY: false, stderrIsTTY: false,
 * });
 * // code === 0, out[0] is the version line
 * ```
 *
 * @category Running the CLI
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
        // Nothing asked: the usage, on standard error, and the usage-error status.
        io.stderr(USAGE);
        return 2;
      case "help":
      case "--help":
      case "-h":
        io.stdout(USAGE);
        return 0;
      case "--version":
      case "-v":
        io.stdout(`${VERSION}\n`);
        return 0;
      // Each command is loaded on demand, so `mamori validate` never pays for the report.
      case "validate":
        return await (await import("./commands/validate.js")).runValidate(rest, io);
      case "bia":
        return await (await import("./commands/bia.js")).runBia(rest, io);
      case "matrix":
        return await (await import("./commands/matrix.js")).runMatrix(rest, io);
      case "crm":
        return await (await import("./commands/crm.js")).runCrm(rest, io);
      case "report":
        return await (await import("./commands/report.js")).runReport(rest, io);
      case "lsp":
        return await (await import("./commands/lsp.js")).runLsp(rest, io);
      case "schema":
        return await (await import("./commands/schema.js")).runSchema(rest, io);
      case "init":
        return await (await import("./commands/init.js")).runInit(rest, io);
      default:
        throw new UsageError(`unknown command '${command}' (try mamori --help)`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      // File names and values quoted from the command line or a document: never raw.
      io.stderr(`mamori: ${toTerminalText(error.message)}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`mamori: internal error: ${toTerminalText(message)}\n`);
    return 2;
  }
}
