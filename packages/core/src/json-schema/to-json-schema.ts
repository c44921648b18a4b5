import * as z from "zod/mini";
import { isDefinedObject } from "../schema/object.js";

/**
 * Options of {@link toJsonSchema}.
 *
 * @example
 * ```ts
 * import type { ToJsonSchemaOptions } from "@mamori/core";
 * const options: ToJsonSchemaOptions = { id: "https://example.org/schemas/organisation.schema.json", title: "Organisation" };
 * ```
 */
export interface ToJsonSchemaOptions {
  /** The schema's `$id` (where it is published). */
  id?: string;
  /** The schema's `title`. */
  title?: string;
  /** The schema's `description`. */
  description?: string;
}

/**
 * A JSON Schema document (draft 2020-12), as plain JSON.
 *
 * @example
 * ```ts
 * import { toJsonSchema, type JsonSchema } from "@mamori/core";
 * import { MoneySchema } from "@mamori/core/domain";
 * const schema: JsonSchema = toJsonSchema(MoneySchema);
 * schema.type; // "object"
 * ```
 */
export type JsonSchema = Record<string, unknown>;

/**
 * Export a zod schema as JSON Schema draft 2020-12, for callers in other languages and for
 * editors. Objects built with `defineObject` become closed (`additionalProperties: false`)
 * except for keys matching `^x-`, mirroring the TypeScript validation.
 *
 * @example
 * ```ts
 * import { toJsonSchema, OrganisationSchema } from "@mamori/core";
 * const schema = toJsonSchema(OrganisationSchema, { title: "Organisation" });
 * schema.$schema; // "https://json-schema.org/draft/2020-12/schema"
 * ```
 */
export function toJsonSchema(
  schema: z.core.$ZodType,
  options: ToJsonSchemaOptions = {},
): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "any",
    override: (ctx) => {
      const js = ctx.jsonSchema as Record<string, unknown>;
      // mamori's own string formats (iso-duration, iso-date) are tags for its diagnostics; in
      // JSON Schema their pattern says it all, and an unknown `format` would trip strict validators.
      if (js.format === "iso-duration" || js.format === "iso-date") delete js.format;
      if (isDefinedObject(ctx.zodSchema)) {
        const js = ctx.jsonSchema as Record<string, unknown>;
        js.additionalProperties = false;
        js.patternProperties = { "^x-": {} };
      }
    },
  }) as JsonSchema;
  const { $schema, ...rest } = generated;
  const head: JsonSchema = { $schema };
  if (options.id !== undefined) head.$id = options.id;
  if (options.title !== undefined) head.title = options.title;
  if (options.description !== undefined) head.description = options.description;
  return { ...head, ...rest };
}
