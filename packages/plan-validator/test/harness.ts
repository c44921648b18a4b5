import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { formatMessage } from "@mamori/core";
import { parseSource } from "@mamori/core/source";
import { expect, test } from "vitest";
import { humaniseDuration } from "../src/engine/durations.js";
import { type PlanResult, type ValidatePlanOptions, validatePlan } from "../src/index.js";
import { builtinRules } from "../src/rules/all.js";

/** The validation date every sample is judged at. */
export const NOW = "2026-11-27";

/** Absolute path of a file in the repository root. */
export function repoPath(rel: string): string {
  return fileURLToPath(new URL(`../../../${rel}`, import.meta.url));
}

/** Parse a YAML file of the repository. */
export function loadYaml(rel: string): Record<string, unknown> {
  const { data, diagnostics } = parseSource(readFileSync(repoPath(rel), "utf8"));
  if (diagnostics.length > 0) throw new Error(`${rel}: ${JSON.stringify(diagnostics)}`);
  return data as Record<string, unknown>;
}

// biome-ignore lint/suspicious/noExplicitAny: tests mutate the plan freely
export type AnyPlan = any;

/** A fresh deep copy of the clean sample plan. */
export function cleanPlan(): AnyPlan {
  return structuredClone(loadYaml("examples/data-clean/plan.yaml"));
}

/** Validate with `now` = {@link NOW} and the given options. */
export function run(plan: unknown, options: ValidatePlanOptions = {}): PlanResult {
  return validatePlan(plan, { now: NOW, ...options });
}

/**
 * One failing case of a rule: a mutation of the clean plan and the exact diagnostics
 * (path, and optionally data) the rule must then report.
 */
export interface RuleCase {
  rule: string;
  name: string;
  mutate: (plan: AnyPlan) => void;
  expect: Array<{
    path: string;
    data?: Record<string, string | number>;
    messageId?: string;
    /** When the finding is capped below the rule's severity (an info saying what to add). */
    severity?: "error" | "warning" | "info";
  }>;
  options?: ValidatePlanOptions;
  /** Options of the passing test (for rules that need a consistent BIA or matrix); first case of a rule only. */
  passOptions?: ValidatePlanOptions;
}

/** Register tests: the clean plan passes the rule, and each case fails it exactly as expected. */
export function testRuleCases(cases: readonly RuleCase[]): void {
  const ids = [...new Set(cases.map((c) => c.rule))];
  for (const id of ids) {
    const rule = builtinRules.find((r) => r.meta.id === id);
    test(`${id}: passes on the clean plan`, () => {
      expect(rule).toBeDefined();
      const first = cases.find((c) => c.rule === id);
      const r = run(cleanPlan(), {
        preset: "nist-high",
        ...(first?.passOptions ?? first?.options),
      });
      expect(r.diagnostics.filter((d) => d.code === id)).toEqual([]);
      expect(r.summary.rulesRun).toContain(id);
    });
  }
  for (const c of cases) {
    test(`${c.rule}: fails when ${c.name}`, () => {
      const plan = cleanPlan();
      c.mutate(plan);
      const r = run(plan, { preset: "nist-high", ...c.options });
      const found = r.diagnostics.filter((d) => d.code === c.rule);
      expect(found.map((d) => d.path)).toEqual(c.expect.map((e) => e.path));
      const rule = builtinRules.find((x) => x.meta.id === c.rule);
      c.expect.forEach((e, i) => {
        const d = found[i];
        expect(d?.severity).toBe(e.severity ?? rule?.meta.defaultSeverity);
        if (e.data) expect(d?.data).toEqual(e.data);
        const key = e.messageId ? `${c.rule}:${e.messageId}` : c.rule;
        // Durations in messages are written for people in each locale; data keeps ISO 8601.
        const spelled = (locale: "en" | "ja") =>
          Object.fromEntries(
            Object.entries(d?.data ?? {}).map(([k, v]) => [
              k,
              typeof v === "string" ? humaniseDuration(v, locale) : v,
            ]),
          );
        expect(d?.messages.en).toBe(formatMessage(rule!.meta.messages, "en", key, spelled("en")));
        expect(d?.messages.ja).toBe(formatMessage(rule!.meta.messages, "ja", key, spelled("ja")));
        expect(d?.messages.ja).not.toBe(d?.messages.en);
        expect(d?.ref).toBe(rule?.meta.references[0]);
      });
      // no schema problem was introduced by the mutation
      expect(r.diagnostics.filter((d) => d.code.startsWith("schema/"))).toEqual([]);
    });
  }
}
