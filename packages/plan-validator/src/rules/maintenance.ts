import { isBefore } from "date-fns/isBefore";
import * as z from "zod/mini";
import { addIsoDuration, doneBy, isoDay, toDate } from "../engine/dates.js";
import { filled, REF, rule } from "./shared/build.js";
import { requiredItems } from "./shared/required-items.js";

const POSITIVE_DURATION = "it must be an ISO 8601 duration longer than zero, such as P1Y or P6M";

/**
 * A duration option: an ISO 8601 duration longer than zero (`P1Y`, `P6M`, `P90D`).
 *
 * @category Rules
 */
export const positiveDuration = z.iso.duration({ error: POSITIVE_DURATION }).check(
  z.refine((text) => {
    const later = addIsoDuration(EPOCH, text);
    return later !== undefined && later.getTime() > EPOCH.getTime();
  }, POSITIVE_DURATION),
);

const EPOCH = new Date(0);

/**
 * `maintenance/review-interval`: the plan was reviewed within the interval (`within`, a year by default).
 *
 * @category Rules
 */
export const reviewInterval = rule({
  id: "maintenance/review-interval",
  category: "maintenance",
  severity: "error",
  references: [REF.guideline, REF.nist, REF.iso27001],
  options: {
    within: {
      schema: positiveDuration,
      default: "P1Y",
      description: {
        en: "How long after the last review the next one is due (ISO 8601 duration longer than zero).",
        ja: "最終見直しから次の見直しまでの期限（ゼロより長い ISO 8601 の期間）。",
      },
    },
  },
  messages: {
    "": [
      "The plan was last reviewed on {last}; a review was due by {due}.",
      "計画の最終見直しは{last}で、{due}までに見直すべきでした。",
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
    const due = addIsoDuration(latest, ctx.options.within as string);
    if (due && isBefore(due, ctx.now))
      ctx.report({ path, data: { last: isoDay(latest), due: isoDay(due) } });
  },
});

/**
 * `maintenance/review-within-12-months`, the id of `maintenance/review-interval` until 0.2: a
 * deprecated alias (a setting or an exception naming it applies to the new rule, with a
 * `config/deprecated-rule` warning); it never runs itself.
 *
 * @category Rules
 */
export const reviewWithin12Months = rule({
  id: "maintenance/review-within-12-months",
  category: "maintenance",
  severity: "error",
  references: [REF.guideline],
  deprecated: { replacedBy: "maintenance/review-interval" },
  messages: {
    "": [
      "Renamed 'maintenance/review-interval' (option 'within', default P1Y).",
      "'maintenance/review-interval' に名前が変わりました（オプション 'within'、既定値 P1Y）。",
    ],
  },
  check() {},
});

/**
 * `maintenance/inspection-defined`: each inspection says when and who.
 *
 * @category Rules
 */
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

/**
 * `maintenance/required-items`.
 *
 * @category Rules
 */
export const maintenanceRequiredItems = requiredItems("maintenance/required-items");
