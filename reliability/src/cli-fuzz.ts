// Fuzzing the `mamori` command in-process: mutated documents written to a temporary
// directory, every command and format run over them with a memory I/O. Exit codes 0, 1
// and 2 are answers; "internal error", a slow run or unparsable JSON/SARIF output is not.
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "@mamori/cli";
import fc from "fast-check";
import { stringify } from "yaml";
import { assertPrototypesClean, CaseFailure, cpuMsSince, show } from "./harness.js";
import {
  applyMutations,
  applyTextEdits,
  IMPOSSIBLE_DATES,
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

/**
 * Where the command's file comes from (issue 30): the file itself, or a special file in its
 * place — devices whose `stat` size is 0 (`/dev/null`; `/dev/zero`, endless), a procfs file,
 * a directory, a missing file, a path through a regular file.
 */
const SOURCES = [
  "file",
  "/dev/null",
  "/dev/zero",
  "/proc/self/status",
  "directory",
  "missing",
  "not-a-directory",
] as const;

/**
 * How the file's text is written as bytes (issue 30): UTF-8 (with or without a byte order
 * mark), CR-only or CRLF line ends, UTF-16 either way, or UTF-8 with an invalid byte.
 */
const ENCODINGS = ["utf8", "bom", "cr", "crlf", "utf16le", "utf16be", "invalid-byte"] as const;

/** `--now` values: the command's own, real dates, or impossible ones (exit 2, always). */
const NOWS = [undefined, "2026-11-27", "2031-01-01T09:00:00+09:00", ...IMPOSSIBLE_DATES];

/** One CLI case: a command, the edits to the file it reads (as data or as text), and how it is read. */
export interface CliCase {
  command: number;
  mutations: Mutation[];
  text: TextEdit[];
  asText: boolean;
  source: (typeof SOURCES)[number];
  encoding: (typeof ENCODINGS)[number];
  /** Index into the `--now` values; replaces the command's own. */
  now: number;
  /** Where the invalid byte goes, for `invalid-byte`. */
  at: number;
}

export const cliCase: fc.Arbitrary<CliCase> = fc.record({
  command: fc.nat({ max: COMMANDS.length - 1 }),
  mutations: fc.array(mutation, { maxLength: 4 }),
  text: fc.array(textEdit, { maxLength: 3 }),
  asText: fc.boolean(),
  source: fc.oneof(
    { weight: 24, arbitrary: fc.constant("file" as const) },
    { weight: 1, arbitrary: fc.constantFrom(...SOURCES.slice(1)) },
  ),
  encoding: fc.oneof(
    { weight: 12, arbitrary: fc.constant("utf8" as const) },
    { weight: 1, arbitrary: fc.constantFrom(...ENCODINGS.slice(1)) },
  ),
  now: fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, fc.nat({ max: NOWS.length - 1 })),
  at: fc.nat(),
});

/** The bytes of `text` in an encoding of {@link ENCODINGS}. */
function encode(text: string, encoding: CliCase["encoding"], at: number): Buffer {
  switch (encoding) {
    case "bom":
      return Buffer.from(`\uFEFF${text}`);
    case "cr":
      return Buffer.from(text.replace(/\r?\n/g, "\r"));
    case "crlf":
      return Buffer.from(text.replace(/\r?\n/g, "\r\n"));
    case "utf16le":
      return Buffer.from(`\uFEFF${text}`, "utf16le");
    case "utf16be":
      return Buffer.from(`\uFEFF${text}`, "utf16le").swap16();
    case "invalid-byte": {
      const bytes = Buffer.from(text);
      const i = bytes.length === 0 ? 0 : at % (bytes.length + 1);
      return Buffer.concat([bytes.subarray(0, i), Buffer.from([0xff]), bytes.subarray(i)]);
    }
    default:
      return Buffer.from(text);
  }
}

/** Terminal controls and bidi overrides, which no human-readable output may carry. */
const CONTROLS =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

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
  mkdirSync(join(dir, "a-directory"), { recursive: true });
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
  const bytes = encode(text, c.encoding, c.at);
  writeFileSync(join(ws.dir, command.file), bytes);
  // The argument list, with the file replaced by a special one and --now by the case's.
  const special: Record<Exclude<CliCase["source"], "file">, string> = {
    "/dev/null": "/dev/null",
    "/dev/zero": "/dev/zero",
    "/proc/self/status": "/proc/self/status",
    directory: join(ws.dir, "a-directory"),
    missing: join(ws.dir, "missing.yaml"),
    "not-a-directory": join(ws.dir, command.file, "x.yaml"),
  };
  const replaced = c.source === "file" ? command.file : special[c.source];
  const argv = command.argv.map((a) => (a === command.file ? replaced : a));
  const now = NOWS[c.now % NOWS.length];
  if (now !== undefined) {
    const i = argv.indexOf("--now");
    if (i >= 0) argv[i + 1] = now;
    else argv.push("--now", now);
  }
  // Whether the command reads the file the case wrote (a special file replaces it).
  const readsFile = c.source === "file" && (argv.includes(command.file) || argv[0] === "report");
  const out: string[] = [];
  const err: string[] = [];
  const start = process.cpuUsage();
  let code: number;
  try {
    code = await runCli(argv, {
      stdout: (s) => out.push(s),
      stderr: (s) => err.push(s),
      cwd: ws.dir,
      env: { NO_COLOR: "1" },
      stdoutIsTTY: false,
      stderrIsTTY: false,
    });
  } catch (error) {
    throw new CaseFailure(
      `mamori ${argv.join(" ")} threw ${(error as Error).stack}\nfile ${command.file}: ${show(text)}`,
    );
  } finally {
    writeFileSync(join(ws.dir, command.file), seedText);
  }
  const ms = cpuMsSince(start);
  const fail = (why: string) =>
    new CaseFailure(
      `mamori ${argv.join(" ")} (${c.encoding}): ${why}\nstderr: ${show(err.join(""))}\nfile ${command.file}: ${show(text)}`,
    );
  assertPrototypesClean();
  if (![0, 1, 2].includes(code)) throw fail(`exit code ${code}`);
  const stderr = err.join("");
  const stdout = out.join("");
  if (stderr.includes("internal error")) throw fail("internal error");
  if (ms > LIMIT_MS) throw fail(`took ${Math.round(ms)} ms`);
  // Usage errors the case makes certain (issue 30): an impossible --now, a special file
  // in place of the document, bytes that are not UTF-8 in a file the command reads.
  const impossibleNow = now !== undefined && (IMPOSSIBLE_DATES as readonly string[]).includes(now);
  const badSource =
    c.source !== "file" && argv.includes(replaced) && c.source !== "/proc/self/status";
  const badBytes = readsFile && ["utf16le", "utf16be", "invalid-byte"].includes(c.encoding);
  if ((impossibleNow || badSource || badBytes) && code !== 2) throw fail(`exit ${code}, not 2`);
  if (badBytes && !impossibleNow && code === 2 && !/UTF-(8|16)|too large/.test(stderr))
    throw fail("the encoding problem is not named");
  // Nothing a document says reaches the terminal raw; Markdown has no live HTML.
  if (CONTROLS.test(stderr)) throw fail("a control character on standard error");
  const human = !command.json && !argv.includes("csv");
  if (human && CONTROLS.test(stdout.replace(/\t/g, "")))
    throw fail("a control character on standard output");
  if (argv.includes("markdown") && /(^|[^\\])<(?!br>)/m.test(stdout))
    throw fail("unescaped '<' in Markdown");
  // Output stays linear in the input (long names are cut where they repeat).
  const written = stdout.length + (argv[0] === "report" ? reportSize(ws.dir) : 0);
  if (written > 20 * bytes.length + 4_000_000)
    throw fail(`${written} characters out for ${bytes.length} bytes in`);
  // JSON formats write JSON, or nothing (diagnostics then go to stderr).
  if (command.json && code !== 2 && out.join("") !== "") {
    try {
      JSON.parse(out.join(""));
    } catch (error) {
      throw fail(`stdout is not JSON: ${(error as Error).message}`);
    }
  }
}

function reportSize(dir: string): number {
  try {
    return statSync(join(dir, "out/report.html")).size;
  } catch {
    return 0;
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
