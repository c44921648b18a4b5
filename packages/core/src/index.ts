/**
 * `@mamori/core`: the shared foundation of mamori — zod schemas and types of the domain
 * (IT services, business processes, resources, recovery objectives, organisations),
 * ISO 8601 durations and dates, diagnostics with English and Japanese messages and their
 * formatters (stylish text, JSON, SARIF 2.1.0), and JSON Schema export.
 *
 * Parsing text with line/column positions lives in the separate entry point
 * `@mamori/core/source`, so this one stays small for browsers. The helpers mamori's own
 * packages share (schema builders, CSV and text escaping) live in `@mamori/core/internal`,
 * outside semantic versioning. The building blocks of the shared domain (IT services,
 * processes, resources, recovery objectives, sites, identifiers and durations as zod schemas
 * and types) live in `@mamori/core/domain`.
 *
 * @packageDocumentation
 */

export { type DateResult, ISO_DATE_PATTERN, parseIsoDate } from "./date/date.js";
export {
  countBySeverity,
  type Diagnostic,
  hasErrors,
  isSuppressed,
  type MessageParams,
  type Position,
  parsePointer,
  type Range,
  type RelatedLocation,
  type Severity,
  type Suppression,
  sortDiagnostics,
  toPointer,
} from "./diagnostics/diagnostic.js";
export { formatJson, formatStylish, type StylishOptions } from "./diagnostics/format.js";
export { type SarifLog, type SarifOptions, type SarifRule, toSarif } from "./diagnostics/sarif.js";
export {
  type CalendarUnitPolicy,
  type DurationResult,
  formatDuration,
  ISO_DURATION_PATTERN,
  type ParseDurationOptions,
  parseDuration,
  toIsoDuration,
} from "./duration/duration.js";
export { type DurationTicks, durationTicks } from "./duration/ticks.js";
export {
  checkMessageCatalog,
  createDiagnostic,
  type DiagnosticInit,
  defineMessages,
  formatMessage,
  type MessageCatalog,
} from "./i18n/catalog.js";
export { LOCALES, type Locale, type LocalizedText, localize } from "./i18n/locale.js";
export { coreMessages } from "./i18n/messages.js";
export {
  type JsonSchema,
  type PropertyDescriptions,
  type ToJsonSchemaOptions,
  toJsonSchema,
} from "./json-schema/to-json-schema.js";
export { SCHEMA_VERSION } from "./schema/document.js";
export { type Organisation, OrganisationSchema } from "./schema/organisation.js";
export { coreDocumentKinds, type DocumentKind, SCHEMA_BASE_URL } from "./schema/registry.js";
export {
  type ValidateDocumentOptions,
  type ValidationResult,
  validateDocument,
} from "./validate/validate-document.js";
