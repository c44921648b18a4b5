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

describe("mamori matrix --format assessment-results", () => {
  it("writes OSCAL 1.2.1 assessment results: the matrix's controls reviewed, dated --now", async () => {
    const { readFileSync } = await import("node:fs");
    const root = new URL("../../../../", import.meta.url);
    const out: string[] = [];
    const code = await runCli(
      [
        "matrix",
        "examples/data/matrix-skycloud.yaml",
        "--attestation",
        "examples/data/attestations/skycloud.yaml",
        "--format",
        "assessment-results",
        "--now",
        "2026-11-27",
      ],
      {
        stdout: (t) => out.push(t),
        stderr: () => {},
        cwd: new URL(".", root).pathname,
        env: {},
        stdoutIsTTY: false,
        stderrIsTTY: false,
      },
    );
    // The SkyCloud sample has a gap (an error): exit 1, and the document still written.
    expect(code).toBe(1);
    const ar = JSON.parse(out.join(""));
    const Ajv = (await import("ajv")).default;
    const addFormats = (await import("ajv-formats")).default;
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const valid = ajv.compile(
      JSON.parse(
        readFileSync(
          new URL("fixtures/oscal-1.2.1/oscal_assessment-results_schema.json", root),
          "utf8",
        ),
      ),
    );
    expect(valid(ar), JSON.stringify(valid.errors?.slice(0, 3))).toBe(true);
    const [result] = ar["assessment-results"].results;
    // --now 2026-11-27 → midnight UTC
    expect(result.start).toBe("2026-11-27T00:00:00.000Z");
    expect(
      result["reviewed-controls"]["control-selections"][0]["include-controls"].length,
    ).toBeGreaterThan(0);
    expect(
      result.findings.some((f: { title: string }) => f.title.startsWith("cloud-matrix/gap")),
    ).toBe(true);
  });
});
