import * as z from "zod/mini";
import { closestMatch } from "../validate/closest.js";

/**
 * The mark of a zod object built by {@link defineObject} (the JSON Schema export closes them,
 * the fast path knows their key rule). A registered symbol on the schema itself, not a
 * module-local set: the CommonJS builds of `@mamori/core`'s entry points each carry their own
 * copy of this module, and a schema built through `@mamori/core/internal` must still be
 * recognised by `@mamori/core`'s `toJsonSchema`.
 */
const DEFINED_OBJECT = Symbol.for("mamori.defineObject");

/** True when `schema` was built by {@link defineObject}. @internal */
export function isDefinedObject(schema: object): boolean {
  return (schema as { [DEFINED_OBJECT]?: boolean })[DEFINED_OBJECT] === true;
}

/**
 * Build an object schema with mamori's rule for keys: unknown keys are an error that names
 * the key and suggests the closest known one, except keys starting with `x-`, which are
 * kept untouched. Use it for your own document kinds and custom-rule options.
 *
 * @param shape - The object's fields, as a zod object shape; keys starting with `x-` need not be listed.
 *
 * @example
 * ```ts
 * import { defineObject } from "@mamori/core/internal";
 * import * as z from "zod/mini";
 * const Contact = defineObject({ name: z.string(), phone: z.optional(z.string()) });
 * Contact.safeParse({ name: "Sato", "x-team": "ops" }).success; // true
 * Contact.safeParse({ name: "Sato", phnoe: "03" }).success; // false: unknown key 'phnoe' (did you mean 'phone'?)
 * ```
 *
 * @category Documents
 */
export function defineObject<T extends z.core.$ZodLooseShape>(shape: T) {
  const known = Object.keys(shape);
  const knownSet = new Set(known);
  const schema = z.looseObject(shape).check(
    z.superRefine(
      (value: Record<string, unknown>, ctx) => {
        if (typeof value !== "object" || value === null) return;
        for (const key of Object.keys(value)) {
          if (knownSet.has(key) || key.startsWith("x-")) continue;
          const suggestion = closestMatch(key, known);
          ctx.addIssue({
            code: "custom",
            path: [key],
            message: `Unknown key '${key}'`,
            params: { mamori: "unknown-key", key, ...(suggestion ? { suggestion } : {}) },
            input: value[key],
          });
        }
      },
      { when: (payload) => typeof payload.value === "object" && payload.value !== null },
    ),
  );
  Object.defineProperty(schema, DEFINED_OBJECT, { value: true });
  return schema;
}
