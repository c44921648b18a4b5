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
 *
 * @category JSON Schema
 */
export interface ToJsonSchemaOptions {
  /** The schema's `$id` (where it is published). */
  id?: string;
  /** The schema's `title`. */
  title?: string;
  /** The schema's `description`. */
  description?: string;
  /**
   * Descriptions of the properties, for editors' hover and completion: keyed by property name
   * (`rto`), or by the name of the property that holds the object and the property's
   * (`activities.kind`, `root.kind` for the document's top level), which wins. A property that
   * already has a description keeps it. See {@link PropertyDescriptions}.
   */
  descriptions?: PropertyDescriptions;
}

/**
 * Descriptions of a schema's properties, in English with the Japanese term, keyed by property
 * name or by `parent.name` (the parent is the property that holds the object, array items
 * looked through; `root` at the document's top level). Every document kind carries its own
 * (`DocumentKind.descriptions`), which the shipped JSON Schemas are written with.
 *
 * @example
 * ```ts
 * import type { PropertyDescriptions } from "@mamori/core";
 * const d: PropertyDescriptions = {
 *   rto: "Recovery time objective, RTO (目標復旧時間): how soon the service must be back.",
 *   "activities.kind": "What kind of exercise (訓練の種類).",
 * };
 * ```
 *
 * @category JSON Schema
 */
export type PropertyDescriptions = Readonly<Record<string, string>>;

/** Set `description` on every property of `schema` that has none and that `descriptions` names. */
function describeProperties(
  schema: unknown,
  descriptions: PropertyDescriptions,
  parent: string,
  seen: Set<unknown>,
): void {
  if (typeof schema !== "object" || schema === null || seen.has(schema)) return;
  seen.add(schema);
  if (Array.isArray(schema)) {
    for (const s of schema) describeProperties(s, descriptions, parent, seen);
    return;
  }
  const node = schema as Record<string, unknown>;
  const properties = node.properties as Record<string, Record<string, unknown>> | undefined;
  if (properties && typeof properties === "object") {
    for (const [name, property] of Object.entries(properties)) {
      if (typeof property !== "object" || property === null) continue;
      const text = descriptions[`${parent}.${name}`] ?? descriptions[name];
      if (text !== undefined && property.description === undefined) property.description = text;
      describeProperties(property, descriptions, name, seen);
    }
  }
  for (const key of ["items", "prefixItems", "additionalProperties", "anyOf", "oneOf", "allOf"])
    describeProperties(node[key], descriptions, parent, seen);
  for (const key of ["patternProperties", "$defs", "definitions"]) {
    const map = node[key];
    if (typeof map !== "object" || map === null) continue;
    for (const [name, s] of Object.entries(map))
      describeProperties(s, descriptions, key === "patternProperties" ? parent : name, seen);
  }
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
 *
 * @category JSON Schema
 */
export type JsonSchema = Record<string, unknown>;

/**
 * Export a zod schema as JSON Schema draft 2020-12, for callers in other languages and for
 * editors. Objects built with `defineObject` become closed (`additionalProperties: false`)
 * except for keys matching `^x-`, mirroring the TypeScript validation.
 *
 * @param schema - The zod schema to export, typically a document schema built with `defineDocumentSchema`.
 * @param options - The `$id`, `title`, `description` and property descriptions to write into the result; see {@link ToJsonSchemaOptions}.
 * @returns A plain JSON Schema object, ready for `JSON.stringify`.
 *
 * @example
 * ```ts
 * import { toJsonSchema, OrganisationSchema } from "@mamori/core";
 * const schema = toJsonSchema(OrganisationSchema, { title: "Organisation" });
 * schema.$schema; // "https://json-schema.org/draft/2020-12/schema"
 * ```
 *
 * @category JSON Schema
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
  if (options.descriptions) describeProperties(generated, options.descriptions, "root", new Set());
  const { $schema, ...rest } = generated;
  const head: JsonSchema = { $schema };
  if (options.id !== undefined) head.$id = options.id;
  if (options.title !== undefined) head.title = options.title;
  if (options.description !== undefined) head.description = options.description;
  return { ...head, ...rest };
}
