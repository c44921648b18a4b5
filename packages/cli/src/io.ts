import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import type { Diagnostic, Locale } from "@mamori/core";
import { type ParsedSource, parseSource, type SourcePositions } from "@mamori/core/source";

/**
 * What the CLI reads from and writes to; tests pass their own to run it in-process.
 *
 * @example
 * ```ts
 * import type { CliIo } from "@mamori/cli";
 * const out: string[] = [];
 * const io: CliIo = { stdout: (s) => out.push(s), stderr: (s) => out.push(s), cwd: process.cwd(), env: {}, stdoutIsTTY: false, stderrIsTTY: false };
 * ```
 */
export interface CliIo {
  /** Write to standard output. */
  stdout: (text: string) => void;
  /** Write to standard error. */
  stderr: (text: string) => void;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** Environment variables (`NO_COLOR` is honoured). */
  env: Record<string, string | undefined>;
  /** Whether standard output is a terminal (colours, progress). */
  stdoutIsTTY: boolean;
  /** Whether standard error is a terminal (progress bar). */
  stderrIsTTY: boolean;
}

/**
 * A problem with how the CLI was called or with reading its input: exit code 2 and one
 * clear line, never a stack trace.
 *
 * @example
 * ```ts
 * import { UsageError } from "@mamori/cli";
 * const e = new UsageError("missing file: plan.yaml");
 * e.message; // "missing file: plan.yaml"
 * ```
 */
export class UsageError extends Error {
  override name = "UsageError";
}

/** Largest input file read (bytes). */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** A document read from a file: data, positions and reading diagnostics. */
export interface LoadedDocument {
  /** Path as given (for messages). */
  file: string;
  /** The parsed data. */
  data: unknown;
  /** JSON pointer → source range. */
  positions: SourcePositions;
  /** Non-fatal reading diagnostics (duplicate keys). */
  diagnostics: Diagnostic[];
}

/** Read a whole text file, or throw a {@link UsageError} that says why not. */
export function readText(io: CliIo, file: string): string {
  const full = resolve(io.cwd, file);
  let size: number;
  try {
    const st = statSync(full);
    if (st.isDirectory()) throw new UsageError(`${file} is a directory, not a file`);
    size = st.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${file}: no such file`);
  }
  if (size > MAX_INPUT_BYTES) {
    throw new UsageError(
      `${file} is too large (${size} bytes; the limit is ${MAX_INPUT_BYTES} bytes)`,
    );
  }
  try {
    return readFileSync(full, "utf8");
  } catch (error) {
    throw new UsageError(
      `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/**
 * Read and parse a JSON or YAML document. Syntax errors, size and alias limits are usage
 * errors (exit 2) with `file:line:column`; duplicate keys come back as diagnostics.
 */
export function loadDocument(io: CliIo, file: string, locale: Locale): LoadedDocument {
  const text = readText(io, file);
  const parsed: ParsedSource = parseSource(text, { file, locale, maxLength: MAX_INPUT_BYTES });
  if (parsed.data === undefined) {
    const d = parsed.diagnostics[0];
    const where = d?.range ? `${file}:${d.range.start.line}:${d.range.start.column}` : file;
    throw new UsageError(`cannot read ${where}: ${d?.message ?? "not JSON or YAML"}`);
  }
  if (typeof parsed.data !== "object" || parsed.data === null || Array.isArray(parsed.data)) {
    throw new UsageError(
      `cannot read ${file}: a document must be a JSON/YAML object with a 'kind'`,
    );
  }
  return { file, data: parsed.data, positions: parsed.positions, diagnostics: parsed.diagnostics };
}

/** Whether to colour output: a TTY, and no `NO_COLOR`. */
export function useColor(io: CliIo): boolean {
  return (
    io.stdoutIsTTY &&
    (io.env.NO_COLOR === undefined || io.env.NO_COLOR === "") &&
    io.env.TERM !== "dumb"
  );
}
