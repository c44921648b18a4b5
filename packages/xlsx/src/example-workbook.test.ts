import { readFileSync, writeFileSync } from "node:fs";
import { parseSource } from "@mamori/core/source";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "./read-document.js";
import { writeWorkbook } from "./write-document.js";

// examples/data/bia.xlsx is bia.yaml written by writeWorkbook (regenerate with
// MAMORI_WRITE_EXAMPLES=1 npx vitest run --project xlsx example-workbook).
const data = (name: string) => new URL(`../../../examples/data/${name}`, import.meta.url);

describe("examples/data/bia.xlsx", () => {
  const yaml = parseSource(readFileSync(data("bia.yaml"), "utf8")).data as Record<string, unknown>;
  if (process.env.MAMORI_WRITE_EXAMPLES === "1")
    writeFileSync(data("bia.xlsx"), writeWorkbook(yaml));

  it("reads to exactly the document bia.yaml holds, with no diagnostic", () => {
    const read = readWorkbook(readFileSync(data("bia.xlsx")));
    expect(read.diagnostics).toEqual([]);
    expect(read.data).toEqual(yaml);
  });

  it("is what writeWorkbook writes today (the writer is deterministic)", () => {
    expect(Buffer.from(writeWorkbook(yaml)).equals(Buffer.from(writeWorkbook(yaml)))).toBe(true);
    expect(Buffer.from(writeWorkbook(yaml)).equals(readFileSync(data("bia.xlsx")))).toBe(true);
  });
});
