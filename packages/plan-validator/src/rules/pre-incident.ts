import { isBefore } from "date-fns/isBefore";
import { doneBy, isoDay } from "../engine/dates.js";
import { memoOf } from "../engine/memo.js";
import { REF, rule } from "./shared/build.js";
import { requiredItems } from "./shared/required-items.js";

/**
 * `pre-incident/schedule-overdue`: milestones past their due date are done.
 *
 * @category Rules
 */
export const scheduleOverdue = rule({
  id: "pre-incident/schedule-overdue",
  category: "pre-incident",
  severity: "warning",
  requires: "now",
  references: [REF.guideline],
  messages: {
    "": [
      "Milestone '{milestone}' was due on {due} and is not done.",
      "マイルストーン '{milestone}' の期限{due}を過ぎていますが、完了していません。",
    ],
  },
  check(ctx) {
    const now = ctx.now;
    if (!now) return;
    const memo = memoOf(ctx.index);
    (ctx.plan.preIncident?.schedule ?? []).forEach((m, i) => {
      const due = memo.date(m.due);
      // A completion dated after now has not happened yet (dates/not-in-future reports it).
      const done = m.done !== undefined && doneBy(memo.date(m.done), now) !== undefined;
      if (!done && due && isBefore(due, now)) {
        ctx.report({
          path: `/preIncident/schedule/${i}`,
          data: { milestone: m.milestone, due: isoDay(due) },
        });
      }
    });
  },
});

/**
 * `pre-incident/investment-stated`: every measure has its investment.
 *
 * @category Rules
 */
export const investmentStated = rule({
  id: "pre-incident/investment-stated",
  category: "pre-incident",
  severity: "warning",
  references: [REF.guideline],
  messages: {
    "": [
      "Measure '{measure}' has no investment item.",
      "対策 '{measure}' に投資項目がありません。",
    ],
  },
  check(ctx) {
    const funded = new Set<string>();
    for (const inv of ctx.plan.preIncident?.investment ?? [])
      if (inv.measure) funded.add(inv.measure);
    const measures = ctx.plan.preIncident?.measures ?? [];
    for (let i = 0; i < measures.length; i++) {
      const m = measures[i] as (typeof measures)[number];
      if (!funded.has(m.id))
        ctx.report({ path: `/preIncident/measures/${i}`, data: { measure: m.id } });
    }
  },
});

/**
 * `pre-incident/required-items`.
 *
 * @category Rules
 */
export const preIncidentRequiredItems = requiredItems("pre-incident/required-items");
