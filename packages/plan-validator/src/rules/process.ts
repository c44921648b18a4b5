import { filled, nonEmpty, REF, rule } from "./shared/build.js";

/**
 * `process/detection-phase`: the emergency process starts with detection (ISO/IEC 27031).
 *
 * @category Rules
 */
export const detectionPhase = rule({
  id: "process/detection-phase",
  category: "process",
  severity: "warning",
  references: [REF.iso27031, REF.lessons],
  messages: {
    "": [
      "The emergency process has no detection phase.",
      "緊急時のプロセスに検知のフェーズがありません。",
    ],
  },
  check(ctx) {
    const phases = ctx.plan.emergency?.process?.phases;
    if (!nonEmpty(phases)) return; // emergency/required-items reports the missing process
    if (!phases.some((p) => p.phase === "detection"))
      ctx.report({ path: "/emergency/process/phases" });
  },
});

/**
 * `process/failback-defined`: switching back to production is defined.
 *
 * @category Rules
 */
export const failbackDefined = rule({
  id: "process/failback-defined",
  category: "process",
  severity: "error",
  references: [REF.survey, REF.nist],
  messages: {
    "": [
      "The emergency process has no failback phase.",
      "緊急時のプロセスに切戻しのフェーズがありません。",
    ],
    procedure: [
      "Procedure '{procedure}' does not say how to switch back to production.",
      "手順 '{procedure}' に本番への切戻し方法が記載されていません。",
    ],
  },
  check(ctx) {
    const phases = ctx.plan.emergency?.process?.phases;
    if (nonEmpty(phases) && !phases.some((p) => p.phase === "failback"))
      ctx.report({ path: "/emergency/process/phases" });
    const procedures = ctx.plan.emergency?.procedures ?? [];
    for (let i = 0; i < procedures.length; i++) {
      const p = procedures[i] as (typeof procedures)[number];
      if (!filled(p.failback))
        ctx.report({
          path: `/emergency/procedures/${i}`,
          messageId: "procedure",
          data: { procedure: p.id },
        });
    }
  },
});

/**
 * `process/activation-rto-criterion`: activation criteria include "outage expected to exceed RTO".
 *
 * @category Rules
 */
export const activationRtoCriterion = rule({
  id: "process/activation-rto-criterion",
  category: "process",
  severity: "warning",
  references: [REF.nist],
  messages: {
    "": [
      "No activation criterion covers an outage expected to exceed the RTO.",
      "停止が目標復旧時間（RTO）を超える見込みの場合の発動基準がありません。",
    ],
  },
  check(ctx) {
    const criteria = ctx.plan.emergency?.process?.activation?.criteria;
    if (!nonEmpty(criteria)) return;
    if (!criteria.some((c) => c.kind === "outage-exceeds-rto"))
      ctx.report({ path: "/emergency/process/activation/criteria" });
  },
});

/**
 * `process/escalation-triggers`: escalation triggers and targets are defined.
 *
 * @category Rules
 */
export const escalationTriggers = rule({
  id: "process/escalation-triggers",
  category: "process",
  severity: "warning",
  references: [REF.survey, REF.iso27031],
  messages: {
    "": [
      "The emergency process defines no escalation triggers.",
      "緊急時のプロセスにエスカレーションの契機が定義されていません。",
    ],
  },
  check(ctx) {
    if (!nonEmpty(ctx.plan.emergency?.process?.escalation))
      ctx.report({
        path: ctx.plan.emergency?.process
          ? "/emergency/process"
          : ctx.plan.emergency
            ? "/emergency"
            : "",
      });
  },
});
