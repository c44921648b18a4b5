import { read, utils, write } from "@e965/xlsx";
import { unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { attachCells } from "./locate.js";
import { readWorkbook } from "./read-document.js";
import { writeTables } from "./write-tables.js";

const BIA_SHEET = {
  name: "Business impact analysis",
  header: ["Field", "Value"],
  rows: [
    ["kind", "BusinessImpactAnalysis"],
    ["schemaVersion", "1.0"],
    ["Time points", "PT4H, P1D"],
    ["Unacceptable level", 4],
  ],
};
const PROCESSES = {
  name: "Processes",
  header: ["ID", "Name", "RTO", "x-cost-centre"],
  rows: [
    ["order-intake", "Order intake", "PT8H", "CC-10"],
    ["payroll", "Payroll", "4h", 42],
  ],
};

const codes = (r: { diagnostics: { code: string; cell?: string; severity: string }[] }) =>
  r.diagnostics.map((d) => [d.code, d.cell, d.severity]);

/** A workbook written cell by cell with SheetJS, for what writeTables never writes. */
function raw(
  sheets: Record<string, Record<string, unknown>>,
  merges?: Record<string, string[]>,
): Uint8Array {
  const book = utils.book_new();
  for (const [name, cells] of Object.entries(sheets)) {
    const ws: Record<string, unknown> = { ...cells };
    const refs = Object.keys(cells);
    ws["!ref"] = `A1:${refs.sort().at(-1)}`;
    if (merges?.[name]) ws["!merges"] = merges[name].map((m) => utils.decode_range(m));
    utils.book_append_sheet(book, ws as never, name);
  }
  return new Uint8Array(write(book, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
}

describe("readWorkbook: a BIA in mamori's layout", () => {
  const r = readWorkbook(writeTables([BIA_SHEET, PROCESSES]), { file: "bia.xlsx" });
  it("reads the document, x- columns kept, numbers as numbers", () => {
    expect(r.kind).toBe("BusinessImpactAnalysis");
    expect(r.diagnostics).toEqual([]);
    expect(r.data).toEqual({
      kind: "BusinessImpactAnalysis",
      schemaVersion: "1.0",
      timePoints: ["PT4H", "P1D"],
      unacceptableLevel: 4,
      processes: [
        {
          id: "order-intake",
          name: "Order intake",
          objectives: { rto: "PT8H" },
          "x-cost-centre": "CC-10",
        },
        { id: "payroll", name: "Payroll", objectives: { rto: "4h" }, "x-cost-centre": 42 },
      ],
    });
  });
  it("records the cell of every value: payroll's RTO is row 3 (header, order-intake, payroll), column C", () => {
    expect(r.cells.get("/processes/1/objectives/rto")).toBe("Processes!C3");
    expect(r.cells.get("/timePoints")).toBe("'Business impact analysis'!B4");
    expect(r.cells.get("/processes/1")).toBe("Processes!A3");
  });
  it("places a later finding at its cell, or its nearest enclosing value's", () => {
    const d = {
      code: "duration/malformed",
      severity: "error" as const,
      message: "m",
      messages: { en: "m", ja: "m" },
    };
    const placed = attachCells(
      [
        { ...d, path: "/processes/1/objectives/rto" },
        { ...d, path: "/processes/1/wrt" },
        { ...d, path: "/organisation" },
      ],
      r.cells,
      "bia.xlsx",
    );
    expect(placed.map((p) => [p.cell, p.file])).toEqual([
      ["Processes!C3", "bia.xlsx"],
      ["Processes!A3", "bia.xlsx"], // no WRT cell: the process's row
      ["'Business impact analysis'!A1", "bia.xlsx"], // not in the workbook: the document sheet
    ]);
  });
});

describe("readWorkbook: headers in Japanese", () => {
  it("reads 事業影響度分析 / 業務プロセス / 目標復旧時間 as the English layout", () => {
    const r = readWorkbook(
      writeTables([
        {
          name: "事業影響度分析",
          header: ["項目", "値"],
          rows: [
            ["kind", "BusinessImpactAnalysis"],
            ["評価時点", "PT4H"],
          ],
        },
        {
          name: "業務プロセス",
          header: ["ID", "名称", "目標復旧時間", "作業復旧時間"],
          rows: [["erp", "基幹", "PT4H", "PT1H"]],
        },
      ]),
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.data).toEqual({
      kind: "BusinessImpactAnalysis",
      timePoints: ["PT4H"],
      processes: [{ id: "erp", name: "基幹", objectives: { rto: "PT4H" }, wrt: "PT1H" }],
    });
  });
});

describe("readWorkbook: nothing is dropped silently", () => {
  it("reports an unknown column with the closest known header, and an unknown sheet", () => {
    const r = readWorkbook(
      writeTables([
        BIA_SHEET,
        { name: "Processes", header: ["ID", "Nmae", "RTO"], rows: [["erp", "ERP", "PT4H"]] },
        { name: "Proceses", header: ["ID"], rows: [["x"]] },
        { name: "Notes", header: ["ID"], rows: [["x"]] },
      ]),
    );
    expect(codes(r)).toEqual([
      ["xlsx/unknown-sheet-suggest", "Proceses!A1", "warning"],
      ["xlsx/unknown-sheet", "Notes!A1", "warning"],
      ["xlsx/unknown-column-suggest", "Processes!B1", "error"],
    ]);
    expect(r.diagnostics[2]?.message).toBe(
      "Unknown column 'Nmae' in sheet 'Processes'; did you mean 'Name'? Columns of your own must start with 'x-'.",
    );
    expect(r.diagnostics[2]?.messages.ja).toContain("「Name」の誤りではありませんか");
  });
  it("reports a row of Impacts or Dependencies that names an undefined process", () => {
    const r = readWorkbook(
      writeTables([
        BIA_SHEET,
        PROCESSES,
        {
          name: "Impacts",
          header: ["Process", "Category", "PT4H"],
          rows: [["ordr-intake", "financial", 3]],
        },
        {
          name: "Dependencies",
          header: ["From", "Depends on"],
          rows: [
            ["payroll", "payroll-system"],
            ["nobody", "erp"],
          ],
        },
      ]),
    );
    expect(codes(r)).toEqual([
      ["xlsx/unknown-row", "Impacts!A2", "error"],
      ["xlsx/unknown-row", "Dependencies!A3", "error"],
    ]);
    expect(((r.data?.processes ?? []) as { dependsOn?: unknown }[])[1]?.dependsOn).toEqual([
      "payroll-system",
    ]);
  });
  it("refuses a column named __proto__.x without touching any prototype", () => {
    const r = readWorkbook(
      writeTables([
        BIA_SHEET,
        { name: "Processes", header: ["ID", "__proto__.polluted"], rows: [["a", "yes"]] },
      ]),
    );
    expect(codes(r)).toEqual([["xlsx/unknown-column", "Processes!B1", "error"]]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("readWorkbook: hostile and broken workbooks", () => {
  it("a file that is not a zip archive", () => {
    expect(codes(readWorkbook(new TextEncoder().encode("kind: BusinessImpactAnalysis\n")))).toEqual(
      [["xlsx/not-a-workbook", undefined, "error"]],
    );
  });
  it("a corrupt workbook (a zip cut in half)", () => {
    const bytes = writeTables([BIA_SHEET]);
    const r = readWorkbook(bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(r.diagnostics.map((d) => d.code)).toEqual(["xlsx/corrupt"]);
    expect(r.data).toBeUndefined();
  });
  it("a zip archive without a workbook in it: corrupt, not a crash", () => {
    const r = readWorkbook(zipSync({ "hello.txt": new TextEncoder().encode("hi") }));
    expect(r.diagnostics.map((d) => d.code)).toEqual(["xlsx/corrupt"]);
  });
  it("a password-protected workbook (an OLE compound file, as Excel saves an encrypted one)", () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const r = readWorkbook(ole);
    expect(codes(r)).toEqual([["xlsx/encrypted", undefined, "error"]]);
    expect(r.diagnostics[0]?.messages.ja).toContain("パスワード");
  });
  it("a zip bomb: refused from the archive's directory, before inflating", () => {
    // 5 MB of zeros compress to a few kB; the limit here is 1 MB.
    const bomb = zipSync({ "xl/worksheets/sheet1.xml": new Uint8Array(5_000_000) }, { level: 9 });
    expect(bomb.length).toBeLessThan(20_000);
    const r = readWorkbook(bomb, { maxUnzippedBytes: 1_000_000 });
    expect(r.diagnostics.map((d) => [d.code, d.data])).toEqual([
      ["xlsx/too-large-unzipped", { size: 5_000_000, limit: 1_000_000 }],
    ]);
  });
  it("a zip bomb whose directory lies about its size: stopped while inflating, at the limit", () => {
    const bomb = zipSync({ "xl/worksheets/sheet1.xml": new Uint8Array(5_000_000) }, { level: 9 });
    // Declare 100 bytes in the local header (offset 22) and the central directory (offset 24).
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    for (let i = 0; i + 4 <= bomb.length; i++) {
      const sig = view.getUint32(i, true);
      if (sig === 0x04034b50) view.setUint32(i + 22, 100, true);
      if (sig === 0x02014b50) view.setUint32(i + 24, 100, true);
    }
    const r = readWorkbook(bomb, { maxUnzippedBytes: 1_000_000 });
    expect(r.diagnostics.map((d) => [d.code, d.data])).toEqual([
      ["xlsx/too-large-unzipped", { size: "> 1000000", limit: 1_000_000 }],
    ]);
  });
  it("a sheet longer than the row limit: a diagnostic at the first row past it", () => {
    // Header + 12 process rows = 13 rows; limit 10: rows 1–10 read, row 11 (index 10) reported.
    const rows = Array.from({ length: 12 }, (_, i) => [`p${i}`, `Process ${i}`]);
    const r = readWorkbook(
      writeTables([BIA_SHEET, { name: "Processes", header: ["ID", "Name"], rows }]),
      {
        maxRows: 10,
      },
    );
    expect(codes(r)).toEqual([["xlsx/too-many-rows", "Processes!A11", "error"]]);
    expect(r.diagnostics[0]?.data).toEqual({ sheet: "Processes", rows: 13, limit: 10 });
    expect(((r.data?.processes ?? []) as unknown[]).length).toBe(9); // rows 2–10
  });
  it("formulas, merged cells and date cells: each at its cell", () => {
    const bytes = raw(
      {
        "Business impact analysis": {
          A1: { t: "s", v: "Field" },
          B1: { t: "s", v: "Value" },
          A2: { t: "s", v: "kind" },
          B2: { t: "s", v: "BusinessImpactAnalysis" },
          A3: { t: "s", v: "Unacceptable level" },
          B3: { t: "n", v: 4, f: "2+2" },
        },
        Processes: {
          A1: { t: "s", v: "ID" },
          B1: { t: "s", v: "Name" },
          C1: { t: "s", v: "x-reviewed" },
          A2: { t: "s", v: "erp" },
          B2: { t: "s", v: "ERP" },
          C2: { t: "d", v: new Date(2026, 11, 7) },
          A3: { t: "s", v: "mes" },
        },
      },
      { Processes: ["B2:B3"] },
    );
    const r = readWorkbook(bytes);
    expect(codes(r)).toEqual([
      ["xlsx/formula", "'Business impact analysis'!B3", "error"],
      ["xlsx/date-cell", "Processes!C2", "warning"],
      ["xlsx/merged-cells", "Processes!B2", "error"],
    ]);
    expect(r.diagnostics[0]?.message).toBe(
      "'Business impact analysis'!B3 holds the formula =2+2; mamori reads values, not formulas: paste the value instead.",
    );
    expect(((r.data?.processes ?? []) as Record<string, unknown>[])[0]?.["x-reviewed"]).toBe(
      "2026-12-07",
    );
    expect(r.data?.unacceptableLevel).toBeUndefined(); // a formula's cached value is not used
  });
  it("a `json:` cell that is not JSON", () => {
    const r = readWorkbook(
      writeTables([
        BIA_SHEET,
        { name: "Processes", header: ["ID", "lossCurve"], rows: [["erp", "json:[{"]] },
      ]),
    );
    expect(codes(r)).toEqual([["xlsx/bad-json", "Processes!B2", "error"]]);
  });
});

describe("writeTables: hostile strings stay text", () => {
  it("a cell starting with =, +, -, @ (or a full-width ＝) is a text cell, never a formula", () => {
    const hostile = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "＝1+1", "\t=1"];
    const bytes = writeTables([{ name: "Gaps", header: ["Value"], rows: hostile.map((h) => [h]) }]);
    const book = read(bytes, { type: "array", cellFormula: true });
    const sheet = book.Sheets.Gaps as Record<string, { t: string; v: unknown; f?: string }>;
    // Rows 2–7 hold the six values.
    for (let i = 0; i < hostile.length; i++) {
      const cell = sheet[`A${i + 2}`];
      expect(cell?.f).toBeUndefined();
      expect([cell?.t, cell?.v]).toEqual(["s", hostile[i]]);
    }
    // And no <f> element anywhere in the sheet's XML.
    const xml = new TextDecoder().decode(unzipSync(bytes)["xl/worksheets/sheet1.xml"]);
    expect(xml).not.toContain("<f>");
    expect(xml).toContain('autoFilter ref="A1:A7"');
  });
});

describe("a long sheet, written and read", () => {
  it("150,000 rows: written (no call-stack overflow), and refused past the row limit at once", () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => [`p${i}`]);
    const bytes = writeTables([BIA_SHEET, { name: "Processes", header: ["ID"], rows }]);
    const r = readWorkbook(bytes, { maxRows: 1000 });
    // 150,000 rows + the header = 150,001; the first row past the limit is row 1001.
    expect(r.diagnostics.map((d) => [d.code, d.cell, d.data?.rows])).toEqual([
      ["xlsx/too-many-rows", "Processes!A1001", 150_001],
    ]);
  });
});
