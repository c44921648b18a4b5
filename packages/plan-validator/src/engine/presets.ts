import type { Severity } from "@mamori/core";
import { builtinRules } from "../rules/all.js";
import type { RuleSetting } from "./rule.js";

/**
 * Names of the shipped presets.
 *
 * @example
 * ```ts
 * import type { PresetName } from "@mamori/plan-validator";
 * const preset: PresetName = "nist-moderate";
 * ```
 *
 * @category Rules
 */
export type PresetName = "recommended" | "strict" | "nist-low" | "nist-moderate" | "nist-high";

const raise: Record<Severity, Severity> = { error: "error", warning: "error", info: "warning" };

function build(
  settings: (id: string, severity: Severity) => RuleSetting,
): Readonly<Record<string, RuleSetting>> {
  const out: Record<string, RuleSetting> = {};
  for (const r of builtinRules)
    if (!r.meta.deprecated) out[r.meta.id] = settings(r.meta.id, r.meta.defaultSeverity);
  return Object.freeze(out);
}

const isNist = (id: string) => id.startsWith("nist/");
const NIST_LOW = new Set(["nist/contact-list", "nist/tabletop-exercise"]);
const NIST_MODERATE = new Set([...NIST_LOW, "nist/alternate-site", "nist/functional-exercise"]);
const NIST_HIGH = new Set([...NIST_MODERATE, "nist/full-scale-exercise"]);

/**
 * The shipped presets: a setting for every built-in rule.
 * - `recommended`: every METI-guideline rule at its default severity; NIST profile rules off.
 * - `strict`: like `recommended`, with warnings raised to errors and infos to warnings.
 * - `nist-low` / `nist-moderate` / `nist-high`: `recommended` plus the NIST SP 800-34 ISCP
 *   template sections for that impact level (contact list and tabletop exercise; alternate
 *   site and functional exercise; full-scale exercise).
 *
 * @example
 * ```ts
 * import { presets } from "@mamori/plan-validator";
 * presets.strict["scenarios/communications-outage"]; // "error"
 * presets.recommended["nist/alternate-site"]; // "off"
 * ```
 *
 * @category Rules
 */
export const presets: Readonly<Record<PresetName, Readonly<Record<string, RuleSetting>>>> =
  Object.freeze({
    recommended: build((id, s) => (isNist(id) ? "off" : s)),
    strict: build((id, s) => (isNist(id) ? "off" : raise[s])),
    "nist-low": build((id, s) => (isNist(id) ? (NIST_LOW.has(id) ? s : "off") : s)),
    "nist-moderate": build((id, s) => (isNist(id) ? (NIST_MODERATE.has(id) ? s : "off") : s)),
    "nist-high": build((id, s) => (isNist(id) ? (NIST_HIGH.has(id) ? s : "off") : s)),
  });
