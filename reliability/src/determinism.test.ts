// Determinism: the same input gives byte-identical JSON, SARIF, CSV, HTML (and Markdown,
// OSCAL) across runs, across time zones (the built binary in child processes with TZ set),
// and when the documents' keys come in a different order.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { analyzeBia } from "@mamori/bia";
import { analyzeMatrix, toMatrixCsv, toProviderAttestation } from "@mamori/cloud-matrix";
import { toOscalSsp } from "@mamori/cloud-matrix/oscal";
import { toSarif } from "@mamori/core";
import { validatePlan } from "@mamori/plan-validator";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { sampleDirectoryDocuments, samples } from "./samples.js";
import { NOW } from "./targets.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const cliPackage = JSON.parse(readFileSync(join(root, "packages/cli/package.json"), "utf8"));
const bin = join(root, "packages/cli", cliPackage.bin.mamori as string);
const cliIndex = join(root, "packages/cli/dist/index.js");
const s = samples();

/** The same data with every object's keys in reverse order. */
function reorder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reorder);
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reorder(v)]),
    );
  return value;
}

/** Every output of every command, as text, for one set of documents. */
const COMMANDS: string[][] = [
  [
    "validate",
    "plan.yaml",
    "--bia",
    "bia.yaml",
    "--matrix",
    "matrix-skycloud.yaml",
    "--format",
    "json",
    "--now",
    NOW,
  ],
  ["validate", "plan.yaml", "--bia", "bia.yaml", "--format", "sarif", "--now", NOW],
  ["validate", "plan.yaml", "--format", "stylish", "--locale", "ja", "--now", NOW],
  ["bia", "bia.yaml", "--format", "json"],
  ["bia", "bia.yaml", "--format", "csv"],
  ["bia", "bia.yaml", "--format", "markdown", "--locale", "ja"],
  [
    "matrix",
    "matrix-skycloud.yaml",
    "--attestation",
    "attestations/skycloud.yaml",
    "--soa",
    "soa.yaml",
    "--format",
    "json",
    "--now",
    NOW,
  ],
  [
    "matrix",
    "matrix-skycloud.yaml",
    "--attestation",
    "attestations/skycloud.yaml",
    "--format",
    "csv",
    "--now",
    NOW,
  ],
  ["matrix", "matrix-skycloud.yaml", "--format", "oscal", "--now", NOW],
  ["report", ".", "--out", "report.html", "--now", NOW],
];

function workspace(order: "as-given" | "reversed"): string {
  const dir = mkdtempSync(join(tmpdir(), "mamori-det-"));
  cpSync(join(root, "examples/data"), dir, { recursive: true });
  if (order === "reversed") {
    for (const [file, doc] of sampleDirectoryDocuments(s)) {
      writeFileSync(join(dir, file), stringify(reorder(doc)));
    }
  }
  return dir;
}

/**
 * Output with what legitimately follows the text layout taken out: line/column numbers,
 * the order of diagnostics (the CLI lists them in file order), and SARIF's
 * `originalUriBaseIds` (where the checkout lies: each workspace here is another directory).
 */
function layoutFree(output: string): string {
  const [head, ...rest] = output.split("\n");
  const body = rest.join("\n");
  if (!body.trimStart().startsWith("{")) return output;
  const data = JSON.parse(body, (key, value) =>
    ["range", "region", "line", "column", "originalUriBaseIds"].includes(key) ? undefined : value,
  );
  const sortLists = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(sortLists);
    else if (typeof node === "object" && node !== null) {
      for (const [k, v] of Object.entries(node)) {
        if ((k === "diagnostics" || k === "results") && Array.isArray(v))
          v.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
        sortLists(v);
      }
    }
  };
  sortLists(data);
  return `${head}\n${JSON.stringify(data, null, 2)}`;
}

/**
 * Run every command with the built CLI in one child process whose TZ is `tz` (one process
 * per time zone keeps this fast; the binary itself is what `runCli` runs).
 */
function runAll(dir: string, tz: string): string[] {
  const script = `
    import { readFileSync } from "node:fs";
    const { runCli } = await import(${JSON.stringify(pathToFileURL(cliIndex).href)});
    const commands = JSON.parse(process.argv[1]);
    const outputs = [];
    for (const args of commands) {
      const out = [];
      const err = [];
      const code = await runCli(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t),
        cwd: process.cwd(), env: {}, stdoutIsTTY: false, stderrIsTTY: false });
      const text = args[0] === "report" ? readFileSync("report.html", "utf8") : out.join("");
      outputs.push({ head: args.join(" ") + " → " + code, text, err: err.join("") });
    }
    process.stdout.write(JSON.stringify(outputs));`;
  const r = spawnSync(
    process.execPath,
    ["--input-type=module", "-e", script, JSON.stringify(COMMANDS)],
    {
      cwd: dir,
      encoding: "utf8",
      env: { PATH: process.env.PATH, TZ: tz, NO_COLOR: "1", LANG: "C" },
      timeout: 120_000,
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  expect(r.stderr).toBe("");
  const outputs = JSON.parse(r.stdout) as Array<{ head: string; text: string; err: string }>;
  return outputs.map((o) => {
    expect(o.err, o.head).not.toContain("internal error");
    return `${o.head}\n${o.text}`;
  });
}

describe.skipIf(!existsSync(bin) || !existsSync(cliIndex))(
  "the built CLI across time zones and key orders",
  () => {
    const dirs: string[] = [];
    afterAll(() => {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    });
    let utc: string[] = [];
    it("UTC, Asia/Tokyo and America/Los_Angeles give byte-identical JSON, SARIF, CSV, OSCAL and HTML", () => {
      const dir = workspace("as-given");
      dirs.push(dir);
      utc = runAll(dir, "UTC");
      expect(utc.join("").length).toBeGreaterThan(10_000);
      for (const tz of ["Asia/Tokyo", "America/Los_Angeles"]) {
        const other = runAll(dir, tz);
        for (let i = 0; i < COMMANDS.length; i++)
          expect(other[i], `${tz}: ${COMMANDS[i]?.join(" ")}`).toBe(utc[i]);
      }
    });
    it("documents with their keys in reverse order give the same JSON, SARIF, CSV and OSCAL", () => {
      const b = workspace("reversed");
      dirs.push(b);
      const second = runAll(b, "UTC");
      for (let i = 0; i < COMMANDS.length; i++) {
        // The HTML report, stylish text and Markdown list findings in file order with line
        // numbers, which follow the text layout: they are compared across time zones above.
        const args = COMMANDS[i] as string[];
        if (args[0] === "report" || args.includes("stylish") || args.includes("markdown")) continue;
        expect(layoutFree(second[i] as string), COMMANDS[i]?.join(" ")).toBe(
          layoutFree(utc[i] as string),
        );
      }
    });
  },
);

describe("in-process: repeated runs and key order", () => {
  it("analyses serialise identically run after run and with reordered keys", () => {
    const outputs = (bia: unknown, plan: unknown, matrix: unknown) => {
      const b = analyzeBia(bia);
      const m = analyzeMatrix(matrix, { now: NOW, attestation: s.attestation });
      const p = validatePlan(plan, { bia: b, matrix: m, now: NOW });
      return [
        JSON.stringify(b),
        JSON.stringify(m),
        JSON.stringify(p.diagnostics),
        JSON.stringify(toSarif(p.diagnostics)),
        toMatrixCsv(m),
        JSON.stringify(toOscalSsp(toProviderAttestation(m))),
      ];
    };
    const first = outputs(s.bia, s.plan, s.matrixSky);
    expect(outputs(s.bia, s.plan, s.matrixSky)).toEqual(first);
    const reversed = outputs(reorder(s.bia), reorder(s.plan), reorder(s.matrixSky));
    // The BIA and matrix results, diagnostics, SARIF, CSV and OSCAL do not depend on key order,
    // except validatePlan's echo of the plan itself — not part of these outputs.
    for (let i = 0; i < first.length; i++) expect(reversed[i], `output ${i}`).toBe(first[i]);
  });
});
