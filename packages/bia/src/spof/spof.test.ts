import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeBia } from "../analyze.js";
import { compileBia } from "../model/compile.js";
import { computeMtpd } from "../objectives/mtpd.js";
import { computeRecoveryObjectives } from "../objectives/rto.js";
import { findSinglePointsOfFailure } from "./spof.js";

const doc = {
  kind: "BusinessImpactAnalysis",
  schemaVersion: "1.0",
  timePoints: ["P1D"],
  unacceptableLevel: 4,
  processes: [
    {
      id: "orders",
      name: "Orders",
      objectives: { rto: "PT8H" },
      lossPerHour: { amount: 1000, currency: "JPY" },
      dependsOn: ["erp", { anyOf: ["line", "mobile"] }],
    },
    {
      id: "ship",
      name: "Ship",
      objectives: { rto: "PT4H" },
      lossPerHour: { amount: 500, currency: "JPY" },
      dependsOn: ["wms"],
    },
    { id: "design", name: "Design", dependsOn: ["cad"] },
  ],
  services: [
    { id: "erp", name: "ERP", dependsOn: ["db"] },
    { id: "wms", name: "WMS", dependsOn: ["db"] },
    { id: "db", name: "DB", dependsOn: [{ anyOf: ["power", "generator"] }] },
    { id: "cad", name: "CAD" },
  ],
  resources: [
    { id: "line", name: "Line", kind: "communications" },
    { id: "mobile", name: "Mobile", kind: "communications", dependsOn: ["tower"] },
    { id: "tower", name: "Tower", kind: "communications" },
    { id: "power", name: "Power", kind: "power", dependsOn: ["substation"] },
    { id: "generator", name: "Generator", kind: "power", dependsOn: ["substation"] },
    { id: "substation", name: "Substation", kind: "power" },
  ],
};

describe("findSinglePointsOfFailure", () => {
  it("takes any-of redundancy into account and ranks by criticality", () => {
    const { model } = compileBia(doc);
    const obj = computeRecoveryObjectives(model, computeMtpd(model)).objectives;
    const { spofs } = findSinglePointsOfFailure(model, obj);
    // line, mobile, tower, power, generator: each has a redundant partner → not SPOFs.
    // substation feeds both power and generator → both fail → db → erp, wms → orders, ship.
    // Ranking: smallest RTO first: db, substation, wms stop ship (240); db and substation
    // also stop orders → more time-critical (2) before wms (1); db < substation by loss? equal
    // loss 1500 → by id: db, substation. Then erp (480), then cad (no RTO).
    expect(
      spofs.map((s) => [s.node, s.processes, s.timeCritical, s.minRtoMinutes, s.lossPerHour]),
    ).toEqual([
      ["db", ["orders", "ship"], 2, 240, 1500],
      ["substation", ["orders", "ship"], 2, 240, 1500],
      ["wms", ["ship"], 1, 240, 500],
      ["erp", ["orders"], 1, 480, 1000],
      ["cad", ["design"], 0, null, 0],
    ]);
    expect(spofs[0]?.tier).toBe("tier-1");
  });

  it("lists the stopped processes by id, not in the order the search reaches them", () => {
    // x fails: the search reaches zeta first (it depends on x directly), then y, then alpha
    // (through y); listed by id: alpha, zeta. RTOs 8 h (480) and none: 1 time-critical, min
    // 480; losses 300 + 200 = 500.
    const { model } = compileBia({
      ...doc,
      resources: [],
      processes: [
        { id: "zeta", name: "Z", lossPerHour: { amount: 200, currency: "JPY" }, dependsOn: ["x"] },
        {
          id: "alpha",
          name: "A",
          objectives: { rto: "PT8H" },
          lossPerHour: { amount: 300, currency: "JPY" },
          dependsOn: ["y"],
        },
      ],
      services: [
        { id: "y", name: "Y", dependsOn: ["x"] },
        { id: "x", name: "X" },
      ],
    });
    const obj = computeRecoveryObjectives(model, computeMtpd(model)).objectives;
    const x = findSinglePointsOfFailure(model, obj).spofs.find((s) => s.node === "x");
    expect(x && [x.processes, x.timeCritical, x.minRtoMinutes, x.lossPerHour]).toEqual([
      ["alpha", "zeta"],
      1,
      480,
      500,
    ]);
  });

  it("counts a process whose RTO is present but NaN as time-critical, as before", () => {
    // rtoMargin NaN: the derived RTO is MTPD − WRT − NaN = NaN, present (not null). s stops p:
    // one time-critical process, and a warning for s.
    const r = analyzeBia(
      {
        ...doc,
        timePoints: ["PT4H", "P1D"],
        resources: [],
        processes: [{ id: "p", name: "P", impacts: { financial: { P1D: 4 } }, dependsOn: ["s"] }],
        services: [{ id: "s", name: "S" }],
      },
      { rtoMargin: Number.NaN },
    );
    expect(r.spofs.find((x) => x.node === "s")?.timeCritical).toBe(1);
    expect(r.diagnostics.filter((d) => d.code === "bia/single-point-of-failure")).toHaveLength(1);
  });

  it("warns only for SPOFs that stop a time-critical process", () => {
    const r = analyzeBia(doc);
    expect(
      r.diagnostics.filter((d) => d.code === "bia/single-point-of-failure").map((d) => d.path),
    ).toEqual(["/resources/5", "/services/0", "/services/1", "/services/2"]);
  });

  it("reports when the work limit truncates the search, having searched the most urgent first", () => {
    const { model } = compileBia(doc);
    const r = findSinglePointsOfFailure(model, [], { workLimit: 1 });
    expect(r.diagnostics.map((d) => d.code)).toContain("bia/spof-truncated");
    // Without priority the first candidate is erp (index 3); with required RTOs wms (due 240)
    // comes first: wms fails → ship (1 step + 1 listed = 2 > 1) → stop after it.
    expect(r.spofs.map((s) => s.node)).toEqual(["erp"]);
    const priority = new Float64Array(model.n).fill(Number.NaN);
    priority[model.indexOf.get("wms") as number] = 240;
    const p = findSinglePointsOfFailure(model, [], { workLimit: 1, priority });
    expect(p.spofs.map((s) => s.node)).toEqual(["wms"]);
  });

  it("resets any-of counts between candidates: each member alone leaves the group up", () => {
    // p needs {a, b, c} any-of. Searched one after another, a, b and c each fail one member
    // of the same group; if the count carried over, the third search would see 3 of 3 down.
    const { model } = compileBia({
      kind: "BusinessImpactAnalysis",
      schemaVersion: "1.0",
      timePoints: ["P1D"],
      unacceptableLevel: 4,
      processes: [{ id: "p", name: "P", dependsOn: [{ anyOf: ["a", "b", "c"] }, "d"] }],
      resources: ["a", "b", "c", "d"].map((id) => ({ id, name: id, kind: "facility" })),
    });
    expect(findSinglePointsOfFailure(model, []).spofs.map((s) => s.node)).toEqual(["d"]);
  });

  it("finds exactly what failing each node alone stops (random graphs, against a fixpoint)", () => {
    // The reference: fail x, then repeat until nothing changes — a node fails when one of its
    // dependency groups has every member failed. Quadratic and obviously right.
    const graph = fc.integer({ min: 2, max: 12 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        processes: fc.integer({ min: 1, max: n - 1 }),
        deps: fc.array(
          fc.array(fc.array(fc.integer({ min: 0, max: n - 1 }), { minLength: 1, maxLength: 3 }), {
            maxLength: 3,
          }),
          { minLength: n, maxLength: n },
        ),
      }),
    );
    fc.assert(
      fc.property(graph, ({ n, processes, deps }) => {
        const id = (v: number) => (v < processes ? `p${v}` : `s${v}`);
        const dependsOn = (v: number) =>
          (deps[v] ?? [])
            .map((g) => g.filter((m) => m !== v).map(id))
            .filter((g) => g.length > 0)
            .map((g) => (g.length === 1 ? g[0] : { anyOf: g }));
        const nodes = Array.from({ length: n }, (_, v) => ({
          id: id(v),
          name: id(v),
          dependsOn: dependsOn(v),
        }));
        const { model } = compileBia({
          kind: "BusinessImpactAnalysis",
          schemaVersion: "1.0",
          timePoints: ["P1D"],
          unacceptableLevel: 4,
          processes: nodes.slice(0, processes),
          services: nodes.slice(processes),
        });
        const expected: [string, string[]][] = [];
        for (let x = processes; x < n; x++) {
          const failed = new Set([id(x)]);
          for (let changed = true; changed; ) {
            changed = false;
            for (const node of nodes) {
              if (failed.has(node.id)) continue;
              const down = node.dependsOn.some((d) =>
                typeof d === "string"
                  ? failed.has(d)
                  : (d as { anyOf: string[] }).anyOf.every((m) => failed.has(m)),
              );
              if (down) {
                failed.add(node.id);
                changed = true;
              }
            }
          }
          const stopped = [...failed].filter((v) => v.startsWith("p")).sort();
          if (stopped.length > 0) expected.push([id(x), stopped]);
        }
        const found = findSinglePointsOfFailure(model, [], { workLimit: Number.MAX_SAFE_INTEGER });
        const got = found.spofs.map((s) => [s.node, s.processes] as [string, string[]]);
        const byNode = (a: [string, string[]], b: [string, string[]]) => (a[0] < b[0] ? -1 : 1);
        expect(got.sort(byNode)).toEqual(expected.sort(byNode));
      }),
      { numRuns: 300, seed: 20261128 },
    );
  });
});
