import {
  checkMessageCatalog,
  type Locale,
  type LocalizedText,
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
 *
 * @category Custom rules
 */
export type RuleSetting = Severity | "off";

/**
 * The value of an option declared without a schema: a number, text, a flag or a list of
 * texts (an option with a schema takes whatever its schema accepts).
 *
 * @example
 * ```ts
 * import type { RuleOptionValue } from "@mamori/plan-validator";
 * const v: RuleOptionValue = 100;
 * ```
 *
 * @category Custom rules
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
 *
 * @category Custom rules
 */
export type RuleOptions = Readonly<Record<string, unknown>>;

/**
 * A rule's configuration: a setting alone, or a setting and options, as in ESLint
 * (`"error"` or `["error", { minDistanceKm: 300 }]`). Options a rule does not declare are a
 * `config/unknown-option` diagnostic; a value its schema rejects, `config/invalid-option`.
 *
 * @example
 * ```ts
 * import type { RuleConfig } from "@mamori/plan-validator";
 * const rules: Record<string, RuleConfig> = {
 *   "site/geographic-separation": ["error", { minDistanceKm: 300 }],
 *   "metadata/bcp-purpose": "warning",
 * };
 * ```
 *
 * @category Custom rules
 */
export type RuleConfig = RuleSetting | readonly [RuleSetting, RuleOptions];

/**
 * The schema of a rule option: any [Standard Schema](https://standardschema.dev) (zod 4,
 * valibot, ArkType…) whose `validate` answers synchronously. `validatePlan` validates a
 * configured value with it and passes the schema's output to the rule; the rule reference
 * shows it as JSON Schema when the library can convert it (zod can).
 *
 * @example
 * ```ts
 * import * as z from "zod/mini";
 * import type { RuleOptionSchema } from "@mamori/plan-validator";
 * const km: RuleOptionSchema<number> = z.number().check(z.positive());
 * ```
 *
 * @category Custom rules
 */
export interface RuleOptionSchema<Output = unknown> {
  /** The Standard Schema interface (version 1). */
  readonly "~standard": {
    /** Standard Schema version: 1. */
    readonly version: 1;
    /** The schema library (`zod`, `valibot`…). */
    readonly vendor: string;
    /** Validate a value: its output, or the issues found. Must not return a promise. */
    readonly validate: (
      value: unknown,
    ) =>
      | { readonly value: Output; readonly issues?: undefined }
      | { readonly issues: ReadonlyArray<{ readonly message: string }> }
      | Promise<unknown>;
    /** Types carried for inference only. */
    readonly types?: { readonly input: unknown; readonly output: Output } | undefined;
  };
}

/**
 * One option a rule declares: its schema, its default and what it means. Without a schema
 * (the form of mamori 0.1), a configured value must have the type of the default.
 *
 * @example
 * ```ts
 * import * as z from "zod/mini";
 * import type { RuleOptionSpec } from "@mamori/plan-validator";
 * const spec: RuleOptionSpec<number> = {
 *   schema: z.number().check(z.positive()),
 *   default: 100,
 *   description: { en: "Smallest distance in km.", ja: "最小の距離（km）。" },
 * };
 * ```
 *
 * @category Custom rules
 */
export interface RuleOptionSpec<T = unknown> {
  /** What a configured value must be; without one, a value of the default's type. */
  schema?: RuleOptionSchema<T>;
  /** The value used when the configuration gives none (it must pass the schema). */
  default: T;
  /** What the option changes. */
  description: LocalizedText;
}

/**
 * A rule's option declarations by name (`meta.options`).
 *
 * @example
 * ```ts
 * import * as z from "zod/mini";
 * import type { RuleOptionSpecs } from "@mamori/plan-validator";
 * const options = {
 *   within: { schema: z.string(), default: "P1Y", description: { en: "Interval.", ja: "間隔。" } },
 * } satisfies RuleOptionSpecs;
 * ```
 *
 * @category Custom rules
 */
// biome-ignore lint/suspicious/noExplicitAny: each option has its own value type
export type RuleOptionSpecs = Readonly<Record<string, RuleOptionSpec<any>>>;

/**
 * The options a rule's `check` receives, inferred from its option declarations: each
 * option's schema output (or, without a schema, the type of its default).
 *
 * @example
 * ```ts
 * import * as z from "zod/mini";
 * import type { InferRuleOptions } from "@mamori/plan-validator";
 * type O = InferRuleOptions<{
 *   within: { schema: z.ZodMiniString<string>; default: string; description: { en: string; ja: string } };
 * }>; // { readonly within: string }
 * ```
 *
 * @category Custom rules
 */
export type InferRuleOptions<S extends RuleOptionSpecs> = {
  readonly [K in keyof S]: S[K] extends { schema: RuleOptionSchema<infer T> }
    ? T
    : S[K]["default"] extends number
      ? number
      : S[K]["default"] extends string
        ? string
        : S[K]["default"] extends boolean
          ? boolean
          : S[K]["default"] extends readonly string[]
            ? readonly string[]
            : S[K]["default"];
};

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
 *
 * @category Custom rules
 */
export interface RuleDocs {
  /** One sentence: what the rule checks. */
  description: LocalizedText;
  /** Why: the survey figure or standard clause that motivates it. */
  rationale: LocalizedText;
  /** The rule's page in the documentation, when it has one (SARIF `helpUri`). */
  url?: string;
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
 *
 * @category Custom rules
 */
export interface RuleMeta<Options extends RuleOptionSpecs = RuleOptionSpecs> {
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
  /** Options the rule accepts, by name: schema, default and meaning (see {@link RuleConfig}). */
  options?: Options;
  /**
   * The rule's page in the documentation (SARIF `helpUri`); read it with `ruleDocs`, which
   * gives the built-in rules theirs.
   */
  url?: string;
  /**
   * Set when the rule id is kept only as an alias of another rule (as ESLint's
   * `meta.deprecated` and `replacedBy`): a configuration entry or a plan exception naming it
   * applies to `replacedBy`, with a `config/deprecated-rule` warning. The rule itself never runs.
   */
  deprecated?: { replacedBy: string };
}

/**
 * A finding a rule reports; the engine turns it into a `Diagnostic`.
 *
 * @example
 * ```ts
 * import type { RuleReport } from "@mamori/plan-validator";
 * const r: RuleReport = { path: "/metadata/owner", data: { role: "ciso" } };
 * ```
 *
 * @category Custom rules
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
 *
 * @category Custom rules
 */
export interface RuleContext<Options = RuleOptions> {
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
  options: Options;
  /**
   * Report a finding.
   *
   * @param report - Where the finding is (a JSON pointer into the plan), which message of the rule's catalog, and its placeholder values.
   */
  report(report: RuleReport): void;
}

/**
 * A rule: metadata plus a pure `check` that reports findings through the context.
 *
 * @example
 * ```ts
 * import { type Rule, rules } from "@mamori/plan-validator";
 * const rule: Rule | undefined = rules["power/backup-runtime"];
 * rule?.meta.id; // "power/backup-runtime"
 * ```
 *
 * @category Custom rules
 */
export interface Rule<Options extends RuleOptionSpecs = RuleOptionSpecs> {
  /** What the rule is. */
  meta: RuleMeta<Options>;
  /**
   * Inspect the plan and report findings. Must be pure and must not throw.
   *
   * @param context - The validated plan, its index, the other inputs, the locale, the rule's options and `report`.
   */
  check(context: RuleContext<InferRuleOptions<Options>>): void;
}

const ID = /^[a-z0-9-]+\/[a-z0-9-]+$/;

/**
 * Define a rule, built-in or custom. Checks the metadata (a programming error throws, with
 * a clear message): the id is `category/name`, the message catalog has both locales with
 * the same placeholders and contains the rule id, and the docs, when given, have both a
 * description and a rationale, each filled in both locales.
 *
 * @param rule - The rule: its metadata (id `category/name`, default severity, messages in `en` and `ja`, optional docs and options) and its `check`; bad metadata throws at once.
 * @returns The same rule, checked and typed, ready for `customRules` of {@link validatePlan}.
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
 * const plan = { kind: "ContinuityPlan", schemaVersion: "1.0", id: "it-bcp", metadata: { organisation: "kita-seiki", owner: "cio" } };
 * validatePlan(plan, { customRules: [ownerHasTitle] }).diagnostics.some((d) => d.code === "acme/owner-named"); // true: no role "cio"
 * ```
 *
 * @category Custom rules
 */
export function defineRule<Options extends RuleOptionSpecs = Record<never, never>>(
  // Each option's default must be a value of its schema's output type.
  rule: Rule<Options> & {
    meta: {
      options?: {
        [K in keyof Options]: Options[K] extends { schema: RuleOptionSchema<infer T> }
          ? RuleOptionSpec<T>
          : Options[K];
      };
    };
  },
): Rule<Options> {
  if (typeof rule !== "object" || rule === null || typeof rule.meta !== "object" || !rule.meta)
    throw new TypeError("defineRule: a rule is an object with meta and check.");
  const { meta } = rule;
  if (typeof meta.id !== "string" || !ID.test(meta.id))
    throw new TypeError(`defineRule: rule id '${meta.id}' must look like 'category/name'.`);
  if (typeof meta.messages !== "object" || !meta.messages?.en || !meta.messages?.ja)
    throw new TypeError(`defineRule(${meta.id}): meta.messages needs an 'en' and a 'ja' catalog.`);
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
  for (const [name, spec] of Object.entries(meta.options ?? {}) as [string, RuleOptionSpec][]) {
    if (spec.schema !== undefined) {
      if (typeof spec.schema?.["~standard"]?.validate !== "function")
        throw new TypeError(
          `defineRule(${meta.id}): option '${name}' has a schema that is not a Standard Schema (zod, valibot…).`,
        );
      const problem = optionProblem(spec, spec.default);
      if (problem !== undefined)
        throw new TypeError(
          `defineRule(${meta.id}): the default of option '${name}' fails its schema: ${problem}`,
        );
    } else if (!validOptionValue(spec.default))
      throw new TypeError(
        `defineRule(${meta.id}): option '${name}' needs a schema, or a default that is a number, text, flag or list of texts.`,
      );
    if (!spec.description?.en?.trim() || !spec.description?.ja?.trim())
      throw new TypeError(
        `defineRule(${meta.id}): option '${name}' needs a description in English and Japanese.`,
      );
  }
  if (meta.deprecated !== undefined && !ID.test(meta.deprecated.replacedBy))
    throw new TypeError(
      `defineRule(${meta.id}): meta.deprecated.replacedBy must be a rule id ('category/name').`,
    );
  if (typeof rule.check !== "function")
    throw new TypeError(`defineRule(${meta.id}): check must be a function.`);
  return rule;
}

/**
 * True for a value an option may take (a finite number, text, a flag, a list of texts).
 *
 * @category Custom rules
 */
export function validOptionValue(value: unknown): value is RuleOptionValue {
  if (typeof value === "number") return Number.isFinite(value);
  if (typeof value === "string" || typeof value === "boolean") return true;
  return Array.isArray(value) && value.every((v) => typeof v === "string");
}

/**
 * True when `value` has the same kind as the option's default (number, text, flag, list).
 *
 * @category Custom rules
 */
export function sameOptionKind(value: unknown, def: unknown): boolean {
  if (!validOptionValue(value)) return false;
  return Array.isArray(def) ? Array.isArray(value) : typeof value === typeof def;
}

/**
 * Why `value` is not a valid value of an option (the schema's first issue, or the type the
 * default asks for); undefined when it is valid. The schema's output is in `out.value`.
 *
 * @category Custom rules
 */
export function optionProblem(
  spec: RuleOptionSpec,
  value: unknown,
  out: { value?: unknown } = {},
): string | undefined {
  if (spec.schema === undefined) {
    if (!sameOptionKind(value, spec.default)) return "wrong type";
    out.value = value;
    return undefined;
  }
  let result: ReturnType<RuleOptionSchema["~standard"]["validate"]>;
  try {
    result = spec.schema["~standard"].validate(value);
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  if (result instanceof Promise) return "the schema is asynchronous";
  if (result.issues !== undefined)
    return [...new Set(result.issues.map((i) => i.message))].join("; ") || "invalid";
  out.value = result.value;
  return undefined;
}
