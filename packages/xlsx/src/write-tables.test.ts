import { read } from "@e965/xlsx";
import { ScenarioTypeSchema } from "@mamori/bia";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { SCENARIO_TYPES, writeWorkbook } from "./write-document.js";
import { writeTables } from "./write-tables.js";

const sheetXml = (bytes: Uint8Array, n: number) =>
  new TextDecoder().decode(unzipSync(bytes)[`xl/worksheets/sheet${n}.xml`]);

describe("writeTables: frozen header rows and drop-down lists", () => {
  const bytes = writeTables([
    {
      name: "A",
      header: ["id", "owner", "level"],
      rows: [["p1", "sales", 3]],
      validations: [
        { column: 1, list: ["sales", "production"] },
        { column: 2, whole: [1, 5] },
      ],
    },
    { name: "B", header: ["x"], rows: [] },
  ]);
  it("freezes row 1 of every sheet", () => {
    for (const n of [1, 2])
      expect(sheetXml(bytes, n)).toContain(
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
      );
  });
  it("puts the lists on rows 2–1000 of their columns (B: owners, C: levels 1–5), after the autofilter", () => {
    const xml = sheetXml(bytes, 1);
    expect(xml).toContain(
      '<autoFilter ref="A1:C2"/><dataValidations count="2"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorStyle="information" sqref="B2:B1000"><formula1>&quot;sales,production&quot;</formula1></dataValidation>',
    );
    expect(xml).toContain('sqref="C2:C1000"><formula1>1</formula1><formula2>5</formula2>');
    expect(sheetXml(bytes, 2)).not.toContain("dataValidations");
  });
  it("is still a workbook SheetJS reads, and the same tables give the same bytes", () => {
    expect(read(bytes, { type: "array" }).SheetNames).toEqual(["A", "B"]);
    expect(
      Buffer.from(bytes).equals(
        Buffer.from(
          writeTables([
            {
              name: "A",
              header: ["id", "owner", "level"],
              rows: [["p1", "sales", 3]],
              validations: [
                { column: 1, list: ["sales", "production"] },
                { column: 2, whole: [1, 5] },
              ],
            },
            { name: "B", header: ["x"], rows: [] },
          ]),
        ),
      ),
    ).toBe(true);
  });
});

describe("writeWorkbook: the lists it offers", () => {
  it("owners of the document, resource kinds, scenario types, impact levels", () => {
    const bytes = writeWorkbook({
      kind: "BusinessImpactAnalysis",
      schemaVersion: "1.0",
      timePoints: ["PT4H", "P1D"],
      unacceptableLevel: 4,
      processes: [
        { id: "a", name: "A", owner: "sales", impacts: { financial: { PT4H: 2 } } },
        { id: "b", name: "B", owner: "finance" },
      ],
      resources: [{ id: "r", name: "R", kind: "server" }],
    });
    // Sheets: 1 document, 2 Processes, 3 Impacts, 4 Resources, 5 Dependencies.
    expect(sheetXml(bytes, 2)).toContain("<formula1>&quot;finance,sales&quot;</formula1>"); // sorted
    expect(sheetXml(bytes, 3)).toContain(
      'sqref="C2:C1000"><formula1>1</formula1><formula2>5</formula2>',
    );
    expect(sheetXml(bytes, 4)).toContain(
      "&quot;server,network,power,facility,communications,people,supplier,cloud-service,data,application&quot;",
    );
  });
  it("knows @mamori/bia's scenario types", () => {
    expect([...SCENARIO_TYPES]).toEqual(ScenarioTypeSchema.options);
  });
});
