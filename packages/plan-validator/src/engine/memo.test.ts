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

  test("the BIA's nodes by id, last one wins, with the repeated ids", () => {
    const memo = memoOf(indexPlan(cleanPlan()));
    const bia = {
      nodes: [
        { id: "a", type: "service" as const },
        { id: "b" },
        { id: "a", type: "resource" as const },
      ],
    };
    const nodes = memo.biaNodes(bia);
    expect(nodes.byId.get("a")?.type).toBe("resource");
    expect([...nodes.byId.keys()]).toEqual(["a", "b"]);
    expect([...nodes.repeated]).toEqual(["a"]);
    expect(memo.biaNodes(bia)).toBe(nodes);
    expect(memo.biaNodes(undefined).byId.size).toBe(0);
  });
});
