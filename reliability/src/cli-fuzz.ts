// Fuzzing the `mamori` command in-process: mutated documents written to a temporary
// directory, every command and format run over them with a memory I/O. Exit codes 0, 1
// and 2 are answers; "internal error", a slow run or unparsable JSON/SARIF output is not.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "@mamori/cli";
import fc from "fast-check";
import { stringify } from "yaml";
import { assertPrototypesClean, CaseFailure, cpuMsSince, show } from "./harness.js";
import {
  applyMutations,
  applyTextEdits,
  type Mutation,
  mutation,
  type TextEdit,
  textEdit,
} from "./mutate.js";
import { repoDocument, repoText, SAMPLE_PATHS } from "./samples.js";

/** The documents a command reads, by the file they are written to. */
const FILES = {
  "plan.yaml": SAMPLE_PATHS.plan,
  "bia.yaml": SAMPLE_PATHS.bia,
  "matrix-skycloud.yaml": SAMPLE_PATHS.matrixSky,
  "soa.yaml": SAMPLE_PATHS.soa,
  "organisation.yaml": SAMPLE_PATHS.organisation,
  "attestations/skycloud.yaml": SAMPLE_PATHS.attestation,
  "attestations/kumomail-caiq.csv": SAMPLE_PATHS.caiq,
  "ssp.json": SAMPLE_PATHS.sspLeveraged,
} as const;
type FileName = keyof typeof FILES;

const COMMANDS: ReadonlyArray<{ file: FileName; argv: string[]; json?: boolean }> = [
  {
    file: "plan.yaml",
    argv: [
      "validate",
      "plan.yaml",
      "--bia",
      "bia.yaml",
      "--matrix",
      "matrix-skycloud.yaml",
      "--now",
      "2026-11-27",
    ],
  },
  {
    file: "plan.yaml",
    argv: ["validate", "plan.yaml", "--format", "sarif", "--now", "2026-11-27"],
    json: true,
  },
  {
    file: "plan.yaml",
    argv: ["validate", "plan.yaml", "--format", "json", "--locale", "ja"],
    json: true,
  },
  { file: "plan.yaml", argv: ["validate", "plan.yaml", "--format", "markdown"] },
  {
    file: "bia.yaml",
    argv: ["validate", "plan.yaml", "--bia", "bia.yaml", "--format", "json"],
    json: true,
  },
  { file: "bia.yaml", argv: ["bia", "bia.yaml", "--format", "json"], json: true },
  { file: "bia.yaml", argv: ["bia", "bia.yaml", "--format", "csv"] },
  { file: "bia.yaml", argv: ["bia", "bia.yaml", "--format", "markdown", "--locale", "ja"] },
  { file: "bia.yaml", argv: ["bia", "bia.yaml", "--scenario", "wide-area-power"] },
  {
    file: "matrix-skycloud.yaml",
    argv: ["matrix", "matrix-skycloud.yaml", "--format", "json", "--now", "2026-11-27"],
    json: true,
  },
  {
    file: "matrix-skycloud.yaml",
    argv: [
      "matrix",
      "matrix-skycloud.yaml",
      "--attestation",
      "attestations/skycloud.yaml",
      "--soa",
      "soa.yaml",
      "--format",
      "csv",
    ],
  },
  {
    file: "matrix-skycloud.yaml",
    argv: ["matrix", "matrix-skycloud.yaml", "--format", "oscal"],
    json: true,
  },
  {
    file: "attestations/skycloud.yaml",
    argv: [
      "matrix",
      "matrix-skycloud.yaml",
      "--attestation",
      "attestations/skycloud.yaml",
      "--format",
      "markdown",
      "--now",
      "2026-11-27",
    ],
  },
  {
    file: "attestations/kumomail-caiq.csv",
    argv: [
      "matrix",
      "matrix-skycloud.yaml",
      "--attestation",
      "attestations/kumomail-caiq.csv",
      "--format",
      "text",
    ],
  },
  {
    file: "soa.yaml",
    argv: ["matrix", "matrix-skycloud.yaml", "--soa", "soa.yaml", "--format", "json"],
    json: true,
  },
  {
    file: "ssp.json",
    argv: ["matrix", "--from-oscal", "ssp.json", "--format", "json"],
    json: true,
  },
  { file: "organisation.yaml", argv: ["validate", "plan.yaml", "--format", "json"], json: true },
  { file: "plan.yaml", argv: ["report", ".", "--out", "out/report.html", "--now", "2026-11-27"] },
  {
    file: "bia.yaml",
    argv: ["report", ".", "--out", "out/report.html", "--locale", "ja", "--now", "2026-11-27"],
  },
];

/** One CLI case: a command, and the edits to the file it reads (as data or as text). */
export interface CliCase {
  command: number;
  mutations: Mutation[];
  text: TextEdit[];
  asText: boolean;
}

export const cliCase: fc.Arbitrary<CliCase> = fc.record({
  command: fc.nat({ max: COMMANDS.length - 1 }),
  mutations: fc.array(mutation, { maxLength: 4 }),
  text: fc.array(textEdit, { maxLength: 3 }),
  asText: fc.boolean(),
});

/** A temporary copy of the sample files; `reset` puts one file back. */
export function makeWorkspace() {
  const dir = mkdtempSync(join(tmpdir(), "mamori-fuzz-"));
  const original = new Map<FileName, string>();
  for (const [name, from] of Object.entries(FILES) as Array<[FileName, string]>) {
    original.set(name, repoText(from));
  }
  const reset = () => {
    for (const [name, text] of original) {
      const full = join(dir, name);
      cpSync(new URL(`../../${FILES[name]}`, import.meta.url).pathname, full, { force: true });
      void text;
    }
  };
  reset();
  return { dir, original, reset, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Run one CLI case in `ws`; throws {@link CaseFailure} on an unacceptable outcome. */
export async function runCliCase(c: CliCase, ws: ReturnType<typeof makeWorkspace>): Promise<void> {
  const command = COMMANDS[c.command % COMMANDS.length] as (typeof COMMANDS)[number];
  const seedText = ws.original.get(command.file) as string;
  let text: string;
  if (c.asText || command.file.endsWith(".csv")) text = applyTextEdits(seedText, c.text);
  else {
    const data = applyMutations(repoDocument(FILES[command.file]), c.mutations);
    text = command.file.endsWith(".json") ? (JSON.stringify(data) ?? "null") : safeYaml(data);
  }
  writeFileSync(join(ws.dir, command.file), text);
  const out: string[] = [];
  const err: string[] = [];
  const start = process.cpuUsage();
  let code: number;
  try {
    code = await runCli(command.argv, {
      stdout: (s) => out.push(s),
      stderr: (s) => err.push(s),
      cwd: ws.dir,
      env: { NO_COLOR: "1" },
      stdoutIsTTY: false,
      stderrIsTTY: false,
    });
  } catch (error) {
    throw new CaseFailure(
      `mamori ${command.argv.join(" ")} threw ${(error as Error).stack}\nfile ${command.file}: ${show(text)}`,
    );
  } finally {
    writeFileSync(join(ws.dir, command.file), seedText);
  }
  const ms = cpuMsSince(start);
  const fail = (why: string) =>
    new CaseFailure(
      `mamori ${command.argv.join(" ")}: ${why}\nstderr: ${err.join("").slice(0, 2000)}\nfile ${command.file}: ${show(text)}`,
    );
  assertPrototypesClean();
  if (![0, 1, 2].includes(code)) throw fail(`exit code ${code}`);
  if (err.join("").includes("internal error")) throw fail("internal error");
  if (ms > LIMIT_MS) throw fail(`took ${Math.round(ms)} ms`);
  // JSON formats write JSON, or nothing (diagnostics then go to stderr).
  if (command.json && code !== 2 && out.join("") !== "") {
    try {
      JSON.parse(out.join(""));
    } catch (error) {
      throw fail(`stdout is not JSON: ${(error as Error).message}`);
    }
  }
}

/** The report command reads and renders every document of a directory: allow it more. */
const LIMIT_MS = 3_000;

function safeYaml(data: unknown): string {
  try {
    return stringify(data) ?? "";
  } catch {
    // Some mutated values (undefined at the root, say) have no YAML form: write JSON text.
    return JSON.stringify(data) ?? "null";
  }
}
