import { analyzeBia } from "@mamori/bia";
import { validatePlan } from "@mamori/plan-validator";
import { describe, expect, it } from "vitest";
import { generateBia } from "./bia.js";
import { generatePlan } from "./plan.js";
import { createRandom } from "./random.js";

describe("createRandom", () => {
  it("is deterministic per seed and stays in range", () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const c = createRandom(8);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(c.next()).not.toBe(xs[0]);
    for (let i = 0; i < 1000; i++) {
      const k = a.int(3);
      expect(k >= 0 && k < 3 && Number.isInteger(k)).toBe(true);
    }
  });
});

describe("generateBia", () => {
  it("makes exactly the nodes and edges asked for, the same for the same seed", () => {
    const g = generateBia({ nodes: 2000, edges: 20_000, seed: 1 });
    // 2 companies; 200 processes, 20 externals, 80 resources, 1,700 services.
    expect(g.companies).toBe(2);
    const doc = g.document as Record<string, unknown[]>;
    expect(doc.processes?.length).toBe(200);
    expect(doc.externals?.length).toBe(20);
    expect(doc.resources?.length).toBe(80);
    expect(doc.services?.length).toBe(1700);
    // Counted from the document: a plain dependency is one edge, an any-of group one per member.
    let edges = 0;
    for (const list of ["processes", "services"]) {
      for (const n of doc[list] as Array<{ dependsOn: unknown[] }>) {
        for (const d of n.dependsOn)
          edges += typeof d === "string" ? 1 : (d as { anyOf: string[] }).anyOf.length;
      }
    }
    expect(edges).toBe(20_000);
    expect(g.edges).toBe(20_000);
    expect(JSON.stringify(generateBia({ nodes: 2000, edges: 20_000, seed: 1 }).document)).toBe(
      JSON.stringify(g.document),
    );
    expect(JSON.stringify(generateBia({ nodes: 2000, edges: 20_000, seed: 2 }).document)).not.toBe(
      JSON.stringify(g.document),
    );
  });

  it("is a valid, acyclic BIA that analyses whole, scenario included", () => {
    const g = generateBia({ nodes: 1000, edges: 8000, seed: 3 });
    const r = analyzeBia(g.document, { scenario: g.scenario });
    expect(
      r.diagnostics.filter((d) => d.code.startsWith("schema/") || d.code.startsWith("document/")),
    ).toEqual([]);
    expect(r.cycles).toEqual([]);
    expect(r.nodes.length).toBe(1000);
    expect(r.recoveryOrder.length).toBe(1000);
    expect(r.scenarios.map((s) => s.scenario)).toEqual([g.scenario]);
  });
});

describe("generatePlan", () => {
  it("is a valid plan on which every rule runs and finds a realistic handful", () => {
    const { plan, bia, now } = generatePlan({ services: 200, seed: 42 });
    const r = validatePlan(plan, {
      preset: "nist-high",
      bia: analyzeBia(bia),
      matrix: { controls: [] },
      organisation: { scope: "consolidated-group" },
      now,
    });
    expect(r.plan).toBeDefined();
    expect(r.diagnostics.filter((d) => d.code.startsWith("schema/"))).toEqual([]);
    const pre = plan.preIncident as Record<string, unknown[]>;
    expect(pre.requirements?.length).toBe(200);
    // 200 requirements, 198 procedures (one in 97 missing: services 96 and 193).
    expect((plan.emergency as Record<string, unknown[]>).procedures?.length).toBe(198);
    // Findings are a small share of the ~500 items, not one per item.
    expect(r.diagnostics.length).toBeGreaterThan(5);
    expect(r.diagnostics.length).toBeLessThan(100);
    expect(JSON.stringify(generatePlan({ services: 200, seed: 42 }).plan)).toBe(
      JSON.stringify(plan),
    );
  });

  it("holds the same mix at 10·n services as at n: findings grow about tenfold, code by code", () => {
    const codes = (services: number) => {
      const { plan, bia, now } = generatePlan({ services, seed: 42 });
      const r = validatePlan(plan, {
        preset: "nist-high",
        bia: analyzeBia(bia),
        matrix: { controls: [] },
        organisation: { scope: "consolidated-group" },
        now,
      });
      const by: Record<string, number> = {};
      for (const d of r.diagnostics) by[d.code] = (by[d.code] ?? 0) + 1;
      return { total: r.diagnostics.length, by };
    };
    const small = codes(200);
    const large = codes(2000);
    // Time-critical services without a procedure (time-critical in the plan or needed by the
    // BIA's one time-critical process per unit of 200): 1 at 200, 10 at 2,000. That process
    // needs its services within a day, which some of the plan's RTOs miss at both sizes.
    expect(small.by["procedures/time-critical-covered"]).toBe(1);
    expect(large.by["procedures/time-critical-covered"]).toBe(10);
    expect(small.by["bia/rto-consistent"]).toBeGreaterThan(0);
    const growth = large.total / small.total;
    expect(growth).toBeGreaterThan(8);
    expect(growth).toBeLessThan(12);
  });
});
