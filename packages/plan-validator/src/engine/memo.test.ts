import { describe, expect, test } from "vitest";
import { cleanPlan } from "../../test/harness.js";
import { indexPlan } from "./index-plan.js";
import { memoOf } from "./memo.js";

describe("memoOf", () => {
  test("one memo per index: a validation's rules share it, another validation does not", () => {
    const plan = cleanPlan();
    const a = indexPlan(plan);
    expect(memoOf(a)).toBe(memoOf(a));
    expect(memoOf(indexPlan(plan))).not.toBe(memoOf(a));
    // Kept on the index where nobody sees it: not a key, not in JSON.
    expect(Object.keys(a)).toEqual(Object.keys(indexPlan(plan)));
    expect(
      Object.getOwnPropertySymbols(a).every(
        (s) => !Object.getOwnPropertyDescriptor(a, s)?.enumerable,
      ),
    ).toBe(true);
    // A frozen index still gets a (fresh) memo.
    const frozen = Object.freeze(indexPlan(plan));
    expect(memoOf(frozen).minutes("PT1H")).toBe(60);
    expect(memoOf(frozen)).not.toBe(memoOf(frozen));
  });

  test("durations and dates are parsed once per text, with the results of a fresh parse", () => {
    const memo = memoOf(indexPlan(cleanPlan()));
    // P1DT12H = 24·60 + 12·60 = 2160 minutes; P1M counts 30 days (calendar units approximate) = 43200
    expect([memo.minutes("P1DT12H"), memo.minutes("P1M"), memo.minutes("soon")]).toEqual([
      2160,
      43200,
      undefined,
    ]);
    const d = memo.date("2026-11-27");
    expect(d?.toISOString()).toBe("2026-11-27T00:00:00.000Z");
    expect(memo.date("2026-11-27")).toBe(d); // the same instant object, not parsed again
    expect([memo.date("2026-02-30"), memo.date(undefined)]).toEqual([undefined, undefined]);
  });

  test("the BIA's nodes resolved against the plan's services, the last of a repeated id winning", () => {
    const memo = memoOf(indexPlan(cleanPlan())); // requirement 0 is erp-db, 1 erp, 2 mes
    const bia = {
      nodes: [
        { id: "erp", type: "service" as const },
        { id: "power", type: "resource" as const }, // not a plan service
        { id: "erp", type: "resource" as const },
        { id: "mes" },
        { id: "power", type: "external" as const },
      ],
    };
    const nodes = memo.biaNodes(bia);
    expect([...nodes.requirementOf]).toEqual([1, -1, 1, 2, -1]);
    expect(nodes.get("erp")?.type).toBe("resource");
    expect(nodes.get("power")?.type).toBe("external");
    expect(nodes.get("mes")).toBe(bia.nodes[3]);
    expect([nodes.get("erp-db"), nodes.get("nowhere")]).toEqual([undefined, undefined]);
    expect(memo.biaNodes(bia)).toBe(nodes);
    expect(memo.biaNodes(undefined).requirementOf.length).toBe(0);
    expect(memo.biaNodes(undefined).get("erp")).toBeUndefined();
  });

  test("the BIA's objectives by the position of each service's first requirement, the last number winning", () => {
    const plan = cleanPlan(); // requirement 0 is erp-db, 1 erp, 2 mes
    plan.preIncident.requirements.push({ service: "erp", objectives: { rto: "PT1H" } }); // 15 repeats erp
    const memo = memoOf(indexPlan(plan));
    const bia = {
      nodes: [
        { id: "erp", requiredRtoMinutes: 600, requiredRpoMinutes: 60 },
        { id: "erp", requiredRtoMinutes: null, requiredRpoMinutes: 30 }, // RTO 600 stands, RPO 30 wins
        { id: "mes", requiredRtoMinutes: 240 },
        { id: "not-in-plan", requiredRtoMinutes: 1 },
      ],
    };
    const o = memo.biaObjectives(bia);
    expect(o.rto.length).toBe(15); // one place per requirement up to the last first one (14)
    expect([o.rto[0], o.rto[1], o.rto[2], o.rto[15]]).toEqual([undefined, 600, 240, undefined]);
    expect([o.rpo[1], o.rpo[2]]).toEqual([30, undefined]);
    expect(memo.biaObjectives(bia)).toBe(o);
    expect(memo.biaObjectives(undefined).rto.every((v) => v === undefined)).toBe(true);
  });

  test("the BIA's edges resolved once: each dependency's node and plan requirement", () => {
    const memo = memoOf(indexPlan(cleanPlan())); // requirement 0 is erp-db, 1 erp, 2 mes
    const bia = {
      nodes: [
        { id: "sales", type: "process" as const, dependsOn: ["erp", "power", "nowhere"] },
        { id: "erp", type: "service" as const, dependsOn: ["erp-db"] }, // erp-db: no BIA node
        { id: "power", type: "resource" as const },
        { id: "erp", type: "service" as const, dependsOn: ["power"] }, // the later erp wins
      ],
    };
    const e = memo.biaEdges(bia);
    // Node 0 has 3 dependencies (0..3), node 1 one (3..4), node 2 none, node 3 one (4..5).
    expect([...e.start]).toEqual([0, 3, 4, 4, 5]);
    // erp → node 3 (the last erp), requirement 1; power → node 2, not a plan service;
    // nowhere → neither; erp-db → no node, requirement 0; power → node 2.
    expect([...e.node]).toEqual([3, 2, -1, -1, 2]);
    expect([...e.requirement]).toEqual([1, -1, -1, 0, -1]);
    expect([e.indexOf("erp"), e.indexOf("sales"), e.indexOf("nowhere")]).toEqual([3, 0, -1]);
    expect(memo.biaEdges(bia)).toBe(e);
    expect([...memo.biaEdges(undefined).start]).toEqual([0]);
    // A hand-built BIA whose dependsOn is not a list: no edges, no crash.
    const odd = { nodes: [{ id: "erp", dependsOn: 42 as unknown as string[] }] };
    expect([...memo.biaEdges(odd).start]).toEqual([0, 0]);
  });

  test("the recovery order's ids by the position of their service's first requirement", () => {
    const memo = memoOf(indexPlan(cleanPlan())); // requirement 0 is erp-db, 1 erp, 2 mes
    const order = ["erp-db", "nowhere", "mes", "erp", "erp-db"];
    const at = memo.orderRequirements(order);
    expect([...at]).toEqual([0, -1, 2, 1, 0]);
    expect(memo.orderRequirements(order)).toBe(at);
    expect(memo.orderRequirements(undefined).length).toBe(0);
  });
});
