import { describe, expect, test } from "vitest";
import { cleanPlan, NOW } from "../test/harness.js";
import { defineRule, rules } from "./index.js";
import { RuleTestError, testRule } from "./testing.js";

/** A minimal plan the schema accepts. */
const plan = (owner?: string) => ({
  kind: "ContinuityPlan",
  schemaVersion: "1.0",
  id: "p",
  metadata: { organisation: "acme", ...(owner ? { owner } : {}) },
});

const ownerNamed = defineRule({
  meta: {
    id: "acme/owner-named",
    category: "acme",
    defaultSeverity: "warning",
    references: ["Acme policy 4.2"],
    messages: {
      en: {
        "acme/owner-named": "No owner.",
        "acme/owner-named:short": "Owner '{owner}' is short.",
      },
      ja: {
        "acme/owner-named": "責任者がいません。",
        "acme/owner-named:short": "責任者 '{owner}' が短すぎます。",
      },
    },
  },
  check(ctx) {
    const owner = ctx.plan.metadata.owner;
    if (!owner) ctx.report({ path: "/metadata" });
    else if (owner.length < 3)
      ctx.report({ path: "/metadata/owner", messageId: "short", data: { owner } });
  },
});

/** The failures `testRule` throws for `tests`, or [] when it passes. */
function failuresOf(...args: Parameters<typeof testRule>): readonly string[] {
  try {
    testRule(...args);
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(RuleTestError);
    expect((e as Error).name).toBe("AssertionError");
    return (e as RuleTestError).failures;
  }
}

describe("testRule", () => {
  test("passes when every case holds (the example of its documentation)", () => {
    expect(() =>
      testRule(ownerNamed, {
        valid: [{ plan: plan("ciso") }],
        invalid: [
          { plan: plan(), errors: [{ path: "/metadata", severity: "warning" }] },
          {
            plan: plan("ab"),
            errors: [
              {
                code: "acme/owner-named",
                path: "/metadata/owner",
                messageId: "short",
                data: { owner: "ab" },
                message: "Owner 'ab' is short.",
              },
            ],
          },
        ],
      }),
    ).not.toThrow();
  });

  test("a valid case with a finding fails, naming the case and the finding", () => {
    expect(
      failuresOf(ownerNamed, { valid: [{ name: "no owner", plan: plan() }], invalid: [] }),
    ).toEqual([
      'valid[0] (no owner): expected no finding, got 1: {"code":"acme/owner-named","path":"/metadata","severity":"warning"}',
    ]);
  });

  test("an invalid case fails on the count, the path, the message id, the data and the severity", () => {
    expect(
      failuresOf(ownerNamed, {
        valid: [],
        invalid: [
          { plan: plan("ciso"), errors: [{ path: "/metadata" }] },
          { plan: plan(), errors: [{ path: "/metadata/owner" }] },
          { plan: plan("ab"), errors: [{ path: "/metadata/owner" }] },
          {
            plan: plan("ab"),
            errors: [
              {
                path: "/metadata/owner",
                messageId: "short",
                data: { owner: "xy" },
                severity: "error",
              },
            ],
          },
          { plan: plan(), errors: [] },
        ],
      }),
    ).toEqual([
      "invalid[0]: expected 1 finding(s), got 0: none",
      'invalid[1], finding 0: path "/metadata", expected "/metadata/owner"',
      `invalid[2], finding 0: message "Owner 'ab' is short." is not "acme/owner-named" ("No owner.")`,
      'invalid[3], finding 0: severity "warning", expected "error"; data {"owner":"ab"}, expected {"owner":"xy"}',
      "invalid[4]: an invalid case needs at least one expected finding",
    ]);
  });

  test("a plan the schema rejects, and a rule that cannot run, fail the case", () => {
    const failures = failuresOf(rules["metadata/approval"]!, {
      valid: [{ plan: { kind: "ContinuityPlan", schemaVersion: "1.0" } }],
      invalid: [],
    });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^valid\[0\]: the case is not usable: schema\/required at "\/id"/);
    expect(
      failuresOf(rules["evidence/failed-retested"]!, {
        valid: [{ plan: cleanPlan() }],
        invalid: [],
      }),
    ).toEqual(["valid[0]: the rule did not run (it requires 'now', which the case does not give)"]);
  });

  test("a message with a placeholder left unfilled fails", () => {
    const forgetful = defineRule({
      ...ownerNamed,
      meta: {
        ...ownerNamed.meta,
        id: "acme/forgetful",
        messages: {
          en: { "acme/forgetful": "Owner '{owner}'." },
          ja: { "acme/forgetful": "責任者 '{owner}'。" },
        },
      },
      check(ctx) {
        ctx.report({ path: "/metadata" });
      },
    });
    const failures = failuresOf(forgetful, {
      valid: [],
      invalid: [{ plan: plan(), errors: [{ path: "/metadata" }] }],
    });
    expect(failures.some((f) => /placeholder left unfilled/.test(f))).toBe(true);
  });

  test("a built-in rule is tested with its options, in place of the built-in one", () => {
    // Osaka is 623 km from Sendai: 600 km passes, 650 km fails for both Sendai primary sites.
    const rule = rules["site/geographic-separation"]!;
    const paths = [0, 1].map(() => "/preIncident/alternateSites/0/coordinates");
    expect(() =>
      testRule(rule, {
        valid: [{ plan: cleanPlan(), options: { now: NOW, ruleOptions: { minDistanceKm: 600 } } }],
        invalid: [
          {
            plan: cleanPlan(),
            options: { ruleOptions: { minDistanceKm: 650 } },
            errors: paths.map((path) => ({ path, messageId: "distance" })),
          },
        ],
      }),
    ).not.toThrow();
    // an option the rule's schema rejects makes the case unusable
    expect(
      failuresOf(rule, {
        valid: [{ plan: cleanPlan(), options: { ruleOptions: { minDistanceKm: "far" } } }],
        invalid: [],
      })[0],
    ).toMatch(/^valid\[0\]: the case is not usable: config\/invalid-option/);
  });
});
