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
    expect(r.cycles).toEqual([{ path: ["a", "b", "c", "a"], nodes: ["a", "b", "c"] }]);
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
});
