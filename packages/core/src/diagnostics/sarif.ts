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
 *
 * @category Diagnostics
 */
export interface SarifRule {
  /** The rule's id (the diagnostic code). */
  id: string;
  /** A name without spaces (`PowerBackupRuntime`); default: derived from the id. */
  name?: string;
  /** One-sentence description (`shortDescription`). */
  description?: string;
  /** Longer description (`fullDescription`); default: the one-sentence description. */
  fullDescription?: string;
  /** How to fix, as plain text (`help.text`); default: the full description and the link. */
  help?: string;
  /** The same help in Markdown (`help.markdown`); default: built from the text and the link. */
  helpMarkdown?: string;
  /** Link to the rule's documentation. */
  helpUri?: string;
  /** The rule's default severity (`defaultConfiguration.level`); default: its first result's. */
  defaultSeverity?: "error" | "warning" | "info";
}

/**
 * Options of {@link toSarif}.
 *
 * @example
 * ```ts
 * import type { SarifOptions } from "@mamori/core";
 * const options: SarifOptions = { toolName: "mamori", toolVersion: "0.1.0" };
 * ```
 *
 * @category Diagnostics
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
  /**
   * The absolute `file:` URI (ending in `/`) that relative file names are relative to, such as
   * the repository's root: written as `originalUriBaseIds["%SRCROOT%"]`. Relative file names
   * always carry `uriBaseId: "%SRCROOT%"`, as code-scanning services expect.
   */
  srcRoot?: string;
  /**
   * `helpUri` for rules without one: this prefix followed by the rule id (for example
   * `https://mamori.dev/rules/`).
   */
  helpUriBase?: string;
  /** Language of the texts toSarif writes itself (default descriptions, "See …"); default `en`. */
  locale?: "en" | "ja";
}

const SARIF_TEXT = {
  en: { findings: (id: string) => `Findings with the code '${id}'.`, see: "See" },
  ja: { findings: (id: string) => `コード '${id}' の指摘。`, see: "参照:" },
} as const;

/**
 * A SARIF 2.1.0 log, as plain JSON.
 *
 * @example
 * ```ts
 * import { toSarif, type SarifLog } from "@mamori/core";
 * const log: SarifLog = toSarif([]);
 * log.version; // "2.1.0"
 * ```
 *
 * @category Diagnostics
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

/** The `SRCROOT` base id of code-scanning services for files relative to the repository. */
const SRCROOT = "%SRCROOT%";

/** A file name as a SARIF artifact location: relative ones against `%SRCROOT%`. */
function artifactLocation(file: string): Record<string, unknown> {
  const f = wellFormed(file).replaceAll("\\", "/");
  if (/^[a-z][a-z0-9+.-]*:/i.test(f) && !/^[a-z]:\//i.test(f)) return { uri: encodeURI(f) };
  if (f.startsWith("/") || /^[a-z]:\//i.test(f))
    return { uri: `file://${f.startsWith("/") ? "" : "/"}${encodeURI(f)}` };
  return { uri: encodeURI(f.replace(/^\.\//, "")), uriBaseId: SRCROOT };
}

/** JSON with object keys sorted, so equal data hashes equally whatever its key order. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (typeof value === "object" && value !== null)
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value) ?? "null";
}

/** `power/backup-runtime` → `PowerBackupRuntime`: a rule name without spaces. */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join("");
}

/**
 * A fingerprint that survives unrelated edits (lines moving): the code, the file and the JSON
 * pointer, hashed with FNV-1a (64 bits, two 32-bit halves; deterministic, no dependencies).
 */
function fingerprint(parts: readonly string[]): string {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (const ch of parts.join("\u0000")) {
    const c = ch.codePointAt(0) ?? 0;
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ (c + 0x9e37), 0x01000193) >>> 0;
  }
  return `${h1.toString(16).padStart(8, "0")}${h2.toString(16).padStart(8, "0")}`;
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
    const physical: Record<string, unknown> = { artifactLocation: artifactLocation(file) };
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
 * @param diagnostics - The diagnostics to convert, in any order; each becomes one SARIF result.
 * @param options - The tool's name (default `mamori`), version and URI, rule metadata and how file names are written; see {@link SarifOptions}.
 * @returns The SARIF log as a plain object, ready for `JSON.stringify`.
 *
 * @example
 * ```ts
 * import { toSarif } from "@mamori/core";
 * const log = toSarif([], { toolVersion: "0.1.0" });
 * log.version; // "2.1.0"
 * ```
 *
 * @category Diagnostics
 */
export function toSarif(diagnostics: readonly Diagnostic[], options: SarifOptions = {}): SarifLog {
  const sorted = sortDiagnostics(diagnostics);
  const known = new Map((options.rules ?? []).map((r) => [r.id, r]));
  const ruleIds = [...new Set(sorted.map((d) => d.code))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const firstSeverity = new Map<string, Diagnostic["severity"]>();
  for (const d of sorted) if (!firstSeverity.has(d.code)) firstSeverity.set(d.code, d.severity);
  // Every property GitHub code scanning requires of a rule, with defaults where the caller
  // gave no metadata: a name, short and full descriptions, help (text and Markdown), a help
  // link when one is known, and the default level.
  const rules = ruleIds.map((id) => {
    const meta = known.get(id);
    const text = SARIF_TEXT[options.locale ?? "en"];
    const short = meta?.description?.trim() || text.findings(id);
    const full = meta?.fullDescription?.trim() || short;
    const helpUri =
      meta?.helpUri ?? (options.helpUriBase ? `${options.helpUriBase}${id}` : undefined);
    const helpText = meta?.help?.trim() || (helpUri ? `${full}\n\n${text.see} ${helpUri}` : full);
    const helpMarkdown =
      meta?.helpMarkdown?.trim() || (helpUri ? `${full}\n\n[${id}](${helpUri})` : full);
    const rule: Record<string, unknown> = {
      id,
      name: meta?.name ?? ruleName(id),
      shortDescription: { text: short },
      fullDescription: { text: full },
      help: { text: helpText, markdown: helpMarkdown },
      defaultConfiguration: {
        level: level[meta?.defaultSeverity ?? firstSeverity.get(id) ?? "warning"],
      },
    };
    if (helpUri) rule.helpUri = helpUri;
    return rule;
  });
  const driver: Record<string, unknown> = { name: options.toolName ?? "mamori", rules };
  if (options.toolVersion) {
    driver.version = options.toolVersion;
    if (/^\d+\.\d+\.\d+(?:[-+].*)?$/.test(options.toolVersion))
      driver.semanticVersion = options.toolVersion;
  }
  if (options.informationUri) driver.informationUri = options.informationUri;
  const results = sorted.map((d) => {
    const file = d.file ?? options.defaultFile;
    const result: Record<string, unknown> = {
      ruleId: d.code,
      ruleIndex: ruleIndex.get(d.code),
      level: level[d.severity],
      // A workbook has no lines: the cell goes into the message and the properties.
      message: { text: d.cell === undefined ? d.message : `${d.message} (${d.cell})` },
      locations: [location(file, d.path, d.range)],
      // Stable across unrelated edits: where in the document (pointer), not which line.
      // Its data too: two findings of one rule at one place (a site against each primary
      // site) are two alerts, not one.
      partialFingerprints: {
        "mamoriFindingHash/v1": fingerprint([d.code, file ?? "", d.path, stableJson(d.data)]),
      },
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
    if (d.cell !== undefined) properties.cell = d.cell;
    result.properties = properties;
    return result;
  });
  const run: Record<string, unknown> = { tool: { driver }, results, columnKind: "utf16CodeUnits" };
  if (options.srcRoot) run.originalUriBaseIds = { [SRCROOT]: { uri: options.srcRoot } };
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [run],
  };
}
