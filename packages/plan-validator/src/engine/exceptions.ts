import type { Diagnostic, Suppression } from "@mamori/core";
import type { ContinuityPlan } from "../schema/plan.js";
import type { Located, PlanIndex } from "./index-plan.js";
import { memoOf } from "./memo.js";
import { peopleOf } from "./people.js";

type PlanException = NonNullable<ContinuityPlan["exceptions"]>[number];

/**
 * Why an exception suppresses nothing, when it does not.
 *
 * @category Validation
 */
export type ExceptionProblem =
  /** `until` is before `now`. */
  | "expired"
  /** `acceptedBy` is not a role of the plan (references/resolve reports it). */
  | "unknown-role"
  /** The plan does not say who management is, so the authority cannot be judged. */
  | "management-unknown"
  /** Whoever holds `acceptedBy` holds no top-management role. */
  | "not-management"
  /** Whoever holds `acceptedBy` also implements the plan (governance.implement). */
  | "implementer";

/**
 * An exception of the plan as judged: in force, or why not.
 *
 * @category Validation
 */
export interface JudgedException {
  /** Position in `exceptions`. */
  index: number;
  /** The exception as written. */
  exception: PlanException;
  /** Problems that keep it from suppressing anything (none: it is in force). */
  problems: ExceptionProblem[];
  /** For `implementer`: the implementer role the same person holds. */
  implementer?: string;
}

/**
 * Judge every exception of a plan: expired (`until` before `now`; without `now`, never), and
 * accepted with the authority (a role whose holder is top management and implements no part of
 * the plan). Pure; the `exceptions/*` rules report the problems, the engine applies the rest.
 *
 * @category Validation
 */
export function judgeExceptions(
  plan: ContinuityPlan,
  index: PlanIndex,
  now: Date | undefined,
): JudgedException[] {
  const list = plan.exceptions ?? [];
  if (list.length === 0) return [];
  const people = peopleOf({ plan, index });
  const memo = memoOf(index);
  const implementers = new Map<string, string>();
  for (const id of plan.governance?.implement ?? []) {
    const person = people.personOf(id);
    if (person !== undefined && !implementers.has(person)) implementers.set(person, id);
  }
  return list.map((exception, i) => {
    const problems: ExceptionProblem[] = [];
    const judged: JudgedException = { index: i, exception, problems };
    const until = memo.date(exception.until);
    if (now && until && until.getTime() < now.getTime()) problems.push("expired");
    const by = exception.acceptedBy;
    const person = people.personOf(by);
    if (person === undefined) problems.push("unknown-role");
    else {
      if (!people.managementKnown) problems.push("management-unknown");
      else if (!people.personIsManagement(by)) problems.push("not-management");
      const implementer = implementers.get(person);
      if (implementer !== undefined) {
        problems.push("implementer");
        judged.implementer = implementer;
      }
    }
    return judged;
  });
}

/** Items whose ids an exception's `target` may name, in the order they are looked up. */
function located(index: PlanIndex, id: string): Located | undefined {
  return (
    index.services.get(id) ??
    index.roles.get(id) ??
    index.measures.get(id) ??
    index.sites.get(id) ??
    index.primarySites.get(id) ??
    index.procedures.get(id) ??
    index.communications.get(id) ??
    index.audiences.get(id) ??
    index.teams.get(id)
  );
}

/** True when `path` is `base` or lies below it (JSON pointers). */
function within(path: string, base: string): boolean {
  return base === "" || path === base || path.startsWith(`${base}/`);
}

/** True when the exception covers the diagnostic (the rule is checked by the caller). */
function covers(e: PlanException, d: Diagnostic, index: PlanIndex): boolean {
  if (e.path !== undefined && !within(d.path, e.path)) return false;
  if (e.target !== undefined) {
    const target = e.target;
    const named = d.data !== undefined && Object.values(d.data).some((v) => v === target);
    if (!named) {
      const at = located(index, target);
      if (!at || !within(d.path, at.path)) return false;
    }
  }
  return true;
}

/**
 * Mark the diagnostics that exceptions in force cover as suppressed (a new object with
 * `suppressions`; the others are returned as they are). Only rule findings can be excepted:
 * never a schema or configuration problem, and never a finding about an exception itself.
 * Returns the diagnostics and, per exception, how many findings it suppressed.
 *
 * @category Validation
 */
export function applyExceptions(
  diagnostics: readonly Diagnostic[],
  judged: readonly JudgedException[],
  index: PlanIndex,
  ruleIds: ReadonlySet<string>,
): { diagnostics: Diagnostic[]; suppressed: number[] } {
  const suppressed = judged.map(() => 0);
  const byRule = new Map<string, JudgedException[]>();
  for (const j of judged) {
    if (j.problems.length > 0) continue;
    const list = byRule.get(j.exception.rule);
    if (list) list.push(j);
    else byRule.set(j.exception.rule, [j]);
  }
  if (byRule.size === 0) return { diagnostics: [...diagnostics], suppressed };
  const out = diagnostics.map((d) => {
    const candidates = byRule.get(d.code);
    if (!candidates || !ruleIds.has(d.code) || d.code.startsWith("exceptions/")) return d;
    const suppressions: Suppression[] = [];
    for (const j of candidates) {
      if (!covers(j.exception, d, index)) continue;
      suppressed[j.index] = (suppressed[j.index] ?? 0) + 1;
      const s: Suppression = {
        kind: "inSource",
        status: "accepted",
        justification: j.exception.reason,
        source: `/exceptions/${j.index}`,
        acceptedBy: j.exception.acceptedBy,
      };
      if (j.exception.until !== undefined) s.until = j.exception.until;
      suppressions.push(s);
    }
    return suppressions.length > 0 ? { ...d, suppressions } : d;
  });
  return { diagnostics: out, suppressed };
}
