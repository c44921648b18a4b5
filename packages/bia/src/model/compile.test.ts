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

describe("compileBia: compact index", () => {
  it("builds dependents and any-of groups, repeats dropped also in a large group", () => {
    // p: s, then any-of [r0..r19, r0, r5] (22 entries, 20 distinct: over the 16 of a scan)
    const rs = Array.from({ length: 20 }, (_, i) => `r${i}`);
    const { model } = compileBia({
      ...base,
      processes: [{ id: "p", name: "P", dependsOn: ["s", { anyOf: [...rs, "r0", "r5"] }] }],
      services: [{ id: "s", name: "S", dependsOn: ["r0"] }],
      resources: rs.map((id) => ({ id, name: id, kind: "server" })),
    });
    // nodes: p 0, s 1, r0..r19 2..21; groups: p→[s], p→[r0..r19], s→[r0]
    expect([...model.groupStart.slice(0, 3)]).toEqual([0, 2, 3]);
    expect([...model.memberStart]).toEqual([0, 1, 21, 22]);
    expect([...model.members.slice(1, 21)]).toEqual(rs.map((_, i) => i + 2));
    expect([...model.groupEntry]).toEqual([0, 1, 0]);
    // dependents of r0 (node 2): p and s, ascending; of s: p; of r5: p
    const dependents = (v: number) => [
      ...model.rev.slice(model.revStart[v], model.revStart[v + 1]),
    ];
    expect(dependents(2)).toEqual([0, 1]);
    expect(dependents(1)).toEqual([0]);
    expect(dependents(7)).toEqual([0]);
    expect(model.paths.slice(0, 3)).toEqual(["/processes/0", "/services/0", "/resources/0"]);
  });

  it("shares equal rows of ratings between processes, frozen", () => {
    const { model } = compileBia({
      ...base,
      processes: ["a", "b", "c"].map((id) => ({
        id,
        name: id,
        impacts: { financial: id === "c" ? { P1D: 3 } : { PT4H: 2, P1D: 4 } },
      })),
    });
    const [a, b, c] = model.processes;
    // financial row of a and b: [2, 4]; of c: [null, 3]; unrated categories: [null, null]
    expect(a?.levels[0]).toEqual([2, 4]);
    expect(a?.levels[0]).toBe(b?.levels[0]);
    expect(c?.levels[0]).toEqual([null, 3]);
    expect(a?.levels[1]).toEqual([null, null]);
    expect(a?.levels[1]).toBe(c?.levels[1]);
    expect(Object.isFrozen(a?.levels[0])).toBe(true);
  });
});

describe("each duration problem is reported once", () => {
  const doc = (extra: Record<string, unknown>) => ({
    kind: "BusinessImpactAnalysis",
    schemaVersion: "1.0",
    timePoints: ["PT4H", "P1D"],
    unacceptableLevel: 4,
    processes: [
      {
        id: "p",
        name: "P",
        wrt: 5,
        objectives: { rto: "-PT1H" },
        impacts: { financial: { x: 3 } },
      },
    ],
    services: [{ id: "s", name: "S", capability: { recoveryTime: "P1M" } }],
    ...extra,
  });
  const found = (input: unknown) => compileBia(input).diagnostics.map((d) => [d.code, d.path]);

  it("by the schema when it is the format, by reading when the format allows it", () => {
    expect(found(doc({}))).toEqual([
      // a key that is no duration: the schema's finding, not also bia/unknown-time-point
      ["duration/malformed", "/processes/0/impacts/financial/x"],
      // a negative duration: the precise code in place of the schema's "malformed"
      ["duration/negative", "/processes/0/objectives/rto"],
      // the schema's finding; reading no longer adds duration/not-a-string
      ["schema/invalid-type", "/processes/0/wrt"],
      // the format allows months; recovery times do not count them
      ["duration/calendar-unit", "/services/0/capability/recoveryTime"],
    ]);
  });

  it("by reading where the schema did not look (an unsupported schemaVersion)", () => {
    expect(found(doc({ schemaVersion: "9.0" }))).toEqual([
      ["duration/malformed", "/processes/0/impacts/financial/x"],
      ["duration/negative", "/processes/0/objectives/rto"],
      ["duration/not-a-string", "/processes/0/wrt"],
      ["document/unsupported-version", "/schemaVersion"],
      ["duration/calendar-unit", "/services/0/capability/recoveryTime"],
    ]);
  });
});
