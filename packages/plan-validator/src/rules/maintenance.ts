import { isBefore } from "date-fns/isBefore";
import { addIsoDuration, doneBy, isoDay, toDate } from "../engine/dates.js";
import { filled, REF, rule } from "./shared/build.js";
import { requiredItems } from "./shared/required-items.js";

/** `maintenance/review-within-12-months`: the plan was reviewed within the last 12 months. */
export const reviewWithin12Months = rule({
  id: "maintenance/review-within-12-months",
  category: "maintenance",
  severity: "error",
  references: [REF.guideline, REF.nist, REF.iso27001],
  messages: {
    "": [
      "The plan was last reviewed on {last}; a review was due by {due}.",
      "計画の最終見直しは {last} で、{due} までに見直すべきでした。",
    ],
    missing: [
      "The plan does not state when it was last reviewed.",
      "計画の最終見直し日が記載されていません。",
    ],
    "none-past": [
      "No review of the plan is dated on or before {now}.",
      "{now} 以前の日付の計画見直しの記録がありません。",
    ],
  },
  check(ctx) {
    const m = ctx.plan.metadata;
    // Only reviews on or before now count (a future date is dates/not-in-future's finding).
    let latest = doneBy(toDate(m.lastReview), ctx.now);
    let path = "/metadata/lastReview";
    (ctx.plan.maintenance?.reviewLog ?? []).forEach((r, i) => {
      const d = doneBy(toDate(r.date), ctx.now);
      if (d && (!latest || isBefore(latest, d))) {
        latest = d;
        path = `/maintenance/reviewLog/${i}/date`;
      }
    });
    if (!filled(m.lastReview)) ctx.report({ path: "/metadata", messageId: "missing" });
    else if (!latest && ctx.now)
      ctx.report({
        path: "/metadata/lastReview",
        messageId: "none-past",
        data: { now: isoDay(ctx.now) },
      });
    if (!latest || !ctx.now) return;
    const due = addIsoDuration(latest, "P1Y");
    if (due && isBefore(due, ctx.now))
      ctx.report({ path, data: { last: isoDay(latest), due: isoDay(due) } });
  },
});

/** `maintenance/inspection-defined`: each inspection says when and who. */
export const inspectionDefined = rule({
  id: "maintenance/inspection-defined",
  category: "maintenance",
  severity: "warning",
  references: [REF.guideline, "METI survey on security practice (2010)"],
  messages: {
    "": [
      "Inspection '{item}' does not state: {missing}.",
      "点検項目 '{item}' に次の記載がありません: {missing}。",
    ],
  },
  check(ctx) {
    (ctx.plan.maintenance?.inspections ?? []).forEach((x, i) => {
      const missing: string[] = [];
      if (!x.timing) missing.push("timing");
      if (!x.owner) missing.push("owner");
      if (missing.length > 0)
        ctx.report({
          path: `/maintenance/inspections/${i}`,
          data: { item: x.item, missing: missing.join(", ") },
        });
    });
  },
});

/** `maintenance/required-items`. */
export const maintenanceRequiredItems = requiredItems("maintenance/required-items");
