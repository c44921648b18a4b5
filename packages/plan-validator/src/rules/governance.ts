import { isBefore } from "date-fns/isBefore";
import { isoDay, toDate } from "../engine/dates.js";
import type { RuleContext } from "../engine/rule.js";
import type { ContinuityPlan } from "../schema/plan.js";
import { nonEmpty, REF, rule } from "./build.js";

type Finding = NonNullable<
  NonNullable<NonNullable<ContinuityPlan["training"]>["activities"]>[number]["findings"]
>[number];

/** Every finding of exercises, inspections and reviews with its JSON pointer, in document order. */
function findings(ctx: RuleContext): Array<{ finding: Finding; path: string }> {
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

/** `governance/processes-assigned`: direct, evaluate, monitor, report and oversee each have a role. */
export const processesAssigned = rule({
  id: "governance/processes-assigned",
  category: "governance",
  severity: "error",
  description: [
    "The plan's governance names who directs, evaluates and monitors (executives), who reports (management) and who oversees (the auditor).",
    "計画のガバナンスに、方向づけ・評価・モニタリング（経営陣）、報告（管理層）、監督（監査人）の担い手が定められている。",
  ],
  rationale: [
    "ISO/IEC 27014's governance model, drawn in the source: executives Direct, Monitor and Evaluate; management Reports; auditors Oversee. 16.9% of firms said they had no responsibility structure.",
    "出典が示す ISO/IEC 27014 のモデル: 経営陣が方向づけ・モニタリング・評価を行い、管理層が報告し、監査人が監督する。16.9% の企業が責任体制がないと答えた。",
  ],
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

/** `governance/auditor-independent`: who oversees does not implement. */
export const auditorIndependent = rule({
  id: "governance/auditor-independent",
  category: "governance",
  severity: "error",
  description: [
    "No role that oversees (audits) the plan also implements it.",
    "計画を監督（監査）する役割が、その実施を担っていない。",
  ],
  rationale: [
    "In ISO/IEC 27014 auditors oversee on behalf of the governing body; an auditor who audits their own work provides no assurance.",
    "ISO/IEC 27014 では監査人が統治機関に代わって監督する。自らの業務を監査する監査人は保証にならない。",
  ],
  references: [REF.iso27014],
  messages: {
    "": [
      "Role '{role}' both oversees and implements the plan.",
      "役割 '{role}' が計画の監督と実施を兼ねています。",
    ],
  },
  check(ctx) {
    const implement = new Set(ctx.plan.governance?.implement ?? []);
    (ctx.plan.governance?.oversee ?? []).forEach((id, i) => {
      if (implement.has(id)) ctx.report({ path: `/governance/oversee/${i}`, data: { role: id } });
    });
  },
});

/** `governance/findings-owned`: every finding has an owner and a due date. */
export const findingsOwned = rule({
  id: "governance/findings-owned",
  category: "governance",
  severity: "warning",
  description: [
    "Every finding of an exercise, inspection or review has an owner and a due date.",
    "訓練・点検・見直しで得られたすべての指摘事項に、担当者と期限がある。",
  ],
  rationale: [
    "The PDCA loop (ISO/IEC 27001) closes only when Check feeds Act: a finding without owner or due date is not improved.",
    "PDCA（ISO/IEC 27001）は、点検の結果が改善に結びついて初めて閉じる。担当者や期限のない指摘事項は改善されない。",
  ],
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

/** `governance/overdue-findings-reported`: overdue open findings are reported upward. */
export const overdueFindingsReported = rule({
  id: "governance/overdue-findings-reported",
  category: "governance",
  severity: "warning",
  requires: "now",
  description: [
    "Every open finding past its due date has been reported to someone (reportedTo).",
    "期限を過ぎた未完了の指摘事項が、誰かに報告されている（reportedTo）。",
  ],
  rationale: [
    "In ISO/IEC 27014 management reports to the executives who monitor and evaluate; an overdue finding nobody hears of never gets the resources to close.",
    "ISO/IEC 27014 では管理層がモニタリング・評価を行う経営陣に報告する。誰にも知らされない期限切れの指摘事項には、解決の資源が割かれない。",
  ],
  references: [REF.iso27014, REF.iso27001],
  messages: {
    "": [
      "Finding '{finding}' was due on {due}, is still open and was not reported.",
      "指摘事項 '{finding}' は期限 {due} を過ぎて未完了ですが、報告されていません。",
    ],
  },
  check(ctx) {
    const now = ctx.now;
    if (!now) return;
    for (const { finding, path } of findings(ctx)) {
      const due = toDate(finding.due);
      if (finding.status !== "closed" && due && isBefore(due, now) && !finding.reportedTo) {
        ctx.report({ path, data: { finding: finding.id, due: isoDay(due) } });
      }
    }
  },
});
