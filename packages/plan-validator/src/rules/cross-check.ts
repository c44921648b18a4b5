import { toIsoDuration } from "@mamori/core";
import { keepsData } from "../engine/holds-data.js";
import { memoOf } from "../engine/memo.js";
import type { RuleContext } from "../engine/rule.js";
import { REF, rule } from "./build.js";

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
    if (order.length === 0) return;
    // First position of each id in the order, kept by the position of the service's first
    // requirement (the plan's index already maps ids to those), so no Map of the order is
    // built; an id of the order without a requirement goes to `others`. Set from the end, so
    // the first occurrence is set last.
    const services = ctx.index.services;
    const requirements = ctx.plan.preIncident?.requirements ?? [];
    const memo = memoOf(ctx.index);
    const orderAt = memo.orderRequirements(order);
    const first = new Int32Array(requirements.length).fill(-1);
    let others: Map<string, number> | undefined;
    for (let i = order.length - 1; i >= 0; i--) {
      const q = orderAt[i] as number;
      if (q >= 0) first[q] = i;
      else {
        others ??= new Map();
        others.set(order[i] as string, i);
      }
    }
    const position = (id: string): number | undefined => {
      const at = services.get(id);
      if (!at) return others?.get(id);
      const p = first[at.index] as number;
      return p < 0 ? undefined : p;
    };
    // A dependency edge is a finding when the dependency comes later in the order than the
    // service's first position. Only those edges are kept: one pass over the edges, with no
    // set of dependencies per service, and one look-up of the service for all its edges.
    const late = new Map<string, Set<string>>();
    const lateEdge = (from: string, to: string) => {
      let s = late.get(from);
      if (!s) {
        s = new Set();
        late.set(from, s);
      }
      s.add(to);
    };
    const edges = (from: string, i: number | undefined, deps: readonly unknown[] | undefined) => {
      if (!deps || deps.length === 0 || i === undefined) return;
      for (const to of deps) {
        if (typeof to !== "string") continue;
        const j = position(to);
        if (j === undefined || j <= i) continue;
        lateEdge(from, to);
      }
    };
    // With no service repeated, requirement k is the first of its service: its position is
    // at hand.
    const distinct = services.size === requirements.length;
    for (let k = 0; k < requirements.length; k++) {
      const r = requirements[k] as (typeof requirements)[number];
      if (!r.dependsOn || r.dependsOn.length === 0) continue;
      const p = distinct ? (first[k] as number) : (position(r.service) ?? -1);
      edges(r.service, p < 0 ? undefined : p, r.dependsOn);
    }
    const nodes = ctx.bia?.nodes ?? [];
    if (nodes.length > 0) {
      // A BIA node and each of its dependencies that is a plan service has its requirement's
      // position already (resolved once per validation, shared with the time-critical walk).
      const { requirementOf } = memo.biaNodes(ctx.bia);
      const bia = memo.biaEdges(ctx.bia);
      for (let k = 0; k < nodes.length; k++) {
        const e0 = bia.start[k] as number;
        const e1 = bia.start[k + 1] as number;
        if (e0 === e1) continue;
        const n = nodes[k] as (typeof nodes)[number];
        const q = requirementOf[k] as number;
        const i = q >= 0 ? (first[q] as number) : (others?.get(n.id) ?? -1);
        if (i < 0) continue;
        const deps = n.dependsOn as readonly string[];
        for (let e = e0; e < e1; e++) {
          const to = deps[e - e0];
          if (typeof to !== "string") continue;
          const r = bia.requirement[e] as number;
          const j = r >= 0 ? (first[r] as number) : (others?.get(to) ?? -1);
          if (j < 0 || j <= i) continue;
          lateEdge(n.id, to);
        }
      }
    }
    if (late.size === 0) return;
    for (let i = 0; i < order.length; i++) {
      const id = order[i] as string;
      const deps = late.get(id);
      if (!deps || position(id) !== i) continue;
      for (const d of [...deps].sort()) {
        ctx.report({
          path: `/emergency/recoveryOrder/${i}`,
          data: { service: id, dependency: d },
          related: [{ path: `/emergency/recoveryOrder/${position(d)}` }],
        });
      }
    }
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
      const memo = memoOf(ctx.index);
      const needs = memo.biaObjectives(ctx.bia)[kind];
      const services = ctx.index.services;
      const requirements = ctx.plan.preIncident?.requirements ?? [];
      // With no service repeated, requirement i is the first of its service: no look-up.
      const distinct = services.size === requirements.length;
      for (let i = 0; i < requirements.length; i++) {
        const r = requirements[i] as (typeof requirements)[number];
        const need = distinct ? needs[i] : needs[services.get(r.service)?.index ?? -1];
        if (need === undefined) continue;
        // An RPO applies only to what holds data: a line or a load balancer has none to lose.
        if (kind === "rpo" && !keepsData(ctx, r.service)) continue;
        const text = r.objectives?.[kind];
        const planned = text === undefined ? undefined : memo.minutes(text);
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
      }
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
