import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { createDiagnostic } from "../i18n/catalog.js";
import type { Locale } from "../i18n/locale.js";
import { coreMessages } from "../i18n/messages.js";

/**
 * The outcome of {@link indexById}.
 *
 * @example
 * ```ts
 * import { indexById, type IdIndex } from "@mamori/core/internal";
 * const idx: IdIndex<{ id: string }> = indexById([{ id: "a" }], "/services");
 * ```
 *
 * @category Documents
 */
export interface IdIndex<T> {
  /** Items by id (the first item wins when an id repeats). */
  byId: Map<string, { item: T; index: number; path: string }>;
  /** `document/duplicate-id` errors, each pointing at the repeat and relating the first. */
  diagnostics: Diagnostic[];
}

/**
 * Index items by their `id` once, reporting repeated ids. `basePath` is the JSON pointer of
 * the array; ids that are not strings are skipped (the schema reports them).
 *
 * @param items - The array to index; `undefined` (an absent array) gives an empty index.
 * @param basePath - The JSON pointer of the array, such as `/processes`, put on the duplicate-id diagnostics.
 * @param locale - The locale of the diagnostic messages, default `en`.
 *
 * @example
 * ```ts
 * import { indexById } from "@mamori/core/internal";
 * const { byId, diagnostics } = indexById([{ id: "erp" }, { id: "erp" }], "/services");
 * byId.get("erp")?.path; // "/services/0"
 * diagnostics[0]?.path; // "/services/1/id"
 * ```
 *
 * @category Documents
 */
export function indexById<T extends { id?: unknown }>(
  items: readonly T[] | undefined,
  basePath: string,
  locale: Locale = "en",
): IdIndex<T> {
  const byId = new Map<string, { item: T; index: number; path: string }>();
  const diagnostics: Diagnostic[] = [];
  (items ?? []).forEach((item, index) => {
    const id = item?.id;
    if (typeof id !== "string") return;
    const path = `${basePath}/${index}`;
    const first = byId.get(id);
    if (first) {
      diagnostics.push(
        createDiagnostic(coreMessages, locale, {
          code: "document/duplicate-id",
          severity: "error",
          path: `${path}/id`,
          data: { id },
          related: [{ path: `${first.path}/id` }],
        }),
      );
      return;
    }
    byId.set(id, { item, index, path });
  });
  return { byId, diagnostics };
}
