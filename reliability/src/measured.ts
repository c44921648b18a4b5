// Run the built `mamori` command in a child process and measure it: exit code, the bytes it
// wrote, and its peak resident memory (getrusage's maxRSS), so a test can hold the CLI to a
// memory ceiling without timing anything. Standard output is counted, not kept.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const cliIndex = pathToFileURL(join(root, "packages/cli/dist/index.js")).href;

/** What one measured run gave. */
export interface Measured {
  /** Exit code of `runCli` (or of the process when it died: 134 for a V8 heap abort). */
  code: number | null;
  /** Bytes written to standard output. */
  stdoutBytes: number;
  /** Standard error, whole. */
  stderr: string;
  /** Peak resident set size of the child, in MB. */
  peakRssMb: number;
}

const WRAPPER = `
import { runCli } from ${JSON.stringify(cliIndex)};
let bytes = 0;
const err = [];
const code = await runCli(process.argv.slice(1), {
  stdout: (s) => { bytes += Buffer.byteLength(s); },
  stderr: (s) => err.push(s),
  cwd: process.cwd(), env: { NO_COLOR: "1" }, stdoutIsTTY: false, stderrIsTTY: false,
});
process.stdout.write(JSON.stringify({ code, stdoutBytes: bytes, stderr: err.join(""),
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
`;

/**
 * Run `mamori <args>` in a child with a capped heap (`heapMb`, so a regression aborts the
 * child instead of taking the machine's memory). `shell` wraps the command in bash, for
 * process substitutions: `$MAMORI` stands for the command.
 */
export function mamoriMeasured(
  args: string[],
  options: { cwd: string; heapMb?: number; shell?: string },
): Measured {
  const node = [process.execPath, `--max-old-space-size=${options.heapMb ?? 1536}`];
  const r = options.shell
    ? spawnSync(
        "bash",
        [
          "-c",
          options.shell.replace(
            "$MAMORI",
            `${node.map((a) => `'${a}'`).join(" ")} --input-type=module -e "$WRAPPER"`,
          ),
        ],
        { cwd: options.cwd, encoding: "utf8", env: { ...process.env, WRAPPER }, timeout: 300_000 },
      )
    : spawnSync(
        node[0] as string,
        [...node.slice(1), "--input-type=module", "-e", WRAPPER, ...args],
        {
          cwd: options.cwd,
          encoding: "utf8",
          timeout: 300_000,
        },
      );
  try {
    return JSON.parse(r.stdout) as Measured;
  } catch {
    return {
      code: r.status ?? 128,
      stdoutBytes: 0,
      stderr: `${r.stderr}`.slice(0, 2000),
      peakRssMb: -1,
    };
  }
}
