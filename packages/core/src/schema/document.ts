import * as z from "zod/mini";
import { defineObject } from "./object.js";

/**
 * The schema version this release of mamori writes. Documents with the same major version
 * (`1.x`) are read.
 *
 * @example
 * ```ts
 * import { SCHEMA_VERSION } from "@mamori/core";
 * SCHEMA_VERSION; // "1.0"
 * ```
 *
 * @category Documents
 */
export const SCHEMA_VERSION = "1.0";

/** The `schemaVersion` values this release reads (`1` or `1.minor`). */
const SCHEMA_VERSION_PATTERN = /^1(?:\.\d+)?$/;

/**
 * Build the schema of a document kind: an object with `kind` fixed to `kind`, a
 * `schemaVersion`, optional `metadata`-free `title`/`description`, and the given fields,
 * following the key rules of `defineObject` (unknown keys are errors, `x-` keys are kept).
 *
 * @param kind - The value the document's `kind` must have, such as `"ContinuityPlan"`.
 * @param shape - The document's own fields, as a zod object shape.
 *
 * @example
 * ```ts
 * import { IdSchema } from "@mamori/core/domain";
 * import { defineDocumentSchema } from "@mamori/core/internal";
 * import * as z from "zod/mini";
 * const RiskRegister = defineDocumentSchema("RiskRegister", { owner: IdSchema, risks: z.array(z.string()) });
 * RiskRegister.safeParse({ kind: "RiskRegister", schemaVersion: "1.0", owner: "ciso", risks: [] }).success; // true
 * ```
 *
 * @category Documents
 */
export function defineDocumentSchema<K extends string, T extends z.core.$ZodLooseShape>(
  kind: K,
  shape: T,
) {
  return defineObject({
    // How editors (yaml-language-server, VS Code) associate a document with its JSON Schema.
    $schema: z.optional(z.string()),
    kind: z.literal(kind),
    schemaVersion: z.string().check(z.regex(SCHEMA_VERSION_PATTERN)),
    title: z.optional(z.string()),
    description: z.optional(z.string()),
    ...shape,
  });
}

/** True when `version` is a schema version this release reads. @internal */
export function isSupportedSchemaVersion(version: unknown): boolean {
  return typeof version === "string" && SCHEMA_VERSION_PATTERN.test(version);
}
