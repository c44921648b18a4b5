import { parseDuration, toIsoDuration } from "@mamori/core";
import type { RuleContext } from "../engine/rule.js";
import { REF, rule } from "./build.js";

/** Services a BIA makes time-critical: reachable from a time-critical process through `dependsOn`. */
function biaTimeCriticalServices(ctx: RuleContext): Map<string, string> {
  const out = new Map<string, string>(); // service → the time-critical process that needs it
  const bia = ctx.bia;
  if (!bia) return out;
  const nodes = new Map<string, { type?: string; dependsOn?: readonly string[] }>();
  for (const n of bia.nodes ?? []) nodes.set(n.id, n);
  const seen = new Set<string>();
  for (const p of bia.processes ?? []) {
    if (!p.timeCritical) continue;
    const stack = [...(nodes.get(p.id)?.dependsOn ?? [])];
    while (stack.length > 0) {
      const id = stack.pop() as string;
      if (seen.has(id)) continue; // each node is walked once over all processes: linear
      seen.add(id);
      const n = nodes.get(id);
      if (!n) continue;
      if (n.type === "service") out.set(id, p.id);
      for (const d of n.dependsOn ?? []) stack.push(d);
    }
  }
  return out;
}

/** `procedures/time-critical-covered`: every time-critical service has a recovery procedure. */
export const timeCriticalCovered = rule({
  id: "procedures/time-critical-covered",
  category: "procedures",
  severity: "error",
  references: [REF.lessons, REF.iso27031],
  messages: {
    "": [
      "Time-critical service '{service}' has no recovery procedure.",
      "時間的制約の厳しいサービス '{service}' に復旧手順がありません。",
    ],
    bia: [
      "Service '{service}' is needed by the time-critical process '{process}' (BIA) but has no recovery procedure.",
      "サービス '{service}' は時間的制約の厳しい業務 '{process}'（BIA）に必要ですが、復旧手順がありません。",
    ],
  },
  check(ctx) {
    const covered = ctx.index.proceduresByService;
    const reported = new Set<string>();
    (ctx.plan.preIncident?.requirements ?? []).forEach((r, i) => {
      if (r.timeCritical && !covered.has(r.service)) {
        reported.add(r.service);
        ctx.report({ path: `/preIncident/requirements/${i}`, data: { service: r.service } });
      }
    });
    for (const [service, process] of [...biaTimeCriticalServices(ctx)].sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    )) {
      if (covered.has(service) || reported.has(service)) continue;
      const at = ctx.index.services.get(service);
      ctx.report({
        path: at ? at.path : "/emergency/procedures",
        messageId: "bia",
        data: { service, process },
      });
    }
  },
});

/** `recovery/order-dependencies`: the recovery order puts dependencies first. */
export const orderDependencies = rule({
  id: "recovery/order-dependencies",
  category: "recovery",
  severity: "error",
  references: [REF.lessons, REF.iso27031],
  messages: {
    "": [
      "'{service}' is recovered before '{dependency}', which it depends on.",
      "'{service}' が、依存先の '{dependency}' より先に復旧される順序になっています。",
    ],
  },
  check(ctx) {
    const order = ctx.plan.emergency?.recoveryOrder ?? [];
    const position = new Map<string, number>();
    order.forEach((id, i) => {
      if (!position.has(id)) position.set(id, i);
    });
    const deps = new Map<string, Set<string>>();
    const add = (from: string, to: string) => {
      let s = deps.get(from);
      if (!s) {
        s = new Set();
        deps.set(from, s);
      }
      s.add(to);
    };
    for (const r of ctx.plan.preIncident?.requirements ?? []) {
      for (const d of r.dependsOn ?? []) if (typeof d === "string") add(r.service, d);
    }
    for (const n of ctx.bia?.nodes ?? []) for (const d of n.dependsOn ?? []) add(n.id, d);
    order.forEach((id, i) => {
      if (position.get(id) !== i) return;
      for (const d of [...(deps.get(id) ?? [])].sort()) {
        const j = position.get(d);
        if (j !== undefined && j > i) {
          ctx.report({
            path: `/emergency/recoveryOrder/${i}`,
            data: { service: id, dependency: d },
            related: [{ path: `/emergency/recoveryOrder/${j}` }],
          });
        }
      }
    });
  },
});

/** The names of a recovery objective in messages and docs: `RTO`, and its Japanese term. */
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
        `'{service}' の計画上の${ja}は {plan} で、BIA が求める {bia} より長いです。`,
      ],
      missing: [
        `The BIA requires an ${upper} of {bia} for '{service}', but the plan states none.`,
        `BIA は '{service}' に${ja}として {bia} を求めていますが、計画に記載がありません。`,
      ],
    },
    check(ctx) {
      const required = new Map<string, number>();
      for (const n of ctx.bia?.nodes ?? []) {
        const v = kind === "rto" ? n.requiredRtoMinutes : n.requiredRpoMinutes;
        if (typeof v === "number") required.set(n.id, v);
      }
      (ctx.plan.preIncident?.requirements ?? []).forEach((r, i) => {
        const need = required.get(r.service);
        if (need === undefined) return;
        const text = r.objectives?.[kind];
        const planned =
          text === undefined
            ? undefined
            : parseDuration(text, { calendarUnits: "approximate" }).minutes;
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
      });
    },
  });
}

/** `bia/rto-consistent`. */
export const rtoConsistent = objectiveRule("rto");
/** `bia/rpo-consistent`. */
export const rpoConsistent = objectiveRule("rpo");

/** `matrix/clause14-owned`: business-continuity controls (ISO/IEC 27002:2005 clause 14) have an owner. */
export const clause14Owned = rule({
  id: "matrix/clause14-owned",
  category: "cross-check",
  severity: "error",
  requires: "matrix",
  references: [REF.iso27002, "METI cloud security management guideline (2011)"],
  messages: {
    "": [
      "Business-continuity control {catalog}:{control} has no owner in the responsibility matrix.",
      "事業継続の管理策 {catalog}:{control} に責任分担表上の担当者がいません。",
    ],
  },
  check(ctx) {
    const path = ctx.plan.emergency?.externalServices ? "/emergency/externalServices" : "";
    for (const c of ctx.matrix?.controls ?? []) {
      const clause = c.clause ?? "";
      if (
        (clause === "14" || clause.startsWith("14.")) &&
        (c.owner === undefined || c.owner === "unassigned")
      ) {
        ctx.report({ path, data: { catalog: c.catalog, control: c.control } });
      }
    }
  },
});
