import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { BiaResult } from "@mamori/bia";
import { type CrmResult, type MatrixResult, toCrmCsv, toMatrixCsv } from "@mamori/cloud-matrix";
import { type Diagnostic, formatDuration, type Locale } from "@mamori/core";
import { readCsv, restoreCsvCell } from "@mamori/core/internal";
import { type TableSheet, writeTables } from "@mamori/xlsx";
import { type CliIo, UsageError } from "../io.js";

const dur = (m: number | null, locale: Locale) => (m === null ? "" : formatDuration(m, locale));

/** The findings as a sheet: where (cell, or line:column, or path), severity, code, message. */
function findingsSheet(diagnostics: readonly Diagnostic[], locale: Locale): TableSheet {
  const ja = locale === "ja";
  return {
    name: ja ? "指摘事項" : "Findings",
    header: ja
      ? ["ファイル", "場所", "重大度", "コード", "内容"]
      : ["file", "where", "severity", "code", "message"],
    rows: diagnostics.map((d) => [
      d.file ?? "",
      d.cell ?? (d.range ? `${d.range.start.line}:${d.range.start.column}` : d.path || "/"),
      d.severity,
      d.code,
      d.message,
    ]),
  };
}

/**
 * The BIA analysis as a workbook a manager filters and prints: processes (MTPD, RTO, RPO, tier,
 * achievable recovery, gap: the CSV's columns), single points of failure, scenario outcomes and
 * the findings.
 */
export function biaAnalysisSheets(
  result: BiaResult,
  table: { header: string[]; rows: string[][] },
  diagnostics: readonly Diagnostic[],
  locale: Locale,
): TableSheet[] {
  const ja = locale === "ja";
  return [
    { name: ja ? "業務" : "Processes", header: table.header, rows: table.rows },
    {
      name: ja ? "単一障害点" : "Single points of failure",
      header: ja
        ? [
            "対象",
            "停止する業務",
            "時間的に重要な業務の数",
            "最短の RTO",
            "ティア",
            "時間当たり損失",
          ]
        : ["node", "processes", "time-critical processes", "shortest RTO", "tier", "loss per hour"],
      rows: result.spofs.map((s) => [
        s.node,
        s.processes.join(", "),
        s.timeCritical,
        dur(s.minRtoMinutes, locale),
        s.tier ?? "",
        s.lossPerHour,
      ]),
    },
    {
      name: ja ? "シナリオ" : "Scenarios",
      header: ja
        ? ["シナリオ", "名称", "業務", "停止時間", "RTO超過", "MTPD超過", "損失", "通貨"]
        : [
            "scenario",
            "name",
            "process",
            "outage",
            "RTO breached",
            "MTPD breached",
            "loss",
            "currency",
          ],
      rows: result.scenarios.flatMap((sc) =>
        sc.processes.map((p) => [
          sc.scenario,
          sc.name,
          p.process,
          dur(p.outageMinutes, locale),
          p.rtoBreached,
          p.mtpdBreached,
          p.loss ?? "",
          p.currency ?? "",
        ]),
      ),
    },
    findingsSheet(diagnostics, locale),
  ];
}

/**
 * The matrix analysis as a workbook: one row per control (ownership, why, what the provider
 * attests, findings: gaps, conflicts, expired evidence — the CSV's columns) and the findings.
 */
export function matrixAnalysisSheets(
  result: MatrixResult,
  diagnostics: readonly Diagnostic[],
  locale: Locale,
): TableSheet[] {
  const [header = [], ...rows] = readCsv(toMatrixCsv(result, { locale })).rows.map((r) =>
    r.map(restoreCsvCell),
  );
  const body = rows.filter((r) => r.length > 1 || (r[0] ?? "") !== "");
  return [
    { name: locale === "ja" ? "管理策" : "Controls", header, rows: body },
    findingsSheet(diagnostics, locale),
  ];
}

/**
 * The customer responsibility matrix as a workbook: one row per responsibility left to the
 * customer (the provider's words, who names it, the verdict, the customer's statements and
 * evidence — the CSV's columns) and the findings.
 */
export function crmSheets(
  crm: CrmResult,
  diagnostics: readonly Diagnostic[],
  locale: Locale,
): TableSheet[] {
  const [header = [], ...rows] = readCsv(toCrmCsv(crm)).rows.map((r) => r.map(restoreCsvCell));
  const body = rows.filter((r) => r.length > 1 || (r[0] ?? "") !== "");
  return [
    { name: locale === "ja" ? "利用者の責任" : "Customer responsibilities", header, rows: body },
    findingsSheet(diagnostics, locale),
  ];
}

/** Write a workbook to `--out`, or say why not (exit 2). */
export function writeWorkbookFile(io: CliIo, out: string | undefined, sheets: TableSheet[]): void {
  if (out === undefined) throw new UsageError("--format xlsx needs --out <file.xlsx>");
  try {
    writeFileSync(resolve(io.cwd, out), writeTables(sheets));
  } catch (error) {
    throw new UsageError(
      `cannot write ${out}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
