// The seeded-defect corpus (test/corpus/variants.ts): every defect must be flagged with the
// finding an auditor expects, and the clean organisation and every near miss must give no
// diagnostic at all. Prints recall and false positives; fails below 100 % recall or above 0.
import { analyzeBia } from "@mamori/bia";
import { analyzeMatrix } from "@mamori/cloud-matrix";
import { isSuppressed } from "@mamori/core";
import { describe, expect, test } from "vitest";
import { type Documents, defects, nearMisses, type Variant } from "../test/corpus/variants.js";
import { loadYaml, NOW } from "../test/harness.js";
import { type PlanResult, validatePlan } from "./index.js";

const clean = {
  plan: loadYaml("examples/data-clean/plan.yaml"),
  bia: loadYaml("examples/data-clean/bia.yaml"),
  matrix: loadYaml("examples/data/matrix-skycloud.yaml"),
  organisation: loadYaml("examples/data/organisation.yaml"),
};

/** Validate the plan of `docs` the way `mamori report` does: with its BIA, matrix and organisation. */
function judge(docs: Documents): PlanResult {
  return validatePlan(docs.plan, {
    now: NOW,
    bia: analyzeBia(docs.bia),
    matrix: analyzeMatrix(docs.matrix, { now: NOW }),
    organisation: docs.organisation,
  });
}

function apply(v: Variant): PlanResult {
  const docs = structuredClone(clean) as Documents;
  v.mutate(docs);
  return judge(docs);
}

/**
 * A defect is caught when its expected rule reports at warning or error (an info only asks for
 * data), not suppressed by an exception.
 */
function caught(v: Variant, r: PlanResult): boolean {
  return r.diagnostics.some((d) => flags(v, d));
}

/** The expected finding: its rule, at warning or error, not suppressed, at its place if given. */
function flags(v: Variant, d: PlanResult["diagnostics"][number]): boolean {
  return (
    d.code === v.expect &&
    d.severity !== "info" &&
    !isSuppressed(d) &&
    (v.expectPath === undefined || d.path.startsWith(v.expectPath))
  );
}

/** What a near miss must not have: a diagnostic that counts (a suppressed one was accepted). */
function counted(r: PlanResult) {
  return r.diagnostics.filter((d) => !isSuppressed(d));
}

describe("seeded-defect corpus", () => {
  test("the clean organisation validates with no diagnostic, its BIA with no error", () => {
    const docs = structuredClone(clean) as Documents;
    expect(judge(docs).diagnostics).toEqual([]);
    expect(analyzeBia(docs.bia).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  test("the corpus is large enough and its ids are unique", () => {
    expect(defects.length).toBeGreaterThanOrEqual(30);
    expect(nearMisses.length).toBeGreaterThanOrEqual(10);
    const ids = [...defects, ...nearMisses].map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const v of defects) expect(v.expect, v.id).toBeTruthy();
  });

  test("recall 100 %, false positives 0", () => {
    const missed: string[] = [];
    const falsePositives: string[] = [];
    for (const v of defects) {
      const r = apply(v);
      if (!caught(v, r))
        missed.push(
          `${v.id}: expected ${v.expect}, got [${r.diagnostics.map((d) => d.code).join(", ")}]`,
        );
    }
    for (const v of nearMisses) {
      const r = apply(v);
      for (const d of counted(r))
        falsePositives.push(`${v.id}: ${d.severity} ${d.code} ${d.path} — ${d.message}`);
    }
    const found = defects.length - missed.length;
    const recall = (100 * found) / defects.length;
    console.log(
      `seeded-defect corpus: recall ${found}/${defects.length} (${recall.toFixed(1)} %), ` +
        `false positives ${falsePositives.length} over ${nearMisses.length} near misses`,
    );
    expect(missed).toEqual([]);
    expect(falsePositives).toEqual([]);
  });

  // One test per variant, so a failure names the lesson it breaks.
  test.each(defects.map((v) => [v.id, v] as const))("defect %s is flagged", (_id, v) => {
    const r = apply(v);
    expect(
      r.diagnostics.filter((d) => flags(v, d)).length,
      `${v.change} — ${v.basis}`,
    ).toBeGreaterThan(0);
  });

  test.each(nearMisses.map((v) => [v.id, v] as const))("near miss %s is not flagged", (_id, v) => {
    expect(
      counted(apply(v)).map((d) => `${d.code} ${d.path}`),
      `${v.change} — ${v.basis}`,
    ).toEqual([]);
  });
});
