import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeBia } from "../analyze.js";

describe("computeRecoveryOrder", () => {
  const doc = {
    kind: "BusinessImpactAnalysis",
    schemaVersion: "1.0",
    timePoints: ["P1D"],
    unacceptableLevel: 4,
    processes: [
      { id: "slow", name: "Slow", objectives: { rto: "P3D" }, dependsOn: ["z-app"] },
      { id: "fast", name: "Fast", objectives: { rto: "PT4H" }, dependsOn: ["y-app", "shared"] },
      { id: "idle", name: "Idle" },
    ],
    services: [
      { id: "z-app", name: "Z", dependsOn: ["shared"] },
      { id: "y-app", name: "Y" },
      { id: "shared", name: "Shared" },
      { id: "b-unused", name: "B" },
      { id: "a-unused", name: "A" },
    ],
  };

  it("puts dependencies first, then the earliest due time, then tier, then id", () => {
    // Due: fast 240, y-app 240, shared min(240, z-app 4320) = 240, z-app 4320, slow 4320.
    // Ready at start: idle(∞), y-app(240), shared(240), b-unused(∞), a-unused(∞).
    // shared < y-app by id (same due, same tier) → shared; then y-app; fast becomes ready (240)
    // → fast; z-app (4320); slow (4320); then the ones without due time, by id.
    expect(analyzeBia(doc).recoveryOrder).toEqual([
      "shared",
      "y-app",
      "fast",
      "z-app",
      "slow",
      "a-unused",
      "b-unused",
      "idle",
    ]);
  });

  it("is identical on every run and for any input order", () => {
    const shuffled = {
      ...doc,
      services: [...doc.services].reverse(),
      processes: [...doc.processes].reverse(),
    };
    expect(analyzeBia(shuffled).recoveryOrder).toEqual(analyzeBia(doc).recoveryOrder);
    expect(JSON.stringify(analyzeBia(doc))).toBe(JSON.stringify(analyzeBia(doc)));
  });
});

describe("cycles as units (issue 21): property", () => {
  it("whatever a cycle depends on comes before it, is due in time for it, and is ready first", () => {
    const graph = fc.integer({ min: 2, max: 10 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        recovery: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: n, maxLength: n }),
        deps: fc.array(fc.array(fc.nat(n - 1), { maxLength: 3 }), { minLength: n, maxLength: n }),
      }),
    );
    fc.assert(
      fc.property(graph, ({ n, recovery, deps }) => {
        const id = (v: number) => `s${v}`;
        const r = analyzeBia({
          kind: "BusinessImpactAnalysis",
          schemaVersion: "1.0",
          timePoints: ["P1D"],
          unacceptableLevel: 4,
          processes: [{ id: "p", name: "P", objectives: { rto: "P3D" }, dependsOn: ["s0"] }],
          services: deps.map((d, v) => ({
            id: id(v),
            name: id(v),
            capability: { recoveryTime: `PT${recovery[v]}H` },
            dependsOn: [...new Set(d.filter((w) => w !== v).map(id))],
          })),
        });
        const node = new Map(r.nodes.map((x) => [x.id, x]));
        const pos = new Map(r.recoveryOrder.map((x, i) => [x, i]));
        const unitOf = new Map<string, string>();
        for (const c of r.cycles) for (const m of c.nodes) unitOf.set(m, c.nodes[0] as string);
        const unit = (x: string) => unitOf.get(x) ?? x;
        const unitRecovery = (x: string) =>
          r.cycles.find((c) => c.nodes.includes(x))?.recoveryMinutes ??
          node.get(x)?.recoveryMinutes ??
          0;
        expect(r.recoveryOrder).toHaveLength(n + 1);
        for (const x of r.nodes) {
          for (const w of x.dependsOn) {
            if (unit(w) === unit(x.id)) continue;
            const dep = node.get(w);
            expect(pos.get(w) as number).toBeLessThan(pos.get(x.id) as number);
            // ready: the dependency before the dependent's start
            expect(dep?.achievableMinutes as number).toBeLessThanOrEqual(x.startMinutes as number);
            // due: in time for the dependent (its whole unit) to recover
            if (x.requiredRtoMinutes !== null)
              expect(dep?.requiredRtoMinutes as number).toBeLessThanOrEqual(
                x.requiredRtoMinutes - unitRecovery(x.id),
              );
          }
        }
        // everything reachable from p is due somewhere: nothing upstream of a cycle is blind
        const seen = new Set<string>(["p"]);
        const stack = ["p"];
        while (stack.length > 0) {
          for (const w of node.get(stack.pop() as string)?.dependsOn ?? [])
            if (!seen.has(w)) {
              seen.add(w);
              stack.push(w);
            }
        }
        for (const x of seen) expect(node.get(x)?.requiredRtoMinutes).not.toBeNull();
      }),
      { numRuns: 150, seed: 20261207 },
    );
  });
});
