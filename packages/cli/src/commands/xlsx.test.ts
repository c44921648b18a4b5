import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { read, utils, read as xlsxRead, write as xlsxWrite } from "@e965/xlsx";
import { readCsv } from "@mamori/core/internal";
import { parseSource } from "@mamori/core/source";
import { readWorkbook, writeTables } from "@mamori/xlsx";
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

describe("mamori bia|matrix --format xlsx", () => {
  const sheetRows = (file: string, sheet: string) => {
    const book = read(readFileSync(file), { type: "buffer", cellFormula: true });
    return { book, rows: utils.sheet_to_json<unknown[]>(book.Sheets[sheet]!, { header: 1 }) };
  };

  it("bia: processes with MTPD, RTO, achievable and gaps, SPOFs, scenarios, findings; filterable", async () => {
    const out = join(dir, "bia-analysis.xlsx");
    const r = await run(["bia", "bia.yaml", "--format", "xlsx", "--out", out]);
    expect(r.code).toBe(1); // the analysis has errors (the RTO gap), as the text output says
    const { book, rows } = sheetRows(out, "Processes");
    expect(book.SheetNames).toEqual([
      "Processes",
      "Single points of failure",
      "Scenarios",
      "Findings",
    ]);
    expect(rows[0]).toEqual([
      "process",
      "name",
      "time-critical",
      "MTPD",
      "RTO",
      "RPO",
      "tier",
      "achievable",
      "gap",
    ]);
    // order-intake: RTO 8 h, achievable 1 + 12 + 2 = 15 h (bia.yaml's header comment): a gap.
    expect(rows[1]).toEqual(expect.arrayContaining(["order-intake", "8 hours", "15 hours", "GAP"]));
    expect(book.Sheets.Processes!["!autofilter"]).toEqual({ ref: "A1:I11" }); // 10 processes + header
    expect(sheetRows(out, "Findings").rows).toHaveLength(40); // header + the 39 findings
  });

  it("bia: a hostile name is written as text, never as a formula", async () => {
    const hostile = "=cmd|' /C calc'!A0";
    writeFileSync(
      join(dir, "hostile.json"),
      JSON.stringify({
        kind: "BusinessImpactAnalysis",
        schemaVersion: "1.0",
        timePoints: ["PT4H"],
        unacceptableLevel: 4,
        processes: [{ id: "p1", name: hostile }],
      }),
    );
    const out = join(dir, "hostile.xlsx");
    await run(["bia", "hostile.json", "--format", "xlsx", "--out", out], dir);
    const cell = sheetRows(out, "Processes").book.Sheets.Processes!.B2 as {
      t: string;
      v: string;
      f?: string;
    };
    expect([cell.t, cell.v, cell.f]).toEqual(["s", hostile, undefined]);
  });

  it("matrix: ownership, gaps, conflicts and expired evidence per control, in Japanese", async () => {
    const out = join(dir, "matrix.xlsx");
    const r = await run([
      "matrix",
      "matrix-skycloud.yaml",
      "--attestation",
      "attestations/skycloud.yaml",
      "--now",
      "2026-12-01",
      "--format",
      "xlsx",
      "--out",
      out,
      "--locale",
      "ja",
    ]);
    expect(r.code).toBeLessThan(2);
    const { book, rows } = sheetRows(out, "管理策");
    expect(book.SheetNames).toEqual(["管理策", "指摘事項"]);
    const csv = await run([
      "matrix",
      "matrix-skycloud.yaml",
      "--attestation",
      "attestations/skycloud.yaml",
      "--now",
      "2026-12-01",
      "--format",
      "csv",
      "--locale",
      "ja",
    ]);
    // One row per CSV line (header included, the final empty line not).
    expect(rows.length).toBe(csv.stdout.trimEnd().split("\r\n").length);
  });

  it("--format xlsx without --out: exit 2", async () => {
    const r = await run(["bia", "bia.yaml", "--format", "xlsx"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--format xlsx needs --out <file.xlsx>");
  });
});

describe("mamori init --xlsx", () => {
  it("writes sample and blank workbooks, en and ja, that read back with no diagnostic", async () => {
    const target = join(dir, "starter");
    const r = await run(["init", "starter", "--xlsx"], dir);
    expect(r.code).toBe(0);
    for (const name of [
      "bia",
      "bia.ja",
      "bia-blank",
      "bia-blank.ja",
      "matrix",
      "matrix.ja",
      "matrix-blank",
      "matrix-blank.ja",
    ])
      expect(r.stdout).toContain(join("starter", `${name}.xlsx`));
    const yaml = parseSource(readFileSync(join(target, "bia.yaml"), "utf8")).data;
    for (const name of ["bia.xlsx", "bia.ja.xlsx"]) {
      const read = readWorkbook(readFileSync(join(target, name)));
      expect(read.diagnostics).toEqual([]);
      expect(read.data).toEqual(yaml);
    }
    // The Japanese workbook: 事業影響度分析 and 業務プロセス sheets, 作業復旧時間 (WRT) column.
    const ja = xlsxRead(readFileSync(join(target, "bia.ja.xlsx")));
    // (The clinic's BIA has its own impact categories: their sheet, 影響区分, comes second.)
    expect(ja.SheetNames.slice(0, 3)).toEqual(["事業影響度分析", "影響区分", "業務プロセス"]);
    expect(utils.sheet_to_json<string[]>(ja.Sheets["業務プロセス"]!, { header: 1 })[0]).toContain(
      "作業復旧時間",
    );
    // The blank one shows every column to fill in, 目標復旧時間 (RTO) among them.
    const blank = xlsxRead(readFileSync(join(target, "bia-blank.ja.xlsx")));
    expect(
      utils.sheet_to_json<string[]>(blank.Sheets["業務プロセス"]!, { header: 1 })[0],
    ).toContain("目標復旧時間");
    // Every workbook passes its command with no finding of the reading, and the blanks with none at all.
    for (const name of ["bia-blank.xlsx", "bia-blank.ja.xlsx"]) {
      const b = await run(["bia", name, "--format", "json"], target);
      expect([name, b.code, JSON.parse(b.stdout).diagnostics]).toEqual([name, 0, []]);
    }
    for (const name of [
      "matrix-blank.xlsx",
      "matrix-blank.ja.xlsx",
      "matrix.xlsx",
      "matrix.ja.xlsx",
    ]) {
      const m = await run(["matrix", name, "--format", "json", "--now", "2026-12-01"], target);
      const codes = JSON.parse(m.stdout).diagnostics.map((d: { code: string }) => d.code);
      expect([
        name,
        codes.filter((c: string) => c.startsWith("xlsx/") || c.startsWith("schema/")),
      ]).toEqual([name, []]);
    }
    // Asked again, it refuses to overwrite.
    expect((await run(["init", "starter", "--xlsx"], dir)).code).toBe(2);
  });
});

describe("mamori matrix --attestation <CSA's CAIQ v4 workbook>", () => {
  it("reads the provider's answers and names the cells of what it finds in them", async () => {
    const csv = readFileSync(
      new URL("../../../cloud-matrix/test-data/star-caiq-v4.0.3.csv", import.meta.url),
      "utf8",
    );
    const book = utils.book_new();
    const rows = readCsv(csv).rows;
    utils.book_append_sheet(
      book,
      utils.aoa_to_sheet([['{"specification_version":"4.0.3"}'], ...rows]),
      "CAIQv4.0.3",
    );
    writeFileSync(
      join(dir, "caiq.xlsx"),
      new Uint8Array(xlsxWrite(book, { type: "array", bookType: "xlsx" })),
    );
    const r = await run([
      "matrix",
      "matrix-kumomail.yaml",
      "--attestation",
      join(dir, "caiq.xlsx"),
      "--format",
      "json",
      "--now",
      "2026-12-01",
    ]);
    expect(r.code).toBeLessThan(2);
    const out = JSON.parse(r.stdout);
    // BCR-08.3's ownership differs from BCR-08.1's: header on row 2, BCR-08.3 the 5th answer, row 7, column D.
    const differs = out.diagnostics.find(
      (d: { code: string }) => d.code === "cloud-matrix/csv-ownership-differs",
    );
    expect([differs.cell, differs.file]).toEqual(["CAIQv4.0.3!D7", join(dir, "caiq.xlsx")]);
  });
});
