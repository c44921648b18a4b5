import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeBia } from "../analyze.js";
import { compileBia } from "./compile.js";

const base = {
  kind: "BusinessImpactAnalysis",
  schemaVersion: "1.0",
  timePoints: ["PT4H", "P1D"],
  unacceptableLevel: 4,
};

describe("compileBia: bad input becomes diagnostics with paths", () => {
  it("reports dangling references, self-dependencies, empty any-of groups and duplicate ids", () => {
    const { model, diagnostics } = compileBia({
      ...base,
      processes: [{ id: "p", name: "P", dependsOn: ["ghost", "p", { anyOf: [] }, "s"] }],
      services: [
        { id: "s", name: "S" },
        { id: "s", name: "S again" },
      ],
    });
    expect(diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
      ["document/dangling-reference", "error", "/processes/0/dependsOn/0"],
      ["bia/self-dependency", "error", "/processes/0/dependsOn/1"],
      ["bia/empty-any-of", "error", "/processes/0/dependsOn/2/anyOf"],
      ["document/duplicate-id", "error", "/services/1/id"],
    ]);
    expect(diagnostics.find((d) => d.code === "document/duplicate-id")?.related).toEqual([
      { path: "/services/0/id" },
    ]);
    // the usable part is still indexed: p → s
    expect(model.n).toBe(2);
    expect(model.ids).toEqual(["p", "s"]);
    expect([...model.members]).toEqual([1]);
  });

  it("reports malformed and negative durations once, precisely", () => {
    const { diagnostics } = compileBia({
      ...base,
      processes: [{ id: "p", name: "P", wrt: "4h", objectives: { rto: "-PT4H" } }],
      services: [{ id: "s", name: "S", capability: { recoveryTime: "PT-2H" } }],
    });
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["duration/negative", "/processes/0/objectives/rto"],
      ["duration/malformed", "/processes/0/wrt"],
      ["duration/negative", "/services/0/capability/recoveryTime"],
    ]);
  });

  it("accepts another organisation's undeclared node with a warning", () => {
    const { model, diagnostics } = compileBia({
      ...base,
      processes: [{ id: "p", name: "P", dependsOn: ["kita-mx:line"] }],
    });
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["bia/external-unresolved", "/processes/0/dependsOn/0"],
    ]);
    expect(model.types).toEqual(["process", "external"]);
  });

  it("never throws, whatever JSON-like value it gets", () => {
    for (const v of [null, undefined, 42, "text", [], {}, { kind: "BusinessImpactAnalysis" }]) {
      expect(analyzeBia(v).diagnostics.length).toBeGreaterThan(0);
    }
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        analyzeBia({
          ...base,
          processes: [{ id: "p", name: "P", dependsOn: v }],
          services: v,
          scenarios: v,
        });
        analyzeBia(v);
      }),
      { numRuns: 300 },
    );
  });
});
