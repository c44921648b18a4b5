import { describe, expect, it } from "vitest";
import { CI_CASES } from "./fuzz-plan.js";
import { FAMILIES } from "./targets.js";

describe("the CI fuzz plan", () => {
  it("covers every family and runs at least 10,000 cases", () => {
    expect(Object.keys(CI_CASES).sort()).toEqual(FAMILIES.map((f) => f.name).sort());
    const total = Object.values(CI_CASES).reduce((a, b) => a + b, 0);
    // 2000+2000+1400+800+800+700+400+400+250+150+250+400 = 9550, plus the CLI fuzz's 450 = 10,000.
    expect(total).toBe(9_550);
  });
});
