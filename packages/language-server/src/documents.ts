import { attachRanges, type ParsedSource, parseSource } from "@mamori/core/source";

/**
 * The largest document the server reads (the CLI's limit): larger ones get one diagnostic.
 *
 * @category Language service
 */
export const MAX_TEXT_LENGTH = 20 * 1024 * 1024;

/** One document the server knows: open in the editor, or read from the folder. @internal */
export interface Doc {
  uri: string;
  text: string;
  /** True while the editor has it open (its text is the editor's, not the disk's). */
  open: boolean;
  parsed: ParsedSource;
  /** The last parse that gave data: completion works on half-typed YAML from it. */
  lastGood: ParsedSource | undefined;
  /** The document's `kind`, when it has a string one. */
  kind: string | undefined;
}

/** Parse a document's text; the last good parse is carried over. @internal */
export function makeDoc(uri: string, text: string, open: boolean, previous?: Doc): Doc {
  const parsed = parseSource(text, { file: uri, maxLength: MAX_TEXT_LENGTH });
  const data = parsed.data as { kind?: unknown } | undefined;
  const good = parsed.data !== undefined ? parsed : previous?.lastGood;
  const kindSource = (good?.data ?? undefined) as { kind?: unknown } | undefined;
  const kind =
    typeof data?.kind === "string"
      ? data.kind
      : typeof kindSource?.kind === "string"
        ? kindSource.kind
        : undefined;
  return { uri, text, open, parsed, lastGood: good, kind };
}

/** The folder of a document URI (everything before its last `/`). @internal */
export function folderOf(uri: string): string {
  const i = uri.lastIndexOf("/");
  return i < 0 ? "" : uri.slice(0, i);
}

export { attachRanges };
