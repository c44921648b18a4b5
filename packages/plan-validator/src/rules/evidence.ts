import { toIsoDuration } from "@mamori/core";
import * as z from "zod/mini";
import { isOverdue, isoDay } from "../engine/dates.js";
import { evidenceOf, latestWith, type Measurement } from "../engine/evidence.js";
import { foldText } from "../engine/fold.js";
import { memoOf } from "../engine/memo.js";
import type { RuleContext } from "../engine/rule.js";
import type { ContinuityPlan } from "../schema/plan.js";
import { REF, rule } from "./shared/build.js";

type Requirement = NonNullable<NonNullable<ContinuityPlan["preIncident"]>["requirements"]>[number];

/** Where the evidence rules cite from: the survey's unused backups first. */
const EVIDENCE_REFS = [REF.survey, REF.guideline, REF.iso27031];

/** Default age after which a passing result no longer proves a service. */
const DEFAULT_MAX_AGE = "P1Y";

/**
 * The plan requirement of a service (its first), with its position.
 *
 * @category Rules
 */
export function requirementOf(
  ctx: RuleContext,
  service: string,
): { requirement: Requirement; index: number } | undefined {
  const at = ctx.index.services.get(service);
  const requirement = at ? ctx.plan.preIncident?.requirements?.[at.index] : undefined;
  return at && requirement ? { requirement, index: at.index } : undefined;
}

/** JSON pointer of a measurement's field. */
function pathOf(m: Measurement, field?: string): string {
  const base = `/training/results/${m.held.index}/services/${m.entry}`;
  return field ? `${base}/${field}` : base;
}

/**
 * The shared check of `evidence/rto-met` and `evidence/rpo-met`: the latest measured value of
 * each service against the plan's objective, then the BIA's when it is stricter.
 */
function checkObjective(ctx: RuleContext, kind: "rto" | "rpo"): void {
  const field = kind === "rto" ? "recoveryTime" : "dataLoss";
  const memo = memoOf(ctx.index);
  const bia = ctx.bia ? memo.biaObjectives(ctx.bia)[kind] : undefined;
  const evidence = evidenceOf(ctx);
  for (const [service, list] of evidence.byService) {
    const m = latestWith(list, field);
    if (!m) continue;
    const text = m.service[field] as string;
    const measured = memo.minutes(text);
    if (measured === undefined) continue; // the schema reports it
    const req = requirementOf(ctx, service);
    if (!req) continue; // references/resolve reports it
    // An RPO binds only a service that keeps data.
    if (kind === "rpo" && req.requirement.holdsData === false) continue;
    const objective = req.requirement.objectives?.[kind];
    const planned = objective === undefined ? undefined : memo.minutes(objective);
    const data = {
      service,
      result: m.held.result.id,
      date: isoDay(m.held.date),
      measured: text,
    };
    const path = pathOf(m, field);
    if (planned !== undefined && measured > planned) {
      ctx.report({ path, data: { ...data, objective: objective as string } });
      continue;
    }
    const need = bia?.[req.index];
    // An RTO of zero from the BIA is a chain that cannot be met: bia/rto-consistent says so.
    if (kind === "rto" && need !== undefined && need <= 0) continue;
    if (need !== undefined && measured > need)
      ctx.report({ path, messageId: "bia", data: { ...data, objective: toIsoDuration(need) } });
  }
}

/**
 * `evidence/rto-met`: a service's latest measured recovery time is within its RTO (plan's and BIA's).
 *
 * @category Rules
 */
export const rtoMet = rule({
  id: "evidence/rto-met",
  category: "evidence",
  severity: "error",
  references: EVIDENCE_REFS,
  messages: {
    "": [
      "Service '{service}' took {measured} to recover in '{result}' ({date}), longer than its RTO {objective}.",
      "サービス '{service}' は '{result}'（{date}）で復旧に{measured}かかり、目標復旧時間（RTO）{objective}を超えました。",
    ],
    bia: [
      "Service '{service}' took {measured} to recover in '{result}' ({date}), longer than the {objective} the BIA requires of it.",
      "サービス '{service}' は '{result}'（{date}）で復旧に{measured}かかり、BIA が求める{objective}を超えました。",
    ],
  },
  check: (ctx) => checkObjective(ctx, "rto"),
});

/**
 * `evidence/rpo-met`: a service's latest measured data loss is within its RPO (plan's and BIA's).
 *
 * @category Rules
 */
export const rpoMet = rule({
  id: "evidence/rpo-met",
  category: "evidence",
  severity: "error",
  references: EVIDENCE_REFS,
  messages: {
    "": [
      "Service '{service}' lost {measured} of data in '{result}' ({date}), more than its RPO {objective}.",
      "サービス '{service}' は '{result}'（{date}）で{measured}相当のデータを失い、目標復旧ポイント（RPO）{objective}を超えました。",
    ],
    bia: [
      "Service '{service}' lost {measured} of data in '{result}' ({date}), more than the {objective} the BIA requires of it.",
      "サービス '{service}' は '{result}'（{date}）で{measured}相当のデータを失い、BIA が求める{objective}を超えました。",
    ],
  },
  check: (ctx) => checkObjective(ctx, "rpo"),
});

/** Folded text of a named level, for comparing names. */
const fold = (text: string) => foldText(text);

/**
 * `evidence/rlo-met`: a service's latest level reached is not below its RLO.
 *
 * @category Rules
 */
export const rloMet = rule({
  id: "evidence/rlo-met",
  category: "evidence",
  severity: "error",
  references: EVIDENCE_REFS,
  messages: {
    "": [
      "Service '{service}' reached {level} % of normal service in '{result}' ({date}), below its RLO of {objective} %.",
      "サービス '{service}' は '{result}'（{date}）で通常の{level}%までしか回復せず、目標復旧レベル（RLO）{objective}%を下回りました。",
    ],
    named: [
      "Service '{service}' reached the level '{level}' in '{result}' ({date}), not its RLO '{objective}'; give both as percentages to compare them.",
      "サービス '{service}' は '{result}'（{date}）でレベル '{level}' に達しましたが、目標復旧レベル（RLO）'{objective}' とは異なります。比較するには両方を百分率で記載してください。",
    ],
  },
  check(ctx) {
    for (const [service, list] of evidenceOf(ctx).byService) {
      const m = latestWith(list, "levelReached");
      if (!m) continue;
      const objective = requirementOf(ctx, service)?.requirement.objectives?.rlo;
      if (objective === undefined) continue;
      const level = m.service.levelReached as number | string;
      const data = {
        service,
        result: m.held.result.id,
        date: isoDay(m.held.date),
        level,
        objective,
      };
      const path = pathOf(m, "levelReached");
      if (typeof level === "number" && typeof objective === "number") {
        if (level < objective) ctx.report({ path, data });
      } else if (typeof level === "number" || typeof objective === "number") {
        // A percentage and a name cannot be ordered: say what to write, never guess.
        ctx.report({ path, messageId: "named", severity: "info", data });
      } else if (fold(level) !== fold(objective)) {
        ctx.report({ path, messageId: "named", severity: "info", data });
      }
    }
  },
});

/**
 * `evidence/failed-retested`: a failed exercise or test is run again, and passes, within a while.
 *
 * @category Rules
 */
export const failedRetested = rule({
  id: "evidence/failed-retested",
  category: "evidence",
  severity: "warning",
  requires: "now",
  references: [REF.survey, REF.iso27001],
  options: {
    retestWithin: {
      schema: z.string(),
      default: "P3M",
      description: {
        en: "How long after a failure a passing re-run may come (ISO 8601 duration).",
        ja: "失敗から、合格した再実施までに認める期間（ISO 8601 の期間）。",
      },
    },
  },
  messages: {
    "": [
      "Service '{service}' failed in '{result}' ({date}) and has not passed a test since; a re-run was due by {due}.",
      "サービス '{service}' は '{result}'（{date}）で不合格となり、その後合格したテストがありません。{due}までに再実施すべきでした。",
    ],
    result: [
      "'{result}' ({date}) failed and no later {kind} passed; a re-run was due by {due}.",
      "'{result}'（{date}）は不合格で、その後合格した {kind} がありません。{due}までに再実施すべきでした。",
    ],
  },
  check(ctx) {
    const now = ctx.now;
    if (!now) return;
    const within = String(ctx.options.retestWithin);
    const evidence = evidenceOf(ctx);
    const dueOf = (date: Date) => {
      const { overdue, due } = isOverdue(date, within, now);
      return overdue && due ? isoDay(due) : undefined;
    };
    for (const h of evidence.held) {
      const services = h.result.services ?? [];
      if (services.length === 0) {
        if (h.result.outcome !== "fail") continue;
        // A result that names no service is re-run by a later one of the same activity (or,
        // without one, of the same kind).
        const same = (o: typeof h) =>
          h.result.activity !== undefined
            ? o.result.activity === h.result.activity
            : o.result.kind === h.result.kind;
        const rerun = evidence.held.some(
          (o) => o !== h && o.date >= h.date && same(o) && o.result.outcome === "pass",
        );
        const due = rerun ? undefined : dueOf(h.date);
        if (due)
          ctx.report({
            path: `/training/results/${h.index}/outcome`,
            messageId: "result",
            data: { result: h.result.id, date: isoDay(h.date), kind: h.result.kind, due },
          });
        continue;
      }
      services.forEach((entry, k) => {
        if ((entry.outcome ?? h.result.outcome) !== "fail") return;
        const later = evidence.byService.get(entry.service) ?? [];
        const passed = later.some(
          (m) => m.held !== h && m.held.date >= h.date && m.outcome === "pass",
        );
        const due = passed ? undefined : dueOf(h.date);
        if (due)
          ctx.report({
            path: `/training/results/${h.index}/services/${k}`,
            data: { service: entry.service, result: h.result.id, date: isoDay(h.date), due },
          });
      });
    }
  },
});

/**
 * `evidence/corrective-actions`: every issue a test found has a corrective action with an owner and a due date, done by then.
 *
 * @category Rules
 */
export const correctiveActions = rule({
  id: "evidence/corrective-actions",
  category: "evidence",
  severity: "warning",
  references: [REF.iso27001, REF.guideline],
  messages: {
    "": [
      "The corrective action for issue '{issue}' of '{result}' was due on {due} and is still {status}.",
      "'{result}' の課題 '{issue}' の是正処置は期限{due}を過ぎても {status} のままです。",
    ],
    missing: [
      "Issue '{issue}' of '{result}' has no corrective action.",
      "'{result}' の課題 '{issue}' に是正処置がありません。",
    ],
    incomplete: [
      "The corrective action for issue '{issue}' of '{result}' does not state: {missing}.",
      "'{result}' の課題 '{issue}' の是正処置に次の記載がありません: {missing}。",
    ],
  },
  check(ctx) {
    const memo = memoOf(ctx.index);
    (ctx.plan.training?.results ?? []).forEach((r, i) => {
      (r.issues ?? []).forEach((issue, k) => {
        const path = `/training/results/${i}/issues/${k}`;
        const data = { issue: issue.id, result: r.id };
        const action = issue.correctiveAction;
        if (!action) {
          ctx.report({ path, messageId: "missing", data });
          return;
        }
        const missing: string[] = [];
        if (!action.owner) missing.push("owner");
        if (!action.due) missing.push("due");
        if (missing.length > 0)
          ctx.report({
            path: `${path}/correctiveAction`,
            messageId: "incomplete",
            data: { ...data, missing: missing.join(", ") },
          });
        const status = action.status ?? "open";
        const due = memo.date(action.due);
        if (ctx.now && status !== "done" && due && due.getTime() < ctx.now.getTime())
          ctx.report({
            path: `${path}/correctiveAction/due`,
            data: { ...data, due: isoDay(due), status },
          });
      });
    });
  },
});

/**
 * `evidence/time-critical-proven`: every time-critical service passed a test within its cadence.
 *
 * @category Rules
 */
export const timeCriticalProven = rule({
  id: "evidence/time-critical-proven",
  category: "evidence",
  severity: "error",
  requires: "now",
  references: EVIDENCE_REFS,
  options: {
    maxAge: {
      schema: z.string(),
      default: DEFAULT_MAX_AGE,
      description: {
        en: "How long a passing result proves a service when the activity it belongs to states no cadence (ISO 8601 duration).",
        ja: "結果が属する活動に周期がない場合に、合格した結果がサービスを証明する期間（ISO 8601 の期間）。",
      },
    },
  },
  messages: {
    "": [
      "Time-critical service '{service}' last passed a test in '{result}' on {date}; with cadence {cadence} that proof expired on {due}.",
      "時間的に重要なサービス '{service}' が最後に合格したのは '{result}'（{date}）で、周期{cadence}ではその証明は{due}に失効しました。",
    ],
    unproven: [
      "Time-critical service '{service}' has no passing exercise or test result.",
      "時間的に重要なサービス '{service}' に合格した訓練・テストの結果がありません。",
    ],
  },
  check(ctx) {
    const now = ctx.now;
    const evidence = evidenceOf(ctx);
    // A plan that records no results is judged on its schedule (the cadence rules) only.
    if (!now || !evidence.recorded) return;
    const maxAge = String(ctx.options.maxAge);
    (ctx.plan.preIncident?.requirements ?? []).forEach((r, i) => {
      if (!r.timeCritical) return;
      // A repeated service is references/unique-ids' finding; judge its first requirement.
      if (ctx.index.services.get(r.service)?.index !== i) return;
      const list = evidence.byService.get(r.service) ?? [];
      let pass: Measurement | undefined;
      for (let k = list.length - 1; k >= 0 && !pass; k--)
        if ((list[k] as Measurement).outcome === "pass") pass = list[k];
      if (!pass) {
        ctx.report({
          path: `/preIncident/requirements/${i}`,
          messageId: "unproven",
          data: { service: r.service },
        });
        return;
      }
      const cadence = evidence.cadenceOf(pass.held.result) ?? maxAge;
      const { overdue, due } = isOverdue(pass.held.date, cadence, now);
      if (overdue && due)
        ctx.report({
          path: `/preIncident/requirements/${i}`,
          data: {
            service: r.service,
            result: pass.held.result.id,
            date: isoDay(pass.held.date),
            cadence,
            due: isoDay(due),
          },
        });
    });
  },
});

/**
 * `evidence/scenario-variety`: the exercises do not rehearse the same scenario every time.
 *
 * @category Rules
 */
export const scenarioVariety = rule({
  id: "evidence/scenario-variety",
  category: "evidence",
  severity: "warning",
  references: [REF.survey, REF.iso27031],
  options: {
    minResults: {
      schema: z.number(),
      default: 3,
      description: {
        en: "How many results that name a scenario it takes before one scenario alone is a finding.",
        ja: "シナリオを記載した結果がいくつ以上あるとき、単一のシナリオだけであることを指摘するか。",
      },
    },
  },
  messages: {
    "": [
      "All {count} exercises and tests that name a scenario rehearsed '{scenario}': vary the scenarios so the unforeseen is practised too.",
      "シナリオを記載した{count}件の訓練・テストがすべて '{scenario}' を想定しています。想定外にも備えるためシナリオを変えてください。",
    ],
  },
  check(ctx) {
    const named = evidenceOf(ctx).held.filter((h) => h.result.scenario !== undefined);
    const min = Number(ctx.options.minResults);
    if (named.length === 0 || named.length < min) return;
    const first = named[0]?.result.scenario as string;
    if (named.every((h) => h.result.scenario === first))
      ctx.report({ path: "/training/results", data: { count: named.length, scenario: first } });
  },
});

/**
 * `evidence/failback-exercised`: every service switched over in a test was also failed back in one.
 *
 * @category Rules
 */
export const failbackExercised = rule({
  id: "evidence/failback-exercised",
  category: "evidence",
  severity: "warning",
  references: [REF.survey, REF.lessons],
  messages: {
    "": [
      "Service '{service}' was switched over in '{result}' but no failback test names it: switching back to production was never exercised.",
      "サービス '{service}' は '{result}' で切り替えられましたが、それを対象とする切戻しのテストがありません。本番への切戻しが一度も訓練されていません。",
    ],
    none: [
      "'{result}' switched over, but no failback test is recorded: switching back to production was never exercised.",
      "'{result}' で切替を行いましたが、切戻しのテストの記録がありません。本番への切戻しが一度も訓練されていません。",
    ],
  },
  check(ctx) {
    const held = evidenceOf(ctx).held;
    const failedBack = new Set<string>();
    let anyFailback = false;
    for (const h of held) {
      if (h.result.kind !== "failback") continue;
      anyFailback = true;
      for (const s of h.result.services ?? []) failedBack.add(s.service);
    }
    // The latest switch-over of each service not failed back, reported once per service.
    const reported = new Set<string>();
    for (let i = held.length - 1; i >= 0; i--) {
      const h = held[i] as (typeof held)[number];
      if (h.result.kind !== "switch-over") continue;
      const services = h.result.services ?? [];
      if (services.length === 0) {
        if (!anyFailback && !reported.has("")) {
          reported.add("");
          ctx.report({
            path: `/training/results/${h.index}`,
            messageId: "none",
            data: { result: h.result.id },
          });
        }
        continue;
      }
      services.forEach((s, k) => {
        if (failedBack.has(s.service) || reported.has(s.service)) return;
        reported.add(s.service);
        ctx.report({
          path: `/training/results/${h.index}/services/${k}`,
          data: { service: s.service, result: h.result.id },
        });
      });
    }
  },
});

/**
 * `evidence/business-staff-exercised`: business staff took part in a full-scale exercise held.
 *
 * @category Rules
 */
export const businessStaffExercised = rule({
  id: "evidence/business-staff-exercised",
  category: "evidence",
  severity: "warning",
  references: [REF.guideline, REF.survey],
  messages: {
    "": [
      "No full-scale exercise recorded in the results included business staff: the plan schedules them, but they never took part.",
      "結果に記録された総合訓練（full-scale）に業務部門の要員が参加したものがありません。計画には含まれていますが、実際には参加していません。",
    ],
  },
  check(ctx) {
    const evidence = evidenceOf(ctx);
    if (!evidence.recorded) return;
    const business = new Set<string>();
    for (const a of ctx.plan.training?.audiences ?? [])
      if (a.group === "business-staff" || a.group === "all-staff") business.add(a.id);
    // Without a business audience, training/business-staff already reports the gap.
    if (business.size === 0) return;
    const took = evidence.held.some(
      (h) =>
        h.result.kind === "full-scale" &&
        (h.result.scope?.audiences ?? []).some((id) => business.has(id)),
    );
    if (!took) ctx.report({ path: "/training/results" });
  },
});
