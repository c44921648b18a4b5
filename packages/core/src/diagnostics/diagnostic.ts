import type { Locale } from "../i18n/locale.js";

/**
 * How serious a {@link Diagnostic} is. `error` means the document is not acceptable.
 *
 * @example
 * ```ts
 * import { countBySeverity, type Severity } from "@mamori/core";
 * const worst: Severity = "error";
 * countBySeverity([])[worst]; // 0
 * ```
 *
 * @category Diagnostics
 */
export type Severity = "error" | "warning" | "info";

/**
 * A 1-based line and column in a source text (columns count UTF-16 code units, as editors do).
 *
 * @example
 * ```ts
 * import type { Position } from "@mamori/core";
 * const start: Position = { line: 42, column: 9 };
 * ```
 *
 * @category Diagnostics
 */
export interface Position {
  /** 1-based line number. */
  line: number;
  /** 1-based column number. */
  column: number;
}

/**
 * A span of source text, from `start` (inclusive) to `end` (exclusive).
 *
 * @example
 * ```ts
 * import type { Range } from "@mamori/core";
 * const range: Range = { start: { line: 42, column: 9 }, end: { line: 42, column: 13 } };
 * ```
 *
 * @category Diagnostics
 */
export interface Range {
  /** Where the span starts. */
  start: Position;
  /** Where the span ends (exclusive). */
  end: Position;
}

/**
 * Another place in the input that helps explain a diagnostic (for example the first
 * definition of a duplicated id).
 *
 * @example
 * ```ts
 * import type { RelatedLocation } from "@mamori/core";
 * const first: RelatedLocation = { path: "/processes/0/id", message: "first defined here" };
 * ```
 *
 * @category Diagnostics
 */
export interface RelatedLocation {
  /** JSON pointer into the input. */
  path: string;
  /** What this location shows, in the diagnostic's locale. */
  message?: string;
  /** Line and column, when the input came from text. */
  range?: Range;
  /** File the location is in, when it differs from the diagnostic's own. */
  file?: string;
}

/**
 * Values substituted into a message's `{placeholders}`.
 *
 * @example
 * ```ts
 * import { defineMessages, formatMessage, type MessageParams } from "@mamori/core";
 * const m = defineMessages({ en: { gap: "{node} needs {hours} h" }, ja: { gap: "{node} は {hours} 時間必要" } });
 * const params: MessageParams = { node: "erp-db", hours: 8 };
 * formatMessage(m, "en", "gap", params); // "erp-db needs 8 h"
 * ```
 *
 * @category Diagnostics
 */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Why a finding is reported but does not count: an exception (risk acceptance, not
 * applicable) someone with the authority accepted, with its justification. The shape follows
 * SARIF 2.1.0's `suppression` object, so `toSarif` passes it on as is: `inSource` when the
 * exception is recorded in the analysed document itself, `external` when it comes from
 * elsewhere.
 *
 * @example
 * ```ts
 * import type { Suppression } from "@mamori/core";
 * const s: Suppression = {
 *   kind: "inSource", status: "accepted",
 *   justification: "MES restore measured PT26H; accepted until the Osaka standby is live",
 *   source: "/exceptions/0", acceptedBy: "ceo", until: "2027-03-31",
 * };
 * ```
 *
 * @category Diagnostics
 */
export interface Suppression {
  /** `inSource`: recorded in the analysed document; `external`: recorded elsewhere. */
  kind: "inSource" | "external";
  /** Whether the suppression is in force: `accepted` (the only status mamori sets itself). */
  status: "accepted" | "underReview" | "rejected";
  /** Why the finding is accepted, in the words of whoever recorded it. */
  justification: string;
  /** JSON pointer of the exception in the document (for `inSource`). */
  source?: string;
  /** Who accepted it (a role id). */
  acceptedBy?: string;
  /** Last day the acceptance holds (ISO 8601), when it is limited. */
  until?: string;
}

/**
 * One finding about a document: the single diagnostics shape of every mamori package.
 *
 * `code` is stable and documented; `message` is in the locale the caller asked for, and
 * `messages` holds it in every shipped locale so a tool can switch language without
 * running the analysis again.
 *
 * @example
 * ```ts
 * import type { Diagnostic } from "@mamori/core";
 * const d: Diagnostic = {
 *   code: "duration/malformed",
 *   severity: "error",
 *   message: "'4h' is not an ISO 8601 duration (for example PT4H or P3D).",
 *   messages: { en: "'4h' is not an ISO 8601 duration (for example PT4H or P3D).", ja: "'4h' は ISO 8601 の期間ではありません（例: PT4H、P3D）。" },
 *   path: "/processes/0/rto",
 * };
 * ```
 *
 * @category Diagnostics
 */
export interface Diagnostic {
  /** Stable identifier, `area/name` (for example `bia/rto-exceeds-mtpd`). */
  code: string;
  /** How serious the finding is. */
  severity: Severity;
  /** The message in the requested locale. */
  message: string;
  /** The message in every shipped locale. */
  messages: Record<Locale, string>;
  /** JSON pointer (RFC 6901) into the input; `""` is the whole document. */
  path: string;
  /** Line and column of `path`, when the input came from text. */
  range?: Range;
  /**
   * The spreadsheet cell of `path` (`Processes!D7`), when the input came from a workbook:
   * text output shows it in place of line and column, SARIF in the message and `properties`.
   */
  cell?: string;
  /** Other places that explain the finding. */
  related?: RelatedLocation[];
  /** The standard or guideline clause that motivates the finding. */
  ref?: string;
  /** The values substituted into the message, for tools that build their own text. */
  data?: MessageParams;
  /** The file the input came from, when known (set by callers that read files). */
  file?: string;
  /**
   * Present when the finding is suppressed: it is still reported (so it stays visible), but
   * does not count in {@link countBySeverity} or {@link hasErrors}.
   */
  suppressions?: Suppression[];
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Sort diagnostics into a stable order: by file; then those without a range (about the whole
 * input, or placed by path only) before those with one, which go by line and column; then by path in document order (segment by segment, array indexes
 * as numbers: `/a/2` before `/a/10`); then severity, code and message. A total order, so
 * the result is the same whatever order the diagnostics came in. Returns a new array.
 *
 * @param diagnostics - The diagnostics to sort, in any order; the array is not modified.
 *
 * @example
 * ```ts
 * import { sortDiagnostics } from "@mamori/core";
 * const sorted = sortDiagnostics([]);
 * ```
 *
 * @category Diagnostics
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(compareDiagnostics);
}

const INDEX = /^(0|[1-9]\d*)$/;

/** JSON pointers segment by segment; two array indexes compare as numbers, before names. */
function comparePaths(a: string, b: string): number {
  if (a === b) return 0;
  const sa = a.split("/");
  const sb = b.split("/");
  const n = Math.min(sa.length, sb.length);
  for (let i = 0; i < n; i++) {
    const x = sa[i] as string;
    const y = sb[i] as string;
    if (x === y) continue;
    const xi = INDEX.test(x);
    const yi = INDEX.test(y);
    if (xi && yi) return Number(x) - Number(y) || (x < y ? -1 : 1);
    if (xi !== yi) return xi ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return sa.length - sb.length;
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const fa = a.file ?? "";
  const fb = b.file ?? "";
  if (fa !== fb) return fa < fb ? -1 : 1;
  if (a.cell !== undefined && b.cell !== undefined && a.cell !== b.cell) {
    // Workbook cells: by sheet, then row, then column (A4 before A16, B2 before AA2).
    const ca = cellOrder(a.cell);
    const cb = cellOrder(b.cell);
    if (ca.sheet !== cb.sheet) return ca.sheet < cb.sheet ? -1 : 1;
    if (ca.row !== cb.row) return ca.row - cb.row;
    if (ca.column !== cb.column) return ca.column - cb.column;
  } else if (a.range && b.range) {
    const dl = a.range.start.line - b.range.start.line;
    if (dl !== 0) return dl;
    const dc = a.range.start.column - b.range.start.column;
    if (dc !== 0) return dc;
  } else if (a.range || b.range) {
    return a.range ? 1 : -1;
  }
  const dp = comparePaths(a.path, b.path);
  if (dp !== 0) return dp;
  const ds = severityRank[a.severity] - severityRank[b.severity];
  if (ds !== 0) return ds;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/** A cell reference (`'IT services'!AB12`) as sheet, row and column numbers for sorting. */
function cellOrder(cell: string): { sheet: string; row: number; column: number } {
  const m = /^(.*)!([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return { sheet: cell, row: 0, column: 0 };
  let column = 0;
  for (const ch of m[2] as string) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { sheet: m[1] as string, row: Number(m[3]), column };
}

/**
 * True when a diagnostic is suppressed (it carries at least one suppression).
 *
 * @param diagnostic - The diagnostic to test; one with an empty `suppressions` array counts as not suppressed.
 *
 * @example
 * ```ts
 * import { isSuppressed } from "@mamori/core";
 * isSuppressed({ code: "x/y", severity: "error", message: "", messages: { en: "", ja: "" }, path: "" }); // false
 * ```
 *
 * @category Diagnostics
 */
export function isSuppressed(diagnostic: Diagnostic): boolean {
  return diagnostic.suppressions !== undefined && diagnostic.suppressions.length > 0;
}

/**
 * Count diagnostics by severity. Suppressed diagnostics (see {@link Suppression}) are not
 * counted: count them with {@link isSuppressed}.
 *
 * @param diagnostics - The diagnostics to count; suppressed ones are skipped.
 * @returns The number of `error`, `warning` and `info` diagnostics, each key present (0 when none).
 *
 * @example
 * ```ts
 * import { countBySeverity } from "@mamori/core";
 * countBySeverity([]); // { error: 0, warning: 0, info: 0 }
 * ```
 *
 * @category Diagnostics
 */
export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) if (!isSuppressed(d)) counts[d.severity]++;
  return counts;
}

/**
 * True when any diagnostic is an error that is not suppressed.
 *
 * @param diagnostics - The diagnostics to look through; an empty array gives `false`.
 *
 * @example
 * ```ts
 * import { hasErrors } from "@mamori/core";
 * hasErrors([]); // false
 * ```
 *
 * @category Diagnostics
 */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error" && !isSuppressed(d));
}

/**
 * Escape one JSON-pointer segment (RFC 6901: `~` → `~0`, `/` → `~1`).
 *
 * @param segment - One object key or array index; a number is written in decimal.
 *
 * @example
 * ```ts
 * import { escapePointerSegment } from "@mamori/core/internal";
 * escapePointerSegment("a/b"); // "a~1b"
 * ```
 *
 * @category Diagnostics
 */
export function escapePointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}

/**
 * Build a JSON pointer from path segments.
 *
 * @param segments - Object keys and array indexes from the root down; an empty array gives `""`, the whole document.
 *
 * @example
 * ```ts
 * import { toPointer } from "@mamori/core";
 * toPointer(["processes", 0, "rto"]); // "/processes/0/rto"
 * ```
 *
 * @category Diagnostics
 */
export function toPointer(segments: readonly (string | number)[]): string {
  let out = "";
  for (const s of segments) out += `/${escapePointerSegment(s)}`;
  return out;
}

/**
 * Split a JSON pointer into its unescaped segments. Returns `undefined` for a string
 * that is not a JSON pointer.
 *
 * @param pointer - A JSON pointer such as `/processes/0/rto`; `""` gives an empty array and a string not starting with `/` gives `undefined`.
 *
 * @example
 * ```ts
 * import { parsePointer } from "@mamori/core";
 * parsePointer("/processes/0/rto"); // ["processes", "0", "rto"]
 * ```
 *
 * @category Diagnostics
 */
export function parsePointer(pointer: string): string[] | undefined {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) return undefined;
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
