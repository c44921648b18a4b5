import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseSource } from "@mamori/core/source";
import { writeWorkbook } from "@mamori/xlsx";
import type { CliIo } from "../io.js";

/** The workbooks `mamori init --xlsx` writes: samples (from the YAML starters) and blanks, en and ja. */
export const WORKBOOKS = [
  "bia.xlsx",
  "bia.ja.xlsx",
  "bia-blank.xlsx",
  "bia-blank.ja.xlsx",
  "matrix.xlsx",
  "matrix.ja.xlsx",
  "matrix-blank.xlsx",
  "matrix-blank.ja.xlsx",
] as const;

/** A blank BIA: the sample's time points, scale and categories, no process yet. */
function blankBia(sample: Record<string, unknown>): Record<string, unknown> {
  const keep = [
    "kind",
    "schemaVersion",
    "timePoints",
    "impactScale",
    "unacceptableLevel",
    "categories",
  ];
  return {
    ...Object.fromEntries(Object.entries(sample).filter(([k]) => keep.includes(k))),
    title: "",
    processes: [],
  };
}

/** A blank matrix: the sample's provider fields, no override yet. */
function blankMatrix(sample: Record<string, unknown>): Record<string, unknown> {
  const keep = ["kind", "schemaVersion", "id", "provider", "serviceModel", "catalogs"];
  return Object.fromEntries(Object.entries(sample).filter(([k]) => keep.includes(k)));
}

/**
 * Write the starter workbooks beside the YAML starters: each sample as the YAML says it, and a
 * blank one to fill in, with English and with Japanese sheet and column headers (both read back).
 */
export function writeStarterWorkbooks(
  io: CliIo,
  templates: string,
  dir: string,
  shown: string,
): void {
  const load = (name: string) =>
    parseSource(readFileSync(join(templates, name), "utf8")).data as Record<string, unknown>;
  const bia = load("bia.yaml");
  const matrix = load("matrix.yaml");
  const docs: Record<(typeof WORKBOOKS)[number], Record<string, unknown>> = {
    "bia.xlsx": bia,
    "bia.ja.xlsx": bia,
    "bia-blank.xlsx": blankBia(bia),
    "bia-blank.ja.xlsx": blankBia(bia),
    "matrix.xlsx": matrix,
    "matrix.ja.xlsx": matrix,
    "matrix-blank.xlsx": blankMatrix(matrix),
    "matrix-blank.ja.xlsx": blankMatrix(matrix),
  };
  for (const name of WORKBOOKS) {
    const locale = name.endsWith(".ja.xlsx") ? "ja" : "en";
    writeFileSync(join(dir, name), writeWorkbook(docs[name], { locale }));
    io.stdout(`${join(shown, name)}\n`);
  }
}
