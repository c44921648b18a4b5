import { describe, expect, test } from "vitest";
import { cleanPlan, run, testRuleCases } from "../../test/harness.js";
import type { PlanResult } from "../index.js";
import { maintenanceCases } from "./maintenance.cases.js";

describe("maintenance/* rules: the clean plan passes, each case fails as expected", () =>
  testRuleCases(maintenanceCases));

/** The clean plan last reviewed on 2025-10-20 (judged at 2026-11-27). */
function reviewedOct2025() {
  const p = cleanPlan();
  p.metadata.lastReview = "2025-10-20";
  p.maintenance.reviewLog[0].date = "2025-10-20";
  return p;
}

const codes = (r: PlanResult) => r.diagnostics.map((d) => [d.severity, d.code, d.path, d.data]);

describe("maintenance/review-interval: option `within`", () => {
  test("the interval decides when the next review is due", () => {
    const with_ = (within: string) =>
      run(reviewedOct2025(), { rules: { "maintenance/review-interval": ["error", { within }] } });
    expect(codes(with_("P2Y"))).toEqual([]);
    expect(codes(with_("P13M"))).toEqual([
      [
        "error",
        "maintenance/review-interval",
        "/metadata/lastReview",
        { last: "2025-10-20", due: "2026-11-20" },
      ],
    ]);
    // the default is a year
    expect(codes(run(reviewedOct2025()))).toEqual([
      [
        "error",
        "maintenance/review-interval",
        "/metadata/lastReview",
        { last: "2025-10-20", due: "2026-10-20" },
      ],
    ]);
  });

  test.each([
    ["P0D", '"P0D"'],
    ["PT0S", '"PT0S"'],
    ["-P1Y", '"-P1Y"'],
    ["1 year", '"1 year"'],
  ])("%s is not an interval: config/invalid-option, and the default applies", (within, shown) => {
    const r = run(reviewedOct2025(), {
      rules: { "maintenance/review-interval": ["error", { within }] },
    });
    expect(codes(r)).toEqual([
      [
        "error",
        "config/invalid-option",
        "",
        {
          rule: "maintenance/review-interval",
          option: "within",
          value: within,
          problem: "it must be an ISO 8601 duration longer than zero, such as P1Y or P6M",
        },
      ],
      [
        "error",
        "maintenance/review-interval",
        "/metadata/lastReview",
        { last: "2025-10-20", due: "2026-10-20" },
      ],
    ]);
    expect(r.diagnostics[0]?.message).toBe(
      `Option 'within' of rule 'maintenance/review-interval' cannot be ${within}: it must be an ISO 8601 duration longer than zero, such as P1Y or P6M. The default was used.`,
    );
    expect(shown).toContain(within);
  });

  test("a value of the wrong type keeps the message about the default's type", () => {
    const r = run(cleanPlan(), {
      rules: { "maintenance/review-interval": ["error", { within: 12 }] },
    });
    expect(r.diagnostics.map((d) => d.messages.en)).toEqual([
      "Option 'within' of rule 'maintenance/review-interval' cannot be 12; it needs a value of the type of its default. The default was used.",
    ]);
  });
});

describe("maintenance/review-within-12-months: a deprecated alias of maintenance/review-interval", () => {
  test("a setting naming the old id applies to the new rule, with a warning naming it", () => {
    const r = run(reviewedOct2025(), {
      rules: { "maintenance/review-within-12-months": "warning" },
    });
    expect(codes(r)).toEqual([
      [
        "warning",
        "config/deprecated-rule",
        "",
        { rule: "maintenance/review-within-12-months", replacement: "maintenance/review-interval" },
      ],
      [
        "warning",
        "maintenance/review-interval",
        "/metadata/lastReview",
        { last: "2025-10-20", due: "2026-10-20" },
      ],
    ]);
    expect(r.diagnostics[0]?.messages.ja).toBe(
      "ルール 'maintenance/review-within-12-months' は非推奨で、'maintenance/review-interval' に名前が変わりました。設定は 'maintenance/review-interval' に適用しました。設定のルール名を変更してください。",
    );
    expect(r.summary.rulesRun).toContain("maintenance/review-interval");
    expect(r.summary.rulesRun).not.toContain("maintenance/review-within-12-months");
  });

  test("options and off given under the old id reach the new rule", () => {
    const off = run(reviewedOct2025(), { rules: { "maintenance/review-within-12-months": "off" } });
    expect(off.diagnostics.map((d) => d.code)).toEqual(["config/deprecated-rule"]);
    const longer = run(reviewedOct2025(), {
      rules: { "maintenance/review-within-12-months": ["error", { within: "P2Y" }] },
    });
    expect(longer.diagnostics.map((d) => d.code)).toEqual(["config/deprecated-rule"]);
  });

  test("an exception naming the old id suppresses the new rule's finding, with a warning at the exception", () => {
    const plan = reviewedOct2025();
    plan.exceptions = [
      {
        rule: "maintenance/review-within-12-months",
        reason: "The review is booked for 2026-12-10, after the merger closes",
        acceptedBy: "ceo",
        accepted: "2026-11-01",
        until: "2026-12-31",
      },
    ];
    const r = run(plan);
    expect(r.diagnostics.map((d) => [d.code, d.path, d.suppressions?.length ?? 0])).toEqual([
      ["config/deprecated-rule", "/exceptions/0/rule", 0],
      ["maintenance/review-interval", "/metadata/lastReview", 1],
    ]);
    expect(r.diagnostics[0]?.severity).toBe("warning");
    expect(r.exceptions).toEqual([
      expect.objectContaining({
        rule: "maintenance/review-within-12-months",
        status: "in-force",
        suppressed: 1,
      }),
    ]);
    expect(r.summary.suppressed).toBe(1);
  });

  test("the old id is not in any preset and never runs itself", () => {
    const r = run(reviewedOct2025(), { preset: "strict" });
    expect(r.summary.rulesRun).not.toContain("maintenance/review-within-12-months");
    expect(r.diagnostics.map((d) => d.code)).toEqual(["maintenance/review-interval"]);
  });
});
