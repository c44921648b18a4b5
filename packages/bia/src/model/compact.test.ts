import { describe, expect, it } from "vitest";
import { compactNumber, flatConcat, makePool, minutesOrNull, sized } from "./compact.js";

describe("compactNumber", () => {
  it("keeps the value: integers, fractions, large and odd numbers", () => {
    const f = new Float64Array([480, 0.5, -30, 2 ** 40, -0, Number.POSITIVE_INFINITY]);
    expect([...f].map(compactNumber)).toEqual([
      480,
      0.5,
      -30,
      2 ** 40,
      0,
      Number.POSITIVE_INFINITY,
    ]);
    // −0 becomes 0 (JSON writes both as 0)
    expect(Object.is(compactNumber(-0), 0)).toBe(true);
    expect(compactNumber(Number.NaN)).toBeNaN();
  });

  it("minutesOrNull: NaN (no value) is null", () => {
    expect(minutesOrNull(Number.NaN)).toBeNull();
    expect(minutesOrNull(720)).toBe(720);
    expect(minutesOrNull(90.5)).toBe(90.5);
  });
});

describe("sized", () => {
  it("gives an array of the length asked, to fill by index", () => {
    const a = sized<string>(3);
    expect(a).toHaveLength(3);
    a[0] = "x";
    a[1] = "y";
    a[2] = "z";
    expect(a).toEqual(["x", "y", "z"]);
    expect(sized<number>(0)).toEqual([]);
  });
});

describe("makePool", () => {
  it("shares one frozen value per key and builds it once", () => {
    const share = makePool<{ level: number }>();
    let built = 0;
    const make = () => {
      built++;
      return { level: 4 };
    };
    const a = share("k", make);
    const b = share("k", make);
    const c = share("other", make);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(built).toBe(2);
    expect(Object.isFrozen(a)).toBe(true);
    // ES modules are strict: changing a shared value throws instead of changing every user
    expect(() => {
      (a as { level: number }).level = 5;
    }).toThrow(TypeError);
  });
});

describe("flatConcat", () => {
  it("is the prefix followed by the number", () => {
    expect(flatConcat("/services/", 12345)).toBe("/services/12345");
    expect(flatConcat("", 0)).toBe("0");
  });
});
