import { type Diagnostic, type Range, sortDiagnostics } from "./diagnostic.js";

/**
 * Metadata of one rule for SARIF's `tool.driver.rules` (from a rule registry, or derived
 * from the diagnostics when absent).
 *
 * @example
 * ```ts
 * import type { SarifRule } from "@mamori/core";
 * const rule: SarifRule = { id: "power/backup-runtime", description: "Backup power outlasts the assumed outage", helpUri: "https://example.org/rules/power/backup-runtime" };
 * ```
 */
export interface SarifRule {
  /** The rule's id (the diagnostic code). */
  id: string;
  /** One-sentence description. */
  description?: string;
  /** Link to the rule's documentation. */
  helpUri?: string;
}

/**
 * Options of {@link toSarif}.
 *
 * @example
 * ```ts
 * import type { SarifOptions } from "@mamori/core";
 * const options: SarifOptions = { toolName: "mamori", toolVersion: "0.1.0" };
 * ```
 */
export interface SarifOptions {
  /** `tool.driver.name`. Default `mamori`. */
  toolName?: string;
  /** `tool.driver.version`. */
  toolVersion?: string;
  /** `tool.driver.informationUri`. */
  informationUri?: string;
  /** Rule metadata; codes not listed get an entry with their id only. */
  rules?: readonly SarifRule[];
  /** Artifact URI for diagnostics that carry no `file`. */
  defaultFile?: string;
}

/**
 * A SARIF 2.1.0 log, as plain JSON.
 *
 * @example
 * ```ts
 * import { toSarif, type SarifLog } from "@mamori/core";
 * const log: SarifLog = toSarif([]);
 * log.version; // "2.1.0"
 * ```
 */
export type SarifLog = Record<string, unknown>;

const level = { error: "error", warning: "warning", info: "note" } as const;

function region(range: Range): Record<string, number> {
  return {
    startLine: range.start.line,
    startColumn: range.start.column,
    endLine: range.end.line,
    endColumn: Math.max(
      range.end.column,
      range.end.line === range.start.line ? range.start.column : 1,
    ),
  };
}

/** Lone surrogates (which encodeURI throws on) become U+FFFD. */
function wellFormed(text: string): string {
  return text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    "\uFFFD",
  );
}

function location(
  file: string | undefined,
  path: string,
  range: Range | undefined,
  message?: string,
) {
  const loc: Record<string, unknown> = {
    logicalLocations: [{ fullyQualifiedName: path === "" ? "/" : path, kind: "member" }],
  };
  if (file !== undefined) {
    const physical: Record<string, unknown> = {
      artifactLocation: { uri: encodeURI(wellFormed(file)) },
    };
    if (range) physical.region = region(range);
    loc.physicalLocation = physical;
  }
  if (message !== undefined) loc.message = { text: message };
  return loc;
}

/**
 * Convert diagnostics to a SARIF 2.1.0 log for code-scanning interfaces. Each diagnostic
 * becomes a result with its rule id, level (`info` → `note`), message, physical location
 * (file and region, when known) and logical location (the JSON pointer); related locations
 * and the guideline reference are kept. A suppressed diagnostic keeps its place with SARIF
 * `suppressions` (kind, status `accepted`, justification, and the exception's location), so
 * code-scanning interfaces show it as dismissed rather than losing it.
 *
 * @example
 * ```ts
 * import { toSarif } from "@mamori/core";
 * const log = toSarif([], { toolVersion: "0.1.0" });
 * log.version; // "2.1.0"
 * ```
 */
export function toSarif(diagnostics: readonly Diagnostic[], options: SarifOptions = {}): SarifLog {
  const sorted = sortDiagnostics(diagnostics);
  const known = new Map((options.rules ?? []).map((r) => [r.id, r]));
  const ruleIds = [...new Set(sorted.map((d) => d.code))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const rules = ruleIds.map((id) => {
    const meta = known.get(id);
    const rule: Record<string, unknown> = { id };
    if (meta?.description) rule.shortDescription = { text: meta.description };
    if (meta?.helpUri) rule.helpUri = meta.helpUri;
    return rule;
  });
  const driver: Record<string, unknown> = { name: options.toolName ?? "mamori", rules };
  if (options.toolVersion) driver.version = options.toolVersion;
  if (options.informationUri) driver.informationUri = options.informationUri;
  const results = sorted.map((d) => {
    const file = d.file ?? options.defaultFile;
    const result: Record<string, unknown> = {
      ruleId: d.code,
      ruleIndex: ruleIndex.get(d.code),
      level: level[d.severity],
      message: { text: d.message },
      locations: [location(file, d.path, d.range)],
    };
    if (d.related && d.related.length > 0) {
      result.relatedLocations = d.related.map((r, i) => ({
        id: i,
        ...location(r.file ?? file, r.path, r.range, r.message),
      }));
    }
    if (d.suppressions && d.suppressions.length > 0) {
      // SARIF 2.1.0 §3.35: a suppressed result stays in the log with why it is suppressed;
      // an in-source suppression is located at the exception in the same artifact.
      result.suppressions = d.suppressions.map((s) => {
        const out: Record<string, unknown> = {
          kind: s.kind,
          status: s.status,
          justification: s.justification,
        };
        if (s.source !== undefined && s.kind === "inSource")
          out.location = location(file, s.source, undefined);
        const props: Record<string, unknown> = {};
        if (s.source !== undefined) props.source = s.source;
        if (s.acceptedBy !== undefined) props.acceptedBy = s.acceptedBy;
        if (s.until !== undefined) props.until = s.until;
        if (Object.keys(props).length > 0) out.properties = props;
        return out;
      });
    }
    const properties: Record<string, unknown> = { path: d.path, messages: d.messages };
    if (d.ref) properties.ref = d.ref;
    result.properties = properties;
    return result;
  });
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{ tool: { driver }, results, columnKind: "utf16CodeUnits" }],
  };
}
