import { isoDay } from "../engine/dates.js";
import { memoOf } from "../engine/memo.js";
import type { RuleContext } from "../engine/rule.js";
import { REF, rule } from "./shared/build.js";

/**
 * Every date of the plan that records something already done, with its JSON pointer and key, in document order. Approval dates are `metadata/approval`'s; due and planned
 * dates may lie ahead and are not listed.
 *
 * @category Rules
 */
export function doneDates(ctx: RuleContext): Array<{ text: string; path: string; what: string }> {
  const out: Array<{ text: string; path: string; what: string }> = [];
  const add = (text: string | undefined, path: string, what: string) => {
    if (text !== undefined) out.push({ text, path, what });
  };
  const p = ctx.plan;
  add(p.metadata.lastReview, "/metadata/lastReview", "lastReview");
  add(p.metadata.bia?.date, "/metadata/bia/date", "bia.date");
  (p.preIncident?.schedule ?? []).forEach((m, i) => {
    add(m.done, `/preIncident/schedule/${i}/done`, "done");
  });
  add(
    p.emergency?.safetyConfirmation?.lastTested,
    "/emergency/safetyConfirmation/lastTested",
    "lastTested",
  );
  (p.emergency?.externalServices ?? []).forEach((x, i) => {
    add(x.evidence?.issued, `/emergency/externalServices/${i}/evidence/issued`, "issued");
  });
  (p.training?.activities ?? []).forEach((a, i) => {
    add(a.lastDone, `/training/activities/${i}/lastDone`, "lastDone");
  });
  (p.training?.results ?? []).forEach((x, i) => {
    add(x.date, `/training/results/${i}/date`, "date");
  });
  (p.maintenance?.inspections ?? []).forEach((x, i) => {
    add(x.lastDone, `/maintenance/inspections/${i}/lastDone`, "lastDone");
  });
  (p.maintenance?.reviewLog ?? []).forEach((x, i) => {
    add(x.date, `/maintenance/reviewLog/${i}/date`, "date");
  });
  (p.exceptions ?? []).forEach((x, i) => {
    add(x.accepted, `/exceptions/${i}/accepted`, "accepted");
  });
  return out;
}

/**
 * `dates/not-in-future`: a date that records something done is not after the validation date.
 *
 * @category Rules
 */
export const notInFuture = rule({
  id: "dates/not-in-future",
  category: "dates",
  severity: "error",
  requires: "now",
  references: [REF.guideline, REF.iso27001],
  messages: {
    "": [
      "'{field}' is {date}, after the validation date {now}: a thing done cannot be dated in the future, and it satisfies no cadence.",
      "'{field}' の日付 {date} が検証日 {now} より後です。実施済みの事柄に将来の日付は付けられず、周期を満たしたことにもなりません。",
    ],
  },
  check(ctx) {
    const now = ctx.now;
    if (!now) return;
    const memo = memoOf(ctx.index);
    for (const { text, path, what } of doneDates(ctx)) {
      const d = memo.date(text);
      if (d && d.getTime() > now.getTime())
        ctx.report({ path, data: { field: what, date: text, now: isoDay(now) } });
    }
  },
});
