// The benchmark in smoke mode: tiny sizes, every figure, no targets enforced. It checks that
// `npm run bench` builds and runs end to end and writes a complete results file — not speed.
// dist/ is built once for the bench project's tests (src/global-setup.ts).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const bench = join(import.meta.dirname, "..");
const dir = mkdtempSync(join(tmpdir(), "mamori-bench-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run bench -- --smoke", () => {
  it("measures every figure against its peer and records the machine", () => {
    const out = join(dir, "smoke.json");
    const stdout = execFileSync(
      process.execPath,
      ["--expose-gc", "dist/run.js", "--smoke", "--out", out],
      {
        cwd: bench,
        encoding: "utf8",
      },
    );
    const result = JSON.parse(readFileSync(out, "utf8"));
    expect(result.smoke).toBe(true);
    expect(result.machine.cores).toBeGreaterThan(0);
    expect(result.machine.node).toBe(process.version);
    expect(result.figures.map((f: { id: string }) => f.id)).toEqual([
      "plan-validation",
      "scaling-validation",
      "bia-large",
      "scaling-bia",
      "bia-memory",
      "browser-bundle",
      "cli-startup",
      "lsp-edit",
      "xlsx-import",
    ]);
    for (const f of result.figures) {
      // One printed line per figure, with its ratio and target.
      expect(stdout).toContain(f.title);
      expect(Number.isFinite(f.ratio) && f.ratio > 0).toBe(true);
      expect(f.target).toMatch(/≤/);
    }
    const byId = Object.fromEntries(result.figures.map((f: { id: string }) => [f.id, f]));
    // Every rule ran on the generated plan (nist-high preset, BIA, matrix, organisation, now).
    expect(byId["plan-validation"].data.rulesRun).toBe(byId["plan-validation"].data.rulesTotal);
    // Smoke sizes: 300 nodes and 3,000 edges (270 sources × 11 edges = 2,970, plus 30 for the
    // first 30 sources' remainder = 3,000).
    expect(byId["bia-large"].data.nodes).toBe(300);
    expect(byId["bia-large"].data.edges).toBe(3000);
    expect(byId["bia-memory"].data.mamoriPeakMB).toBeGreaterThan(
      byId["bia-memory"].data.inputMB - 1,
    );
    expect(byId["browser-bundle"].data.ajv.gzipBytes).toBeGreaterThan(20_000);
    expect(byId["cli-startup"].data.validated).toBe(true);
    expect(byId["xlsx-import"].data.exact).toBe(true);
  });
});
