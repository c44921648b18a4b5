import { toIsoDuration } from "@mamori/core";
import { keepsData } from "../engine/holds-data.js";
import { memoOf } from "../engine/memo.js";
import { REF, rule } from "./shared/build.js";

/**
 * The names of a recovery objective in messages and docs: `RTO`, and its Japanese term.
 *
 * @category Rules
 */
export function objectiveNames(kind: "rto" | "rpo"): { upper: string; ja: string } {
  return {
    upper: kind.toUpperCase(),
    ja: kind === "rto" ? "目標復旧時間（RTO）" : "目標復旧ポイント（RPO）",
  };
}

function objectiveRule(kind: "rto" | "rpo") {
  const { upper, ja } = objectiveNames(kind);
  return rule({
    id: `bia/${kind}-consistent`,
    category: "cross-check",
    severity: "error",
    requires: "bia",
    references: [REF.guideline, REF.iso27031],
    messages: {
      "": [
        `The plan's ${upper} for '{service}' is {plan}, longer than the {bia} the BIA requires.`,
        `'{service}' の計画上の${ja}は{plan}で、BIA が求める{bia}より長いです。`,
      ],
      missing: [
        `The BIA requires an ${upper} of {bia} for '{service}', but the plan states none.`,
        `BIA は '{service}' に${ja}として{bia}を求めていますが、計画に記載がありません。`,
      ],
      ...(kind === "rto"
        ? {
            infeasible: [
              `No ${upper} for '{service}' can meet the BIA: a process that depends on it has less tolerable downtime than its own work recovery takes, so the chain cannot be met as planned (see the BIA's bia/wrt-exceeds-mtpd).`,
              `'{service}' にどの${ja}を設定しても BIA を満たせません。これに依存する業務の最大許容停止時間（MTPD）が、その業務自体の復旧作業時間より短いため、この依存の連鎖は計画どおりには満たせません（BIA の bia/wrt-exceeds-mtpd を参照）。`,
            ] as const,
          }
        : {}),
    },
    check(ctx) {
      const memo = memoOf(ctx.index);
      const needs = memo.biaObjectives(ctx.bia)[kind];
      const services = ctx.index.services;
      const requirements = ctx.plan.preIncident?.requirements ?? [];
      // With no service repeated, requirement i is the first of its service: no look-up.
      const distinct = services.size === requirements.length;
      for (let i = 0; i < requirements.length; i++) {
        const r = requirements[i] as (typeof requirements)[number];
        const need = distinct ? needs[i] : needs[services.get(r.service)?.index ?? -1];
        if (need === undefined) continue;
        // An RPO applies only to what holds data: a line or a load balancer has none to lose.
        if (kind === "rpo" && !keepsData(ctx, r.service)) continue;
        // A required RTO of zero is what the BIA gives a chain that cannot be met: it is not
        // a target of "no time at all" to compare with.
        if (kind === "rto" && need <= 0) {
          ctx.report({
            path: `/preIncident/requirements/${i}`,
            messageId: "infeasible",
            data: { service: r.service },
          });
          continue;
        }
        const text = r.objectives?.[kind];
        const planned = text === undefined ? undefined : memo.minutes(text);
        if (planned === undefined) {
          ctx.report({
            path: `/preIncident/requirements/${i}`,
            messageId: "missing",
            data: { service: r.service, bia: toIsoDuration(need) },
          });
        } else if (planned > need) {
          ctx.report({
            path: `/preIncident/requirements/${i}/objectives/${kind}`,
            data: { service: r.service, plan: toIsoDuration(planned), bia: toIsoDuration(need) },
          });
        }
      }
    },
  });
}

/**
 * `bia/rto-consistent`.
 *
 * @category Rules
 */
export const rtoConsistent = objectiveRule("rto");

/**
 * `bia/rpo-consistent`.
 *
 * @category Rules
 */
export const rpoConsistent = objectiveRule("rpo");
