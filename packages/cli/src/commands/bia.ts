import { analyzeBia, type BiaResult } from "@mamori/bia";
import { nodeLabels } from "@mamori/bia/charts";
import { formatDuration, formatStylish, hasErrors, type Locale } from "@mamori/core";
import { elideText, maxOf, toCsv, toTerminalText } from "@mamori/core/internal";
import { formatHelp, formatOf, localeOf, type OptionSpec, parseCommand, str } from "../args.js";
import { type CliIo, loadDocument, UsageError, useColor } from "../io.js";
import { locate, mdCell } from "./shared.js";

const dur = (m: number | null, locale: Locale) => (m === null ? "—" : formatDuration(m, locale));

/**
 * A process's RTO for the tables. A process whose work recovery time and margin take its whole
 * MTPD (`rtoUnmeetable`) has no RTO that can meet it (as the plan-validator's
 * bia/rto-consistent says), so its analysed RTO of 0 is not written as "0 minutes"; an explicit
 * RTO of 0 is a target (back at once) and is written as one.
 */
export function rtoText(
  p: Pick<BiaResult["processes"][number], "rtoMinutes" | "rtoUnmeetable">,
  locale: Locale,
): string {
  if (p.rtoUnmeetable) return locale === "ja" ? "設定不能（MTPD不足）" : "none can meet the MTPD";
  return dur(p.rtoMinutes, locale);
}

/** Column headers of the process table, per locale. */
function headers(locale: Locale): string[] {
  return locale === "ja"
    ? ["業務", "名称", "時間的に重要", "MTPD", "RTO", "RPO", "ティア", "達成可能な復旧", "ギャップ"]
    : ["process", "name", "time-critical", "MTPD", "RTO", "RPO", "tier", "achievable", "gap"];
}

function rows(result: BiaResult, locale: Locale, labels: ReadonlyMap<string, string>): string[][] {
  return result.processes.map((p) => {
    const gap =
      p.rtoMinutes !== null && p.achievableMinutes !== null && p.achievableMinutes > p.rtoMinutes;
    return [
      p.id,
      labels.get(p.id) ?? p.name,
      p.timeCritical ? (locale === "ja" ? "はい" : "yes") : locale === "ja" ? "いいえ" : "no",
      dur(p.mtpdMinutes, locale),
      rtoText(p, locale),
      dur(p.rpoMinutes, locale),
      (locale === "ja" ? p.tierNameJa : p.tierName) ?? "—",
      dur(p.achievableMinutes, locale),
      gap ? (locale === "ja" ? "あり" : "GAP") : "",
    ];
  });
}

function money(amount: number, currency: string, locale: Locale): string {
  try {
    return new Intl.NumberFormat(locale === "ja" ? "ja-JP" : "en-US", {
      style: "currency",
      currency,
      maximumFractionDigits: 0,
    }).format(amount);
  } catch {
    return `${Math.round(amount)} ${currency}`;
  }
}

/** Longest cell of the text table; longer names are cut there and listed in full below it. */
const CELL_MAX = 60;

function text(result: BiaResult, locale: Locale, labels: ReadonlyMap<string, string>): string {
  const ja = locale === "ja";
  // The table pads every row to its widest cell: cut cells first, so one 12 MB name costs
  // its length once (in the list under the table), not once per row.
  const shortened: string[] = [];
  const body = rows(result, locale, labels).map((r) =>
    r.map((c, i) => {
      if (c.length <= CELL_MAX) return c;
      if (i === 1) shortened.push(`  ${r[0]}: ${c}`);
      return elideText(c, CELL_MAX);
    }),
  );
  const table = [headers(locale), ...body];
  // The guideline's terms in full on first use; the table then uses the abbreviations.
  const intro = ja
    ? ["業務ごとの最大許容停止時間（MTPD）、目標復旧時間（RTO）、目標復旧ポイント（RPO）", ""]
    : [];
  const widths = table[0]!.map((_, i) =>
    maxOf(
      table.map((r) => [...(r[i] ?? "")].length),
      0,
    ),
  );
  const out: string[] = [...intro];
  for (const r of table)
    out.push(
      r
        .map((c, i) => c.padEnd(widths[i]!))
        .join("  ")
        .trimEnd(),
    );
  if (shortened.length > 0) {
    out.push("", ja ? "省略した名称（全文）:" : "Names shortened above, in full:", ...shortened);
  }
  out.push("");
  out.push(
    ja
      ? `復旧順序: ${result.recoveryOrder.join(" → ")}`
      : `Recovery order: ${result.recoveryOrder.join(" → ")}`,
  );
  if (result.spofs.length > 0) {
    out.push("", ja ? "単一障害点:" : "Single points of failure:");
    for (const s of result.spofs) out.push(`  ${s.node}: ${s.processes.join(", ")}`);
  }
  for (const sc of result.scenarios) {
    const name = labels.get(`scenario:${sc.scenario}`) ?? sc.name;
    out.push(
      "",
      ja
        ? `シナリオ ${sc.scenario}（${name}）: ${sc.processesDown}業務が停止（RTO超過${sc.rtoBreaches}件、MTPD超過${sc.mtpdBreaches}件）`
        : `Scenario ${sc.scenario} (${sc.name}): ${sc.processesDown} processes down, ${sc.rtoBreaches} RTO / ${sc.mtpdBreaches} MTPD breaches`,
    );
    for (const [cur, amount] of Object.entries(sc.totalLoss).sort())
      out.push(`  ${ja ? "損失" : "loss"}: ${money(amount, cur, locale)}`);
  }
  return `${out.join("\n")}\n`;
}

function markdown(result: BiaResult, locale: Locale, labels: ReadonlyMap<string, string>): string {
  const ja = locale === "ja";
  const h = headers(locale);
  const lines = [
    ja ? "# 事業影響度分析" : "# Business impact analysis",
    "",
    ...(ja
      ? ["業務ごとの最大許容停止時間（MTPD）、目標復旧時間（RTO）、目標復旧ポイント（RPO）。", ""]
      : []),
    `| ${h.join(" | ")} |`,
    `|${h.map(() => "---").join("|")}|`,
  ];
  for (const r of rows(result, locale, labels)) lines.push(`| ${r.map(mdCell).join(" | ")} |`);
  lines.push(
    "",
    `${ja ? "**復旧順序**" : "**Recovery order**"}: ${result.recoveryOrder.map(mdCell).join(" → ")}`,
    "",
  );
  if (result.spofs.length > 0) {
    lines.push(ja ? "## 単一障害点" : "## Single points of failure", "");
    for (const s of result.spofs)
      lines.push(`- \`${mdCell(s.node)}\`: ${s.processes.map(mdCell).join(", ")}`);
    lines.push("");
  }
  for (const sc of result.scenarios) {
    const name = labels.get(`scenario:${sc.scenario}`) ?? sc.name;
    lines.push(`## ${ja ? "シナリオ" : "Scenario"}: ${mdCell(name)}`, "");
    lines.push(
      ja
        ? "| 業務 | 停止時間 | RTO超過 | MTPD超過 | 損失 |"
        : "| process | outage | RTO breached | MTPD breached | loss |",
      "|---|---|---|---|---|",
    );
    for (const p of sc.processes) {
      const loss = p.loss === null || p.currency === null ? "—" : money(p.loss, p.currency, locale);
      lines.push(
        `| ${mdCell(labels.get(p.process) ?? p.process)} | ${dur(p.outageMinutes, locale)} | ${p.rtoBreached ? "✖" : ""} | ${p.mtpdBreached ? "✖" : ""} | ${mdCell(loss)} |`,
      );
    }
    lines.push("");
  }
  return `${lines.join("\n")}\n`;
}

/** `mamori bia <bia> [--scenario <id>] [--format text|json|markdown|csv|xlsx --out f] [--locale en|ja]`. */
export async function runBia(args: string[], io: CliIo): Promise<number> {
  const options: Record<string, OptionSpec> = {
    scenario: {
      type: "string",
      short: "s",
      value: "id",
      help: "Simulate this scenario of the BIA (its id): what goes down, for how long, which RTOs and MTPDs are exceeded.",
    },
    format: {
      type: "string",
      short: "f",
      value: "text|json|markdown|csv|xlsx",
      help: "Output: text for people (default), json (the whole analysis), markdown, csv (one row per process), or xlsx (a workbook to filter and print; needs --out).",
    },
    out: {
      type: "string",
      short: "o",
      value: "file.xlsx",
      help: "Where --format xlsx writes the workbook.",
    },
  };
  const { values, positionals } = parseCommand(args, options);
  if (values.help) {
    io.stdout(formatHelp("usage: mamori bia <bia.yaml> [options]", options));
    return 0;
  }
  const locale = localeOf(str(values.locale));
  const format = formatOf(
    str(values.format),
    ["text", "json", "markdown", "csv", "xlsx"] as const,
    "text",
  );
  if (positionals.length !== 1) throw new UsageError("bia needs exactly one BIA file");
  const doc = await loadDocument(io, positionals[0]!, locale);
  const result = analyzeBia(doc.data, {
    locale,
    ...(str(values.scenario) !== undefined ? { scenario: str(values.scenario) } : {}),
  });
  const diagnostics = locate(doc, result.diagnostics);
  const labels = nodeLabels(result, doc.data, locale);
  switch (format) {
    case "json":
      io.stdout(`${JSON.stringify({ ...result, diagnostics }, null, 2)}\n`);
      break;
    case "csv":
      io.stdout(toCsv([headers(locale), ...rows(result, locale, labels)]));
      break;
    case "xlsx": {
      const table = { header: headers(locale), rows: rows(result, locale, labels) };
      const { biaAnalysisSheets, writeWorkbookFile } = await import("./xlsx-export.js");
      writeWorkbookFile(io, str(values.out), biaAnalysisSheets(result, table, diagnostics, locale));
      io.stdout(`${str(values.out)}\n`);
      break;
    }
    case "markdown":
      io.stdout(markdown(result, locale, labels));
      io.stdout(formatMarkdownDiagnostics(diagnostics, locale));
      break;
    default:
      io.stdout(toTerminalText(text(result, locale, labels)));
      io.stdout(`\n${formatStylish(diagnostics, { color: useColor(io), locale })}`);
  }
  return hasErrors(diagnostics) ? 1 : 0;
}

const SEVERITY_JA: Record<string, string> = { error: "エラー", warning: "警告", info: "情報" };

function formatMarkdownDiagnostics(diagnostics: ReturnType<typeof locate>, locale: Locale): string {
  if (diagnostics.length === 0) return "";
  const lines = [
    locale === "ja" ? "## 指摘事項" : "## Findings",
    "",
    locale === "ja" ? "| 位置 | 重大度 | 内容 | コード |" : "| where | severity | message | code |",
    "|---|---|---|---|",
  ];
  for (const d of diagnostics) {
    const where = d.range ? `${d.file}:${d.range.start.line}:${d.range.start.column}` : d.path;
    const severity = locale === "ja" ? (SEVERITY_JA[d.severity] ?? d.severity) : d.severity;
    lines.push(`| ${mdCell(where)} | ${severity} | ${mdCell(d.message)} | \`${d.code}\` |`);
  }
  return `${lines.join("\n")}\n`;
}
