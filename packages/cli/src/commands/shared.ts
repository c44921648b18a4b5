import { isAbsolute, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import {
  coreMessages,
  type Diagnostic,
  type Locale,
  localize,
  type MessageCatalog,
  parseIsoDate,
  type SarifRule,
  toSarif,
} from "@mamori/core";
import { escapeMarkdown, toTerminalText } from "@mamori/core/internal";
import { attachRanges } from "@mamori/core/source";
import { rules as builtinRules, planMessages, type Rule, ruleDocs } from "@mamori/plan-validator";
import { type CliIo, type LoadedDocument, loadDocument } from "../io.js";
import { VERSION } from "../version.js";
import { pluginMessages } from "./plugins.js";

/** Diagnostics of one loaded document, located in its file. */
export function locate(doc: LoadedDocument, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  if (doc.attachCells) return doc.attachCells([...doc.diagnostics, ...diagnostics]);
  return attachRanges([...doc.diagnostics, ...diagnostics], doc.positions, doc.file);
}

/** Load an optional companion document (`--bia`, `--matrix`). */
export async function loadOptional(
  io: CliIo,
  file: string | undefined,
  locale: Locale,
): Promise<LoadedDocument | undefined> {
  return file === undefined ? undefined : loadDocument(io, file, locale);
}

/**
 * A one-line description of a diagnostic code that no rule documents: its message template,
 * placeholders shown as "…" (`Unknown key '…'.`).
 */
function templateDescription(
  code: string,
  locale: Locale,
  catalogs: readonly MessageCatalog[],
): string | undefined {
  for (const c of catalogs) {
    const t = c[locale][code] ?? c.en[code];
    if (t !== undefined) return t.replace(/\{[^}]+\}/g, "…");
  }
  return undefined;
}

/**
 * SARIF that code-scanning services accept (GitHub's documented requirements): every rule
 * with a name, descriptions, help text and link and a default level (the plan rules' own docs;
 * the message template for the other codes), file names relative to the working directory
 * under `%SRCROOT%` (the checkout, in CI), and stable fingerprints. A rule's link (`helpUri`)
 * is its `docs.url` (`ruleDocs`): every built-in rule's page, and a custom rule's own.
 */
export async function sarifOf(
  diagnostics: readonly Diagnostic[],
  locale: Locale,
  cwd: string,
  customRules: readonly Rule[] = [],
): Promise<string> {
  // Loaded here, not at start-up: only SARIF output needs the other packages' messages.
  const [{ biaMessages }, { cloudMatrixMessages }] = await Promise.all([
    import("@mamori/bia"),
    import("@mamori/cloud-matrix"),
  ]);
  const catalogs = [planMessages, pluginMessages, biaMessages, cloudMatrixMessages, coreMessages];
  const documented = new Map<string, SarifRule>();
  for (const r of [...Object.values(builtinRules), ...customRules]) {
    const docs = ruleDocs(r);
    const description = docs ? localize(docs.description, locale) : r.meta.id;
    const why = docs ? localize(docs.rationale, locale) : undefined;
    const refs = r.meta.references.join("; ");
    const full = [description, why].filter(Boolean).join(" ");
    const label = locale === "ja" ? "参照" : "References";
    const url = docs?.url;
    const rule: SarifRule = {
      id: r.meta.id,
      description,
      fullDescription: full,
      help: `${full}\n\n${label}: ${refs}${url ? `\n${url}` : ""}`,
      helpMarkdown: `${full}\n\n**${label}:** ${refs}${url ? `\n\n[${r.meta.id}](${url})` : ""}`,
      defaultSeverity: r.meta.defaultSeverity,
    };
    if (url) rule.helpUri = url;
    documented.set(r.meta.id, rule);
  }
  const rules: SarifRule[] = [];
  for (const code of new Set(diagnostics.map((d) => d.code))) {
    const known = documented.get(code);
    if (known) rules.push(known);
    else {
      const description = templateDescription(code, locale, catalogs);
      if (description) rules.push({ id: code, description });
    }
  }
  // Files inside the working directory become relative to it (code scanning resolves them
  // against the checkout); others stay absolute.
  const rel = (file: string | undefined) => {
    if (file === undefined || !isAbsolute(file)) return file;
    const r = relative(cwd, file);
    return r === "" || r.startsWith("..") || isAbsolute(r) ? file : r.split(sep).join("/");
  };
  const located = diagnostics.map((d) => {
    const file = rel(d.file);
    return file === d.file && !d.related?.some((x) => x.file !== rel(x.file))
      ? d
      : {
          ...d,
          ...(file === undefined ? {} : { file }),
          ...(d.related
            ? {
                related: d.related.map((x) => ({ ...x, ...(x.file ? { file: rel(x.file) } : {}) })),
              }
            : {}),
        };
  });
  const log = toSarif(located, {
    toolName: "mamori",
    toolVersion: VERSION,
    informationUri: "https://mamori.dev",
    rules,
    srcRoot: `${pathToFileURL(cwd).href.replace(/\/?$/, "/")}`,
    // Only the plan rules have a page of their own; other codes link nowhere rather than to
    // a page that does not exist.
    locale,
  });
  return `${JSON.stringify(log, null, 2)}\n`;
}

/**
 * OSCAL's `last-modified` for an analysis dated `now` (a date-time in UTC). `now` has passed
 * `nowOf`, so it is a real date; anything else is a programming error, not a date to invent.
 */
export function lastModifiedOf(now: string): string {
  const date = parseIsoDate(now).date;
  if (!date) throw new TypeError(`lastModifiedOf: '${now}' is not a date checked by nowOf`);
  return date.toISOString();
}

/**
 * The open findings as an OSCAL 1.2.1 plan of action and milestones, dated `now`; with none
 * open, nothing on standard output (OSCAL needs at least one item) and a line on standard error.
 */
export async function poamOf(
  io: CliIo,
  diagnostics: readonly Diagnostic[],
  system: string,
  now: string,
): Promise<void> {
  const { toOscalPoam } = await import("@mamori/cloud-matrix/oscal");
  const lastModified = lastModifiedOf(now);
  const poam = toOscalPoam(diagnostics, { system, lastModified });
  if (poam) io.stdout(`${JSON.stringify(poam, null, 2)}\n`);
  else io.stderr("no open finding: nothing for a plan of action and milestones\n");
}

/**
 * The findings as an OSCAL 1.2.1 assessment-results document, dated `now`: every finding an
 * observation, each open error or warning a finding; `controls` are the controls reviewed
 * (default: all). A clean analysis is a valid result with no findings.
 */
export async function assessmentResultsOf(
  io: CliIo,
  diagnostics: readonly Diagnostic[],
  system: string,
  now: string,
  controls?: readonly string[],
): Promise<void> {
  const { toOscalAssessmentResults } = await import("@mamori/cloud-matrix/oscal");
  const start = lastModifiedOf(now);
  const ar = toOscalAssessmentResults(diagnostics, {
    system,
    start,
    ...(controls ? { controls } : {}),
  });
  io.stdout(`${JSON.stringify(ar, null, 2)}
`);
}

/** Escape a Markdown table cell, heading or list item (core's one Markdown escaping). */
export function mdCell(value: unknown): string {
  return escapeMarkdown(String(value ?? ""));
}

/** A terminal progress bar on standard error, only when it is a terminal. */
export function progress(
  io: CliIo,
  total: number,
): { tick: (label: string) => void; done: () => void } {
  const show = io.stderrIsTTY && total >= 5;
  let n = 0;
  return {
    tick(label) {
      n++;
      if (!show) return;
      const width = 24;
      const filled = Math.round((width * n) / total);
      const name = toTerminalText(label.length > 40 ? `…${label.slice(-39)}` : label);
      io.stderr(
        `\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${n}/${total} ${name}\u001b[K`,
      );
    },
    done() {
      if (show) io.stderr("\r\u001b[K");
    },
  };
}

/**
 * The diagnostics of a companion document (`--bia`, `--matrix`) that a plan validation must
 * show: problems reading it (schema, document, durations, dates), not its own analysis
 * findings, which `mamori bia` and `mamori matrix` report.
 */
export function readingProblems(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => /^(schema|document|source|duration|date)\//.test(d.code));
}
