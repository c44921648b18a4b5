import { compileBia } from "@mamori/bia/model";
import { describe, expect, it } from "vitest";
import { readInputReferences, sortCompiledGraph } from "./bia.js";

describe("readInputReferences (the machine's floor beside the BIA's scaling)", () => {
  const doc = {
    processes: [{ id: "p", dependsOn: ["s", { anyOf: ["s", "r"] }] }],
    services: [{ id: "s", dependsOn: ["r"] }],
    resources: [{ id: "r" }],
  };

  it("looks every dependency up by id: the sum of the indexes found", () => {
    // ids in document order: p 0, s 1, r 2; references s, s, r (from p) and r (from s):
    // 1 + 1 + 2 + 2 = 6.
    expect(readInputReferences(doc)).toBe(6);
  });

  it("says -1 when a reference is not an id of the document", () => {
    expect(readInputReferences({ ...doc, services: [{ id: "s", dependsOn: ["nowhere"] }] })).toBe(
      -1,
    );
  });
});

describe("sortCompiledGraph (the graph's floor beside the BIA's scaling)", () => {
  const bia = (processes: unknown[], services: unknown[], resources: unknown[] = []) =>
    compileBia({
      kind: "BusinessImpactAnalysis",
      schemaVersion: "1.0",
      timePoints: ["PT4H"],
      unacceptableLevel: 4,
      processes,
      services,
      resources,
    }).model;

  it("sorts every node of an acyclic graph, dependents first, any-of members as edges", () => {
    const model = bia(
      [{ id: "p", name: "P", dependsOn: ["s", { anyOf: ["s", "r"] }] }],
      [{ id: "s", name: "S", dependsOn: ["r"] }],
      [{ id: "r", name: "R", kind: "server" }],
    );
    expect(model.ids).toEqual(["p", "s", "r"]);
    const indegree = new Int32Array(3);
    const queue = new Int32Array(3);
    // In-degrees: s 2 (p twice), r 2 (p's any-of, s), p 0. Queue: p; p's edges take s to 0
    // (queued) and r to 1; s's edge takes r to 0 (queued): p, s, r — all 3.
    expect(sortCompiledGraph(model, indegree, queue)).toBe(3);
    expect([...queue]).toEqual([0, 1, 2]);
    // The scratch arrays are reset on each call: the same answer twice.
    expect(sortCompiledGraph(model, indegree, queue)).toBe(3);
  });

  it("holds back the nodes of a cycle and those behind it", () => {
    const model = bia(
      [{ id: "p", name: "P", dependsOn: ["a"] }],
      [
        { id: "a", name: "A", dependsOn: ["b"] },
        { id: "b", name: "B", dependsOn: ["a"] },
      ],
    );
    // In-degrees: a 2 (p, b), b 1 (a), p 0. Only p starts; its edge takes a to 1: 1 sorted.
    expect(sortCompiledGraph(model, new Int32Array(3), new Int32Array(3))).toBe(1);
  });
});
