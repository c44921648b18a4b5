import { describe, expect, it } from "vitest";
import { parseIsoDate } from "../date/date.js";
import { showValue } from "./show-value.js";

describe("showValue", () => {
  it("shows strings as they are and other values as JSON", () => {
    expect(showValue("PT4H")).toBe("PT4H");
    expect(showValue({ a: 1 })).toBe('{"a":1}');
    expect(showValue(undefined)).toBe("undefined");
  });
  it("never throws on values JSON.stringify and String() throw on", () => {
    // Found by the reliability fuzzer: parseIsoDate(0n) threw "Do not know how to serialize a BigInt".
    expect(showValue(0n)).toBe("0");
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(showValue(cyclic)).toBe("[object Object]");
    // String(Object.create(null)) throws "Cannot convert object to primitive value".
    const bare = Object.create(null) as Record<string, unknown>;
    bare.n = 1n;
    expect(showValue(bare)).toBe("object");
  });
  it("cuts long text to 80 characters", () => {
    // 77 characters kept + "..." = 80.
    expect(showValue("x".repeat(10_000))).toBe(`${"x".repeat(77)}...`);
  });
  it("lets parseIsoDate report any value instead of throwing", () => {
    expect(parseIsoDate(0n).diagnostics[0]?.code).toBe("date/malformed");
    expect(parseIsoDate(Object.create(null)).diagnostics[0]?.code).toBe("date/malformed");
    expect(parseIsoDate("x".repeat(1_000_000)).diagnostics[0]?.message.length).toBeLessThan(200);
  });
});
