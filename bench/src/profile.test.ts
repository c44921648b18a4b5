// The profiling helpers (`dist/profile.js <target>`) at tiny sizes: each target still runs on
// today's API and prints what it measures, and the command line lists the targets. Not speed.
// dist/ is built once for the bench project's tests (src/global-setup.ts).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const bench = join(import.meta.dirname, "..");
const TARGETS = [
  "validation",
  "bia",
  "split",
  "bia-detail",
  "bia-loop",
  "scaling",
  "rules",
  "lookups",
  "bia-runs",
  "input",
];

function profile(...args: string[]) {
  const r = spawnSync(process.execPath, ["--expose-gc", "dist/profile.js", ...args], {
    cwd: bench,
    encoding: "utf8",
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The target names of a usage text (`  <name> <args>` lines). */
function listed(text: string): string[] {
  return [...text.matchAll(/^ {2}([a-z-]+) /gm)].map((m) => m[1] as string);
}

describe("node --expose-gc dist/profile.js <target>", () => {
  it("split: validatePlan, validateDocument, zod and ajv on the same plan, one line each", () => {
    const r = profile("split", "20", "3");
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines.map((l) => l.replace(/\s+[\d.]+ ms$/, ""))).toEqual([
      "validatePlan",
      "validateDocument",
      "zod safeParse",
      "ajv",
    ]);
  });

  it("bia: one analyzeBia with its diagnostics and SPOFs, with and without the SPOF search", () => {
    const full = profile("bia", "300", "3000");
    expect(full.status).toBe(0);
    const m = full.stdout.match(/^\d+ ms analyzeBia, (\d+) diagnostics, (\d+) SPOFs\n$/);
    expect(m).not.toBeNull();
    expect(Number(m?.[2])).toBeGreaterThan(0);
    const noSpof = profile("bia", "300", "3000", "false");
    expect(noSpof.stdout).toMatch(/^\d+ ms analyzeBia, \d+ diagnostics, 0 SPOFs\n$/);
  });

  it("lists every target with its arguments for --help, on stderr with status 2 without one", () => {
    const help = profile("--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: node --expose-gc dist\/profile\.js <target>/);
    expect(listed(help.stdout)).toEqual(TARGETS);
    expect(help.stdout).toContain("  bia-runs <nodes> <edges> <runs> [gc|nogc]\n");
    const none = profile();
    expect(none.status).toBe(2);
    expect(none.stdout).toBe("");
    expect(listed(none.stderr)).toEqual(TARGETS);
  });

  it("exits 2 with the list for an unknown target, and with the usage for missing arguments", () => {
    const unknown = profile("split-brain");
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe("");
    expect(unknown.stderr).toMatch(/^unknown target split-brain\n/);
    expect(listed(unknown.stderr)).toEqual(TARGETS);
    const missing = profile("bia-runs", "300");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("dist/profile.js bia-runs <nodes> <edges> <runs> [gc|nogc]");
  });
});
