import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Runs against the built package (`npm test` builds first), as a consumer would load it.
const root = fileURLToPath(new URL("../../../", import.meta.url));
const node = (args: string[]) => spawnSync(process.execPath, args, { cwd: root, encoding: "utf8" });

describe("@mamori/core for its consumers", () => {
  it("loads from CommonJS (require) and ES modules (import), main and source entries", () => {
    const cjs = node([
      "-e",
      'const c = require("@mamori/core"); const s = require("@mamori/core/source"); console.log(c.parseDuration("P1DT12H").minutes, typeof s.parseSource)',
    ]);
    expect(cjs.stderr).toBe("");
    expect(cjs.stdout.trim()).toBe("2160 function");
    const esm = node([
      "--input-type=module",
      "-e",
      'import { formatDuration } from "@mamori/core"; import { parseSource } from "@mamori/core/source"; console.log(formatDuration(240, "ja"), parseSource("a: 1").data.a)',
    ]);
    expect(esm.stderr).toBe("");
    expect(esm.stdout.trim()).toBe("4時間 1");
  });

  it("a schema built through /internal is one of core's own under CommonJS too (closed JSON Schema)", () => {
    // Each CommonJS entry point carries its own copy of core's modules: defineObject's mark
    // must be shared, or toJsonSchema would leave sibling packages' objects open.
    const script = (load: string) =>
      `${load}; const k = cm.cloudMatrixDocumentKinds.find((x) => x.kind === "ResponsibilityMatrix");
       console.log(JSON.stringify(core.toJsonSchema(k.schema).additionalProperties))`;
    const cjs = node([
      "-e",
      script('const core = require("@mamori/core"), cm = require("@mamori/cloud-matrix")'),
    ]);
    expect(cjs.stderr).toBe("");
    expect(cjs.stdout.trim()).toBe("false");
    const esm = node([
      "--input-type=module",
      "-e",
      script(
        'const core = await import("@mamori/core"), cm = await import("@mamori/cloud-matrix")',
      ),
    ]);
    expect(esm.stderr).toBe("");
    expect(esm.stdout.trim()).toBe("false");
  });

  it("loads the experimental internal entry both ways, and the main entry no longer has it", () => {
    // toCsv([["a", "b,c"]]): the second cell holds a comma, so it is quoted; rows end in CRLF.
    const cjs = node([
      "-e",
      'const i = require("@mamori/core/internal"); const c = require("@mamori/core"); console.log(JSON.stringify(i.toCsv([["a", "b,c"]])), typeof c.toCsv, typeof c.issuesToDiagnostics)',
    ]);
    expect(cjs.stderr).toBe("");
    expect(cjs.stdout.trim()).toBe('"a,\\"b,c\\"\\r\\n" undefined undefined');
    const esm = node([
      "--input-type=module",
      "-e",
      'import { closestMatch } from "@mamori/core/internal"; console.log(closestMatch("severty", ["severity", "code"]))',
    ]);
    expect(esm.stderr).toBe("");
    expect(esm.stdout.trim()).toBe("severity");
  });

  it("the main entry imports nothing from node: (browser-safe); only the bundled dependencies", () => {
    const check = node([
      "--input-type=module",
      "-e",
      `import { readFileSync } from "node:fs";
       for (const f of ["packages/core/dist/index.js", "packages/core/dist/index.cjs"]) {
         const text = readFileSync(f, "utf8");
         const specs = [...text.matchAll(/(?:from\\s*|require\\()["']([^"']+)["']/g)].map((m) => m[1]);
         console.log(f, [...new Set(specs.filter((s) => !s.startsWith(".")))].sort().join(","));
       }`,
    ]);
    expect(check.stderr).toBe("");
    for (const line of check.stdout.trim().split("\n")) {
      const deps = line.split(" ")[1]!.split(",");
      expect(deps.filter((d) => d.startsWith("node:"))).toEqual([]);
      expect(deps).toEqual(["zod/mini"]);
    }
  });
});
