import { REF, rule } from "./shared/build.js";
import { cadenceMessages, checkCadence } from "./shared/cadence.js";
import { requiredItems } from "./shared/required-items.js";

/**
 * `training/required-items`.
 *
 * @category Rules
 */
export const trainingRequiredItems = requiredItems("training/required-items");

/**
 * `training/failover-test-cadence`: failover tests are done within their cadence.
 *
 * @category Rules
 */
export const failoverTestCadence = rule({
  id: "training/failover-test-cadence",
  category: "training",
  severity: "error",
  references: [REF.survey, REF.guideline],
  messages: cadenceMessages(["Failover test", "切替テスト"]),
  check: (ctx) => checkCadence(ctx, ["failover-test"]),
});

/**
 * `training/exercise-cadence`: comprehensive exercises with business staff are done within their cadence.
 *
 * @category Rules
 */
export const exerciseCadence = rule({
  id: "training/exercise-cadence",
  category: "training",
  severity: "warning",
  references: [REF.survey, REF.guideline],
  messages: cadenceMessages(["Comprehensive exercise", "総合訓練"]),
  check: (ctx) => checkCadence(ctx, ["comprehensive-exercise"]),
});

/**
 * `training/business-staff`: business staff are trained and take part in exercises.
 *
 * @category Rules
 */
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

/**
 * `training/switch-over-per-service`: each service with a redundancy or alternate site has a switch-over test of its own.
 *
 * @category Rules
 */
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
    // What the failover tests name, indexed once: a lookup per measure's service, not a scan
    // of every test (linear in the plan, not measures × services × tests).
    const testedServices = new Set<string>();
    const testedMeasures = new Set<string>();
    for (const a of ctx.plan.training?.activities ?? []) {
      if (a.kind !== "failover-test") continue;
      for (const s of a.services ?? []) testedServices.add(s);
      for (const m of a.measures ?? []) testedMeasures.add(m);
    }
    const measures = ctx.plan.preIncident?.measures ?? [];
    measures.forEach((m, i) => {
      if (m.kind !== "redundancy" && m.kind !== "alternate-site") return;
      const measureTested = testedMeasures.has(m.id);
      (m.services ?? []).forEach((service, k) => {
        const named = measureTested || testedServices.has(service);
        if (!named)
          ctx.report({
            path: `/preIncident/measures/${i}/services/${k}`,
            data: { service, measure: m.id },
          });
      });
    });
  },
});
