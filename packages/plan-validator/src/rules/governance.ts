import { isBefore } from "date-fns/isBefore";
import { isoDay } from "../engine/dates.js";
import { memoOf } from "../engine/memo.js";
import { peopleOf } from "../engine/people.js";
import type { RuleContext } from "../engine/rule.js";
import type { ContinuityPlan } from "../schema/plan.js";
import { nonEmpty, REF, rule } from "./shared/build.js";

type Finding = NonNullable<
  NonNullable<NonNullable<ContinuityPlan["training"]>["activities"]>[number]["findings"]
>[number];

/**
 * Every finding of exercises, inspections and reviews with its JSON pointer, in document order.
 *
 * @category Rules
 */
export function findings(ctx: RuleContext): Array<{ finding: Finding; path: string }> {
  const out: Array<{ finding: Finding; path: string }> = [];
  const push = (list: readonly Finding[] | undefined, base: string) => {
    (list ?? []).forEach((finding, i) => {
      out.push({ finding, path: `${base}/${i}` });
    });
  };
  (ctx.plan.training?.activities ?? []).forEach((a, i) => {
    push(a.findings, `/training/activities/${i}/findings`);
  });
  (ctx.plan.maintenance?.inspections ?? []).forEach((x, i) => {
    push(x.findings, `/maintenance/inspections/${i}/findings`);
  });
  (ctx.plan.maintenance?.reviewLog ?? []).forEach((x, i) => {
    push(x.findings, `/maintenance/reviewLog/${i}/findings`);
  });
  return out;
}

const PROCESSES = ["direct", "evaluate", "monitor", "report", "oversee"] as const;

/**
 * `governance/processes-assigned`: direct, evaluate, monitor, report and oversee each have a role.
 *
 * @category Rules
 */
export const processesAssigned = rule({
  id: "governance/processes-assigned",
  category: "governance",
  severity: "error",
  references: [REF.iso27014, "METI survey on security practice (2010)"],
  messages: {
    "": [
      "Nobody is assigned the governance process '{process}'.",
      "ガバナンスのプロセス '{process}' の担い手がいません。",
    ],
    missing: ["The plan does not state its governance.", "計画にガバナンスの記載がありません。"],
  },
  check(ctx) {
    const g = ctx.plan.governance;
    if (!g) {
      ctx.report({ path: "", messageId: "missing" });
      return;
    }
    for (const p of PROCESSES)
      if (!nonEmpty(g[p])) ctx.report({ path: "/governance", data: { process: p } });
  },
});

/**
 * `governance/auditor-independent`: who oversees does not implement, as a role or as a person.
 *
 * @category Rules
 */
export const auditorIndependent = rule({
  id: "governance/auditor-independent",
  category: "governance",
  severity: "error",
  references: [REF.iso27014],
  messages: {
    "": [
      "Role '{role}' both oversees and implements the plan.",
      "役割 '{role}' が計画の監督と実施を兼ねています。",
    ],
    person: [
      "Role '{role}' oversees the plan, but its holder {person} also implements it as '{implementer}'.",
      "役割 '{role}' は計画を監督しますが、その担当者 {person} は '{implementer}' として計画の実施も担っています。",
    ],
  },
  check(ctx) {
    const g = ctx.plan.governance;
    const implement = new Set(g?.implement ?? []);
    const people = peopleOf(ctx);
    const implementers = new Map<string, string>();
    for (const id of g?.implement ?? []) {
      const person = people.personOf(id);
      if (person !== undefined && !implementers.has(person)) implementers.set(person, id);
    }
    (g?.oversee ?? []).forEach((id, i) => {
      const path = `/governance/oversee/${i}`;
      if (implement.has(id)) {
        ctx.report({ path, data: { role: id } });
        return;
      }
      const person = people.personOf(id);
      const implementer = person === undefined ? undefined : implementers.get(person);
      if (implementer !== undefined)
        ctx.report({
          path,
          messageId: "person",
          data: { role: id, person: people.nameOf(id), implementer },
        });
    });
  },
});

/**
 * `governance/findings-owned`: every finding has an owner and a due date.
 *
 * @category Rules
 */
export const findingsOwned = rule({
  id: "governance/findings-owned",
  category: "governance",
  severity: "warning",
  references: [REF.iso27001, REF.guideline],
  messages: {
    "": [
      "Finding '{finding}' does not state: {missing}.",
      "指摘事項 '{finding}' に次の記載がありません: {missing}。",
    ],
  },
  check(ctx) {
    for (const { finding, path } of findings(ctx)) {
      const missing: string[] = [];
      if (!finding.owner) missing.push("owner");
      if (!finding.due) missing.push("due");
      if (missing.length > 0)
        ctx.report({ path, data: { finding: finding.id, missing: missing.join(", ") } });
    }
  },
});

/**
 * `governance/overdue-findings-reported`: overdue open findings are reported upward.
 *
 * @category Rules
 */
export const overdueFindingsReported = rule({
  id: "governance/overdue-findings-reported",
  category: "governance",
  severity: "warning",
  requires: "now",
  references: [REF.iso27014, REF.iso27001],
  messages: {
    "": [
      "Finding '{finding}' was due on {due}, is still open and was not reported.",
      "指摘事項 '{finding}' は期限{due}を過ぎて未完了ですが、報告されていません。",
    ],
  },
  check(ctx) {
    const now = ctx.now;
    if (!now) return;
    const memo = memoOf(ctx.index);
    for (const { finding, path } of findings(ctx)) {
      const due = memo.date(finding.due);
      if (finding.status !== "closed" && due && isBefore(due, now) && !finding.reportedTo) {
        ctx.report({ path, data: { finding: finding.id, due: isoDay(due) } });
      }
    }
  },
});
