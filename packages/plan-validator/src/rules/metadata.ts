import { isAfter } from "date-fns/isAfter";
import { toDate } from "../engine/dates.js";
import { peopleOf } from "../engine/people.js";
import { filled, nonEmpty, REF, rule } from "./shared/build.js";
import { requiredItems } from "./shared/required-items.js";

/**
 * `metadata/approval`: management approval names an approver and a date not in the future.
 *
 * @category Rules
 */
export const approval = rule({
  id: "metadata/approval",
  category: "metadata",
  severity: "error",
  references: [REF.guideline, REF.iso27014],
  messages: {
    "": ["The plan has no record of management approval.", "経営陣の承認の記録がありません。"],
    approver: ["The approval does not name an approver.", "承認に承認者が記載されていません。"],
    date: ["The approval has no date.", "承認に日付がありません。"],
    future: [
      "The approval date {date} is after the validation date {now}.",
      "承認日 {date} が検証日 {now} より後です。",
    ],
    "not-management": [
      "The approver '{approver}' ({person}) holds no top-management role: management approves the pre-incident plan as the organisation's action plan.",
      "承認者 '{approver}'（{person}）は経営陣の役割を担っていません。事前対応計画は経営陣が組織の実行計画として承認します。",
    ],
    "management-unknown": [
      "Whether the approver '{approver}' is top management cannot be judged: mark management roles (roles[].management) or name the governance direct/evaluate roles.",
      "承認者 '{approver}' が経営陣かどうか判断できません。経営陣の役割（roles[].management）を示すか、ガバナンスの direct/evaluate の役割を記載してください。",
    ],
  },
  check(ctx) {
    const ap = ctx.plan.metadata.approval;
    if (!ap) {
      ctx.report({ path: "/metadata" });
      return;
    }
    if (!filled(ap.approver)) ctx.report({ path: "/metadata/approval", messageId: "approver" });
    else if (ctx.index.roles.has(ap.approver)) {
      // Judged as a person: the approver qualifies when whoever holds the role also holds a
      // management role. An approver that is no role is references/resolve's finding.
      const people = peopleOf(ctx);
      const path = "/metadata/approval/approver";
      if (!people.managementKnown)
        ctx.report({
          path,
          messageId: "management-unknown",
          severity: "info",
          data: { approver: ap.approver },
        });
      else if (!people.personIsManagement(ap.approver))
        ctx.report({
          path,
          messageId: "not-management",
          data: { approver: ap.approver, person: people.nameOf(ap.approver) },
        });
    }
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

/**
 * `metadata/bcp-purpose`: the BCP's purpose and what must be protected are stated.
 *
 * @category Rules
 */
export const bcpPurpose = rule({
  id: "metadata/bcp-purpose",
  category: "metadata",
  severity: "error",
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

/**
 * `metadata/bia-referenced`: the plan rests on a business impact analysis.
 *
 * @category Rules
 */
export const biaReferenced = rule({
  id: "metadata/bia-referenced",
  category: "metadata",
  severity: "warning",
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

/**
 * `metadata/scope-coverage`: a group or value-chain plan covers its members and critical partners.
 *
 * @category Rules
 */
export const scopeCoverage = rule({
  id: "metadata/scope-coverage",
  category: "metadata",
  severity: "warning",
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

/**
 * `metadata/required-items`.
 *
 * @category Rules
 */
export const metadataRequiredItems = requiredItems("metadata/required-items");
