/**
 * `@mamori/core/internal`: the helpers mamori's own packages share — how their schemas are
 * built (`defineObject`, `defineDocumentSchema`), how zod issues become diagnostics, CSV and
 * terminal/Markdown text escaping, closest-name suggestions and ID indexes.
 *
 * @experimental Not covered by semantic versioning: these may change in any release. They
 * are published only because mamori's packages are built and installed separately; an
 * application should use the documented functions of `@mamori/core` and the other packages.
 *
 * @packageDocumentation
 */

export { type CsvCell, neutraliseCsvCell, restoreCsvCell, toCsv } from "./csv/csv.js";
export { type CsvTable, readCsv } from "./csv/read-csv.js";
export { escapePointerSegment } from "./diagnostics/diagnostic.js";
export {
  DURATION_UNITS,
  type DurationUnit,
  formatDurationParts,
} from "./duration/words.js";
export { placeholdersOf } from "./i18n/catalog.js";
export { CORE_PROPERTY_DESCRIPTIONS } from "./json-schema/descriptions.js";
export { defineDocumentSchema } from "./schema/document.js";
export { defineObject } from "./schema/object.js";
export { escapeXml, fitText, maxOf, textWidth } from "./text/svg-text.js";
export { elideText, escapeMarkdown, isWideCharacter, toTerminalText } from "./text/text.js";
export { closestMatch } from "./validate/closest.js";
export { type IdIndex, indexById } from "./validate/ids.js";
export { describeValue, issuesToDiagnostics } from "./validate/validate-document.js";
