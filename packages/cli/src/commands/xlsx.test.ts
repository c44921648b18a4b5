import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeTables } from "@mamori/xlsx";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../run.js";

const examples = fileURLToPath(new URL("../../../../examples/data/", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "mamori-xlsx-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[], cwd = examples) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd,
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
  });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

describe("mamori bia reads a workbook as it reads YAML", () => {
  it("examples/data/bia.xlsx prints the same analysis as bia.yaml; findings name their cells", async () => {
    const xlsx = await run(["bia", "bia.xlsx"]);
    const yaml = await run(["bia", "bia.yaml"]);
    expect(xlsx.code).toBe(1);
    expect(yaml.code).toBe(1);
    // The analysis is printed first, then the findings under the file's name.
    const [analysisX, findingsX] = xlsx.stdout.split("\nbia.xlsx\n");
    const [analysisY, findingsY] = yaml.stdout.split("\nbia.yaml\n");
    expect(analysisX).toBe(analysisY);
    // The same 39 findings, located by cell instead of line and column.
    const messages = (s: string | undefined) =>
      (s ?? "")
        .split("\n")
        .filter((l) => l.startsWith("  "))
        .map((l) => l.replace(/^ {2}('[^']*'!\S+|\S+)\s+/, ""))
        .sort();
    expect(messages(findingsX)).toEqual(messages(findingsY));
    expect(messages(findingsX)).toHaveLength(39);
    // order-intake is the first process: row 2 of Processes.
    expect(findingsX).toMatch(
      / {2}Processes!A2 +error +'order-intake' can be recovered after 15 hours/,
    );
    // erp's backup power: IT services row 2, the power.backupRuntime column.
    expect(findingsX).toMatch(/'IT services'!L2 +error +Backup power for 'erp' lasts 8 hours/);
  });

  it("--format json gives the same analysis; SARIF carries the cell", async () => {
    const x = JSON.parse((await run(["bia", "bia.xlsx", "--format", "json"])).stdout);
    const y = JSON.parse((await run(["bia", "bia.yaml", "--format", "json"])).stdout);
    const { diagnostics: dx, ...restX } = x;
    const { diagnostics: dy, ...restY } = y;
    expect(restX).toEqual(restY);
    expect(dx.find((d: { code: string }) => d.code === "bia/rto-gap").cell).toBe("Processes!A2");
    expect(dy.length).toBe(dx.length);
  });

  it("a value that is wrong in a cell: exit 1 and the cell", async () => {
    writeFileSync(
      join(dir, "bad.xlsx"),
      writeTables([
        {
          name: "事業影響度分析",
          header: ["項目", "値"],
          rows: [
            ["kind", "BusinessImpactAnalysis"],
            ["schemaVersion", "1.0"],
            ["評価時点", "PT4H, P1D"],
            ["許容できない影響度", 4],
          ],
        },
        {
          name: "業務プロセス",
          header: ["ID", "名称", "目標復旧時間", "作業復旧時間"],
          rows: [["erp", "基幹", "4h", "PT1H"]],
        },
      ]),
    );
    const r = await run(["bia", "bad.xlsx"], dir);
    expect(r.code).toBe(1);
    // 目標復旧時間 (RTO) of erp: row 2, column C.
    expect(r.stdout).toMatch(/ {2}業務プロセス!C2 +error +'4h' is not an ISO 8601 duration/);
  });

  it("a file that is no workbook, or an encrypted one: exit 2 and one clear line", async () => {
    writeFileSync(join(dir, "text.xlsx"), "kind: BusinessImpactAnalysis\n");
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    writeFileSync(join(dir, "locked.xlsx"), ole);
    const a = await run(["bia", "text.xlsx"], dir);
    const b = await run(["bia", "locked.xlsx"], dir);
    expect([a.code, b.code]).toEqual([2, 2]);
    expect(a.stderr).toContain("cannot read text.xlsx: The file is not an .xlsx workbook");
    expect(b.stderr).toContain("cannot read locked.xlsx: The workbook is password-protected");
  });
});
