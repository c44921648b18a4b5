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

  it("analyses the cycle as one unit and the rest of the graph in full", () => {
    const r = analyzeBia(doc);
    const cycle = r.diagnostics.find((d) => d.code === "bia/cycle");
    expect([cycle?.path, cycle?.data?.path]).toEqual(["/services/0/dependsOn", "a → b → c → a"]);
    expect(cycle?.message).toBe(
      "Dependency cycle: a → b → c → a. Its 3 nodes cannot be recovered in order, so they are analysed as one unit: assumed to be recovered one after another, 3 hours in all (the sum of their recovery times), due and back together. What they depend on outside the cycle is analysed in full.",
    );
    // The unit {a, b, c} starts when e is back (c depends on e): e 120; then 60 + 60 + 60 =
    // 180 → all three ready at 120 + 180 = 300. d = e 120 + d 180 = 300.
    // p = max(a 300, d 300) = 300 (a's group first on a tie).
    const node = (id: string) => r.nodes.find((n) => n.id === id);
    expect(["a", "b", "c"].map((id) => node(id)?.achievableMinutes)).toEqual([300, 300, 300]);
    expect(["a", "b", "c"].map((id) => node(id)?.startMinutes)).toEqual([120, 120, 120]);
    expect(node("d")?.achievableMinutes).toBe(300);
    expect(r.processes[0]?.achievableMinutes).toBe(300);
    // the critical path goes through the cycle to e: p → a → c (whose dependency e set the
    // unit's start) → e
    expect(r.processes[0]?.criticalPath).toEqual(["p", "a", "c", "e"]);
    // due: p 480; a, b, c together at 480; e by 480 − 180 (the unit's recovery) = 300
    expect(["a", "b", "c", "e"].map((id) => node(id)?.requiredRtoMinutes)).toEqual([
      480, 480, 480, 300,
    ]);
    expect(node("a")?.inCycle).toBe(true);
    // e first; then the unit and d are free, all due at 480 in tier-2: by id a, b, c, d; then p
    expect(r.recoveryOrder).toEqual(["e", "a", "b", "c", "d", "p"]);
  });

  it("does not blind a node that only feeds the cycle (issue 21)", () => {
    // p (RTO 24 h = 1440) → a; a ⇄ b; b → x; x → y. Only the cycle leads to x and y.
    const r = analyzeBia({
      ...doc,
      processes: [{ id: "p", name: "P", objectives: { rto: "P1D" }, dependsOn: ["a"] }],
      services: [
        { id: "a", name: "A", capability: { recoveryTime: "PT2H" }, dependsOn: ["b"] },
        { id: "b", name: "B", capability: { recoveryTime: "PT3H" }, dependsOn: ["a", "x"] },
        { id: "x", name: "X", capability: { recoveryTime: "PT4H" }, dependsOn: ["y"] },
        { id: "y", name: "Y", capability: { recoveryTime: "PT5H" } },
      ],
    });
    const node = (id: string) => r.nodes.find((n) => n.id === id);
    // unit {a, b}: 120 + 180 = 300. Due: a, b 1440; x 1440 − 300 = 1140; y 1140 − 240 = 900.
    expect(r.cycles[0]?.recoveryMinutes).toBe(300);
    expect(["a", "b", "x", "y"].map((id) => node(id)?.requiredRtoMinutes)).toEqual([
      1440, 1440, 1140, 900,
    ]);
    // tiers from those due times: 900 and 1140 ≤ 1440 → tier-2 (default tiers)
    expect(["x", "y"].map((id) => node(id)?.tier)).toEqual(["tier-2", "tier-2"]);
    // ready: y 300; x 300 + 240 = 540; unit 540 + 300 = 840; p 840
    expect(["y", "x", "a", "b"].map((id) => node(id)?.achievableMinutes)).toEqual([
      300, 540, 840, 840,
    ]);
    expect(r.processes[0]?.achievableMinutes).toBe(840);
    expect(r.processes[0]?.criticalPath).toEqual(["p", "a", "b", "x", "y"]);
    // recovery order: x and y before the unit that needs them
    expect(r.recoveryOrder).toEqual(["y", "x", "a", "b", "p"]);
    // a scenario that fails y takes the whole unit down, and p with it: y [0, 600);
    // x + 240 → [0, 840); unit + 300 → [0, 1140); p [0, 1140)
    const s = analyzeBia({
      ...doc,
      processes: [{ id: "p", name: "P", objectives: { rto: "P1D" }, dependsOn: ["a"] }],
      services: [
        { id: "a", name: "A", capability: { recoveryTime: "PT2H" }, dependsOn: ["b"] },
        { id: "b", name: "B", capability: { recoveryTime: "PT3H" }, dependsOn: ["a", "x"] },
        { id: "x", name: "X", capability: { recoveryTime: "PT4H" }, dependsOn: ["y"] },
        { id: "y", name: "Y", capability: { recoveryTime: "PT5H" } },
      ],
      scenarios: [
        { id: "s", name: "S", type: "custom", failures: [{ node: "y", duration: "PT10H" }] },
      ],
    }).scenarios[0];
    expect(s?.processes[0]?.down).toEqual([{ startMinutes: 0, endMinutes: 1140 }]);
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
