import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { idBefore, idKeys } from "./id-order.js";

describe("idKeys / idBefore", () => {
  it("packs the first six code units, c + 1 each, 0 past the end", () => {
    // "ab": a = 97 → 98, b = 98 → 99, then 0: hi = (98 · 2^17 + 99) · 2^17 + 0; lo = 0.
    const k = idKeys(["ab"]);
    expect(k[0]).toBe((98 * 131072 + 99) * 131072);
    expect(k[1]).toBe(0);
  });

  it("orders a prefix first, and decides by the string when six units agree", () => {
    const ids = ["abc", "ab", "abcdefZ", "abcdefA", "\uffff", "\u0000"];
    const keys = idKeys(ids);
    expect(idBefore(keys, ids, 1, 0)).toBe(true); // "ab" < "abc"
    expect(idBefore(keys, ids, 0, 1)).toBe(false);
    expect(idBefore(keys, ids, 3, 2)).toBe(true); // same six units: "…A" < "…Z" by the string
    expect(idBefore(keys, ids, 5, 4)).toBe(true); // U+0000 (stored 1) < U+FFFF (stored 65536)
    expect(idBefore(keys, ids, 0, 0)).toBe(false);
  });

  it("agrees with < on any two strings", () => {
    // Often with a shared start, so that six units agree and the strings decide.
    const str = fc
      .tuple(
        fc.constantFrom("", "s1", "abcdef", "abcdefgh"),
        fc.string({ unit: "binary", maxLength: 4 }),
      )
      .map(([p, q]) => p + q);
    fc.assert(
      fc.property(str, str, (a, b) => {
        const keys = idKeys([a, b]);
        expect(idBefore(keys, [a, b], 0, 1)).toBe(a < b);
        expect(idBefore(keys, [a, b], 1, 0)).toBe(b < a);
      }),
      { numRuns: 2000, seed: 20261129 },
    );
  });
});
