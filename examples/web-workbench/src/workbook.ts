// A dropped .xlsx workbook: a BIA or a responsibility matrix in mamori's layout, or a provider's
// CAIQ v4 workbook, read in the browser (bytes in, no server) and shown as JSON in its slot.
// Loaded on demand (`import()`), so the spreadsheet library is fetched only when a workbook is
// dropped.
import type { Diagnostic, Locale } from "@mamori/core";
import { importCaiqWorkbook, readWorkbook } from "@mamori/xlsx";
import type { DocId } from "./documents.js";

/** What a workbook gave: the slot and the text to put there, or why nothing. */
export interface WorkbookLoad {
  id: DocId | undefined;
  text: string | undefined;
  /** The reading's findings, each with its cell (`Processes!D7`). */
  diagnostics: Diagnostic[];
}

export function loadWorkbook(bytes: Uint8Array, file: string, locale: Locale): WorkbookLoad {
  const read = readWorkbook(bytes, { file, locale });
  if (read.kind !== undefined && read.data !== undefined) {
    return {
      id: read.kind === "BusinessImpactAnalysis" ? "bia" : "matrix",
      text: `${JSON.stringify(read.data, null, 2)}\n`,
      diagnostics: read.diagnostics,
    };
  }
  if (read.diagnostics.some((d) => d.code === "xlsx/unknown-kind")) {
    const caiq = importCaiqWorkbook(bytes, { file, locale });
    if (caiq.attestation)
      return {
        id: "attestation",
        text: `${JSON.stringify(caiq.attestation, null, 2)}\n`,
        diagnostics: caiq.diagnostics.filter((d) => d.severity !== "info"),
      };
  }
  return { id: undefined, text: undefined, diagnostics: read.diagnostics };
}

/** `Processes!C3: message` for a notice. */
export function describe(d: Diagnostic): string {
  return d.cell ? `${d.cell}: ${d.message}` : d.message;
}
