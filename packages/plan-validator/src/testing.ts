/**
 * `@mamori/plan-validator/testing`: test a rule, built-in or custom, the way ESLint's
 * `RuleTester` does, with any test runner. `testRule` validates each plan with only the
 * rule's findings in view and throws an `AssertionError`-like {@link RuleTestError} that says
 * which case differs and how. It imports no test runner, so it works in vitest, Jest,
 * `node:test` or a plain script.
 *
 * @packageDocumentation
 */

import type { Diagnostic, Severity } from "@mamori/core";
import type { Rule, RuleOptions } from "./engine/rule.js";
import { type ValidatePlanOptions, validatePlan } from "./engine/validate-plan.js";

export { indexPlan } from "./engine/index-plan.js";

/**
 * What a case gives `validatePlan` besides the plan: the cross-check inputs, `now` and the
 * locale, and the rule's options. The rule runs at its default severity; the presets and
 * the other rules stay out of the way (only the rule's findings are compared).
 *
 * @example
 * ```ts
 * import type { RuleTestOptions } from "@mamori/plan-validator/testing";
 * const o: RuleTestOptions = { now: "2026-11-27", ruleOptions: { minDistanceKm: 300 } };
 * ```
 *
 * @category Custom rules
 */
export type RuleTestOptions = Pick<
  ValidatePlanOptions,
  "bia" | "matrix" | "organisation" | "now" | "locale"
> & {
  /** The rule's options (the second element of its configuration entry). */
  ruleOptions?: RuleOptions;
};

/**
 * A plan the rule must accept: no finding of the rule.
 *
 * @example
 * ```ts
 * import type { ValidRuleTest } from "@mamori/plan-validator/testing";
 * const plan = { kind: "ContinuityPlan", schemaVersion: "1.0", id: "it-bcp", metadata: { organisation: "kita-seiki" } };
 * const ok: ValidRuleTest = { name: "a plan just started", plan, options: { now: "2026-11-27" } };
 * ```
 *
 * @category Custom rules
 */
export interface ValidRuleTest {
  /** Shown in failure messages; default `valid[i]`. */
  name?: string;
  /** The plan document, as parsed from YAML or JSON. */
  plan: unknown;
  /** Inputs and options of the validation. */
  options?: RuleTestOptions;
}

/**
 * One finding a case expects, compared with the rule's diagnostics in order (as sorted by
 * `validatePlan`: by path, then severity and message). Only the fields given are compared.
 *
 * @example
 * ```ts
 * import type { ExpectedFinding } from "@mamori/plan-validator/testing";
 * const e: ExpectedFinding = { path: "/preIncident/measures/0", data: { measure: "nightly-backup" } };
 * ```
 *
 * @category Custom rules
 */
export interface ExpectedFinding {
  /** The diagnostic code; default the rule id. */
  code?: string;
  /** JSON pointer of the finding. */
  path: string;
  /** Message id in the rule's catalog (`missing` for `<rule id>:missing`); none = the rule id's own message. */
  messageId?: string;
  /** Placeholder values, compared as a whole. */
  data?: Readonly<Record<string, string | number>>;
  /** Severity; when given, compared (default: not compared). */
  severity?: Severity;
  /** The message in the case's locale, when given. */
  message?: string;
}

/**
 * A plan the rule must flag, with the findings it must report: exactly these, in this order.
 *
 * @example
 * ```ts
 * import type { InvalidRuleTest } from "@mamori/plan-validator/testing";
 * const plan = {
 *   kind: "ContinuityPlan", schemaVersion: "1.0", id: "it-bcp", metadata: { organisation: "kita-seiki" },
 *   preIncident: { measures: [{ id: "nightly-backup", kind: "backup" }] },
 * };
 * const bad: InvalidRuleTest = { plan, errors: [{ path: "/preIncident/measures/0" }] };
 * ```
 *
 * @category Custom rules
 */
export interface InvalidRuleTest extends ValidRuleTest {
  /** The findings, in `validatePlan`'s order; at least one. */
  errors: readonly ExpectedFinding[];
}

/**
 * The cases of {@link testRule}.
 *
 * @example
 * ```ts
 * import type { RuleTests } from "@mamori/plan-validator/testing";
 * const good = { kind: "ContinuityPlan", schemaVersion: "1.0", id: "it-bcp", metadata: { organisation: "kita-seiki", owner: "it-manager" } };
 * const bad = { kind: "ContinuityPlan", schemaVersion: "1.0", id: "it-bcp", metadata: { organisation: "kita-seiki" } };
 * const tests: RuleTests = { valid: [{ plan: good }], invalid: [{ plan: bad, errors: [{ path: "/metadata" }] }] };
 * ```
 *
 * @category Custom rules
 */
export interface RuleTests {
  /** Plans the rule accepts. */
  valid: readonly ValidRuleTest[];
  /** Plans the rule flags, with the findings expected. */
  invalid: readonly InvalidRuleTest[];
}

/**
 * Thrown by {@link testRule} when a case does not behave as written. Its `name` is
 * `AssertionError` (test runners show it as a failed assertion), its message lists every
 * failing case, and `failures` holds them one by one.
 *
 * @example
 * ```ts
 * import { RuleTestError } from "@mamori/plan-validator/testing";
 * const e = new RuleTestError("acme/x", ["valid[0]: expected no finding, got 1"]);
 * e.name; // "AssertionError"
 * e.failures.length; // 1
 * ```
 *
 * @category Custom rules
 */
export class RuleTestError extends Error {
  /** Each failing case: which one, what was expected, what came. */
  readonly failures: readonly string[];

  /**
   * The error for `ruleId`'s failing cases.
   *
   * @param ruleId - The rule the cases test.
   * @param failures - One line per failing case.
   */
  constructor(ruleId: string, failures: readonly string[]) {
    super(
      `testRule(${ruleId}): ${failures.length} case(s) failed:\n${failures.map((f) => `  - ${f}`).join("\n")}`,
    );
    this.name = "AssertionError";
    this.failures = failures;
  }
}

const PLACEHOLDER = /\{[A-Za-z0-9_]+\}/;

function show(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** A short description of a diagnostic, for failure messages. */
function brief(d: Diagnostic): string {
  return show({ code: d.code, path: d.path, severity: d.severity, data: d.data });
}

/** Why one expected finding does not match a diagnostic; undefined when it does. */
function mismatch(rule: Rule, e: ExpectedFinding, d: Diagnostic): string | undefined {
  const id = rule.meta.id;
  const problems: string[] = [];
  const code = e.code ?? id;
  if (d.code !== code) problems.push(`code ${show(d.code)}, expected ${show(code)}`);
  if (d.path !== e.path) problems.push(`path ${show(d.path)}, expected ${show(e.path)}`);
  if (e.severity !== undefined && d.severity !== e.severity)
    problems.push(`severity ${show(d.severity)}, expected ${show(e.severity)}`);
  if (e.data !== undefined && show(sorted(d.data ?? {})) !== show(sorted(e.data)))
    problems.push(`data ${show(d.data)}, expected ${show(e.data)}`);
  if (e.message !== undefined && d.message !== e.message)
    problems.push(`message ${show(d.message)}, expected ${show(e.message)}`);
  if (d.code === id) {
    const key = e.messageId === undefined ? id : `${id}:${e.messageId}`;
    const template = rule.meta.messages.en[key];
    if (template === undefined) problems.push(`the rule has no message ${show(key)}`);
    else if (d.messages?.en !== undefined && !matchesTemplate(d.messages.en, template))
      problems.push(`message ${show(d.messages.en)} is not ${show(key)} (${show(template)})`);
  }
  return problems.length > 0 ? problems.join("; ") : undefined;
}

function sorted(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** True when `text` is `template` with its placeholders filled in. */
function matchesTemplate(text: string, template: string): boolean {
  const parts = template.split(/\{[A-Za-z0-9_]+\}/);
  const pattern = parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[\\s\\S]*");
  return new RegExp(`^${pattern}$`).test(text);
}

/**
 * Test a rule against plans it must accept (`valid`) and plans it must flag with exactly the
 * given findings (`invalid`), as ESLint's `RuleTester` does. Each plan is validated with the
 * rule on at its default severity (a rule with a built-in id replaces the built-in rule), and
 * only the rule's findings are compared; a plan the schema rejects, a configuration problem, a
 * rule that did not run (it `requires` an input the case did not give) or that threw, and a
 * message with a placeholder left unfilled all fail the case. Returns nothing; throws a
 * {@link RuleTestError} listing every failing case.
 *
 * @param rule - The rule under test, such as one built with `defineRule`.
 * @param tests - The plans it must accept (`valid`) and those it must flag, with the findings expected (`invalid`).
 *
 * @example
 * ```ts
 * import { defineRule } from "@mamori/plan-validator";
 * import { testRule } from "@mamori/plan-validator/testing";
 * const ownerNamed = defineRule({
 *   meta: {
 *     id: "acme/owner-named", category: "acme", defaultSeverity: "warning", references: ["Acme policy 4.2"],
 *     messages: { en: { "acme/owner-named": "No owner." }, ja: { "acme/owner-named": "責任者がいません。" } },
 *   },
 *   check(ctx) {
 *     if (!ctx.plan.metadata.owner) ctx.report({ path: "/metadata" });
 *   },
 * });
 * const plan = (owner?: string) => ({
 *   kind: "ContinuityPlan", schemaVersion: "1.0", id: "p",
 *   metadata: { organisation: "acme", ...(owner ? { owner } : {}) },
 * });
 * testRule(ownerNamed, {
 *   valid: [{ plan: plan("ciso") }],
 *   invalid: [{ plan: plan(), errors: [{ path: "/metadata" }] }],
 * }); // throws a RuleTestError when a case does not hold
 * ```
 *
 * @category Custom rules
 */
export function testRule(rule: Rule, tests: RuleTests): void {
  const id = rule.meta.id;
  const failures: string[] = [];
  const runCase = (c: ValidRuleTest, label: string): Diagnostic[] | undefined => {
    const o = c.options ?? {};
    const { ruleOptions, ...rest } = o;
    const options: ValidatePlanOptions = {
      ...rest,
      preset: [],
      customRules: [rule],
      replaces: [id],
      rules: {
        [id]:
          ruleOptions === undefined
            ? rule.meta.defaultSeverity
            : [rule.meta.defaultSeverity, ruleOptions],
      },
    };
    const result = validatePlan(c.plan, options);
    // With no preset, nothing else runs: any other diagnostic is the schema's or the engine's.
    // (The note that date rules were skipped is reported below as "the rule did not run".)
    const broken = result.diagnostics.filter(
      (d) => d.code !== id && d.code !== "config/now-missing",
    );
    if (broken.length > 0) {
      failures.push(
        `${label}: the case is not usable: ${broken.map((d) => `${d.code} at ${show(d.path)}: ${d.message}`).join("; ")}`,
      );
      return undefined;
    }
    if (!result.summary.rulesRun.includes(id)) {
      const needs = rule.meta.requires;
      failures.push(
        `${label}: the rule did not run${needs ? ` (it requires '${needs}', which the case does not give)` : ""}`,
      );
      return undefined;
    }
    const mine = result.diagnostics.filter((d) => d.code === id);
    for (const d of mine) {
      for (const text of Object.values(d.messages ?? { en: d.message }))
        if (PLACEHOLDER.test(text))
          failures.push(`${label}: message ${show(text)} has a placeholder left unfilled`);
    }
    return mine;
  };

  tests.valid.forEach((c, i) => {
    const label = c.name ? `valid[${i}] (${c.name})` : `valid[${i}]`;
    const found = runCase(c, label);
    if (found && found.length > 0)
      failures.push(
        `${label}: expected no finding, got ${found.length}: ${found.map(brief).join(", ")}`,
      );
  });
  tests.invalid.forEach((c, i) => {
    const label = c.name ? `invalid[${i}] (${c.name})` : `invalid[${i}]`;
    if (c.errors.length === 0) {
      failures.push(`${label}: an invalid case needs at least one expected finding`);
      return;
    }
    const found = runCase(c, label);
    if (!found) return;
    if (found.length !== c.errors.length) {
      failures.push(
        `${label}: expected ${c.errors.length} finding(s), got ${found.length}: ${found.map(brief).join(", ") || "none"}`,
      );
      return;
    }
    c.errors.forEach((e, j) => {
      const problem = mismatch(rule, e, found[j] as Diagnostic);
      if (problem !== undefined) failures.push(`${label}, finding ${j}: ${problem}`);
    });
  });
  if (failures.length > 0) throw new RuleTestError(id, failures);
}
