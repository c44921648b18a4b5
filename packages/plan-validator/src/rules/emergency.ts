import { isBefore } from "date-fns/isBefore";
import { addIsoDuration, isoDay, toDate } from "../engine/dates.js";
import type { RuleContext } from "../engine/rule.js";
import { filled, nonEmpty, REF, rule } from "./build.js";

/** `process/detection-phase`: the emergency process starts with detection (ISO/IEC 27031). */
export const detectionPhase = rule({
  id: "process/detection-phase",
  category: "process",
  severity: "warning",
  description: [
    "The emergency process has a Detection phase.",
    "緊急時のプロセスに「検知」のフェーズがある。",
  ],
  rationale: [
    "The 2012 revision aligns with ISO/IEC 27031, which adds Detection before activation: an incident that is not detected is never escalated.",
    "2012年改訂は ISO/IEC 27031 に合わせ、発動の前に「検知」を加えた。検知されないインシデントはエスカレーションされない。",
  ],
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
  description: [
    "The emergency process has a failback (切戻し) phase, and every procedure says how to switch back to production.",
    "緊急時のプロセスに切戻しのフェーズがあり、すべての手順に本番環境への切戻し方法が記載されている。",
  ],
  rationale: [
    "After 2011, 47.1% switched back to production at once, 29.4% when timely and 23.5% were still running on the backup: a plan needs a defined failback.",
    "2011年以後、本番への切戻しは 47.1% が即時、29.4% が適時で、23.5% はバックアップで運用を続けていた。計画には切戻しの定義が必要である。",
  ],
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
    (ctx.plan.emergency?.procedures ?? []).forEach((p, i) => {
      if (!filled(p.failback))
        ctx.report({
          path: `/emergency/procedures/${i}`,
          messageId: "procedure",
          data: { procedure: p.id },
        });
    });
  },
});

/** `process/activation-rto-criterion`: activation criteria include "outage expected to exceed RTO". */
export const activationRtoCriterion = rule({
  id: "process/activation-rto-criterion",
  category: "process",
  severity: "warning",
  description: [
    "The activation criteria include an outage expected to exceed the RTO.",
    "発動基準に「停止が RTO を超える見込み」が含まれている。",
  ],
  rationale: [
    "NIST SP 800-34 (section 4.2, Activation and Notification) activates the plan when an outage is expected to last longer than the RTO; waiting to be sure wastes the recovery window.",
    "NIST SP 800-34（4.2 発動と通知）は、停止が RTO を超えると見込まれる時点で計画を発動する。確証を待つと復旧の猶予を失う。",
  ],
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
  description: [
    "The emergency process defines escalation triggers, each with whom to escalate to.",
    "緊急時のプロセスにエスカレーションの契機と報告先が定義されている。",
  ],
  rationale: [
    "7.7% of firms lost the chain of command in 2011 and 10.6% overloaded their staff; explicit triggers move decisions up before the front line is swamped.",
    "2011年には 7.7% が指揮命令系統を失い、10.6% が要員の過負荷に陥った。明確な契機があれば、現場が手一杯になる前に判断が上位に上がる。",
  ],
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
  description: [
    "The plan has at least two communications means on independent networks (for example mobile and satellite).",
    "独立した通信網による連絡手段が二つ以上ある（例: 携帯電話と衛星電話）。",
  ],
  rationale: [
    "Communications were the bottleneck in 2011: 50.2% stopped for cut communications, and leased lines, fixed and mobile phones all failed.",
    "2011年は通信がボトルネックとなった。50.2% が通信の途絶で停止し、専用線・固定電話・携帯電話がいずれも不通になった。",
  ],
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
  description: [
    "The plan is activated and notified through at least two means on independent networks.",
    "計画の発動・連絡が、独立した通信網の二つ以上の手段で行われる。",
  ],
  rationale: [
    "17.6% of firms said their means to call the BCP into action were insufficient in 2011, and 14.1% had not assumed a communications outage at all.",
    "2011年には 17.6% が BCP 発動の手段が不十分だったと答え、14.1% は通信の途絶をまったく想定していなかった。",
  ],
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
  description: [
    "Every role that leads or staffs an emergency team names at least one successor.",
    "緊急時の体制でチームを率いる、またはチームに属するすべての役割に後継者が定められている。",
  ],
  rationale: [
    "50.7% of firms stopped in 2011 because staff were hurt or could not commute; 7.7% lost the chain of command.",
    "2011年には 50.7% が、従業員の負傷や出社困難のために停止した。7.7% は指揮命令系統を失った。",
  ],
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
  description: [
    "The activation authority names at least one successor.",
    "発動権限者に後継者が定められている。",
  ],
  rationale: [
    "If the one person who may activate the plan is hurt or unreachable, the plan never runs; 50.7% of firms stopped in 2011 because staff were hurt or could not commute.",
    "計画を発動できる唯一の人が負傷・連絡不能になれば、計画は発動されない。2011年には 50.7% が従業員の負傷や出社困難で停止した。",
  ],
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
  description: [
    "A safety-confirmation (安否確認) method is defined and was tested within the last 12 months.",
    "安否確認の方法が定められ、過去12か月以内にテストされている。",
  ],
  rationale: [
    "The guideline lists safety-confirmation systems among the lessons of 2011: with 50.7% of firms stopped by staff being hurt or unable to commute, knowing who can work comes first.",
    "ガイドラインは 2011年の教訓として安否確認システムを挙げる。50.7% が従業員の負傷や出社困難で停止した以上、誰が働けるかの把握が最初になる。",
  ],
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
  description: [
    "At least one copy of the plan is kept where it can be read when the organisation's own systems are down (paper, offline media, or an external service).",
    "自社のシステムが停止しても読める場所（紙、オフライン媒体、外部サービス）に計画の写しが一つ以上ある。",
  ],
  rationale: [
    "A plan kept only on the file server or intranet is lost with them; 67.1% of sites stopped for a power cut in 2011. NIST SP 800-34 asks that the plan be kept off site and in hard copy.",
    "ファイルサーバーやイントラネットにしかない計画は、それらと共に失われる。2011年には拠点の 67.1% が停電で停止した。NIST SP 800-34 は計画を遠隔地・紙でも保管するよう求める。",
  ],
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
  description: [
    "The security level kept during an emergency states confidentiality, integrity and availability, with a rationale for the balance.",
    "緊急時に維持するセキュリティレベルが、機密性・完全性・可用性のそれぞれとその均衡の根拠とともに記載されている。",
  ],
  rationale: [
    "The revised guideline says the security level during an emergency is not simply lowered: confidentiality, integrity and availability — information security as ISO/IEC 27001 defines it — are balanced.",
    "改訂ガイドラインは、緊急時のセキュリティレベルは単に下げるのではなく、機密性・完全性・可用性（ISO/IEC 27001 が定義する情報セキュリティ）の均衡をとるものとする。",
  ],
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
  description: [
    "Every external (cloud or data-centre) provider the services are hosted by is listed among the external services, with its continuity evidence.",
    "サービスを提供する外部（クラウド、データセンター）事業者がすべて外部サービスに記載され、その継続性の証跡がある。",
  ],
  rationale: [
    "External services helped in 2011, but only if they themselves continue: users want providers audited (information-security audit 52.1%, certification 34.0%), and 36.9% named the provider's emergency organisation as an obstacle.",
    "2011年には外部サービスが有効だったが、それは事業者自身が継続できる場合に限る。利用者は事業者の監査（情報セキュリティ監査 52.1%、認証 34.0%）を望み、36.9% が事業者の緊急時体制を懸念とした。",
  ],
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
    (ctx.plan.preIncident?.requirements ?? []).forEach((r, i) => {
      const h = r.hosting;
      if (h && h.type !== "on-premises" && h.provider && !listed.has(h.provider)) {
        ctx.report({
          path: `/preIncident/requirements/${i}/hosting/provider`,
          messageId: "unlisted",
          data: { service: r.service, provider: h.provider },
        });
      }
    });
  },
});

/** `external/evidence-current`: provider evidence has not expired. */
export const evidenceCurrent = rule({
  id: "external/evidence-current",
  category: "external",
  severity: "error",
  requires: "now",
  description: [
    "No provider's continuity evidence has expired.",
    "外部事業者の継続性の証跡が期限切れでない。",
  ],
  rationale: [
    "An expired audit report or certificate is no evidence; the cloud guideline expects providers to be audited by a third party and to disclose the report to users (52.1% of users want audited providers).",
    "期限切れの監査報告書や認証は証跡にならない。クラウドガイドラインは事業者が第三者の監査を受けて報告書を利用者に開示することを想定する（利用者の 52.1% が監査を望む）。",
  ],
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
    (ctx.plan.emergency?.externalServices ?? []).forEach((x, i) => {
      const exp = toDate(x.evidence?.expires);
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
  description: [
    "Every procedure has at least one step, and every step names who carries it out.",
    "すべての手順に一つ以上のステップがあり、各ステップに実施者が定められている。",
  ],
  rationale: [
    "The emergency procedures (c) are what staff follow under stress; a procedure without steps or owners is a heading, not a procedure (NIST SP 800-34 Rev. 1 section 4.3, Recovery).",
    "緊急時の手順 (c) は、緊張下で要員が従うもの。ステップや実施者のない手順は見出しにすぎない（NIST SP 800-34 Rev. 1 4.3 復旧）。",
  ],
  references: [REF.guideline, REF.nist],
  messages: {
    "": ["Procedure '{procedure}' has no steps.", "手順 '{procedure}' にステップがありません。"],
    owner: [
      "Step {step} of procedure '{procedure}' names nobody to carry it out.",
      "手順 '{procedure}' のステップ {step} に実施者がいません。",
    ],
  },
  check(ctx) {
    (ctx.plan.emergency?.procedures ?? []).forEach((p, i) => {
      if (!nonEmpty(p.steps)) {
        ctx.report({ path: `/emergency/procedures/${i}`, data: { procedure: p.id } });
        return;
      }
      p.steps.forEach((s, j) => {
        if (!s.owner)
          ctx.report({
            path: `/emergency/procedures/${i}/steps/${j}`,
            messageId: "owner",
            data: { procedure: p.id, step: j + 1 },
          });
      });
    });
  },
});
