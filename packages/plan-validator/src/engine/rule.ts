import {
  checkMessageCatalog,
  type Locale,
  type MessageCatalog,
  type MessageParams,
  type RelatedLocation,
  type Severity,
} from "@mamori/core";
import type { ContinuityPlan } from "../schema/plan.js";
import type { PlanIndex } from "./index-plan.js";
import type { BiaInput, MatrixInput, OrganisationInput } from "./inputs.js";

/**
 * A severity a configuration may give a rule; `off` disables it.
 *
 * @example
 * ```ts
 * import type { RuleSetting } from "@mamori/plan-validator";
 * const s: RuleSetting = "off";
 * ```
 */
export type RuleSetting = Severity | "off";

/**
 * The value of one rule option: a number, text, a flag or a list of texts.
 *
 * @example
 * ```ts
 * import type { RuleOptionValue } from "@mamori/plan-validator";
 * const v: RuleOptionValue = 100;
 * ```
 */
export type RuleOptionValue = number | string | boolean | readonly string[];

/**
 * Options given to a rule, by name (like the second element of an ESLint rule entry).
 *
 * @example
 * ```ts
 * import type { RuleOptions } from "@mamori/plan-validator";
 * const o: RuleOptions = { minDistanceKm: 300 };
 * ```
 */
export type RuleOptions = Readonly<Record<string, RuleOptionValue>>;

/**
 * A rule's configuration: a setting alone, or a setting and options, as in ESLint
 * (`"error"` or `["error", { minDistanceKm: 300 }]`). Options a rule does not declare are a
 * `config/unknown-option` diagnostic; a value of the wrong type, `config/invalid-option`.
 *
 * @example
 * ```ts
 * import type { RuleConfig } from "@mamori/plan-validator";
 * const rules: Record<string, RuleConfig> = {
 *   "site/geographic-separation": ["error", { minDistanceKm: 300 }],
 *   "metadata/bcp-purpose": "warning",
 * };
 * ```
 */
export type RuleConfig = RuleSetting | readonly [RuleSetting, RuleOptions];

/**
 * One option a rule declares: its default (whose type the given value must have) and what
 * it means.
 *
 * @example
 * ```ts
 * import type { RuleOptionSpec } from "@mamori/plan-validator";
 * const spec: RuleOptionSpec = {
 *   default: 100,
 *   description: { en: "Smallest distance in km.", ja: "最小の距離（km）。" },
 * };
 * ```
 */
export interface RuleOptionSpec {
  /** The value used when the configuration gives none. */
  default: RuleOptionValue;
  /** What the option changes. */
  description: LocalizedText;
}

/**
 * Text in every shipped locale.
 *
 * @example
 * ```ts
 * import type { LocalizedText } from "@mamori/plan-validator";
 * const t: LocalizedText = { en: "Backup power", ja: "非常用電源" };
 * ```
 */
export interface LocalizedText {
  /** English. */
  en: string;
  /** Japanese. */
  ja: string;
}

/**
 * A rule's documentation, shown by the rule reference, the CLI's SARIF output and other
 * listings of rules, never by `validatePlan` itself.
 *
 * @example
 * ```ts
 * import type { RuleDocs } from "@mamori/plan-validator";
 * const docs: RuleDocs = {
 *   description: { en: "The owner has an e-mail.", ja: "責任者にメールアドレスがある。" },
 *   rationale: { en: "Acme policy 4.2.", ja: "Acme 規程 4.2。" },
 * };
 * ```
 */
export interface RuleDocs {
  /** One sentence: what the rule checks. */
  description: LocalizedText;
  /** Why: the survey figure or standard clause that motivates it. */
  rationale: LocalizedText;
}

/**
 * What a rule is: its stable id, category, default severity, references, message catalog
 * and, optionally, its documentation (description and rationale). The built-in rules keep
 * their documentation apart, so that bundles of `validatePlan` do not carry it: read any
 * rule's documentation with `ruleDocs`.
 *
 * @example
 * ```ts
 * import type { RuleMeta } from "@mamori/plan-validator";
 * const meta: RuleMeta = {
 *   id: "acme/owner-email", category: "custom", defaultSeverity: "warning",
 *   description: { en: "The owner has an e-mail.", ja: "責任者にメールアドレスがある。" },
 *   rationale: { en: "Acme policy 4.2.", ja: "Acme 規程 4.2。" },
 *   references: ["Acme policy 4.2"],
 *   messages: { en: { "acme/owner-email": "No e-mail." }, ja: { "acme/owner-email": "メールがありません。" } },
 * };
 * ```
 */
export interface RuleMeta {
  /** Stable id, `category/name`; also the diagnostic code. */
  id: string;
  /** Category used to group the rule reference. */
  category: string;
  /** Severity in the `recommended` preset. */
  defaultSeverity: Severity;
  /** One sentence: what the rule checks. Given together with `rationale`, or not at all. */
  description?: LocalizedText;
  /** Why: the survey figure or standard clause that motivates it. */
  rationale?: LocalizedText;
  /** Standards and guideline clauses. The first is put on every diagnostic as `ref`. */
  references: readonly string[];
  /** Messages keyed by message id; the rule id is the default message id. */
  messages: MessageCatalog;
  /** Input the rule needs besides the plan; without it the rule does not run. */
  requires?: "bia" | "matrix" | "organisation" | "now";
  /** Options the rule accepts, by name, with their defaults (see {@link RuleConfig}). */
  options?: Readonly<Record<string, RuleOptionSpec>>;
}

/**
 * A finding a rule reports; the engine turns it into a `Diagnostic`.
 *
 * @example
 * ```ts
 * import type { RuleReport } from "@mamori/plan-validator";
 * const r: RuleReport = { path: "/metadata/owner", data: { role: "ciso" } };
 * ```
 */
export interface RuleReport {
  /** JSON pointer into the plan. */
  path: string;
  /** Values for the message placeholders. */
  data?: MessageParams;
  /** Message id in the rule's catalog when it is not the rule id. */
  messageId?: string;
  /** Other locations that explain the finding. */
  related?: RelatedLocation[];
  /**
   * At most this severity, whatever the rule is set to: `info` for a finding that only says
   * which data the rule needs to judge (it never guesses), so it never fails a build.
   */
  severity?: Severity;
}

/**
 * What a rule's `check` receives: the validated plan, indexes built once, the optional
 * cross-check inputs, `now`, and `report`.
 *
 * @example
 * ```ts
 * import type { RuleContext } from "@mamori/plan-validator";
 * function check(ctx: RuleContext): void {
 *   if (!ctx.plan.metadata.owner) ctx.report({ path: "/metadata" });
 * }
 * ```
 */
export interface RuleContext {
  /** The plan (validated against the schema). */
  plan: ContinuityPlan;
  /** Ids of the plan indexed once. */
  index: PlanIndex;
  /** BIA result, when given. */
  bia: BiaInput | undefined;
  /** Responsibility-matrix result, when given. */
  matrix: MatrixInput | undefined;
  /** Organisation profile, when given. */
  organisation: OrganisationInput | undefined;
  /** The instant dates are judged against; undefined when the caller gave none. */
  now: Date | undefined;
  /** Locale of the messages. */
  locale: Locale;
  /** The rule's options: every declared option, the configured value or its default. */
  options: RuleOptions;
  /** Report a finding. */
  report(report: RuleReport): void;
}

/**
 * A rule: metadata plus a pure `check` that reports findings through the context.
 *
 * @example
 * ```ts
 * import type { Rule } from "@mamori/plan-validator";
 * declare const rule: Rule;
 * rule.meta.id;
 * ```
 */
export interface Rule {
  /** What the rule is. */
  meta: RuleMeta;
  /** Inspect the plan and report findings. Must be pure and must not throw. */
  check(context: RuleContext): void;
}

const ID = /^[a-z0-9-]+\/[a-z0-9-]+$/;

/**
 * Define a rule, built-in or custom. Checks the metadata (a programming error throws, with
 * a clear message): the id is `category/name`, the message catalog has both locales with
 * the same placeholders and contains the rule id, and the docs, when given, have both a
 * description and a rationale, each filled in both locales.
 *
 * @example
 * ```ts
 * import { defineRule, validatePlan } from "@mamori/plan-validator";
 * const ownerHasTitle = defineRule({
 *   meta: {
 *     id: "acme/owner-named", category: "acme", defaultSeverity: "warning",
 *     description: { en: "The plan owner is a named role.", ja: "計画の責任者が役割として定義されている。" },
 *     rationale: { en: "Acme policy 4.2 requires a named owner.", ja: "Acme 規程 4.2 は責任者の明示を求める。" },
 *     references: ["Acme policy 4.2"],
 *     messages: {
 *       en: { "acme/owner-named": "The owner '{owner}' is not one of the plan's roles." },
 *       ja: { "acme/owner-named": "責任者 '{owner}' が計画の役割にありません。" },
 *     },
 *   },
 *   check(ctx) {
 *     const owner = ctx.plan.metadata.owner;
 *     if (owner && !ctx.index.roles.has(owner)) ctx.report({ path: "/metadata/owner", data: { owner } });
 *   },
 * });
 * declare const plan: unknown; // the plan document, parsed from YAML or JSON
 * validatePlan(plan, { customRules: [ownerHasTitle] });
 * ```
 */
export function defineRule(rule: Rule): Rule {
  const { meta } = rule;
  if (!ID.test(meta.id))
    throw new TypeError(`defineRule: rule id '${meta.id}' must look like 'category/name'.`);
  const problems = checkMessageCatalog(meta.messages);
  if (problems.length > 0)
    throw new TypeError(`defineRule(${meta.id}): message catalog: ${problems.join("; ")}`);
  if (!Object.hasOwn(meta.messages.en, meta.id)) {
    throw new TypeError(
      `defineRule(${meta.id}): the message catalog has no message keyed by the rule id.`,
    );
  }
  if ((meta.description === undefined) !== (meta.rationale === undefined)) {
    throw new TypeError(
      `defineRule(${meta.id}): give meta.description and meta.rationale together, or neither.`,
    );
  }
  for (const key of ["description", "rationale"] as const) {
    const text = meta[key];
    if (text !== undefined && (!text.en?.trim() || !text.ja?.trim())) {
      throw new TypeError(`defineRule(${meta.id}): meta.${key} needs English and Japanese text.`);
    }
  }
  for (const [name, spec] of Object.entries(meta.options ?? {})) {
    if (!validOptionValue(spec.default))
      throw new TypeError(
        `defineRule(${meta.id}): option '${name}' needs a default that is a number, text, flag or list of texts.`,
      );
    if (!spec.description?.en?.trim() || !spec.description?.ja?.trim())
      throw new TypeError(
        `defineRule(${meta.id}): option '${name}' needs a description in English and Japanese.`,
      );
  }
  if (typeof rule.check !== "function")
    throw new TypeError(`defineRule(${meta.id}): check must be a function.`);
  return rule;
}

/** True for a value an option may take (a finite number, text, a flag, a list of texts). */
export function validOptionValue(value: unknown): value is RuleOptionValue {
  if (typeof value === "number") return Number.isFinite(value);
  if (typeof value === "string" || typeof value === "boolean") return true;
  return Array.isArray(value) && value.every((v) => typeof v === "string");
}

/** True when `value` has the same kind as the option's default (number, text, flag, list). */
export function sameOptionKind(value: unknown, def: RuleOptionValue): boolean {
  if (!validOptionValue(value)) return false;
  return Array.isArray(def) ? Array.isArray(value) : typeof value === typeof def;
}
