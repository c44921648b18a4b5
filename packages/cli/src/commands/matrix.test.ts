import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../run.js";

describe("mamori matrix --format oscal on an unusable matrix", () => {
  it("writes the diagnostics to standard error and nothing to standard output", async () => {
    // Found by the reliability fuzzer: the stylish text went to stdout, where a pipe expects OSCAL JSON.
    const dir = mkdtempSync(join(tmpdir(), "mamori-matrix-"));
    try {
      writeFileSync(join(dir, "m.yaml"), "kind: []\nschemaVersion: '1.0'\nid: m\n");
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCli(["matrix", "m.yaml", "--format", "oscal"], {
        stdout: (t) => out.push(t),
        stderr: (t) => err.push(t),
        cwd: dir,
        env: {},
        stdoutIsTTY: false,
        stderrIsTTY: false,
      });
      expect(code).toBe(1);
      expect(out.join("")).toBe("");
      expect(err.join("")).toContain("m.yaml");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
