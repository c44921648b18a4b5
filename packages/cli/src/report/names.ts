import type { BiaResult } from "@mamori/bia";
import type { Locale } from "@mamori/core";

/**
 * The label of every BIA node (and of every scenario, under `scenario:<id>`) in a locale,
 * by the one rule the workbench follows too: in Japanese a node's label is its document's
 * `nameJa` where given (not empty), else its `name`; in English its `name`.
 * Node ids an organisation qualifies (`org:id`) keep the analysis's name.
 */
export function biaLabels(result: BiaResult, doc: unknown, locale: Locale): Map<string, string> {
  const names = new Map<string, string>();
  for (const n of result.nodes) names.set(n.id, n.name);
  for (const s of result.scenarios) names.set(`scenario:${s.scenario}`, s.name);
  if (locale !== "ja" || typeof doc !== "object" || doc === null) return names;
  const d = doc as Record<string, unknown>;
  for (const key of ["processes", "services", "resources", "externals", "scenarios"]) {
    const list = d[key];
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const { id, nameJa } = (item ?? {}) as { id?: unknown; nameJa?: unknown };
      if (typeof id !== "string" || typeof nameJa !== "string" || nameJa === "") continue;
      const k = key === "scenarios" ? `scenario:${id}` : id;
      if (names.has(k)) names.set(k, nameJa);
    }
  }
  return names;
}
