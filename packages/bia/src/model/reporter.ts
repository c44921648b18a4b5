import {
  coreMessages,
  type Diagnostic,
  formatDuration,
  formatMessage,
  type Locale,
  type Severity,
  toIsoDuration,
} from "@mamori/core";
import { biaMessages } from "../messages.js";

/**
 * Options shared by the analysis functions that report findings.
 *
 * @example
 * ```ts
 * import type { DiagnosticOptions } from "@mamori/bia";
 * const all: DiagnosticOptions = { maxDiagnosticsPerCode: Number.POSITIVE_INFINITY };
 * ```
 *
 * @category Analysis steps
 */
export interface DiagnosticOptions {
  /**
   * List at most this many diagnostics of one code (default 1,000, see
   * {@link DEFAULT_DIAGNOSTICS_PER_CODE}); past it one `bia/diagnostics-truncated`
   * diagnostic, with the severity of those left out, says how many more there are and which
   * field of the result lists every one (`gaps`, `processes`, `spofs`, `power`, …). A BIA of
   * 100,000 nodes can have tens of thousands of findings of one kind: as messages they cost
   * memory and time and nobody reads them. `Infinity` lists all.
   */
  maxDiagnosticsPerCode?: number;
}

/**
 * The default of {@link DiagnosticOptions.maxDiagnosticsPerCode}.
 *
 * @example
 * ```ts
 * import { DEFAULT_DIAGNOSTICS_PER_CODE } from "@mamori/bia";
 * DEFAULT_DIAGNOSTICS_PER_CODE; // 1000
 * ```
 *
 * @category Analysis steps
 */
export const DEFAULT_DIAGNOSTICS_PER_CODE = 1000;

/**
 * Where the result lists every finding of a code, when the diagnostics stop listing them.
 * Keys are the codes the analysis steps report; field names are the result's, not translated.
 */
const LISTED_IN: Readonly<Record<string, string>> = {
  "bia/cycle": "cycles",
  "bia/not-time-critical": "processes",
  "bia/rto-exceeds-mtpd": "processes",
  "bia/wrt-exceeds-mtpd": "processes",
  "bia/missing-rpo": "processes",
  "bia/missing-rlo": "processes",
  "bia/rto-gap": "gaps",
  "bia/rpo-gap": "gaps",
  "bia/missing-recovery-time": "nodes",
  "bia/single-point-of-failure": "spofs",
  "bia/power-class-conflict": "power.mustProtect",
  "bia/power-class-missing": "power.mustProtect",
  "bia/backup-power-short": "power.shortBackup",
  "bia/blackout-at-risk": "power.windows",
  "bia/scenario-rto-breach": "scenarios",
  "bia/scenario-mtpd-breach": "scenarios",
};

/** A placeholder value: text, a number, or a duration formatted per locale. @internal */
export type ReportValue = string | number | { minutes: number };

/** Collects diagnostics built from this package's catalog (and core's for `document/` codes). @internal */
export interface Reporter {
  /** The diagnostics so far. */
  list: Diagnostic[];
  /** Report one; undefined when its code is past the limit (then only counted). */
  add(
    code: string,
    severity: Severity,
    path: string,
    data?: Readonly<Record<string, ReportValue>>,
    extra?: Partial<Diagnostic>,
    messageKey?: string,
  ): Diagnostic | undefined;
  /** The list, with one `bia/diagnostics-truncated` per code past the limit appended. */
  done(): Diagnostic[];
}

/** A duration in the three spellings a diagnostic needs: ISO 8601 for `data`, English and Japanese for messages. */
type Spellings = readonly [iso: string, en: string, ja: string];

/**
 * Durations in messages are written for people in each locale ("8 hours", "8時間"), so the
 * message is built once per locale; `data` keeps them as ISO 8601 for tools. Each duration
 * is spelled once per reporter (date-fns formatting is the costly part, and a large BIA
 * repeats the same few values thousands of times), and diagnostics share those strings.
 * Past `limit` diagnostics of one code, the rest are only counted, never built. @internal
 */
export function makeReporter(
  locale: Locale,
  limit = Number.POSITIVE_INFINITY,
  truncatedPath = "",
): Reporter {
  const list: Diagnostic[] = [];
  const spelled = new Map<number, Spellings>();
  const spell = (minutes: number): Spellings => {
    let s = spelled.get(minutes);
    if (s === undefined) {
      s = [toIsoDuration(minutes), formatDuration(minutes, "en"), formatDuration(minutes, "ja")];
      spelled.set(minutes, s);
    }
    return s;
  };
  const counts = new Map<string, { listed: number; omitted: number; severity: Severity }>();
  const max = Number.isNaN(limit) ? 0 : Math.max(0, limit);
  const build = (
    code: string,
    severity: Severity,
    path: string,
    data?: Readonly<Record<string, ReportValue>>,
    extra?: Partial<Diagnostic>,
    // A variant of the code's message (`<code>/<variant>`): same code, other wording.
    messageKey: string = code,
  ): Diagnostic => {
    const catalog = code.startsWith("document/") ? coreMessages : biaMessages;
    let iso: Record<string, string | number> | undefined;
    let en: Record<string, string | number> | undefined;
    let ja: Record<string, string | number> | undefined;
    if (data !== undefined) {
      iso = {};
      for (const k of Object.keys(data)) {
        const v = data[k] as ReportValue;
        if (typeof v === "object") {
          const s = spell(v.minutes);
          if (en === undefined || ja === undefined) {
            en = { ...iso };
            ja = { ...iso };
          }
          iso[k] = s[0];
          en[k] = s[1];
          ja[k] = s[2];
        } else {
          iso[k] = v;
          if (en !== undefined && ja !== undefined) {
            en[k] = v;
            ja[k] = v;
          }
        }
      }
    }
    const enText = formatMessage(catalog, "en", messageKey, en ?? iso);
    const jaText = formatMessage(catalog, "ja", messageKey, ja ?? iso);
    // Same keys in the same order as core's createDiagnostic.
    const d: Diagnostic = {
      code,
      severity,
      message: locale === "ja" ? jaText : enText,
      messages: { en: enText, ja: jaText },
      path,
    };
    if (extra?.related && extra.related.length > 0) d.related = extra.related;
    if (extra?.ref) d.ref = extra.ref;
    if (iso !== undefined) d.data = iso;
    return d;
  };
  return {
    list,
    add(code, severity, path, data, extra, messageKey) {
      let c = counts.get(code);
      if (c === undefined) {
        c = { listed: 0, omitted: 0, severity };
        counts.set(code, c);
      }
      if (c.listed >= max) {
        c.omitted++;
        return undefined;
      }
      c.listed++;
      const d = build(code, severity, path, data, extra, messageKey);
      list.push(d);
      return d;
    },
    done() {
      for (const [code, c] of counts) {
        if (c.omitted === 0) continue;
        list.push(
          build("bia/diagnostics-truncated", c.severity, truncatedPath, {
            code,
            omitted: c.omitted,
            limit: max,
            where: LISTED_IN[code] ?? "-",
          }),
        );
      }
      counts.clear();
      return list;
    },
  };
}
