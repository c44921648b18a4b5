import { isAfter } from "date-fns/isAfter";
import { toDate } from "../engine/dates.js";
import { filled, nonEmpty, REF, rule } from "./build.js";

/** `metadata/approval`: management approval names an approver and a date not in the future. */
export const approval = rule({
  id: "metadata/approval",
  category: "metadata",
  severity: "error",
  description: [
    "Management approval is recorded with the approver and a date that is not in the future.",
    "経営陣の承認が、承認者と（未来でない）承認日とともに記録されている。",
  ],
  rationale: [
    "The guideline makes the pre-incident plan the organisation's action plan only once management approves it; executive commitment drives the PDCA cycle (ISO/IEC 27014, DOMAIN §1).",
    "ガイドラインでは、事前対応計画は経営陣が承認して初めて組織の行動計画となる。経営陣のコミットメントが PDCA を動かす（ISO/IEC 27014）。",
  ],
  references: [REF.guideline, REF.iso27014],
  messages: {
    "": ["The plan has no record of management approval.", "経営陣の承認の記録がありません。"],
    approver: ["The approval does not name an approver.", "承認に承認者が記載されていません。"],
    date: ["The approval has no date.", "承認に日付がありません。"],
    future: [
      "The approval date {date} is after the validation date {now}.",
      "承認日 {date} が検証日 {now} より後です。",
    ],
  },
  check(ctx) {
    const ap = ctx.plan.metadata.approval;
    if (!ap) {
      ctx.report({ path: "/metadata" });
      return;
    }
    if (!filled(ap.approver)) ctx.report({ path: "/metadata/approval", messageId: "approver" });
    if (!filled(ap.date)) {
      ctx.report({ path: "/metadata/approval", messageId: "date" });
      return;
    }
    const d = toDate(ap.date);
    if (d && ctx.now && isAfter(d, ctx.now)) {
      ctx.report({
        path: "/metadata/approval/date",
        messageId: "future",
        data: { date: ap.date, now: ctx.now.toISOString().slice(0, 10) },
      });
    }
  },
});

/** `metadata/bcp-purpose`: the BCP's purpose and what must be protected are stated. */
export const bcpPurpose = rule({
  id: "metadata/bcp-purpose",
  category: "metadata",
  severity: "error",
  description: [
    "The plan states the BCP's purpose and what the company must protect (守るべきもの).",
    "BCP の目的と守るべきものが記載されている。",
  ],
  rationale: [
    "The 2012 revision positions IT-BCP inside the BCP: what to protect differs by business type and size, and the IT plan must follow from it. In 2011 only 39.8% of firms had a BCP in place.",
    "2012年改訂は IT-BCP を BCP の中に位置づける。守るべきものは業種・規模によって異なり、IT の計画はそこから導かれる。2011年に BCP を策定済みの企業は 39.8% にとどまった。",
  ],
  references: [REF.lessons],
  messages: {
    "": ["The BCP's purpose is not stated.", "BCP の目的が記載されていません。"],
    protect: ["What the company must protect is not stated.", "守るべきものが記載されていません。"],
  },
  check(ctx) {
    const bcp = ctx.plan.metadata.bcp;
    if (!filled(bcp?.purpose)) ctx.report({ path: bcp ? "/metadata/bcp" : "/metadata" });
    if (!nonEmpty(bcp?.protect))
      ctx.report({ path: bcp ? "/metadata/bcp" : "/metadata", messageId: "protect" });
  },
});

/** `metadata/bia-referenced`: the plan rests on a business impact analysis. */
export const biaReferenced = rule({
  id: "metadata/bia-referenced",
  category: "metadata",
  severity: "warning",
  description: [
    "The plan references the business impact analysis (BIA) it rests on.",
    "計画が根拠とする事業影響度分析（BIA）を参照している。",
  ],
  rationale: [
    "22.3% of firms whose BCP ran in 2011 said the disaster exceeded what the plan assumed; the revised guideline asks to absorb the unforeseen through BIA (ISO/IEC 27031 lists BIA among risk-analysis methods).",
    "2011年に BCP を発動した企業の 22.3% は、災害が想定を超えたと答えた。改訂ガイドラインは BIA によって想定外を吸収することを求める（ISO/IEC 27031 もリスク分析手法の一つとして BIA を挙げる）。",
  ],
  references: [REF.lessons, REF.iso27031],
  messages: {
    "": [
      "The plan does not reference a business impact analysis.",
      "計画が事業影響度分析（BIA）を参照していません。",
    ],
  },
  check(ctx) {
    if (!ctx.plan.metadata.bia) ctx.report({ path: "/metadata" });
  },
});

/** `metadata/scope-coverage`: a group or value-chain plan covers its members and critical partners. */
export const scopeCoverage = rule({
  id: "metadata/scope-coverage",
  category: "metadata",
  severity: "warning",
  description: [
    "A consolidated-group plan lists its member companies and a value-chain plan its critical suppliers; given the organisation profile, every group company and critical partner is covered.",
    "連結グループの計画はグループ会社を、バリューチェーンの計画は重要な取引先を対象に含める。組織プロファイルが与えられた場合は、すべてのグループ会社と重要取引先が対象になっている。",
  ],
  rationale: [
    "Governance applies to an individual company, a consolidated group or a value chain; 46.7% of firms hit in 2011 stopped because a business partner was hit.",
    "ガバナンスの適用対象は個別企業・連結グループ・バリューチェーンの3つ。2011年に被災した企業の 46.7% は取引先の被災によって停止した。",
  ],
  references: [REF.survey, REF.iso27014],
  messages: {
    "": [
      "The plan's scope is '{scope}' but it lists no {what}.",
      "計画の適用範囲は '{scope}' ですが、{what} が記載されていません。",
    ],
    company: [
      "Group company '{id}' is not covered by the plan.",
      "グループ会社 '{id}' が計画の対象に含まれていません。",
    ],
    partner: [
      "Critical partner '{id}' is not covered by the plan.",
      "重要取引先 '{id}' が計画の対象に含まれていません。",
    ],
    mismatch: [
      "The plan's scope '{scope}' differs from the organisation's '{expected}'.",
      "計画の適用範囲 '{scope}' が組織の '{expected}' と異なります。",
    ],
  },
  check(ctx) {
    const m = ctx.plan.metadata;
    const scope = m.scope ?? ctx.organisation?.scope;
    if (ctx.organisation?.scope && m.scope && ctx.organisation.scope !== m.scope) {
      ctx.report({
        path: "/metadata/scope",
        messageId: "mismatch",
        data: { scope: m.scope, expected: ctx.organisation.scope },
      });
    }
    if ((scope === "consolidated-group" || scope === "value-chain") && !nonEmpty(m.members)) {
      ctx.report({ path: "/metadata", data: { scope, what: "members" } });
    }
    if (scope === "value-chain" && !nonEmpty(m.criticalPartners)) {
      ctx.report({ path: "/metadata", data: { scope, what: "criticalPartners" } });
    }
    if (!ctx.organisation) return;
    const members = new Set(m.members ?? []);
    const partners = new Set(m.criticalPartners ?? []);
    if (scope === "consolidated-group" || scope === "value-chain") {
      for (const c of ctx.organisation.companies ?? []) {
        if (!members.has(c.id))
          ctx.report({ path: "/metadata/members", messageId: "company", data: { id: c.id } });
      }
    }
    if (scope === "value-chain") {
      for (const p of ctx.organisation.partners ?? []) {
        if (p.critical && !partners.has(p.id)) {
          ctx.report({
            path: "/metadata/criticalPartners",
            messageId: "partner",
            data: { id: p.id },
          });
        }
      }
    }
  },
});
