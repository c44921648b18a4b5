import { readFileSync } from "node:fs";
import { utils, write } from "@e965/xlsx";
import { importCaiqCsv } from "@mamori/cloud-matrix";
import { readCsv } from "@mamori/core/internal";
import { describe, expect, it } from "vitest";
import { importCaiqWorkbook } from "./caiq.js";

// CSA's CAIQ v4 workbook layout (facts only, no CSA prose): the questionnaire sheet is named for
// its version, A1 holds a JSON version stamp, row 2 is the header, columns G and H are unlabelled
// spacers, and the CCM columns (I–L) are filled on a control's first question row only — or
// merged down its rows. The answers here are invented.
const HEADER = [
  "Question ID",
  "Question",
  "CSP CAIQ Answer",
  "SSRM Control Ownership",
  "CSP Implementation Description (Optional/Recommended)",
  "CSC Responsibilities (Optional/Recommended)",
  undefined,
  undefined,
  "CCM Control ID",
  "CCM Control Specification",
  "CCM Control Title",
  "CCM Domain Title",
];
const q = "(question not reproduced)";
const ROWS: (string | undefined)[][] = [
  [
    "A&A-01.1",
    q,
    "Yes",
    "Shared CSP and CSC",
    "Annual audit programme.",
    "Customers audit their use.",
    undefined,
    undefined,
    "A&A-01",
    "(not reproduced)",
    "Audit and Assurance Policy and Procedures",
    "Audit & Assurance",
  ],
  [
    "A&A-01.2",
    q,
    "Yes",
    "Shared CSP and CSC",
    "Annual audit programme.",
    "Customers audit their use.",
  ],
  [
    "BCR-08.1",
    q,
    "Yes",
    "CSP-owned",
    "Daily backups to a second region.",
    undefined,
    undefined,
    undefined,
    "BCR-08",
    "(not reproduced)",
    "Backup",
    "Business Continuity Management and Operational Resilience",
  ],
  ["BCR-08.2", q, "No", "CSP-owned"],
  ["IAM-14.1", q, "Yes", "CSC-owned", undefined, "Customers enforce multi-factor authentication."],
  ["LOG-01.1", q, "Yes", "Somebody else"],
];

function caiqWorkbook(): Uint8Array {
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet([["Read me first"]]), "Introduction");
  const ws = utils.aoa_to_sheet([['{"specification_version":"4.0.3"}'], HEADER, ...ROWS]);
  // BCR-08's CCM cells merged down its two question rows (sheet rows 5–6), as CSA's sheet does.
  ws["!merges"] = [utils.decode_range("I5:I6"), utils.decode_range("K5:K6")];
  utils.book_append_sheet(book, ws, "CAIQv4.0.3");
  return new Uint8Array(write(book, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
}

describe("importCaiqWorkbook: CSA's CAIQ v4 workbook layout", () => {
  const r = importCaiqWorkbook(caiqWorkbook(), { provider: "kumomail", file: "caiq.xlsx" });

  it("finds the questionnaire sheet by its header row (row 2, under the version stamp)", () => {
    expect(r.sheet).toBe("CAIQv4.0.3");
    expect(r.layout).toBe("caiq-answers");
  });

  it("imports every answered control, its questions gathered, CCM ids carried down", () => {
    expect(r.attestation?.controls).toEqual([
      {
        control: { catalog: "ccm-v4.0", control: "A&A-01" },
        owner: "shared",
        providerImplementation: "Annual audit programme.",
        customerResponsibility: "Customers audit their use.",
      },
      {
        control: { catalog: "ccm-v4.0", control: "BCR-08" },
        owner: "provider",
        providerImplementation: "Daily backups to a second region.",
        status: "partial", // BCR-08.2 is answered No
      },
      {
        control: { catalog: "ccm-v4.0", control: "IAM-14" },
        owner: "customer",
        customerResponsibility: "Customers enforce multi-factor authentication.",
      },
    ]);
  });

  it("reports each problem at its cell, and the other sheet as info", () => {
    // LOG-01.1 is the 6th answer row: sheet row 2 (header) + 6 = row 8; ownership is column D.
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.cell, d.file])).toEqual([
      ["xlsx/unknown-sheet", "info", "Introduction!A1", "caiq.xlsx"],
      ["cloud-matrix/invalid-ownership", "error", "CAIQv4.0.3!D8", "caiq.xlsx"],
      // importCaiqCsv itself reports this cell twice (the second time as ''): its behaviour, not ours.
      ["cloud-matrix/invalid-ownership", "error", "CAIQv4.0.3!D8", "caiq.xlsx"],
    ]);
    expect(r.diagnostics[1]?.path).toBe("/rows/5/SSRM Control Ownership");
    expect(r.diagnostics.every((d) => d.range === undefined)).toBe(true);
  });

  it("a workbook without a CAIQ sheet", () => {
    const book = utils.book_new();
    utils.book_append_sheet(book, utils.aoa_to_sheet([["Control", "Owner"]]), "Sheet1");
    const bytes = new Uint8Array(write(book, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
    const none = importCaiqWorkbook(bytes);
    expect(none.attestation).toBeUndefined();
    expect(none.diagnostics.map((d) => d.code)).toEqual([
      "xlsx/unknown-sheet",
      "xlsx/caiq-no-sheet",
    ]);
  });
});

describe("importCaiqWorkbook: the same mapping as importCaiqCsv", () => {
  it("CSA's STAR CSV fixture put in CSA's workbook layout imports to the same attestation", () => {
    const csv = readFileSync(
      new URL("../../cloud-matrix/test-data/star-caiq-v4.0.3.csv", import.meta.url),
      "utf8",
    );
    const rows = readCsv(csv).rows;
    const book = utils.book_new();
    // Version stamp on row 1, the CSV's header on row 2, its rows below: CSA's layout.
    utils.book_append_sheet(
      book,
      utils.aoa_to_sheet([['{"specification_version":"4.0.3"}'], ...rows]),
      "CAIQv4.0.3",
    );
    const bytes = new Uint8Array(write(book, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
    const fromCsv = importCaiqCsv(csv, { provider: "kumomail" });
    const fromXlsx = importCaiqWorkbook(bytes, { provider: "kumomail" });
    expect(fromXlsx.attestation).toEqual(fromCsv.attestation);
    expect(fromXlsx.attestation?.controls.length).toBeGreaterThan(0);
    // The same findings, each moved from its CSV line to its cell: CSV line n is sheet row n + 1.
    expect(fromXlsx.diagnostics.map((d) => [d.code, d.path])).toEqual(
      fromCsv.diagnostics.map((d) => [d.code, d.path]),
    );
    // BCR-08.3's ownership (CSV line 7, after BCR-08.1's quoted line break on lines 4–5, so the
    // 5th data row) is at sheet row 2 + 5 = 7, column D.
    expect(fromXlsx.diagnostics[0]?.cell).toBe("CAIQv4.0.3!D7");
  });
});
