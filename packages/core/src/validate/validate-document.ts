import type * as z from "zod/mini";
import type { Diagnostic, MessageParams } from "../diagnostics/diagnostic.js";
import { toPointer } from "../diagnostics/diagnostic.js";
import { showValue } from "../diagnostics/show-value.js";
import { createDiagnostic } from "../i18n/catalog.js";
import type { Locale } from "../i18n/locale.js";
import { coreMessages } from "../i18n/messages.js";
import { isSupportedSchemaVersion, SCHEMA_VERSION } from "../schema/document.js";
import { closestMatch } from "./closest.js";
import { fastPathOf } from "./fast-path.js";

/**
 * Options of {@link validateDocument}.
 *
 * @example
 * ```ts
 * import type { ValidateDocumentOptions } from "@mamori/core";
 * const options: ValidateDocumentOptions = { locale: "ja", kind: "Organisation" };
 * ```
 *
 * @category Documents
 */
export interface ValidateDocumentOptions {
  /** Locale of the messages. Default `en`. */
  locale?: Locale;
  /** The `kind` the document must have; checked first, with a clear message. */
  kind?: string;
  /** Stop after this many diagnostics (default 1000), so a huge broken file stays cheap. */
  maxDiagnostics?: number;
}

/**
 * The outcome of {@link validateDocument}: the document, typed, when it can be used, and
 * the diagnostics.
 *
 * @example
 * ```ts
 * import { validateDocument, OrganisationSchema, type ValidationResult, type Organisation } from "@mamori/core";
 * const r: ValidationResult<Organisation> = validateDocument(OrganisationSchema, {});
 * ```
 *
 * @category Documents
 */
export interface ValidationResult<T> {
  /**
   * The document when it is usable: it matched the schema, or its only problems are unknown
   * keys (reported as errors, but the data itself is intact). Undefined otherwise.
   */
  value: T | undefined;
  /** Every problem found, in a stable order. */
  diagnostics: Diagnostic[];
}

type Issue = z.core.$ZodIssue;

const LIMIT = 1000;

/**
 * A short English/neutral description of a value's type for messages.
 *
 * @param value - Any value; `undefined` (`nothing`), `null`, arrays, `NaN` and infinities get their own words, anything else its `typeof`.
 *
 * @example
 * ```ts
 * import { describeValue } from "@mamori/core/internal";
 * describeValue([1, 2]); // "array"
 * describeValue(null); // "null"
 * describeValue(Number.NaN); // "NaN"
 * ```
 *
 * @category Documents
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "NaN";
    if (!Number.isFinite(value)) return String(value);
    return "number";
  }
  return typeof value;
}

function formatName(issue: Extract<Issue, { code: "invalid_format" }>): {
  code: string;
  format: string;
} {
  if (issue.format === "iso-duration")
    return { code: "duration/malformed", format: "ISO 8601 duration" };
  if (issue.format === "iso-date") return { code: "date/malformed", format: "ISO 8601 date" };
  const pattern = "pattern" in issue ? String(issue.pattern ?? "") : "";
  return { code: "schema/invalid-format", format: pattern ? `pattern ${pattern}` : issue.format };
}

/**
 * The tag of a union of tagged objects (`type: "site-loss" | …`) that no branch accepted: the
 * key whose literal every branch refuses, with every literal allowed there. Undefined when
 * some branch accepted its tag (that branch is then the one to report).
 */
function unmatchedTag(branches: Issue[][]): Issue | undefined {
  let key: PropertyKey | undefined;
  const values: unknown[] = [];
  let input: unknown;
  for (const branch of branches) {
    const tag = branch.find((i) => i.code === "invalid_value" && i.path.length === 1);
    if (tag?.code !== "invalid_value") return undefined;
    if (key !== undefined && tag.path[0] !== key) return undefined;
    key = tag.path[0];
    input = tag.input;
    for (const v of tag.values) if (!values.includes(v)) values.push(v);
  }
  if (key === undefined) return undefined;
  // No tag at all: the tag is what is missing (schema/required), not a wrong value.
  if (input === undefined)
    return {
      code: "invalid_type",
      expected: "string",
      path: [key],
      input,
      message: "",
    } as unknown as Issue;
  return { code: "invalid_value", path: [key], values, input, message: "" } as unknown as Issue;
}

/**
 * Pick the most plausible branch of a failed union: one whose own type matched and, for
 * tagged objects, whose tag literal matched (a site-loss missing its site is reported as
 * that, not as a mismatch against the power-outage branch); then the fewest issues.
 */
function bestBranch(branches: Issue[][]): Issue[] | undefined {
  const tag = unmatchedTag(branches);
  if (tag) return [tag];
  let best: Issue[] | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const branch of branches) {
    const rootTypeMiss = branch.some(
      (i) => i.path.length === 0 && (i.code === "invalid_type" || i.code === "invalid_union"),
    );
    const tagMiss = branch.some((i) => i.code === "invalid_value" && i.path.length === 1);
    const score = (rootTypeMiss ? 10_000 : 0) + (tagMiss ? 1_000 : 0) + branch.length;
    if (score < bestScore) {
      bestScore = score;
      best = branch;
    }
  }
  return bestScore >= 10_000 ? undefined : best;
}

function issueToDiagnostics(
  issue: Issue,
  prefix: readonly PropertyKey[],
  locale: Locale,
  out: Diagnostic[],
): void {
  const segments = [...prefix, ...issue.path].map((s) => (typeof s === "symbol" ? String(s) : s));
  const path = toPointer(segments as (string | number)[]);
  const push = (code: string, data: MessageParams, messageKey?: string) => {
    out.push(
      createDiagnostic(coreMessages, locale, {
        code,
        severity: "error",
        path,
        data,
        ...(messageKey ? { messageKey } : {}),
      }),
    );
  };
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined) {
        push("schema/required", { key: String(segments[segments.length - 1] ?? "") });
      } else {
        push("schema/invalid-type", {
          expected: issue.expected,
          received: describeValue(issue.input),
        });
      }
      return;
    }
    case "invalid_value": {
      // A missing key whose value must be one of a list is missing, not "'undefined'".
      if (issue.input === undefined) {
        push("schema/required", { key: String(segments[segments.length - 1] ?? "") });
        return;
      }
      const allowed = issue.values.map((v) => String(v));
      const value = showValue(issue.input);
      const suggestion =
        typeof issue.input === "string" ? closestMatch(issue.input, allowed) : undefined;
      if (suggestion) {
        push(
          "schema/invalid-value",
          { value, allowed: allowed.join(", "), suggestion },
          "schema/invalid-value-suggest",
        );
      } else {
        push("schema/invalid-value", { value, allowed: allowed.join(", ") });
      }
      return;
    }
    case "too_small":
      push("schema/too-small", { origin: issue.origin, minimum: String(issue.minimum) });
      return;
    case "too_big":
      push("schema/too-big", { origin: issue.origin, maximum: String(issue.maximum) });
      return;
    case "invalid_format": {
      const { code, format } = formatName(issue);
      push(code, { value: showValue(issue.input), format });
      return;
    }
    case "invalid_union": {
      const branch = bestBranch(issue.errors as Issue[][]);
      if (branch) {
        for (const inner of branch) issueToDiagnostics(inner, segments, locale, out);
      } else {
        push("schema/invalid-union", {});
      }
      return;
    }
    case "custom": {
      const params = (issue.params ?? {}) as Record<string, unknown>;
      if (params.mamori === "unknown-key") {
        const key = String(params.key);
        const suggestion = params.suggestion === undefined ? undefined : String(params.suggestion);
        if (suggestion)
          push("schema/unknown-key", { key, suggestion }, "schema/unknown-key-suggest");
        else push("schema/unknown-key", { key });
        return;
      }
      if (params.mamori === "date-invalid") {
        push("date/invalid", { value: showValue(issue.input) });
        return;
      }
      push("schema/invalid", { detail: issue.message });
      return;
    }
    default:
      push("schema/invalid", { detail: issue.message });
  }
}

/**
 * Turn zod issues into mamori diagnostics (English and Japanese messages, JSON-pointer
 * paths, stable codes such as `schema/required` and `schema/unknown-key`).
 *
 * @param issues - The zod issues, from a failed `safeParse`.
 * @param locale - The locale of the `message`, default `en`; every shipped locale is also in `messages`.
 *
 * @example
 * ```ts
 * import { OrganisationSchema } from "@mamori/core";
 * import { issuesToDiagnostics } from "@mamori/core/internal";
 * const r = OrganisationSchema.safeParse({ kind: "Organisation" }, { reportInput: true });
 * const diagnostics = r.success ? [] : issuesToDiagnostics(r.error.issues, "ja");
 * ```
 *
 * @category Documents
 */
export function issuesToDiagnostics(issues: readonly Issue[], locale: Locale = "en"): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) issueToDiagnostics(issue, [], locale, out);
  return out;
}

function findProtoKeys(
  value: unknown,
  path: (string | number)[],
  locale: Locale,
  out: Diagnostic[],
  depth: number,
): void {
  if (typeof value !== "object" || value === null || depth > 200) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      findProtoKeys(value[i], path, locale, out, depth + 1);
      path.pop();
    }
    return;
  }
  for (const key of Object.keys(value)) {
    if (key.startsWith("x-")) continue;
    path.push(key);
    if (key === "__proto__") {
      out.push(
        createDiagnostic(coreMessages, locale, {
          code: "schema/unknown-key",
          severity: "error",
          path: toPointer(path),
          data: { key },
        }),
      );
    } else {
      findProtoKeys((value as Record<string, unknown>)[key], path, locale, out, depth + 1);
    }
    path.pop();
  }
}

/**
 * Validate a document (already parsed from JSON or YAML) against a zod schema. Never
 * throws: returns the typed document when usable and diagnostics with codes, JSON-pointer
 * paths and messages in the requested locale.
 *
 * @param schema - The zod schema of the document kind, such as one built with `defineDocumentSchema`.
 * @param input - The parsed document, from JSON or YAML; any value is accepted and reported on.
 * @param options - The locale (default `en`), the `kind` the document must have, and the cap on diagnostics (default 1000); see {@link ValidateDocumentOptions}.
 *
 * @example
 * ```ts
 * import { validateDocument, OrganisationSchema } from "@mamori/core";
 * const { value, diagnostics } = validateDocument(OrganisationSchema, {
 *   kind: "Organisation", schemaVersion: "1.0", id: "kita", name: "Kita Seiki", scope: "individul",
 * }, { locale: "en" });
 * diagnostics[0]?.message; // "'individul' is not allowed here; did you mean 'individual'? ..."
 * ```
 *
 * @category Documents
 */
export function validateDocument<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  options: ValidateDocumentOptions = {},
): ValidationResult<z.output<S>> {
  return validate(schema, input, options, true);
}

/**
 * {@link validateDocument} without its fast path: always zod, findProtoKeys and issue mapping.
 * Tests compare the two.
 * @internal
 */
export function validateDocumentSlowly<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  options: ValidateDocumentOptions = {},
): ValidationResult<z.output<S>> {
  return validate(schema, input, options, false);
}

function validate<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  options: ValidateDocumentOptions,
  fast: boolean,
): ValidationResult<z.output<S>> {
  const locale = options.locale ?? "en";
  const max = options.maxDiagnostics ?? LIMIT;
  const diag = (code: string, path: string, data: MessageParams) =>
    createDiagnostic(coreMessages, locale, { code, severity: "error", path, data });

  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return {
      value: undefined,
      diagnostics: [diag("document/not-an-object", "", { received: describeValue(input) })],
    };
  }
  const record = input as Record<string, unknown>;
  if (options.kind !== undefined) {
    if (!Object.hasOwn(record, "kind")) {
      return {
        value: undefined,
        diagnostics: [diag("document/kind-missing", "", { expected: options.kind })],
      };
    }
    if (record.kind !== options.kind) {
      return {
        value: undefined,
        diagnostics: [
          diag("document/kind-mismatch", "/kind", {
            actual: showValue(record.kind),
            expected: options.kind,
          }),
        ],
      };
    }
  }
  if (Object.hasOwn(record, "schemaVersion") && !isSupportedSchemaVersion(record.schemaVersion)) {
    return {
      value: undefined,
      diagnostics: [
        diag("document/unsupported-version", "/schemaVersion", {
          actual: showValue(record.schemaVersion),
          supported: `${SCHEMA_VERSION} (1.x)`,
        }),
      ],
    };
  }

  // A valid document (the usual case) is recognised by closures compiled from the schema,
  // without zod's copy of the document; anything else takes the path below, which alone
  // produces diagnostics. A throw (RangeError on deep input, an async check) means "ask zod".
  const check = fast ? fastPathOf(schema) : undefined;
  if (check) {
    try {
      if (check(input)) return { value: input as z.output<S>, diagnostics: [] };
    } catch {}
  }

  // zod drops own `__proto__` keys before its checks see them; find them here so they are
  // reported like any other unknown key. The document itself is returned as given: mamori's
  // schemas have no transforms, so the input is the value, with its key order and x- fields.
  const protoKeys: Diagnostic[] = [];
  findProtoKeys(input, [], locale, protoKeys, 0);
  let result: ReturnType<z.ZodMiniType["safeParse"]>;
  try {
    result = (schema as unknown as z.ZodMiniType).safeParse(input, { reportInput: true });
  } catch (error) {
    // zod recurses per level and spreads issue lists into push(): a 1,000,000-element array
    // of bad items, or data nested thousands deep, overflows the stack.
    if (!(error instanceof RangeError)) throw error;
    return {
      value: undefined,
      diagnostics: protoKeys.concat(diag("document/too-complex", "", { detail: error.message })),
    };
  }
  if (result.success && protoKeys.length === 0)
    return { value: input as z.output<S>, diagnostics: [] };
  const issues = result.success ? [] : result.error.issues;
  const diagnostics = protoKeys.concat(issuesToDiagnostics(issues.slice(0, max), locale));
  const onlyUnknownKeys = diagnostics.every((d) => d.code === "schema/unknown-key");
  return { value: onlyUnknownKeys ? (input as z.output<S>) : undefined, diagnostics };
}
