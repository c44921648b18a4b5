import { doneBy, isOverdue, isoDay } from "../../engine/dates.js";
import { memoOf } from "../../engine/memo.js";
import type { RuleContext } from "../../engine/rule.js";
import type { ContinuityPlan } from "../../schema/plan.js";

type Activity = NonNullable<NonNullable<ContinuityPlan["training"]>["activities"]>[number];

type Kind = Activity["kind"];

/** Default cadence when an activity states none: once a year. */
const DEFAULT_CADENCE = "P1Y";

/**
 * Shared check for "an activity of these kinds exists and was done within its cadence".
 * Reports `missing` (none planned), `never` (planned, never done) or the rule id (overdue).
 *
 * @category Rules
 */
export function checkCadence(ctx: RuleContext, kinds: readonly Kind[]): void {
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

export const cadenceMessages = (what: [string, string]) => ({
  "": [
    `${what[0]} '{activity}' was last done on {last}; with cadence {cadence} it was due by {due}.`,
    `${what[1]} '{activity}' の最終実施は{last}で、周期{cadence}では{due}までに実施すべきでした。`,
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
