import { memoOf } from "../engine/memo.js";
import { REF, rule } from "./shared/build.js";

/**
 * `recovery/order-dependencies`: the recovery order puts dependencies first.
 *
 * @category Rules
 */
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
