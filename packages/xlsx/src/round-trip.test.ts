import { readFileSync } from "node:fs";
import { parseSource } from "@mamori/core/source";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "./read-document.js";
import { writeWorkbook } from "./write-document.js";

const example = (name: string) =>
  parseSource(readFileSync(new URL(`../../../examples/data/${name}`, import.meta.url), "utf8"))
    .data as Record<string, unknown>;

describe("writeWorkbook → readWorkbook", () => {
  for (const name of ["bia.yaml", "matrix-skycloud.yaml", "matrix-kumomail.yaml"]) {
    for (const locale of ["en", "ja"] as const) {
      it(`gives ${name} back unchanged (${locale} headers), with no diagnostic`, () => {
        const doc = example(name);
        const read = readWorkbook(writeWorkbook(doc, { locale }));
        expect(read.diagnostics).toEqual([]);
        expect(read.data).toEqual(doc);
      });
    }
  }
});
