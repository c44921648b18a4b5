import { isBefore } from "date-fns/isBefore";
import { addIsoDuration, isoDay, toDate } from "../engine/dates.js";
import { memoOf } from "../engine/memo.js";
import type { RuleContext } from "../engine/rule.js";
import { filled, nonEmpty, REF, rule } from "./build.js";

/** `process/detection-phase`: the emergency process starts with detection (ISO/IEC 27031). */
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

/** `process/failback-defined`: switching back to production is defined. */
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

/** `process/activation-rto-criterion`: activation criteria include "outage expected to exceed RTO". */
export const activationRtoCriterion = rule({
  id: "process/activation-rto-criterion",
  category: "process",
  severity: "warning",
  references: [REF.nist],
  messages: {
    "": [
      "No activation criterion covers an outage expected to exceed the RTO.",
      "停止が RTO を超える見込みの場合の発動基準がありません。",
    ],
  },
  check(ctx) {
    const criteria = ctx.plan.emergency?.process?.activation?.criteria;
    if (!nonEmpty(criteria)) return;
    if (!criteria.some((c) => c.kind === "outage-exceeds-rto"))
      ctx.report({ path: "/emergency/process/activation/criteria" });
  },
});

/** `process/escalation-triggers`: escalation triggers and targets are defined. */
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

/** Distinct networks among communications means (by id). */
function networks(ctx: RuleContext, ids: readonly string[]): Set<string> {
  const out = new Set<string>();
  const comms = ctx.plan.emergency?.communications ?? [];
  for (const id of ids) {
    const at = ctx.index.communications.get(id);
    const m = at ? comms[at.index] : undefined;
    if (m) out.add(m.network);
  }
  return out;
}

/** `communications/independent-means`: at least two means on independent networks. */
export const independentMeans = rule({
  id: "communications/independent-means",
  category: "communications",
  severity: "error",
  references: [REF.survey, REF.lessons],
  messages: {
    "": [
      "The communications means use {count} independent network(s); at least two are needed.",
      "連絡手段の独立した通信網が {count} 系統しかありません。二系統以上が必要です。",
    ],
  },
  check(ctx) {
    const comms = ctx.plan.emergency?.communications;
    if (!nonEmpty(comms)) return;
    const n = networks(
      ctx,
      comms.map((c) => c.id),
    ).size;
    if (n < 2) ctx.report({ path: "/emergency/communications", data: { count: n } });
  },
});

/** `communications/activation-redundant`: activation does not depend on one means. */
export const activationRedundant = rule({
  id: "communications/activation-redundant",
  category: "communications",
  severity: "error",
  references: [REF.survey],
  messages: {
    "": [
      "Activation is notified through {count} independent network(s) only; a single outage would stop it.",
      "発動の連絡が {count} 系統の通信網にしか依存していません。一つの途絶で止まります。",
    ],
  },
  check(ctx) {
    const act = ctx.plan.emergency?.process?.activation;
    if (!act) return;
    const n = networks(ctx, act.notifyVia ?? []).size;
    if (n < 2)
      ctx.report({
        path: act.notifyVia
          ? "/emergency/process/activation/notifyVia"
          : "/emergency/process/activation",
        data: { count: n },
      });
  },
});

/** `people/role-successor`: every emergency role has a successor. */
export const roleSuccessor = rule({
  id: "people/role-successor",
  category: "people",
  severity: "warning",
  references: [REF.survey],
  messages: {
    "": [
      "Role '{role}' has an emergency duty but no successor.",
      "役割 '{role}' には緊急時の任務がありますが、後継者がいません。",
    ],
  },
  check(ctx) {
    const seen = new Set<string>();
    for (const team of ctx.plan.emergency?.organisation?.teams ?? []) {
      for (const id of [team.lead, ...(team.members ?? [])]) {
        if (id === undefined || seen.has(id)) continue;
        seen.add(id);
        const at = ctx.index.roles.get(id);
        const role = at ? ctx.plan.roles?.[at.index] : undefined;
        if (at && role && !nonEmpty(role.successors))
          ctx.report({ path: at.path, data: { role: id } });
      }
    }
  },
});

/** `people/activation-successor`: the activation authority has a successor. */
export const activationSuccessor = rule({
  id: "people/activation-successor",
  category: "people",
  severity: "error",
  references: [REF.survey, REF.nist],
  messages: {
    "": [
      "The activation authority '{role}' has no successor.",
      "発動権限者 '{role}' に後継者がいません。",
    ],
  },
  check(ctx) {
    const id = ctx.plan.emergency?.organisation?.activationAuthority;
    if (id === undefined) return;
    const at = ctx.index.roles.get(id);
    const role = at ? ctx.plan.roles?.[at.index] : undefined;
    if (role && !nonEmpty(role.successors))
      ctx.report({
        path: "/emergency/organisation/activationAuthority",
        data: { role: id },
        related: [{ path: `${at?.path}/successors` }],
      });
  },
});

/** `people/safety-confirmation`: a safety confirmation (安否確認) method is defined and tested. */
export const safetyConfirmation = rule({
  id: "people/safety-confirmation",
  category: "people",
  severity: "warning",
  references: [REF.lessons, REF.survey],
  messages: {
    "": ["No safety-confirmation method is defined.", "安否確認の方法が定められていません。"],
    untested: [
      "The safety-confirmation method has not been tested since {since}.",
      "安否確認の方法が {since} 以降テストされていません。",
    ],
    never: [
      "The safety-confirmation method has never been tested.",
      "安否確認の方法が一度もテストされていません。",
    ],
  },
  check(ctx) {
    const sc = ctx.plan.emergency?.safetyConfirmation;
    if (!sc || (!filled(sc.method) && !filled(sc.service))) {
      ctx.report({
        path: sc ? "/emergency/safetyConfirmation" : ctx.plan.emergency ? "/emergency" : "",
      });
      return;
    }
    if (!ctx.now) return;
    const last = toDate(sc.lastTested);
    if (!last) {
      ctx.report({ path: "/emergency/safetyConfirmation", messageId: "never" });
      return;
    }
    const due = addIsoDuration(last, "P1Y");
    if (due && isBefore(due, ctx.now))
      ctx.report({
        path: "/emergency/safetyConfirmation/lastTested",
        messageId: "untested",
        data: { since: isoDay(last) },
      });
  },
});

/** `emergency/plan-copies-offline`: a copy of the plan is reachable when systems are down. */
export const planCopiesOffline = rule({
  id: "emergency/plan-copies-offline",
  category: "emergency",
  severity: "error",
  references: [REF.nist, REF.survey],
  messages: {
    "": [
      "No copy of the plan is kept where it can be read when systems are down.",
      "システム停止時に読める場所に計画の写しがありません。",
    ],
  },
  check(ctx) {
    const copies = ctx.plan.emergency?.planCopies;
    if (
      nonEmpty(copies) &&
      copies.some(
        (c) =>
          c.medium === "paper" || c.medium === "offline-media" || c.medium === "external-service",
      )
    )
      return;
    ctx.report({ path: copies ? "/emergency/planCopies" : ctx.plan.emergency ? "/emergency" : "" });
  },
});

/** `security/emergency-cia-balance`: the emergency security level is a documented CIA balance. */
export const emergencyCiaBalance = rule({
  id: "security/emergency-cia-balance",
  category: "security",
  severity: "warning",
  references: [REF.lessons],
  messages: {
    "": [
      "The emergency security level does not state: {missing}.",
      "緊急時のセキュリティレベルに次の記載がありません: {missing}。",
    ],
  },
  check(ctx) {
    const sl = ctx.plan.emergency?.securityLevel;
    const missing: string[] = [];
    for (const k of ["confidentiality", "integrity", "availability"] as const)
      if (!sl?.[k]) missing.push(k);
    if (!filled(sl?.rationale)) missing.push("rationale");
    if (missing.length > 0)
      ctx.report({
        path: sl ? "/emergency/securityLevel" : ctx.plan.emergency ? "/emergency" : "",
        data: { missing: missing.join(", ") },
      });
  },
});

/** `external/provider-evidence`: external services come with their provider's continuity evidence. */
export const providerEvidence = rule({
  id: "external/provider-evidence",
  category: "external",
  severity: "warning",
  references: [REF.lessons, "METI cloud security management guideline (2011)"],
  messages: {
    "": [
      "External provider '{provider}' has no continuity evidence.",
      "外部事業者 '{provider}' の継続性の証跡がありません。",
    ],
    unlisted: [
      "Service '{service}' is hosted by '{provider}', which is not listed among the external services.",
      "サービス '{service}' は '{provider}' が提供していますが、外部サービスに記載されていません。",
    ],
  },
  check(ctx) {
    const listed = new Set<string>();
    (ctx.plan.emergency?.externalServices ?? []).forEach((x, i) => {
      listed.add(x.provider);
      if (!x.evidence)
        ctx.report({ path: `/emergency/externalServices/${i}`, data: { provider: x.provider } });
    });
    const requirements = ctx.plan.preIncident?.requirements ?? [];
    for (let i = 0; i < requirements.length; i++) {
      const r = requirements[i] as (typeof requirements)[number];
      const h = r.hosting;
      if (h && h.type !== "on-premises" && h.provider && !listed.has(h.provider)) {
        ctx.report({
          path: `/preIncident/requirements/${i}/hosting/provider`,
          messageId: "unlisted",
          data: { service: r.service, provider: h.provider },
        });
      }
    }
  },
});

/** `external/evidence-current`: provider evidence has not expired. */
export const evidenceCurrent = rule({
  id: "external/evidence-current",
  category: "external",
  severity: "error",
  requires: "now",
  references: ["METI cloud security management guideline (2011)", REF.iso27002],
  messages: {
    "": [
      "The evidence of '{provider}' expired on {expires}.",
      "'{provider}' の証跡は {expires} に期限切れになっています。",
    ],
  },
  check(ctx) {
    const now = ctx.now;
    if (!now) return;
    const memo = memoOf(ctx.index);
    (ctx.plan.emergency?.externalServices ?? []).forEach((x, i) => {
      const exp = memo.date(x.evidence?.expires);
      if (exp && isBefore(exp, now)) {
        ctx.report({
          path: `/emergency/externalServices/${i}/evidence/expires`,
          data: { provider: x.provider, expires: isoDay(exp) },
        });
      }
    });
  },
});

/** `procedures/ordered-steps`: every procedure has ordered steps with owners. */
export const orderedSteps = rule({
  id: "procedures/ordered-steps",
  category: "procedures",
  severity: "error",
  references: [REF.guideline, REF.nist],
  messages: {
    "": ["Procedure '{procedure}' has no steps.", "手順 '{procedure}' にステップがありません。"],
    owner: [
      "Step {step} of procedure '{procedure}' names nobody to carry it out.",
      "手順 '{procedure}' のステップ {step} に実施者がいません。",
    ],
  },
  check(ctx) {
    const procedures = ctx.plan.emergency?.procedures ?? [];
    for (let i = 0; i < procedures.length; i++) {
      const p = procedures[i] as (typeof procedures)[number];
      if (!nonEmpty(p.steps)) {
        ctx.report({ path: `/emergency/procedures/${i}`, data: { procedure: p.id } });
        continue;
      }
      for (let j = 0; j < p.steps.length; j++) {
        if (!p.steps[j]?.owner)
          ctx.report({
            path: `/emergency/procedures/${i}/steps/${j}`,
            messageId: "owner",
            data: { procedure: p.id, step: j + 1 },
          });
      }
    }
  },
});
