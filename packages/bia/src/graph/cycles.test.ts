import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeBia } from "../analyze.js";
import { compileBia } from "../model/compile.js";
import { findCycles } from "./cycles.js";

const doc = {
  kind: "BusinessImpactAnalysis",
  schemaVersion: "1.0",
  timePoints: ["P1D"],
  unacceptableLevel: 4,
  processes: [{ id: "p", name: "P", objectives: { rto: "PT8H" }, dependsOn: ["a", "d"] }],
  services: [
    { id: "a", name: "A", capability: { recoveryTime: "PT1H" }, dependsOn: ["b"] },
    { id: "b", name: "B", capability: { recoveryTime: "PT1H" }, dependsOn: ["c"] },
    { id: "c", name: "C", capability: { recoveryTime: "PT1H" }, dependsOn: ["a", "e"] },
    { id: "d", name: "D", capability: { recoveryTime: "PT3H" }, dependsOn: ["e"] },
    { id: "e", name: "E", capability: { recoveryTime: "PT2H" } },
  ],
};

describe("findCycles", () => {
  it("reports the full cycle path", () => {
    const { model } = compileBia(doc);
    const r = findCycles(model);
    // one unit: a, b and c take 60 min each, one after another: 60 + 60 + 60 = 180
    expect(r.cycles).toEqual([
      { path: ["a", "b", "c", "a"], nodes: ["a", "b", "c"], recoveryMinutes: 180 },
    ]);
    expect([...r.inCycle]).toEqual([0, 1, 1, 1, 0, 0]);
    // dependencies first: e before d and c; d and the cycle before p
    const pos = (id: string) => [...r.order].indexOf(model.indexOf.get(id) as number);
    expect(pos("e")).toBeLessThan(pos("d"));
    expect(pos("e")).toBeLessThan(pos("c"));
    expect(pos("a")).toBeLessThan(pos("p"));
  });

  it("still analyses the rest of the graph", () => {
    const r = analyzeBia(doc);
    expect(
      r.diagnostics.filter((d) => d.code === "bia/cycle").map((d) => [d.path, d.data?.path]),
    ).toEqual([["/services/0/dependsOn", "a → b → c → a"]]);
    // Edges inside the cycle are ignored: c depends on e outside it → e 120 + c 60 = 180;
    // a and b depend only on cycle members → 0 + 60 = 60 each.
    // d = e 120 + d 180 = 300; p = max(a 60, d 300) = 300.
    const node = (id: string) => r.nodes.find((n) => n.id === id);
    expect(node("c")?.achievableMinutes).toBe(180);
    expect(node("a")?.achievableMinutes).toBe(60);
    expect(node("d")?.achievableMinutes).toBe(300);
    expect(r.processes[0]?.achievableMinutes).toBe(300);
    expect(node("a")?.inCycle).toBe(true);
    expect(r.recoveryOrder).toHaveLength(6);
  });

  it("handles a self-loop as a diagnostic, not a cycle", () => {
    const { model, diagnostics } = compileBia({
      ...doc,
      processes: [],
      services: [{ id: "x", name: "X", dependsOn: ["x"] }],
    });
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["bia/self-dependency", "/services/0/dependsOn/0"],
    ]);
    expect(findCycles(model).cycles).toEqual([]);
  });

  it("orders an acyclic graph dependencies first, each node its own component in that order", () => {
    const { model } = compileBia({
      ...doc,
      processes: [{ id: "p", name: "P", dependsOn: ["a", "d"] }],
      services: [
        { id: "a", name: "A", dependsOn: ["b"] },
        { id: "b", name: "B", dependsOn: ["e"] },
        { id: "d", name: "D", dependsOn: ["e"] },
        { id: "e", name: "E" },
      ],
    });
    expect(model.ids).toEqual(["p", "a", "b", "d", "e"]);
    const r = findCycles(model);
    // Dependencies left: p 2, a 1, b 1, d 1, e 0. e first; then its dependents b and d (in
    // index order), b frees a, d leaves p at 1, a frees p: e, b, d, a, p.
    expect([...r.order]).toEqual([4, 2, 3, 1, 0]);
    // Components numbered in that order: p 4, a 3, b 1, d 2, e 0.
    expect([...r.component]).toEqual([4, 3, 1, 2, 0]);
    expect(r.cycles).toEqual([]);
    expect([...r.inCycle]).toEqual([0, 0, 0, 0, 0]);
  });

  it("keeps its promises on random graphs, with and without cycles", () => {
    // Dependencies are plain or any-of pairs, and may repeat: every member is an edge.
    const dep = (n: number) =>
      fc.oneof(
        fc.integer({ min: 0, max: n - 1 }),
        fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })),
      );
    const graph = fc.integer({ min: 1, max: 12 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        deps: fc.array(fc.array(dep(n), { maxLength: 4 }), { minLength: n, maxLength: n }),
      }),
    );
    fc.assert(
      fc.property(graph, ({ n, deps }) => {
        const name = (w: number) => `s${w}`;
        const services = deps.map((d, v) => ({
          id: name(v),
          name: `S${v}`,
          dependsOn: d
            .map((x) =>
              typeof x === "number"
                ? name(x)
                : { anyOf: [name(x[0] as number), name(x[1] as number)] },
            )
            // Self-dependencies are reported and dropped by compile: leave them out.
            .filter((x) => (typeof x === "string" ? x !== name(v) : !x.anyOf.includes(name(v)))),
        }));
        const { model } = compileBia({ ...doc, processes: [], services });
        const r = findCycles(model);
        // A permutation of the nodes.
        expect([...r.order].sort((a, b) => a - b)).toEqual([...Array(n).keys()]);
        const pos = new Map([...r.order].map((v, i) => [v, i]));
        let cyclic = false;
        for (let v = 0; v < model.n; v++) {
          const from = model.memberStart[model.groupStart[v] as number] as number;
          const to = model.memberStart[model.groupStart[v + 1] as number] as number;
          for (let k = from; k < to; k++) {
            const w = model.members[k] as number;
            if (r.component[w] === r.component[v]) {
              // Same component: both on a cycle.
              cyclic = true;
              expect(r.inCycle[v]).toBe(1);
              expect(r.inCycle[w]).toBe(1);
            } else {
              // Otherwise the dependency comes first, in the order and in component numbers.
              expect(pos.get(w) as number).toBeLessThan(pos.get(v) as number);
              expect(r.component[w] as number).toBeLessThan(r.component[v] as number);
            }
          }
        }
        expect(r.cycles.length > 0).toBe(cyclic);
      }),
      { numRuns: 300, seed: 20261129 },
    );
  });
});
