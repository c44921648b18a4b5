import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Figure } from "../figure.js";
import { formatStats, type HarnessOptions, measureInterleaved, type Stats } from "../harness.js";
import { ROOT_DIR } from "../paths.js";

export const CLI = join(ROOT_DIR, "packages/cli/dist/bin/cli.js");
export const SAMPLE_PLAN = join(ROOT_DIR, "examples/data/plan.yaml");

/** What the start-up figure measured. */
export interface StartupRun {
  mamori: Stats;
  node: Stats;
  /** Exit status of `mamori validate` on the sample plan (1: it found errors, as it should). */
  status: number | null;
  /** Whether the output names a finding the sample plan is known to have. */
  validated: boolean;
  outputHead: string;
  /** The JavaScript files the command loaded (its own and its dependencies'), and their bytes. */
  loaded: { files: number; bytes: number; largest: Array<{ file: string; bytes: number }> };
}

/**
 * The JavaScript files a command loads, counted by a module-loader hook (`module.register`)
 * that records each `file:` URL and the size of its source: what start-up compiles.
 */
export function filesLoaded(args: readonly string[]): StartupRun["loaded"] {
  const dir = mkdtempSync(join(tmpdir(), "mamori-startup-"));
  const log = join(dir, "loaded.txt");
  const hook = `
    import { appendFileSync } from "node:fs";
    export async function load(url, context, next) {
      const r = await next(url, context);
      if (url.startsWith("file:")) appendFileSync(${JSON.stringify(log)}, url + "\\t" + (r.source?.length ?? 0) + "\\n");
      return r;
    }`;
  const register = `import { register } from "node:module"; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`;
  try {
    spawnSync(
      process.execPath,
      ["--import", `data:text/javascript,${encodeURIComponent(register)}`, ...args],
      { stdio: "ignore" },
    );
    const rows = existsSync(log)
      ? readFileSync(log, "utf8")
          .trim()
          .split("\n")
          .map((line) => {
            const [url, n] = line.split("\t");
            return {
              file: (url as string).replace(pathToFileURL(ROOT_DIR).href, ""),
              bytes: Number(n),
            };
          })
      : [];
    return {
      files: rows.length,
      bytes: rows.reduce((a, r) => a + r.bytes, 0),
      largest: [...rows].sort((a, b) => b.bytes - a.bytes).slice(0, 5),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Time `node packages/cli/dist/bin/cli.js validate examples/data/plan.yaml` (a fresh process each
 * time: start-up, loading, reading and validating the sample plan, printing) against
 * `node -e 0`, the floor of any Node command; the two take turns.
 */
export async function timeStartup(harness: HarnessOptions): Promise<StartupRun> {
  if (!existsSync(CLI)) throw new Error(`${CLI} missing: build the packages first`);
  const args = [CLI, "validate", SAMPLE_PLAN];
  const probe = spawnSync(process.execPath, args, { encoding: "utf8" });
  const output = `${probe.stdout}${probe.stderr}`;
  const stats = await measureInterleaved(
    [
      { name: "mamori", fn: () => spawnSync(process.execPath, args, { stdio: "ignore" }) },
      { name: "node", fn: () => spawnSync(process.execPath, ["-e", "0"], { stdio: "ignore" }) },
    ],
    harness,
  );
  return {
    mamori: stats.mamori as Stats,
    node: stats.node as Stats,
    status: probe.status,
    validated: output.includes("power/backup-runtime"),
    outputHead: output.slice(0, 300),
    loaded: filesLoaded(args),
  };
}

export function startupFigure(run: StartupRun, target: number): Figure {
  const ratio = run.mamori.median / run.node.median;
  return {
    id: "cli-startup",
    title: "CLI start-up: mamori validate plan.yaml",
    mamori: `${formatStats(run.mamori)}${run.validated ? "" : " [did NOT validate the plan]"}; loads ${run.loaded.files} files, ${(run.loaded.bytes / 1000).toFixed(0)} kB of JavaScript`,
    peerName: "node -e 0",
    peer: formatStats(run.node),
    ratio,
    target: `≤ ${target}×`,
    pass: run.validated && ratio <= target,
    data: { ...run },
  };
}
