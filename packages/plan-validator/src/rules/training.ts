import { doneBy, isOverdue, isoDay } from "../engine/dates.js";
import { memoOf } from "../engine/memo.js";
import type { RuleContext } from "../engine/rule.js";
import type { ContinuityPlan } from "../schema/plan.js";
import { REF, rule } from "./build.js";

type Activity = NonNullable<NonNullable<ContinuityPlan["training"]>["activities"]>[number];
type Kind = Activity["kind"];

/** Default cadence when an activity states none: once a year. */
const DEFAULT_CADENCE = "P1Y";

/**
 * Shared check for "an activity of these kinds exists and was done within its cadence".
 * Reports `missing` (none planned), `never` (planned, never done) or the rule id (overdue).
 */
function checkCadence(ctx: RuleContext, kinds: readonly Kind[]): void {
  const activities = ctx.plan.training?.activities ?? [];
  const memo = memoOf(ctx.index);
  let found = false;
  activities.forEach((a, i) => {
    if (!kinds.includes(a.kind)) return;
    found = true;
    if (!ctx.now) return;
    // A future date is no evidence: the activity counts as never done (dates/not-in-future).
    const last = doneBy(memo.date(a.lastDone), ctx.now);
    if (!last) {
      ctx.report({
        path: `/training/activities/${i}`,
        messageId: "never",
        data: { activity: a.id },
      });
      return;
    }
    const cadence = a.cadence ?? DEFAULT_CADENCE;
    const { overdue, due } = isOverdue(last, cadence, ctx.now);
    if (overdue && due) {
      ctx.report({
        path: `/training/activities/${i}/lastDone`,
        data: { activity: a.id, last: isoDay(last), cadence, due: isoDay(due) },
      });
    }
  });
  if (!found)
    ctx.report({
      path: ctx.plan.training?.activities
        ? "/training/activities"
        : ctx.plan.training
          ? "/training"
          : "",
      messageId: "missing",
    });
}

const cadenceMessages = (what: [string, string]) => ({
  "": [
    `${what[0]} '{activity}' was last done on {last}; with cadence {cadence} it was due by {due}.`,
    `${what[1]} '{activity}' の最終実施は {last} で、周期 {cadence} では {due} までに実施すべきでした。`,
  ] as [string, string],
  never: [
    `${what[0]} '{activity}' has never been done.`,
    `${what[1]} '{activity}' が一度も実施されていません。`,
  ] as [string, string],
  missing: [
    `The training plan has no ${what[0].toLowerCase()}.`,
    `教育訓練計画に${what[1]}がありません。`,
  ] as [string, string],
});

/** `training/failover-test-cadence`: failover tests are done within their cadence. */
export const failoverTestCadence = rule({
  id: "training/failover-test-cadence",
  category: "training",
  severity: "error",
  references: [REF.survey, REF.guideline],
  messages: cadenceMessages(["Failover test", "切替テスト"]),
  check: (ctx) => checkCadence(ctx, ["failover-test"]),
});

/** `training/exercise-cadence`: comprehensive exercises with business staff are done within their cadence. */
export const exerciseCadence = rule({
  id: "training/exercise-cadence",
  category: "training",
  severity: "warning",
  references: [REF.survey, REF.guideline],
  messages: cadenceMessages(["Comprehensive exercise", "総合訓練"]),
  check: (ctx) => checkCadence(ctx, ["comprehensive-exercise"]),
});

/** `backup/restore-tested`: backups are restored in a test within the cadence. */
export const restoreTested = rule({
  id: "backup/restore-tested",
  category: "backup",
  severity: "error",
  references: [REF.survey],
  messages: cadenceMessages(["Backup restore test", "復元テスト"]),
  check: (ctx) => checkCadence(ctx, ["backup-restore-test"]),
});

/** `training/business-staff`: business staff are trained and take part in exercises. */
export const businessStaff = rule({
  id: "training/business-staff",
  category: "training",
  severity: "warning",
  references: [REF.guideline, "METI survey on security practice (2010)"],
  messages: {
    "": [
      "No training audience covers business staff.",
      "訓練の対象者に業務部門の要員が含まれていません。",
    ],
    exercise: [
      "No comprehensive exercise includes business staff.",
      "業務部門の要員が参加する総合訓練がありません。",
    ],
  },
  check(ctx) {
    const business = new Set<string>();
    for (const a of ctx.plan.training?.audiences ?? [])
      if (a.group === "business-staff" || a.group === "all-staff") business.add(a.id);
    if (!ctx.plan.training?.audiences) return; // training/required-items reports it
    if (business.size === 0) {
      ctx.report({ path: "/training/audiences" });
      return;
    }
    const included = (ctx.plan.training.activities ?? []).some(
      (a) =>
        a.kind === "comprehensive-exercise" && (a.audiences ?? []).some((id) => business.has(id)),
    );
    if (!included) ctx.report({ path: "/training/activities", messageId: "exercise" });
  },
});

/** `training/switch-over-per-service`: each service with a redundancy or alternate site has a switch-over test of its own. */
export const switchOverPerService = rule({
  id: "training/switch-over-per-service",
  category: "training",
  severity: "error",
  references: [REF.survey, REF.guideline],
  messages: {
    "": [
      "Service '{service}' has a switch-over measure '{measure}' but no failover test names it or the measure.",
      "サービス '{service}' には切替の対策 '{measure}' がありますが、それ（または対策）を対象とする切替テストがありません。",
    ],
  },
  check(ctx) {
    // Whether each naming test was done within its cadence is training/failover-test-cadence's
    // finding (it judges every failover test); this rule asks that one exists per service.
    const tests = (ctx.plan.training?.activities ?? []).filter((a) => a.kind === "failover-test");
    const measures = ctx.plan.preIncident?.measures ?? [];
    measures.forEach((m, i) => {
      if (m.kind !== "redundancy" && m.kind !== "alternate-site") return;
      (m.services ?? []).forEach((service, k) => {
        const named = tests.some(
          (t) => (t.services ?? []).includes(service) || (t.measures ?? []).includes(m.id),
        );
        if (!named)
          ctx.report({
            path: `/preIncident/measures/${i}/services/${k}`,
            data: { service, measure: m.id },
          });
      });
    });
  },
});
