import { closeSync, fstatSync, mkdirSync, openSync, readSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
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
 *
 * @category Running the CLI
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
 *
 * @category Running the CLI
 */
export class UsageError extends Error {
  override name = "UsageError";
}

/**
 * Largest input file read (bytes).
 *
 * @category Running the CLI
 */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/**
 * A document read from a file: data, positions and reading diagnostics.
 *
 * @category Running the CLI
 */
export interface LoadedDocument {
  /** Path as given (for messages). */
  file: string;
  /** The parsed data. */
  data: unknown;
  /** JSON pointer → source range. */
  positions: SourcePositions;
  /** Non-fatal reading diagnostics (duplicate keys; a workbook's unknown columns, formulas …). */
  diagnostics: Diagnostic[];
  /** For a workbook (.xlsx): JSON pointer → cell (`Processes!D7`), used instead of `positions`. */
  cells?: ReadonlyMap<string, string>;
  /**
   * For a workbook: names each diagnostic's cell (`@mamori/xlsx`'s `attachCells`, bound to this
   * workbook), so that callers need not load the workbook reader themselves.
   */
  attachCells?: (diagnostics: Diagnostic[]) => Diagnostic[];
}

/**
 * Why a file could not be opened, in words, from Node's error code.
 *
 * @category Running the CLI
 */
export function openProblem(file: string, error: unknown): UsageError {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case "ENOENT":
      return new UsageError(`cannot read ${file}: no such file`);
    case "EACCES":
    case "EPERM":
      return new UsageError(`cannot read ${file}: permission denied`);
    case "EISDIR":
      return new UsageError(`${file} is a directory, not a file`);
    case "ENOTDIR":
      return new UsageError(`cannot read ${file}: a part of the path is not a directory`);
    case "ELOOP":
      return new UsageError(`cannot read ${file}: too many symbolic links`);
    default:
      return new UsageError(
        `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
      );
  }
}

/** Wait a little without a busy loop (a non-blocking pipe that has no data yet). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Read at most `limit + 1` bytes of a file, whatever it is: a regular file, a device
 * (`/dev/zero`), a pipe or a process substitution, whose size `stat` cannot tell (it says
 * 0). Memory stays bounded by the limit; more than `limit` bytes is a usage error.
 *
 * @category Running the CLI
 */
export function readBytes(io: CliIo, file: string, limit = MAX_INPUT_BYTES): Buffer {
  const full = resolve(io.cwd, file);
  let fd: number;
  try {
    fd = openSync(full, "r");
  } catch (error) {
    throw openProblem(file, error);
  }
  try {
    let st: ReturnType<typeof fstatSync>;
    try {
      st = fstatSync(fd);
    } catch (error) {
      throw openProblem(file, error);
    }
    if (st.isDirectory()) throw new UsageError(`${file} is a directory, not a file`);
    if (st.isFile() && st.size > limit) throw tooLarge(file, `${st.size} bytes`, limit);
    const chunks: Buffer[] = [];
    let total = 0;
    const chunk = Buffer.allocUnsafe(1 << 16);
    for (;;) {
      const want = Math.min(chunk.length, limit + 1 - total);
      if (want <= 0) break;
      let n: number;
      try {
        n = readSync(fd, chunk, 0, want, null);
      } catch (error) {
        if ((error as { code?: unknown }).code === "EAGAIN") {
          pause(10);
          continue;
        }
        throw openProblem(file, error);
      }
      if (n === 0) break;
      chunks.push(Buffer.from(chunk.subarray(0, n)));
      total += n;
    }
    if (total > limit) throw tooLarge(file, "more", limit);
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

function tooLarge(file: string, size: string, limit: number): UsageError {
  return new UsageError(`${file} is too large (${size} bytes; the limit is ${limit} bytes)`);
}

/** Line and column (1-based, in characters) of a byte offset of UTF-8 text. */
function lineColumnOf(bytes: Buffer, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i]!;
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = bytes.subarray(lineStart, offset).toString("utf8");
  return { line, column: [...before].length + 1 };
}

/**
 * Offset of the first byte that is not part of well-formed UTF-8 (RFC 3629: no overlong
 * forms, no surrogates, nothing above U+10FFFF), or -1.
 *
 * @category Running the CLI
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** The encoding of text that is UTF-16 or UTF-32, told by its byte order mark or zero bytes. */
function wideEncoding(bytes: Buffer): string | undefined {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (a === 0xff && b === 0xfe) return c === 0 && d === 0 ? "UTF-32LE" : "UTF-16LE";
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return "UTF-32BE";
  if (a === 0xfe && b === 0xff) return "UTF-16BE";
  // Without a mark: ASCII text in UTF-16 has a zero byte beside every character.
  if (bytes.length >= 4 && a !== 0 && b === 0 && c !== 0 && d === 0) return "UTF-16LE";
  if (bytes.length >= 4 && a === 0 && b !== 0 && c === 0 && d !== 0) return "UTF-16BE";
  return undefined;
}

/**
 * Decode UTF-8 text exactly: a byte sequence that is not UTF-8 is a usage error naming its
 * line and column, never a silent U+FFFD in an id or a name; UTF-16 and UTF-32 text is
 * recognised and named.
 *
 * @category Running the CLI
 */
export function decodeUtf8(file: string, bytes: Buffer): string {
  const wide = wideEncoding(bytes);
  if (wide !== undefined) {
    throw new UsageError(
      `cannot read ${file}: the text is ${wide}; mamori reads UTF-8 (save the file as UTF-8)`,
    );
  }
  try {
    // ignoreBOM keeps a UTF-8 byte order mark in the text, where the parsers expect it.
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const { line, column } = lineColumnOf(bytes, Math.max(at, 0));
    const hex = at < 0 ? "" : ` (byte 0x${bytes[at]!.toString(16).padStart(2, "0")})`;
    throw new UsageError(
      `cannot read ${file}:${line}:${column}: not valid UTF-8${hex}; mamori reads UTF-8 and does not alter text, so save the file as UTF-8`,
    );
  }
}

/**
 * Read a whole UTF-8 text file (or device, pipe, process substitution) of at most
 * {@link MAX_INPUT_BYTES}, or throw a {@link UsageError} that says why not.
 *
 * @category Running the CLI
 */
export function readText(io: CliIo, file: string): string {
  return decodeUtf8(file, readBytes(io, file));
}

/**
 * Read and parse a JSON or YAML document. Syntax errors, size and alias limits are usage
 * errors (exit 2) with `file:line:column`; duplicate keys come back as diagnostics.
 *
 * @category Running the CLI
 */
export async function loadDocument(
  io: CliIo,
  file: string,
  locale: Locale,
): Promise<LoadedDocument> {
  if (/\.xlsx$/i.test(file)) return loadWorkbook(io, file, locale);
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

/**
 * Read a BIA or responsibility matrix workbook (.xlsx). A workbook that cannot be read as a
 * document at all (corrupt, encrypted, too large, of no known kind) is a usage error (exit 2)
 * naming its first problem; the rest (unknown columns, formulas, merged cells) come back as
 * diagnostics with their cells.
 */
async function loadWorkbook(io: CliIo, file: string, locale: Locale): Promise<LoadedDocument> {
  // Loaded on the first workbook only: SheetJS and the workbook layouts are most of the
  // binary's code, and a command that reads no workbook should not pay for them at start-up.
  const { attachCells, readWorkbook } = await import("@mamori/xlsx");
  const read = readWorkbook(readBytes(io, file), { file, locale });
  if (read.data === undefined) {
    const d = read.diagnostics.find((x) => x.severity === "error") ?? read.diagnostics[0];
    const where = d?.cell ? `${file} (${d.cell})` : file;
    throw new UsageError(`cannot read ${where}: ${d?.message ?? "not a workbook"}`);
  }
  return {
    file,
    data: read.data,
    positions: new Map(),
    diagnostics: read.diagnostics,
    cells: read.cells,
    attachCells: (diagnostics) => attachCells(diagnostics, read.cells, file),
  };
}

/**
 * Whether to colour output: a TTY, and no `NO_COLOR`.
 *
 * @category Running the CLI
 */
export function useColor(io: CliIo): boolean {
  return (
    io.stdoutIsTTY &&
    (io.env.NO_COLOR === undefined || io.env.NO_COLOR === "") &&
    io.env.TERM !== "dumb"
  );
}

/**
 * Create a directory and its missing parents, one level at a time. Node 20's
 * `mkdirSync(dir, { recursive: true })` loops forever under `/proc` (ENOENT from a parent it
 * takes for missing); one `mkdirSync` per level answers every error at once, as a usage error
 * naming `shown`.
 *
 * @category Running the CLI
 */
export function makeDirectory(dir: string, shown: string): void {
  const missing: string[] = [];
  let current = dir;
  for (;;) {
    try {
      if (!statSync(current).isDirectory())
        throw new UsageError(`cannot create ${shown}: ${current} is not a directory`);
      break;
    } catch (error) {
      if (error instanceof UsageError) throw error;
      if ((error as { code?: unknown }).code !== "ENOENT") throw createProblem(shown, error);
    }
    const parent = dirname(current);
    if (parent === current) break;
    missing.push(current);
    current = parent;
  }
  for (const level of missing.reverse()) {
    try {
      mkdirSync(level);
    } catch (error) {
      if ((error as { code?: unknown }).code === "EEXIST" && statSync(level).isDirectory())
        continue;
      throw createProblem(shown, error);
    }
  }
}

function createProblem(shown: string, error: unknown): UsageError {
  const code = (error as { code?: unknown } | null)?.code;
  const why =
    code === "EACCES" || code === "EPERM"
      ? "permission denied"
      : code === "ENOENT"
        ? "this file system does not allow it"
        : error instanceof Error
          ? error.message
          : String(error);
  return new UsageError(`cannot create ${shown}: ${why}`);
}
