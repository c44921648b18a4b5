import { memoOf } from "../engine/memo.js";
import type { RuleContext } from "../engine/rule.js";
import { nonEmpty, REF, rule } from "./shared/build.js";

/**
 * The services a BIA's time-critical processes need, reachable through `dependsOn`, each with
 * the first time-critical process whose walk reached it, as [service, process] pairs. Each node
 * is walked once over all processes: linear in nodes and edges.
 */
function biaTimeCriticalServices(ctx: RuleContext): [string, string][] {
  const out: [string, string][] = [];
  const bia = ctx.bia;
  // Most BIAs of a large group have no time-critical process: then nothing is resolved.
  if (!bia?.processes?.some((p) => p.timeCritical)) return out;
  // The walk goes by node positions (resolved once per validation, shared with
  // recovery/order-dependencies): no id is looked up and `seen` is a byte per node.
  const list = bia.nodes ?? [];
  const edges = memoOf(ctx.index).biaEdges(bia);
  const seen = new Uint8Array(list.length);
  const stack: number[] = [];
  const push = (k: number) => {
    for (let e = edges.start[k] as number; e < (edges.start[k + 1] as number); e++) {
      const to = edges.node[e] as number;
      if (to >= 0) stack.push(to);
    }
  };
  for (const p of bia.processes ?? []) {
    if (!p.timeCritical) continue;
    const start = edges.indexOf(p.id);
    if (start >= 0) push(start);
    while (stack.length > 0) {
      const k = stack.pop() as number;
      if (seen[k] === 1) continue;
      seen[k] = 1;
      const n = list[k] as NonNullable<typeof bia.nodes>[number];
      if (n.type === "service") out.push([n.id, p.id]);
      push(k);
    }
  }
  return out;
}

/**
 * `procedures/time-critical-covered`: every time-critical service has a recovery procedure.
 *
 * @category Rules
 */
export const timeCriticalCovered = rule({
  id: "procedures/time-critical-covered",
  category: "procedures",
  severity: "error",
  references: [REF.lessons, REF.iso27031],
  messages: {
    "": [
      "Time-critical service '{service}' has no recovery procedure.",
      "時間的に重要なサービス '{service}' に復旧手順がありません。",
    ],
    bia: [
      "Service '{service}' is needed by the time-critical process '{process}' (BIA) but has no recovery procedure.",
      "サービス '{service}' は時間的に重要な業務 '{process}'（BIA）に必要ですが、復旧手順がありません。",
    ],
  },
  check(ctx) {
    const covered = ctx.index.proceduresByService;
    const reported = new Set<string>();
    const requirements = ctx.plan.preIncident?.requirements ?? [];
    for (let i = 0; i < requirements.length; i++) {
      const r = requirements[i] as (typeof requirements)[number];
      if (r.timeCritical && !covered.has(r.service)) {
        reported.add(r.service);
        ctx.report({ path: `/preIncident/requirements/${i}`, data: { service: r.service } });
      }
    }
    // The services among them without a procedure, sorted by id for a stable order of the
    // findings (only those are sorted).
    const uncovered = biaTimeCriticalServices(ctx).filter(
      ([id]) => !covered.has(id) && !reported.has(id),
    );
    uncovered.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [service, process] of uncovered) {
      const at = ctx.index.services.get(service);
      ctx.report({
        path: at ? at.path : "/emergency/procedures",
        messageId: "bia",
        data: { service, process },
      });
    }
  },
});

/**
 * `procedures/ordered-steps`: every procedure has ordered steps with owners.
 *
 * @category Rules
 */
export const orderedSteps = rule({
  id: "procedures/ordered-steps",
  category: "procedures",
  severity: "error",
  references: [REF.guideline, REF.nist],
  messages: {
    "": ["Procedure '{procedure}' has no steps.", "手順 '{procedure}' にステップがありません。"],
    owner: [
      "Step {step} of procedure '{procedure}' names nobody to carry it out.",
      "手順 '{procedure}' のステップ{step}に実施者がいません。",
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
