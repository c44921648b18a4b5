import { createDiagnostic } from "../i18n/catalog.js";
import type { Locale } from "../i18n/locale.js";
import { coreMessages } from "../i18n/messages.js";
import { toTerminalText as safe } from "../text/text.js";
import { countBySeverity, type Diagnostic, isSuppressed, sortDiagnostics } from "./diagnostic.js";

// What the formatters say of a suppressed finding. Kept here, with the formatters, since no
// diagnostic carries these words.
const SUPPRESSED: Record<Locale, { mark: string; count: (n: number) => string }> = {
  en: { mark: "[suppressed]", count: (n) => `${n} suppressed` },
  ja: { mark: "[抑制済み]", count: (n) => `抑制済み${n}件` },
};

/**
 * Options of {@link formatStylish}.
 *
 * @example
 * ```ts
 * import type { StylishOptions } from "@mamori/core";
 * const options: StylishOptions = { color: false, locale: "ja" };
 * ```
 *
 * @category Diagnostics
 */
export interface StylishOptions {
  /** Colour with ANSI escapes. Default false: the caller decides (TTY, `NO_COLOR`). */
  color?: boolean;
  /** Locale of the severities and the summary line. Default `en`. */
  locale?: Locale;
}

/** The severity column's words: the values in English, the usual words in Japanese. */
const SEVERITY_WORDS = {
  en: { error: "error", warning: "warning", info: "info" },
  ja: { error: "エラー", warning: "警告", info: "情報" },
} as const;

const ansi = (code: number, on: boolean) => (s: string) =>
  on ? `\u001b[${code}m${s}\u001b[39m` : s;

/**
 * Format diagnostics for people, like ESLint's "stylish": grouped by file, one line per
 * finding (`line:column` or the JSON pointer, severity, message, code) and a summary.
 *
 * @param diagnostics - The diagnostics to print, in any order; they are sorted with {@link sortDiagnostics}.
 * @param options - ANSI colour (off by default) and the locale of severities and the summary (default `en`); see {@link StylishOptions}.
 * @returns The report as one string with `\n` line ends, ready to write to a terminal.
 *
 * @example
 * ```ts
 * import { formatStylish } from "@mamori/core";
 * console.log(formatStylish([], { color: false })); // "No problems found.\n"
 * ```
 *
 * @category Diagnostics
 */
export function formatStylish(
  diagnostics: readonly Diagnostic[],
  options: StylishOptions = {},
): string {
  const color = options.color ?? false;
  const locale = options.locale ?? "en";
  const red = ansi(31, color);
  const yellow = ansi(33, color);
  const blue = ansi(34, color);
  const dim = (s: string) => (color ? `\u001b[2m${s}\u001b[22m` : s);
  const underline = (s: string) => (color ? `\u001b[4m${s}\u001b[24m` : s);
  const summaryText = (key: string, data: Record<string, number>) =>
    createDiagnostic(coreMessages, locale, { code: key, severity: "info", path: "", data }).message;
  if (diagnostics.length === 0) return `${summaryText("format/no-problems", {})}\n`;

  const sorted = sortDiagnostics(diagnostics);
  const groups = new Map<string, Diagnostic[]>();
  for (const d of sorted) {
    const file = d.file ?? "";
    const list = groups.get(file);
    if (list) list.push(d);
    else groups.set(file, [d]);
  }
  const lines: string[] = [];
  for (const [file, list] of groups) {
    if (file !== "") lines.push(underline(safe(file)));
    const rows = list.map((d) => {
      // A path quotes the document's keys: as untrusted as its messages.
      const where =
        d.cell !== undefined
          ? safe(d.cell)
          : d.range
            ? `${d.range.start.line}:${d.range.start.column}`
            : safe(d.path || "/");
      const word = SEVERITY_WORDS[locale][d.severity];
      const sev =
        d.severity === "error" ? red(word) : d.severity === "warning" ? yellow(word) : blue(word);
      return {
        where,
        sev,
        // Display columns: a Japanese character takes two.
        sevLen: locale === "ja" ? word.length * 2 : word.length,
        message: safe(d.message),
        code: isSuppressed(d) ? `${safe(d.code)}  ${SUPPRESSED[locale].mark}` : safe(d.code),
      };
    });
    const whereWidth = Math.max(...rows.map((r) => r.where.length));
    const sevWidth = Math.max(...rows.map((r) => r.sevLen));
    for (const r of rows) {
      lines.push(
        `  ${dim(r.where.padEnd(whereWidth))}  ${r.sev}${" ".repeat(sevWidth - r.sevLen)}  ${r.message}  ${dim(r.code)}`,
      );
    }
    lines.push("");
  }
  // Suppressed findings are listed (marked) but not counted as problems.
  const c = countBySeverity(diagnostics);
  const suppressed = diagnostics.filter(isSuppressed).length;
  const summary =
    summaryText("format/problems", {
      total: diagnostics.length - suppressed,
      errors: c.error,
      warnings: c.warning,
      infos: c.info,
    }) + (suppressed > 0 ? `; ${SUPPRESSED[locale].count(suppressed)}` : "");
  lines.push(c.error > 0 ? red(`✖ ${summary}`) : yellow(`⚠ ${summary}`));
  return `${lines.join("\n")}\n`;
}

/**
 * Format diagnostics as stable, pretty-printed JSON: `{ "diagnostics": [...], "summary": {...} }`
 * with diagnostics in {@link sortDiagnostics} order. Identical input gives identical bytes. A
 * suppressed diagnostic keeps its `suppressions`; the summary counts it under `suppressed`
 * (present only when there is one), not under its severity.
 *
 * @param diagnostics - The diagnostics to write, in any order; suppressed ones are kept and counted apart.
 *
 * @example
 * ```ts
 * import { formatJson } from "@mamori/core";
 * JSON.parse(formatJson([])).summary; // { "error": 0, "warning": 0, "info": 0 }
 * ```
 *
 * @category Diagnostics
 */
export function formatJson(diagnostics: readonly Diagnostic[]): string {
  const sorted = sortDiagnostics(diagnostics);
  const summary: Record<string, number> = countBySeverity(diagnostics);
  const suppressed = diagnostics.filter(isSuppressed).length;
  if (suppressed > 0) summary.suppressed = suppressed;
  return `${JSON.stringify({ diagnostics: sorted, summary }, null, 2)}\n`;
}
