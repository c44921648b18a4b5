import { CCM_V40_CONTROLS, CCM_V41_CONTROLS } from "./ccm-data.js";

const TABLES: Readonly<Record<string, string>> = {
  "ccm-v4.0": CCM_V40_CONTROLS,
  "ccm-v4.1": CCM_V41_CONTROLS,
};

const cache = new Map<string, Map<string, string>>();

/**
 * Question id → control id of a CCM catalog's CAIQ, in control order. @internal
 */
export function caiqQuestionIndex(catalog: string): Map<string, string> {
  const hit = cache.get(catalog);
  if (hit) return hit;
  const out = new Map<string, string>();
  const table = Object.hasOwn(TABLES, catalog) ? TABLES[catalog] : undefined;
  for (const line of table ? table.split("\n") : []) {
    const [control, , count] = line.split("\t") as [string, string, string];
    for (let n = 1; n <= Number(count); n++) out.set(`${control}.${n}`, control);
  }
  cache.set(catalog, out);
  return out;
}

/**
 * The CAIQ question ids of a built-in CCM catalog, in control order: `ccm-v4.0` (CAIQ v4.0.x,
 * 261 questions) or `ccm-v4.1` (CAIQ v4.1, 283). A question id is its control id, a dot and
 * the question's number within the control. An empty list for any other catalog.
 *
 * @param catalog - The catalog id, `ccm-v4.0` or `ccm-v4.1`; any other id gives an empty list.
 *
 * @example
 * ```ts
 * import { caiqQuestionIds } from "@mamori/cloud-matrix/catalogs";
 * caiqQuestionIds("ccm-v4.0").length; // 261
 * caiqQuestionIds("ccm-v4.0").slice(0, 3); // ["A&A-01.1", "A&A-01.2", "A&A-02.1"]
 * caiqQuestionIds("iso27017"); // []
 * ```
 *
 * @category Catalogs
 */
export function caiqQuestionIds(catalog: string): string[] {
  return [...caiqQuestionIndex(catalog).keys()];
}
