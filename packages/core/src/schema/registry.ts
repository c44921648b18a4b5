import type * as z from "zod/mini";
import { CORE_PROPERTY_DESCRIPTIONS } from "../json-schema/descriptions.js";
import type { PropertyDescriptions } from "../json-schema/to-json-schema.js";
import { OrganisationSchema } from "./organisation.js";

/**
 * Where mamori's JSON Schemas are published; each schema's `$id` is this plus its file name.
 *
 * @example
 * ```ts
 * import { SCHEMA_BASE_URL } from "@mamori/core";
 * `${SCHEMA_BASE_URL}organisation.schema.json`;
 * ```
 *
 * @category Documents
 */
export const SCHEMA_BASE_URL = "https://mamori.dev/schemas/";

/**
 * A document kind a package defines: its `kind`, its zod schema, and the file name its JSON
 * Schema is shipped under (in the package's `schemas/` folder).
 *
 * @example
 * ```ts
 * import { coreDocumentKinds, type DocumentKind } from "@mamori/core";
 * const kinds: readonly DocumentKind[] = coreDocumentKinds;
 * ```
 *
 * @category Documents
 */
export interface DocumentKind {
  /** The document's `kind` value. */
  kind: string;
  /** The zod schema that validates it. */
  schema: z.core.$ZodType;
  /** File name of its JSON Schema, e.g. `organisation.schema.json`. */
  file: string;
  /** One-line description, used as the JSON Schema's `description`. */
  description: string;
  /**
   * Descriptions of its properties (English with the Japanese term), written into its JSON
   * Schema for editors' hover; see `PropertyDescriptions`.
   */
  descriptions?: PropertyDescriptions;
}

/**
 * The document kinds `@mamori/core` defines (the `Organisation` profile).
 *
 * @example
 * ```ts
 * import { coreDocumentKinds } from "@mamori/core";
 * coreDocumentKinds.map((k) => k.kind); // ["Organisation"]
 * ```
 *
 * @category Documents
 */
export const coreDocumentKinds: readonly DocumentKind[] = [
  {
    kind: "Organisation",
    schema: OrganisationSchema,
    file: "organisation.schema.json",
    description:
      "An organisation profile: governance scope (individual company, consolidated group, value chain), units, sites, governance roles, group companies and partners.",
    descriptions: CORE_PROPERTY_DESCRIPTIONS,
  },
];
