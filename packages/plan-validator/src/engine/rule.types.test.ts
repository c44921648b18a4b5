// Type tests of the public rule types: checked by `tsc` (the package's typecheck), and run by
// vitest so that a broken assertion also shows up as a failing test name.
import { describe, expect, expectTypeOf, test } from "vitest";
import * as z from "zod/mini";
import {
  defineRule,
  type InferRuleOptions,
  type Rule,
  type RuleConfig,
  type RuleContext,
  type RuleOptionSpec,
  type RuleReport,
  rules,
  type ValidatePlanOptions,
} from "../index.js";

const messages = { en: { "acme/x": "x" }, ja: { "acme/x": "x" } };
const description = { en: "d", ja: "d" };

describe("rule types", () => {
  test("defineRule infers each option's type from its schema, or from its default", () => {
    const rule = defineRule({
      meta: {
        id: "acme/x",
        category: "acme",
        defaultSeverity: "warning",
        references: ["r"],
        messages,
        options: {
          within: { schema: z.string(), default: "P1Y", description },
          min: { schema: z.int().check(z.positive()), default: 2, description },
          kinds: { schema: z.array(z.enum(["a", "b"])), default: ["a"], description },
          legacy: { default: 100, description }, // no schema: the default's type, widened
        },
      },
      check(ctx) {
        expectTypeOf(ctx.options.within).toEqualTypeOf<string>();
        expectTypeOf(ctx.options.min).toEqualTypeOf<number>();
        expectTypeOf(ctx.options.kinds).toEqualTypeOf<("a" | "b")[]>();
        expectTypeOf(ctx.options.legacy).toEqualTypeOf<number>();
        // @ts-expect-error: an option the rule does not declare
        ctx.options.other;
      },
    });
    // a rule with typed options is still a Rule (validatePlan's customRules, testRule)
    expectTypeOf(rule).toExtend<Rule>();
    expectTypeOf([rule]).toExtend<ValidatePlanOptions["customRules"]>();
  });

  test("a rule without options gets an empty options object", () => {
    defineRule({
      meta: { id: "acme/x", category: "acme", defaultSeverity: "info", references: [], messages },
      check(ctx) {
        expectTypeOf(ctx.options).toEqualTypeOf<InferRuleOptions<Record<never, never>>>();
        // @ts-expect-error: no options declared
        ctx.options.anything;
      },
    });
  });

  test("a default of the wrong type for its schema does not compile (nor run)", () => {
    expect(() =>
      defineRule({
        meta: {
          id: "acme/x",
          category: "acme",
          defaultSeverity: "info",
          references: [],
          messages,
          // @ts-expect-error: the schema says number, the default is text
          options: { min: { schema: z.number(), default: "two", description } },
        },
        check() {},
      }),
    ).toThrow(/the default of option 'min' fails its schema/);
  });

  test("RuleContext: the plan, indexes, inputs and report", () => {
    expectTypeOf<RuleContext["report"]>().parameter(0).toEqualTypeOf<RuleReport>();
    expectTypeOf<RuleContext["now"]>().toEqualTypeOf<Date | undefined>();
    expectTypeOf<RuleContext["plan"]["metadata"]["owner"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<RuleContext<{ readonly n: number }>["options"]>().toEqualTypeOf<{
      readonly n: number;
    }>();
    expectTypeOf<RuleOptionSpec<number>["default"]>().toEqualTypeOf<number>();
  });

  test("rules is keyed by id; a configuration entry is a setting or [setting, options]", () => {
    expectTypeOf(rules).toEqualTypeOf<Readonly<Record<string, Rule>>>();
    expectTypeOf<["error", { within: "P6M" }]>().toExtend<RuleConfig>();
    // @ts-expect-error: not a setting
    const bad: RuleConfig = "fatal";
    void bad;
  });
});
