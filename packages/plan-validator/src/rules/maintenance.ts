import { isBefore } from "date-fns/isBefore";
import { addIsoDuration, isoDay, toDate } from "../engine/dates.js";
import { filled, REF, rule } from "./build.js";

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
  },
  check(ctx) {
    const m = ctx.plan.metadata;
    let latest = toDate(m.lastReview);
    let path = "/metadata/lastReview";
    (ctx.plan.maintenance?.reviewLog ?? []).forEach((r, i) => {
      const d = toDate(r.date);
      if (d && (!latest || isBefore(latest, d))) {
        latest = d;
        path = `/maintenance/reviewLog/${i}/date`;
      }
    });
    if (!filled(m.lastReview)) ctx.report({ path: "/metadata", messageId: "missing" });
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
