import type { Severity } from "@mamori/core";
import { defineRule, type Rule, type RuleContext, type RuleMeta } from "../../engine/rule.js";

/**
 * Where the built-in rules are documented: one page per rule id (SARIF `helpUri`).
 *
 * @category Rules
 */
export const RULE_DOCS_BASE = "https://mamori.dev/rules/";

/**
 * References cited by several rules (short forms, put on diagnostics as `ref`).
 *
 * @category Rules
 */
export const REF = {
  guideline: "METI IT service continuity guideline (2012 revision)",
  lessons: "METI IT service continuity guideline (2012), lessons of the 2011 earthquake",
  survey: "METI survey on the 2011 Great East Japan Earthquake (2011)",
  iso27031: "ISO/IEC 27031:2011",
  iso27014: "ISO/IEC 27014 (governance of information security)",
  iso27001: "ISO/IEC 27001 (PDCA)",
  iso27002: "ISO/IEC 27002:2005 clause 14",
  nist: "NIST SP 800-34 Rev. 1",
} as const;

/**
 * Compact rule spec used by the built-in rules: pairs are [English, Japanese]. Their
 * documentation lives in the `*.docs.ts` files beside them (see `ruleDocs`).
 *
 * @category Rules
 */
export interface RuleSpec {
  id: string;
  category: string;
  severity: Severity;
  references: string[];
  /** Message id suffix ("" = the rule id) → [en, ja]. */
  messages: Record<string, [string, string]>;
  requires?: RuleMeta["requires"];
  options?: RuleMeta["options"];
  deprecated?: RuleMeta["deprecated"];
  check: (ctx: RuleContext) => void;
}

/**
 * Build a built-in rule from a compact spec; message keys are the id or `id:suffix`.
 *
 * @category Rules
 */
export function rule(spec: RuleSpec): Rule {
  const en: Record<string, string> = {};
  const ja: Record<string, string> = {};
  for (const [suffix, [e, j]] of Object.entries(spec.messages)) {
    const key = suffix === "" ? spec.id : `${spec.id}:${suffix}`;
    en[key] = e;
    ja[key] = j;
  }
  const meta: RuleMeta = {
    id: spec.id,
    category: spec.category,
    defaultSeverity: spec.severity,
    references: spec.references,
    messages: { en, ja },
    url: `${RULE_DOCS_BASE}${spec.id}`,
  };
  if (spec.requires) meta.requires = spec.requires;
  if (spec.options) meta.options = spec.options;
  if (spec.deprecated) meta.deprecated = spec.deprecated;
  return defineRule({ meta, check: spec.check });
}

/**
 * True when a string is present and not blank.
 *
 * @category Rules
 */
export function filled(text: string | undefined): text is string {
  return typeof text === "string" && text.trim() !== "";
}

/**
 * True when an array is present and has at least one element.
 *
 * @category Rules
 */
export function nonEmpty<T>(items: readonly T[] | undefined): items is readonly T[] {
  return Array.isArray(items) && items.length > 0;
}
