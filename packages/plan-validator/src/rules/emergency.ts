import { isBefore } from "date-fns/isBefore";
import { failureDomainsOf, foldLabel, independentGroups } from "../engine/communications.js";
import { addIsoDuration, doneBy, isoDay, toDate } from "../engine/dates.js";
import { memoOf } from "../engine/memo.js";
import { peopleOf, successionOf } from "../engine/people.js";
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

/** The communications means named by `ids` that exist in the plan, in the order named. */
function meansOf(ctx: RuleContext, ids: readonly string[]) {
  const comms = ctx.plan.emergency?.communications ?? [];
  const out: (typeof comms)[number][] = [];
  for (const id of ids) {
    const at = ctx.index.communications.get(id);
    const m = at ? comms[at.index] : undefined;
    if (m) out.push(m);
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
    // Means sharing a network (labels folded) or a failure domain fail together.
    const n = independentGroups(comms);
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
    const n = independentGroups(meansOf(ctx, act.notifyVia ?? []));
    if (n < 2)
      ctx.report({
        path: act.notifyVia
          ? "/emergency/process/activation/notifyVia"
          : "/emergency/process/activation",
        data: { count: n },
      });
  },
});

/** Report a succession gap of `roleId`: no successor, itself, or only its own holder's roles. */
function reportSuccession(
  ctx: RuleContext,
  roleId: string,
  path: string,
  related: { path: string }[] | undefined,
): void {
  const { gap } = successionOf(ctx, roleId);
  if (!gap) return;
  const base = { path, ...(related ? { related } : {}) };
  if (gap.kind === "none") ctx.report({ ...base, data: { role: roleId } });
  else if (gap.kind === "self") ctx.report({ ...base, messageId: "self", data: { role: roleId } });
  else
    ctx.report({
      ...base,
      messageId: "same-person",
      data: {
        role: roleId,
        person: peopleOf(ctx).nameOf(roleId),
        successors: gap.successors.map((id) => `'${id}'`).join(", "),
      },
    });
}

/** `communications/activation-survives-public-outage`: one activation means needs no public network. */
export const activationSurvivesPublicOutage = rule({
  id: "communications/activation-survives-public-outage",
  category: "communications",
  severity: "error",
  references: [REF.survey, REF.lessons],
  options: {
    publicDomains: {
      default: ["public-fixed", "public-mobile", "internet"],
      description: {
        en: "Failure domains that a public-network outage takes down; a means with any of them does not survive it.",
        ja: "公衆網の途絶で失われる障害ドメイン。いずれかを含む連絡手段は途絶時に使えないものとみなします。",
      },
    },
  },
  messages: {
    "": [
      "Every means that activates the plan ({means}) rides a public network; in 2011 fixed lines, mobile phones and the internet failed together. Add one that survives a public-network outage (satellite phone, dedicated or MCA radio, disaster-priority line).",
      "計画発動の連絡手段（{means}）はすべて公衆網に依存しています。2011年には固定電話・携帯電話・インターネットが同時に途絶しました。公衆網の途絶でも使える手段（衛星電話、専用・MCA 無線、災害時優先電話）を加えてください。",
    ],
    unknown: [
      "Means '{id}' is of kind 'other' and states no failureDomains: whether it survives a public-network outage cannot be judged.",
      "連絡手段 '{id}' は種類が 'other' で failureDomains の記載がないため、公衆網の途絶で使えるか判断できません。",
    ],
  },
  check(ctx) {
    const act = ctx.plan.emergency?.process?.activation;
    const ids = act?.notifyVia ?? [];
    const means = meansOf(ctx, ids);
    if (means.length === 0) return; // activation-redundant reports an activation without means
    const publicDomains = new Set((ctx.options.publicDomains as readonly string[]).map(foldLabel));
    let survives = false;
    let unknown = false;
    for (const m of means) {
      const domains = failureDomainsOf(m);
      if (domains.length === 0) {
        unknown = true;
        const at = ctx.index.communications.get(m.id);
        ctx.report({
          path: at ? at.path : "/emergency/communications",
          messageId: "unknown",
          severity: "info",
          data: { id: m.id },
        });
        continue;
      }
      if (!domains.some((d) => publicDomains.has(d))) survives = true;
    }
    // A means that could not be judged may be the one that survives: the info says what to
    // add, and no error claims what the plan does not say.
    if (!survives && !unknown)
      ctx.report({
        path: "/emergency/process/activation/notifyVia",
        data: { means: means.map((m) => `'${m.id}'`).join(", ") },
      });
  },
});

/** `people/role-successor`: every emergency role has a successor who is another person. */
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
    self: [
      "Role '{role}' has an emergency duty and lists itself as its own successor: nobody else takes over.",
      "役割 '{role}' には緊急時の任務がありますが、自分自身を後継者としています。代わりの人がいません。",
    ],
    "same-person": [
      "Role '{role}' has an emergency duty; it is held by {person}, who also holds {successors}: no successor is another person.",
      "役割 '{role}' には緊急時の任務がありますが、担当者 {person} は後継の {successors} も兼ねています。別の人である後継者がいません。",
    ],
  },
  check(ctx) {
    const seen = new Set<string>();
    for (const team of ctx.plan.emergency?.organisation?.teams ?? []) {
      for (const id of [team.lead, ...(team.members ?? [])]) {
        if (id === undefined || seen.has(id)) continue;
        seen.add(id);
        const at = ctx.index.roles.get(id);
        if (at) reportSuccession(ctx, id, at.path, undefined);
      }
    }
  },
});

/** `people/activation-successor`: the activation authority has a successor who is another person. */
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
    self: [
      "The activation authority '{role}' lists itself as its own successor: nobody else can activate the plan.",
      "発動権限者 '{role}' が自分自身を後継者としています。ほかに計画を発動できる人がいません。",
    ],
    "same-person": [
      "The activation authority '{role}' is held by {person}, who also holds {successors}: the activation authority has no successor who is another person.",
      "発動権限者 '{role}' の担当者 {person} は後継の {successors} も兼ねています。発動権限に別の人である後継者がいません。",
    ],
  },
  check(ctx) {
    const id = ctx.plan.emergency?.organisation?.activationAuthority;
    if (id === undefined) return;
    const at = ctx.index.roles.get(id);
    if (!at) return;
    reportSuccession(ctx, id, "/emergency/organisation/activationAuthority", [
      { path: `${at.path}/successors` },
    ]);
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
    const last = doneBy(toDate(sc.lastTested), ctx.now);
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

/** `emergency/plan-copies-offline`: a copy of the plan is readable when systems and the primary site are lost. */
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
    "at-primary": [
      "Every copy that can be read without systems is kept at a primary site ({sites}): it is lost with the building.",
      "システムなしで読める写しはすべて主要拠点（{sites}）に保管されており、建物とともに失われます。",
    ],
    "site-unknown": [
      "Plan copy '{location}' does not say at which site it is kept (site): whether it survives the loss of a primary site cannot be judged.",
      "計画の写し '{location}' の保管拠点（site）が記載されていないため、主要拠点を失っても残るか判断できません。",
    ],
  },
  check(ctx) {
    const copies = ctx.plan.emergency?.planCopies ?? [];
    const primary = ctx.index.primarySites;
    const atPrimary: string[] = [];
    const unplaced: number[] = [];
    let readable = false;
    let away = false;
    copies.forEach((c, i) => {
      if (c.medium === "external-service") {
        readable = away = true;
        return;
      }
      if (c.medium !== "paper" && c.medium !== "offline-media") return;
      readable = true;
      if (c.site === undefined) unplaced.push(i);
      else if (primary.has(c.site)) {
        if (!atPrimary.includes(c.site)) atPrimary.push(c.site);
      } else away = true;
    });
    // A copy with no site counts as away when the plan describes no primary site (nothing
    // to compare with); with primary sites described, it cannot be placed: say what to add.
    if (!away && unplaced.length > 0) {
      if (primary.size === 0) return;
      for (const i of unplaced)
        ctx.report({
          path: `/emergency/planCopies/${i}`,
          messageId: "site-unknown",
          severity: "info",
          data: { location: copies[i]?.location ?? "" },
        });
      return;
    }
    const path = ctx.plan.emergency?.planCopies
      ? "/emergency/planCopies"
      : ctx.plan.emergency
        ? "/emergency"
        : "";
    if (!readable) ctx.report({ path });
    else if (!away)
      ctx.report({
        path,
        messageId: "at-primary",
        data: { sites: atPrimary.map((x) => `'${x}'`).join(", ") },
      });
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
