import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseAllDocuments,
} from "yaml";
import type { Diagnostic, Range } from "../diagnostics/diagnostic.js";
import { escapePointerSegment, parsePointer } from "../diagnostics/diagnostic.js";
import { createDiagnostic } from "../i18n/catalog.js";
import type { Locale } from "../i18n/locale.js";
import { coreMessages } from "../i18n/messages.js";

/**
 * The text formats {@link parseSource} reads.
 *
 * @example
 * ```ts
 * import { parseSource, type SourceFormat } from "@mamori/core/source";
 * const format: SourceFormat = "yaml";
 * parseSource("kind: Organisation\n", { format }).data; // { kind: "Organisation" }
 * ```
 *
 * @category Source text
 */
export type SourceFormat = "json" | "yaml";

/**
 * Options of {@link parseSource}.
 *
 * @example
 * ```ts
 * import type { ParseSourceOptions } from "@mamori/core/source";
 * const options: ParseSourceOptions = { format: "yaml", maxLength: 1_000_000, locale: "ja" };
 * ```
 *
 * @category Source text
 */
export interface ParseSourceOptions {
  /** `json`, `yaml`, or guessed from the text (`{`/`[` first means JSON). */
  format?: SourceFormat;
  /** File name put on every diagnostic (also used to guess the format from `.json`). */
  file?: string;
  /** Refuse texts longer than this many characters. Default 10,000,000. */
  maxLength?: number;
  /** Refuse YAML that expands aliases more than this many times. Default 1,000. */
  maxAliases?: number;
  /** Refuse input nested deeper than this. Default 500. */
  maxDepth?: number;
  /** Refuse input holding more values than this (estimated in one pass). Default 200,000. */
  maxValues?: number;
  /** Locale of the messages. Default `en`. */
  locale?: Locale;
}

/**
 * Where a value sits in the text: the range of its key (for object members) and of the
 * value itself.
 *
 * @example
 * ```ts
 * import type { SourceLocation } from "@mamori/core/source";
 * const loc: SourceLocation = { value: { start: { line: 2, column: 6 }, end: { line: 2, column: 10 } } };
 * ```
 *
 * @category Source text
 */
export interface SourceLocation {
  /** Range of the member's key, when the value is an object member. */
  key?: Range;
  /** Range of the value. */
  value: Range;
}

/**
 * A map from JSON pointer to source location, for every value of the document.
 *
 * @example
 * ```ts
 * import { parseSource, type SourcePositions } from "@mamori/core/source";
 * const positions: SourcePositions = parseSource("a: 1").positions;
 * positions.get("/a")?.value.start; // { line: 1, column: 4 }
 * ```
 *
 * @category Source text
 */
export type SourcePositions = Map<string, SourceLocation>;

/**
 * The outcome of {@link parseSource}.
 *
 * @example
 * ```ts
 * import { parseSource, type ParsedSource } from "@mamori/core/source";
 * const parsed: ParsedSource = parseSource('{"kind": "Organisation"}');
 * ```
 *
 * @category Source text
 */
export interface ParsedSource {
  /** The data, or undefined when the text could not be read. */
  data: unknown;
  /** Source location of every value. */
  positions: SourcePositions;
  /** Problems found while reading (syntax, duplicate keys, limits). */
  diagnostics: Diagnostic[];
  /** The format the text was read as. */
  format: SourceFormat;
}

const KEY_CODES = new Set(["schema/unknown-key", "source/duplicate-key"]);

function guessFormat(text: string, file: string | undefined): SourceFormat {
  if (file !== undefined) {
    const lower = file.toLowerCase();
    if (lower.endsWith(".json")) return "json";
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return "yaml";
  }
  const first = text.trimStart()[0];
  return first === "{" || first === "[" ? "json" : "yaml";
}

class DepthError extends Error {}

const TOKEN_BEFORE = new Set([" ", "\t", "\n", "\r", "[", "{", ",", ":"]);

/**
 * How deep the text nests, found in one linear pass before any parser recurses: flow
 * brackets outside quoted strings and comments, plus, for YAML, the block levels opened by
 * indentation and by compact `- - -` sequences. A parser handed 100,000 levels overflows
 * its stack after seconds; this lets the limit answer at once. It may overcount brackets
 * in odd plain scalars, never undercount real nesting.
 *
 * @category Source text
 */
export function nestingDepth(text: string, format: SourceFormat): number {
  return measureText(text, format).depth;
}

/**
 * Depth (see {@link nestingDepth}) and a cheap upper estimate of how many values the text
 * holds (commas and openings of flow collections, plus YAML block lines), in one pass.
 *
 * @category Source text
 */
export function measureText(text: string, format: SourceFormat): { depth: number; values: number } {
  let values = 1;
  const yaml = format === "yaml";
  let flow = 0;
  let max = 0;
  const indents: number[] = [];
  let lineStart = true;
  let prev = "\n";
  for (let i = 0; i < text.length; i++) {
    let c = text[i] as string;
    if (lineStart && yaml && flow === 0) {
      lineStart = false;
      // Block structure: the indentation stack, plus one level per compact "- ".
      let indent = 0;
      while (text[i] === " ") {
        indent++;
        i++;
      }
      c = text[i] ?? "";
      if (c !== "\n" && c !== "\r" && c !== "#" && c !== "") {
        values++;
        while (indents.length > 0 && (indents[indents.length - 1] as number) >= indent)
          indents.pop();
        indents.push(indent);
        while (text[i] === "-" && text[i + 1] === " ") {
          indent += 2;
          indents.push(indent);
          i += 2;
          while (text[i] === " ") i++;
        }
        if (indents.length > max) max = indents.length;
        c = text[i] ?? "";
      }
    }
    lineStart = false;
    if (c === "\n") {
      lineStart = true;
      prev = c;
      continue;
    }
    const tokenStart = !yaml || TOKEN_BEFORE.has(prev);
    if (c === '"' && tokenStart) {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
    } else if (c === "'" && yaml && tokenStart) {
      for (i++; i < text.length && text[i] !== "'"; i++);
    } else if (c === "#" && yaml && (prev === " " || prev === "\t" || prev === "\n")) {
      while (i + 1 < text.length && text[i + 1] !== "\n") i++;
    } else if (c === "[" || c === "{") {
      values++;
      flow++;
      const depth = flow + indents.length;
      if (depth > max) max = depth;
    } else if ((c === "]" || c === "}") && flow > 0) flow--;
    else if (c === ",") values++;
    prev = c;
  }
  return { depth: max, values };
}

/**
 * Parse JSON or YAML text into data plus a map from JSON pointer to line/column, so that
 * every diagnostic can carry a range. Never throws: syntax errors, duplicate keys, alias
 * bombs ("billion laughs"), excessive nesting and oversized input are diagnostics.
 *
 * @param text - The whole file as text, JSON or YAML.
 * @param options - The format (guessed when absent), the file name put on diagnostics, and the size, alias and nesting limits; see {@link ParseSourceOptions}.
 *
 * @example
 * ```ts
 * import { parseSource } from "@mamori/core/source";
 * const { data, positions, diagnostics } = parseSource("kind: Organisation\nname: Kita\n");
 * positions.get("/name")?.value.start; // { line: 2, column: 7 }
 * ```
 *
 * @category Source text
 */
export function parseSource(text: string, options: ParseSourceOptions = {}): ParsedSource {
  const locale = options.locale ?? "en";
  const maxLength = options.maxLength ?? 10_000_000;
  const maxAliases = options.maxAliases ?? 1_000;
  const maxDepth = options.maxDepth ?? 500;
  const maxValues = options.maxValues ?? 200_000;
  const format = options.format ?? guessFormat(typeof text === "string" ? text : "", options.file);
  const positions: SourcePositions = new Map();
  const diagnostics: Diagnostic[] = [];
  const fail = (
    code: string,
    data: Record<string, string | number>,
    range?: Range,
  ): ParsedSource => {
    const d = createDiagnostic(coreMessages, locale, { code, severity: "error", path: "", data });
    if (range) d.range = range;
    if (options.file !== undefined) d.file = options.file;
    diagnostics.push(d);
    return { data: undefined, positions, diagnostics, format };
  };
  if (typeof text !== "string")
    return fail("source/syntax", { format, detail: "the input is not text" });
  if (text.length > maxLength)
    return fail("source/too-large", { size: text.length, limit: maxLength });
  if (text.trim() === "") return fail("source/empty", {});
  // YAML 1.2 and JSON count a lone CR as a line break (old Mac files); the yaml parser does
  // not, and read a file of CR-only lines that starts with a comment as one comment: "empty".
  // CR to LF keeps every offset, so lines and columns are those an editor shows.
  if (text.includes("\r")) text = text.replace(/\r(?!\n)/g, "\n");
  const measured = measureText(text, format);
  if (measured.depth > maxDepth + 1) return fail("source/too-deep", { limit: maxDepth });
  // The parsers keep a node and a position per value: a million of them is seconds and
  // gigabytes, so refuse clearly instead.
  if (measured.values > maxValues)
    return fail("source/too-many-values", { count: measured.values, limit: maxValues });

  let jsonData: unknown;
  if (format === "json") {
    // YAML accepts more than JSON (trailing commas, comments): JSON.parse is the judge.
    try {
      jsonData = JSON.parse(text);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      const at = /position (\d+)/.exec(detail);
      let range: Range | undefined;
      if (at) {
        const offset = Number(at[1]);
        const before = text.slice(0, offset);
        const line = before.split("\n").length;
        const column = offset - before.lastIndexOf("\n");
        range = { start: { line, column }, end: { line, column: column + 1 } };
      }
      return fail("source/syntax", { format: "JSON", detail }, range);
    }
  }
  const lineCounter = new LineCounter();
  let docs: ReturnType<typeof parseAllDocuments>;
  try {
    docs = parseAllDocuments(text, {
      lineCounter,
      uniqueKeys: false,
      prettyErrors: false,
      schema: "core",
      strict: true,
      stringKeys: true,
    });
  } catch (error) {
    if (error instanceof RangeError) return fail("source/too-deep", { limit: maxDepth });
    return fail("source/syntax", {
      format,
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  const list = Array.isArray(docs) ? docs : [];
  const pos = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const rangeOf = (r: readonly [number, number, number] | null | undefined): Range | undefined =>
    r ? { start: pos(r[0]), end: pos(r[1]) } : undefined;
  if (list.length === 0) return fail("source/empty", {});
  const doc = list[0]!;
  if (list.length > 1) {
    return fail(
      "source/multiple-documents",
      { count: list.length },
      rangeOf(list[1]?.contents?.range),
    );
  }
  const firstError = doc.errors[0];
  if (firstError) {
    const at = firstError.pos
      ? { start: pos(firstError.pos[0]), end: pos(firstError.pos[1]) }
      : undefined;
    return fail(
      "source/syntax",
      { format: format === "json" ? "JSON" : "YAML", detail: firstError.message },
      at,
    );
  }

  const walk = (node: unknown, pointer: string, depth: number): void => {
    if (depth > maxDepth) throw new DepthError();
    if (isMap(node)) {
      const seen = new Map<string, Range | undefined>();
      for (const item of node.items) {
        if (!isPair(item)) continue;
        const keyNode = item.key as Node | null;
        const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
        const keyRange = rangeOf(keyNode?.range);
        const childPointer = `${pointer}/${escapePointerSegment(key)}`;
        if (seen.has(key)) {
          const d = createDiagnostic(coreMessages, locale, {
            code: "source/duplicate-key",
            severity: "error",
            path: childPointer,
            data: { key },
          });
          if (keyRange) d.range = keyRange;
          const firstRange = seen.get(key);
          d.related = [{ path: childPointer, ...(firstRange ? { range: firstRange } : {}) }];
          if (options.file !== undefined) d.file = options.file;
          diagnostics.push(d);
        }
        seen.set(key, keyRange);
        const valueNode = item.value as Node | null;
        const valueRange = rangeOf(valueNode?.range) ?? keyRange;
        if (valueRange)
          positions.set(childPointer, {
            ...(keyRange ? { key: keyRange } : {}),
            value: valueRange,
          });
        walk(valueNode, childPointer, depth + 1);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const childPointer = `${pointer}/${index}`;
        const r = rangeOf((item as Node | null)?.range);
        if (r) positions.set(childPointer, { value: r });
        walk(item, childPointer, depth + 1);
      });
    } else if (isAlias(node)) {
      // An alias points at data mapped elsewhere; its own range is enough for diagnostics.
    }
  };

  let data: unknown;
  try {
    const rootRange = rangeOf(doc.contents?.range);
    if (rootRange) positions.set("", { value: rootRange });
    walk(doc.contents, "", 0);
    data = format === "json" ? jsonData : doc.toJS({ maxAliasCount: maxAliases });
  } catch (error) {
    if (error instanceof DepthError || error instanceof RangeError) {
      return fail("source/too-deep", { limit: maxDepth });
    }
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      return fail("source/alias-limit", { limit: maxAliases });
    }
    return fail("source/syntax", {
      format,
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  return { data, positions, diagnostics, format };
}

/**
 * Find the source range for a JSON pointer: the value's own range, or the nearest ancestor
 * that has one.
 *
 * @param positions - The `positions` of a {@link parseSource} result.
 * @param pointer - The JSON pointer to find, such as `/processes/0/rto`.
 * @param prefer - Whether to give the range of the key or of the value (default), where the pointer names an object member.
 *
 * @example
 * ```ts
 * import { parseSource, rangeAt } from "@mamori/core/source";
 * const { positions } = parseSource("a:\n  b: 1\n");
 * rangeAt(positions, "/a/b/c"); // the range of `1` (the nearest known ancestor)
 * ```
 *
 * @category Source text
 */
export function rangeAt(
  positions: SourcePositions,
  pointer: string,
  prefer: "key" | "value" = "value",
): Range | undefined {
  let current = pointer;
  for (;;) {
    const loc = positions.get(current);
    if (loc) return prefer === "key" && loc.key ? loc.key : loc.value;
    if (current === "") return undefined;
    const cut = current.lastIndexOf("/");
    current = cut <= 0 ? "" : current.slice(0, cut);
  }
}

/**
 * Give every diagnostic (and related location) without a range the range of its path in the
 * source. Key-related findings (unknown or duplicate keys) point at the key itself. Returns
 * new objects; the input is not modified.
 *
 * @param diagnostics - The diagnostics to place, such as those of `validateDocument`; those that already have a range are kept as they are.
 * @param positions - The `positions` of the {@link parseSource} result for the same text.
 * @param file - The file name to set on diagnostics that have none; omitted, `file` is left as it is.
 *
 * @example
 * ```ts
 * import { parseSource, attachRanges } from "@mamori/core/source";
 * import { validateDocument, OrganisationSchema } from "@mamori/core";
 * const parsed = parseSource("kind: Organisation\nschemaVersion: '1.0'\nid: k\nname: K\nscope: solo\n");
 * const located = attachRanges(validateDocument(OrganisationSchema, parsed.data).diagnostics, parsed.positions);
 * located[0]?.range?.start.line; // 5
 * ```
 *
 * @category Source text
 */
export function attachRanges(
  diagnostics: readonly Diagnostic[],
  positions: SourcePositions,
  file?: string,
): Diagnostic[] {
  return diagnostics.map((d) => {
    const out: Diagnostic = { ...d };
    if (!out.range && parsePointer(d.path) !== undefined) {
      const r = rangeAt(positions, d.path, KEY_CODES.has(d.code) ? "key" : "value");
      if (r) out.range = r;
    }
    if (d.related) {
      out.related = d.related.map((rel) => {
        if (rel.range || rel.file) return rel;
        const r = rangeAt(positions, rel.path);
        return r ? { ...rel, range: r } : rel;
      });
    }
    if (file !== undefined && out.file === undefined) out.file = file;
    return out;
  });
}
