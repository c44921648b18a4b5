/**
 * `@mamori/core/source`: read JSON or YAML text into data plus a map from JSON pointer to
 * line/column, and put those ranges on diagnostics. Separate from the main entry so that
 * browser bundles that never read text stay small.
 *
 * @packageDocumentation
 */
export {
  attachRanges,
  type ParsedSource,
  type ParseSourceOptions,
  parseSource,
  rangeAt,
  type SourceFormat,
  type SourceLocation,
  type SourcePositions,
} from "./source/parse-source.js";
