import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
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
  };
}

export function startupFigure(run: StartupRun, target: number): Figure {
  const ratio = run.mamori.median / run.node.median;
  return {
    id: "cli-startup",
    title: "CLI start-up: mamori validate plan.yaml",
    mamori: `${formatStats(run.mamori)}${run.validated ? "" : " [did NOT validate the plan]"}`,
    peerName: "node -e 0",
    peer: formatStats(run.node),
    ratio,
    target: `≤ ${target}×`,
    pass: run.validated && ratio <= target,
    data: { ...run },
  };
}
