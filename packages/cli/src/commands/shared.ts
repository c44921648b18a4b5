import {
  type Diagnostic,
  escapeMarkdown,
  type Locale,
  toSarif,
  toTerminalText,
} from "@mamori/core";
import { attachRanges } from "@mamori/core/source";
import { builtinRules, ruleDocs } from "@mamori/plan-validator";
import { type CliIo, type LoadedDocument, loadDocument } from "../io.js";
import { VERSION } from "../version.js";

/** Diagnostics of one loaded document, located in its file. */
export function locate(doc: LoadedDocument, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return attachRanges([...doc.diagnostics, ...diagnostics], doc.positions, doc.file);
}

/** Load an optional companion document (`--bia`, `--matrix`). */
export function loadOptional(
  io: CliIo,
  file: string | undefined,
  locale: Locale,
): LoadedDocument | undefined {
  return file === undefined ? undefined : loadDocument(io, file, locale);
}

/** SARIF with the plan rules' metadata, so code-scanning UIs show rule descriptions. */
export function sarifOf(diagnostics: readonly Diagnostic[], locale: Locale): string {
  const rules = builtinRules.map((r) => ({
    id: r.meta.id,
    description: ruleDocs(r)?.description[locale] ?? "",
  }));
  const log = toSarif(diagnostics, {
    toolName: "mamori",
    toolVersion: VERSION,
    informationUri: "https://mamori.dev",
    rules,
  });
  return `${JSON.stringify(log, null, 2)}\n`;
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
