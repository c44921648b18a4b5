// Property tests: the invariants that define a correct analysis, checked on generated
// documents (fast-check shrinks any counterexample to the smallest graph that breaks one).
import { analyzeBia } from "@mamori/bia";
import { analyzeMatrix, DEPLOYMENT_MODELS, OWNERSHIPS } from "@mamori/cloud-matrix";
import { BUILTIN_CATALOGS } from "@mamori/cloud-matrix/catalogs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const RUNS = Number(process.env.RUNS ?? 150);

/** Hours of a recovery time (a PTnH duration). */
const hours = fc.integer({ min: 0, max: 200 });

interface GenGraph {
  processes: number;
  services: number;
  /** Edges as [from, to] over the node list processes ++ services (dependencies). */
  edges: Array<[number, number]>;
  /** anyOf groups: [from, [to, to]]. */
  alternatives: Array<[number, [number, number]]>;
  recovery: number[];
  rto: Array<number | null>;
  ratings: number[][];
}

/** A BIA graph: processes depend on services, services on services (acyclic when `dag`). */
function graph(dag: boolean): fc.Arbitrary<GenGraph> {
  return fc
    .record({ processes: fc.integer({ min: 1, max: 4 }), services: fc.integer({ min: 1, max: 8 }) })
    .chain(({ processes, services }) => {
      const n = processes + services;
      const svc = fc.integer({ min: processes, max: n - 1 });
      // In a DAG a service only depends on a later service: index order is a topological order.
      const edge = svc.chain((b) =>
        fc.tuple(fc.integer({ min: 0, max: dag ? b - 1 : n - 1 }), fc.constant(b)),
      );
      return fc.record({
        processes: fc.constant(processes),
        services: fc.constant(services),
        edges: fc.uniqueArray(edge, { maxLength: 3 * n, selector: ([a, b]) => `${a}-${b}` }),
        // Two distinct services b < c, and a node a before both in a DAG (a filter that can
        // always be met, so generation never spins).
        alternatives:
          services < 2
            ? fc.constant([] as Array<[number, [number, number]]>)
            : fc.array(
                fc
                  .tuple(svc, svc)
                  .filter(([b, c]) => b < c)
                  .chain(([b, c]) =>
                    fc.tuple(
                      fc.integer({ min: 0, max: dag ? b - 1 : n - 1 }),
                      fc.constant([b, c] as [number, number]),
                    ),
                  ),
                { maxLength: 2 },
              ),
        recovery: fc.array(hours, { minLength: n, maxLength: n }),
        rto: fc.array(fc.option(fc.integer({ min: 1, max: 300 })), {
          minLength: processes,
          maxLength: processes,
        }),
        ratings: fc.array(
          fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 4, maxLength: 4 }),
          {
            minLength: processes,
            maxLength: processes,
          },
        ),
      });
    });
}

const TIME_POINTS = ["PT1H", "PT4H", "P1D", "P3D"];
const nodeId = (g: GenGraph, i: number) => (i < g.processes ? `p${i}` : `s${i - g.processes}`);

function toDocument(g: GenGraph): Record<string, unknown> {
  const deps = (i: number) => [
    ...g.edges.filter(([a]) => a === i).map(([, b]) => nodeId(g, b)),
    ...g.alternatives
      .filter(([a]) => a === i)
      .map(([, [b, c]]) => ({ anyOf: [nodeId(g, b), nodeId(g, c)] })),
  ];
  return {
    kind: "BusinessImpactAnalysis",
    schemaVersion: "1.0",
    timePoints: TIME_POINTS,
    unacceptableLevel: 4,
    processes: Array.from({ length: g.processes }, (_, i) => ({
      id: nodeId(g, i),
      name: `Process ${i}`,
      impacts: {
        financial: Object.fromEntries(
          TIME_POINTS.map((t, k) => [t, (g.ratings[i] as number[])[k]]),
        ),
      },
      ...(g.rto[i] ? { objectives: { rto: `PT${g.rto[i]}H`, rpo: "PT1H", rlo: 50 } } : {}),
      dependsOn: deps(i),
    })),
    services: Array.from({ length: g.services }, (_, k) => {
      const i = g.processes + k;
      return {
        id: nodeId(g, i),
        name: `Service ${k}`,
        capability: { recoveryTime: `PT${g.recovery[i]}H`, backupInterval: "PT1H" },
        dependsOn: deps(i),
      };
    }),
  };
}

describe("BIA invariants", () => {
  it("every node's required RTO is at most each dependent's due time minus the dependent's own recovery", () => {
    fc.assert(
      fc.property(graph(true), (g) => {
        const r = analyzeBia(toDocument(g));
        const byId = new Map(r.nodes.map((n) => [n.id, n]));
        for (const u of r.nodes) {
          if (u.requiredRtoMinutes === null) continue;
          // A process is due at its RTO and adds no recovery time; a service adds its own.
          const own = u.type === "process" ? 0 : (u.recoveryMinutes ?? 0);
          for (const id of u.dependsOn) {
            const v = byId.get(id);
            expect(v?.requiredRtoMinutes, `${id} under ${u.id}`).not.toBeNull();
            expect(v?.requiredRtoMinutes as number).toBeLessThanOrEqual(u.requiredRtoMinutes - own);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("a node's achievable recovery is at least each (all-of) dependency's, and at least the quickest of each any-of group", () => {
    fc.assert(
      fc.property(graph(true), (g) => {
        const r = analyzeBia(toDocument(g));
        const byId = new Map(r.nodes.map((n) => [n.id, n]));
        for (const u of r.nodes) {
          if (u.achievableMinutes === null) continue;
          // dependsOn lists the members of any-of groups too; those are checked below.
          const alternatives = new Set(u.anyOf.flat());
          for (const id of u.dependsOn) {
            if (alternatives.has(id)) continue;
            const v = byId.get(id)?.achievableMinutes;
            if (v !== null && v !== undefined)
              expect(u.achievableMinutes, `${u.id} ≥ ${id}`).toBeGreaterThanOrEqual(v);
          }
          for (const group of u.anyOf) {
            const best = Math.min(
              ...group.map((id) => byId.get(id)?.achievableMinutes ?? Number.POSITIVE_INFINITY),
            );
            if (Number.isFinite(best)) expect(u.achievableMinutes).toBeGreaterThanOrEqual(best);
          }
        }
        for (const p of r.processes) {
          expect(p.achievableMinutes).toBe(byId.get(p.id)?.achievableMinutes ?? null);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("adding redundancy (a dependency becomes anyOf [it, a spare]) never adds a single point of failure", () => {
    fc.assert(
      // Acyclic graphs: with a self-dependency, "anyOf [itself, spare]" leaves the spare as
      // the only way out, which is a real new single point.
      fc.property(graph(true), fc.nat(), (g, pick) => {
        fc.pre(g.edges.length > 0);
        const before = analyzeBia(toDocument(g));
        const doc = toDocument(g) as {
          processes: Array<{ dependsOn: unknown[] }>;
          services: Array<{ id: string; dependsOn: unknown[] }>;
        };
        const holders = [...doc.processes, ...doc.services].filter((x) =>
          x.dependsOn.some((d) => typeof d === "string"),
        );
        const holder = holders[pick % holders.length] as { dependsOn: unknown[] };
        const k = holder.dependsOn.findIndex((d) => typeof d === "string");
        const target = holder.dependsOn[k] as string;
        doc.services.push({
          id: "spare",
          name: "Spare",
          capability: { recoveryTime: "PT1H" },
          dependsOn: [],
        } as never);
        holder.dependsOn[k] = { anyOf: [target, "spare"] };
        const after = analyzeBia(doc);
        const was = new Set(before.spofs.map((s) => s.node));
        for (const s of after.spofs) expect(was.has(s.node), `new SPOF ${s.node}`).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("the recovery order lists every node once, dependencies before dependents (outside cycles)", () => {
    fc.assert(
      fc.property(graph(false), (g) => {
        const r = analyzeBia(toDocument(g));
        const position = new Map(r.recoveryOrder.map((id, i) => [id, i]));
        expect(position.size).toBe(r.recoveryOrder.length);
        expect(new Set(r.recoveryOrder)).toEqual(new Set(r.nodes.map((n) => n.id)));
        const inCycle = new Set(r.cycles.flatMap((c) => c.nodes));
        for (const u of r.nodes) {
          for (const id of [...u.dependsOn, ...u.anyOf.flat()]) {
            if (inCycle.has(id) && inCycle.has(u.id)) continue;
            expect(position.get(id) as number, `${id} before ${u.id}`).toBeLessThan(
              position.get(u.id) as number,
            );
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("MTPD is monotone in the ratings: raising any rating never lengthens it", () => {
    fc.assert(
      fc.property(
        graph(true),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 4 }),
        (g, pi, ti, up) => {
          const p = pi % g.processes;
          const t = ti % TIME_POINTS.length;
          const before = analyzeBia(toDocument(g)).processes[p]?.mtpdMinutes ?? null;
          const raised = structuredClone(g);
          const row = raised.ratings[p] as number[];
          row[t] = Math.min(5, (row[t] as number) + up);
          const after = analyzeBia(toDocument(raised)).processes[p]?.mtpdMinutes ?? null;
          // null = never unacceptable within the time points: the longest possible.
          const len = (m: number | null) => (m === null ? Number.POSITIVE_INFINITY : m);
          expect(len(after)).toBeLessThanOrEqual(len(before));
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe("matrix invariants", () => {
  const catalogIds = Object.keys(BUILTIN_CATALOGS);
  const matrix = fc.record({
    serviceModel: fc.constantFrom(...DEPLOYMENT_MODELS),
    catalogs: fc.uniqueArray(fc.constantFrom(...catalogIds), { minLength: 1 }),
    overrides: fc.array(fc.record({ pick: fc.nat(), owner: fc.constantFrom(...OWNERSHIPS) }), {
      maxLength: 6,
    }),
  });

  it("derivation is total: every control of every in-scope catalog gets exactly one ownership", () => {
    fc.assert(
      fc.property(matrix, ({ serviceModel, catalogs, overrides }) => {
        const all = catalogs.flatMap((c) =>
          (BUILTIN_CATALOGS[c]?.controls ?? []).map((k) => ({ catalog: c, control: k.id })),
        );
        const doc = {
          kind: "ResponsibilityMatrix",
          schemaVersion: "1.0",
          id: "m",
          provider: "p",
          serviceModel,
          catalogs,
          overrides: overrides.map((o) => ({
            control: all[o.pick % all.length],
            owner: o.owner,
            reason: "generated",
          })),
        };
        const r = analyzeMatrix(doc);
        const keys = r.controls.map((c) => `${c.catalog} ${c.control}`);
        expect(new Set(keys).size).toBe(keys.length);
        expect(new Set(keys)).toEqual(new Set(all.map((c) => `${c.catalog} ${c.control}`)));
        for (const c of r.controls) expect(OWNERSHIPS).toContain(c.owner);
      }),
      { numRuns: RUNS },
    );
  });
});
