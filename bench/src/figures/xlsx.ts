import { read } from "@e965/xlsx";
import { readWorkbook, writeWorkbook } from "@mamori/xlsx";
import type { Figure } from "../figure.js";
import { formatStats, type HarnessOptions, measureInterleaved, type Stats } from "../harness.js";

const TIME_POINTS = ["PT1H", "PT4H", "P1D", "P3D", "P1W", "P1M"];
const CATEGORIES = ["financial", "operational", "customer"];

/**
 * A BIA of `processes` processes as a manager's workbook has it: owner, WRT, RTO/RPO/RLO, loss per
 * hour, impact ratings in three categories at six time points, three dependencies (one an any-of
 * group) — 22 cells a process on Processes, Impacts and Dependencies.
 */
export function xlsxBia(processes: number): Record<string, unknown> {
  return {
    kind: "BusinessImpactAnalysis",
    schemaVersion: "1.0",
    title: `${processes} processes`,
    timePoints: TIME_POINTS,
    unacceptableLevel: 4,
    categories: CATEGORIES.map((id) => ({ id, name: id })),
    processes: Array.from({ length: processes }, (_, i) => ({
      id: `p${i}`,
      name: `Process ${i}`,
      owner: `unit-${i % 20}`,
      wrt: "PT4H",
      objectives: { rto: "PT8H", rpo: "PT1H", rlo: 50 },
      lossPerHour: { amount: 1000 * (i + 1), currency: "JPY" },
      impacts: Object.fromEntries(
        CATEGORIES.map((c, k) => [
          c,
          Object.fromEntries(TIME_POINTS.map((t, j) => [t, Math.min(5, 1 + ((i + j + k) % 5))])),
        ]),
      ),
      dependsOn: [
        `p${(i + 1) % processes}`,
        { anyOf: [`p${(i + 2) % processes}`, `p${(i + 3) % processes}`] },
      ],
    })),
  };
}

/** What the import figure measured. */
export interface XlsxRun {
  processes: number;
  bytes: number;
  mamori: Stats;
  sheetjs: Stats;
  /** Whether mamori's read gave the document back, with no diagnostic. */
  exact: boolean;
}

/**
 * Time `readWorkbook` (checks of the archive, SheetJS's parse, cells to a document with every
 * cell's location) against SheetJS's own bare `read` of the same bytes; the two take turns.
 */
export async function timeXlsxImport(processes: number, harness: HarnessOptions): Promise<XlsxRun> {
  const doc = xlsxBia(processes);
  const bytes = writeWorkbook(doc);
  const probe = readWorkbook(bytes);
  const exact =
    probe.diagnostics.length === 0 &&
    JSON.stringify(probe.data?.processes) === JSON.stringify(doc.processes);
  const stats = await measureInterleaved(
    [
      { name: "mamori", fn: () => readWorkbook(bytes) },
      { name: "sheetjs", fn: () => read(bytes, { type: "array" }) },
    ],
    harness,
  );
  return {
    processes,
    bytes: bytes.length,
    mamori: stats.mamori as Stats,
    sheetjs: stats.sheetjs as Stats,
    exact,
  };
}

export function xlsxFigure(run: XlsxRun, target: number): Figure {
  const ratio = run.mamori.median / run.sheetjs.median;
  return {
    id: "xlsx-import",
    title: `xlsx import (${run.processes}-process BIA workbook, ${Math.round(run.bytes / 1000)} kB)`,
    mamori: `${formatStats(run.mamori)}${run.exact ? "" : " [did NOT read the document back]"}`,
    peerName: "SheetJS read",
    peer: formatStats(run.sheetjs),
    ratio,
    target: `≤ ${target}×`,
    pass: run.exact && ratio <= target,
    data: { ...run },
  };
}
