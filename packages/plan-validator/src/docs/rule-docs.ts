import type { Rule, RuleDocs } from "../engine/rule.js";
import { builtinRuleDocs } from "../rules/all.docs.js";

/**
 * A rule's documentation: what it checks (`description`) and why (`rationale`), in English
 * and Japanese. The built-in rules keep theirs out of `meta`, so that an app bundling
 * `validatePlan` does not ship text it never shows; this function looks it up by rule id. A
 * rule whose `meta` carries its own docs (a custom rule, or one that replaces a built-in
 * rule) gets those; a rule without docs of its own that uses a built-in rule's id gets that
 * rule's docs. `url` is the rule's page (`meta.url`; every built-in rule has one). Undefined
 * when neither has any description. Built-in docs are frozen (they are shared).
 *
 * @param rule - A built-in or custom rule, such as one of {@link rules}.
 *
 * @example
 * ```ts
 * import { ruleDocs, rules } from "@mamori/plan-validator";
 * const rule = rules["power/backup-runtime"];
 * if (rule) ruleDocs(rule)?.description.ja; // "守るシステムの非常用電源が、…"
 * if (rule) ruleDocs(rule)?.url; // "https://mamori.dev/rules/power/backup-runtime"
 * ```
 *
 * @category Rules
 */
export function ruleDocs(rule: Rule): RuleDocs | undefined {
  const { description, rationale, url } = rule.meta;
  if (description && rationale)
    return url === undefined ? { description, rationale } : { description, rationale, url };
  const builtin = builtinRuleDocs().get(rule.meta.id);
  if (!builtin) return undefined;
  return url === undefined || url === builtin.url ? builtin : { ...builtin, url };
}
