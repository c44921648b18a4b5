import { describe, expect, it, vi } from "vitest";
import * as z from "zod/mini";
import { defineObject } from "../schema/object.js";
import { OrganisationSchema } from "../schema/organisation.js";
import { DateSchema, DurationSchema, IdSchema, PercentageSchema } from "../schema/primitives.js";
import { fastPathOf } from "./fast-path.js";
import { validateDocument, validateDocumentSlowly } from "./validate-document.js";

/** An own `__proto__` key, as JSON.parse makes it (an object literal would set the prototype). */
const withProto = () => JSON.parse('{"__proto__": {"polluted": true}}') as object;

/**
 * The fast verdict and the slow one (zod + the `__proto__` walk: no diagnostics) on the
 * document `{ v: value }` of `defineObject({ v: schema })`; `v` sits at depth 1.
 */
function verdicts(schema: z.core.$ZodType, value: unknown): [boolean, boolean] {
  const doc = defineObject({ v: schema });
  const fast = fastPathOf(doc);
  if (!fast) throw new Error("not compiled");
  const input = { v: value };
  return [fast(input), validateDocumentSlowly(doc, input).diagnostics.length === 0];
}

/** Cases as [description, schema, value, valid?]; both paths must give `valid`. */
type Case = [string, z.core.$ZodType, unknown, boolean];

function table(cases: Case[]) {
  it.each(cases)("%s", (_name, schema, value, valid) => {
    expect(verdicts(schema, value)).toEqual([valid, valid]);
  });
}

const maxOne = z.string().check(z.maxLength(1));
const minTwo = z.string().check(z.minLength(2));
const globalRegex = z.string().check(z.regex(/a/g));
const skipped = z.string().check(z.refine(() => false, { when: () => false }));
const refused = z.string().check(z.refine(() => false));

describe("fast path: strings", () => {
  table([
    ["an id", IdSchema, "erp-db", true],
    ["an id with a space", IdSchema, "erp db", false],
    ["an empty id (min 1)", IdSchema, "", false],
    ["an id of 128 characters (max 128)", IdSchema, "x".repeat(128), true],
    ["an id of 129 characters", IdSchema, "x".repeat(129), false],
    ["a number for a string", IdSchema, 7, false],
    // zod counts code points: "🙂" is 2 UTF-16 units but 1 code point.
    ["'🙂' under maxLength 1", maxOne, "🙂", true],
    ["'🙂' under minLength 2", minTwo, "🙂", false],
    ["a /g regex, first call", globalRegex, "a", true],
    ["a /g regex, again (lastIndex reset)", globalRegex, "a", true],
    ["a refinement whose `when` says no", skipped, "x", true],
    ["a failing refinement", refused, "x", false],
  ]);
});

describe("fast path: numbers and booleans", () => {
  const nonNegative = z.number().check(z.gte(0));
  const level = z.int().check(z.gte(0), z.lte(100));
  table([
    ["a fraction", z.number(), 1.5, true],
    ["NaN", z.number(), Number.NaN, false],
    ["Infinity, even above gte(0)", nonNegative, Number.POSITIVE_INFINITY, false],
    ["-Infinity", z.number(), Number.NEGATIVE_INFINITY, false],
    ["a numeric string", z.number(), "1", false],
    ["-0 >= 0", nonNegative, -0, true],
    ["-1 >= 0", nonNegative, -1, false],
    // z.int() is a safe integer: 2^53 - 1 = 9007199254740991 is the largest.
    ["2^53 - 1 as int", z.int(), 2 ** 53 - 1, true],
    ["2^53 as int", z.int(), 2 ** 53, false],
    ["1.5 as int", z.int(), 1.5, false],
    ["-0 as int", z.int(), -0, true],
    ["100 within 0..100", level, 100, true],
    ["101 within 0..100", level, 101, false],
    ["true", z.boolean(), true, true],
    ["'true' for a boolean", z.boolean(), "true", false],
  ]);
});

describe("fast path: enums and literals", () => {
  // A TypeScript numeric enum object carries reverse mappings ("1": "Low"); zod drops them.
  const numeric = z.enum({ Low: 1, High: 2, 1: "Low", 2: "High" } as unknown as {
    Low: 1;
    High: 2;
  });
  table([
    ["an enum value", z.enum(["a", "b"]), "a", true],
    ["not an enum value", z.enum(["a", "b"]), "c", false],
    ["a numeric enum value", numeric, 1, true],
    ["a numeric enum's name", numeric, "Low", false],
    ["a numeric enum value as text", numeric, "1", false],
    ["the literal", z.literal("x"), "x", true],
    ["another literal", z.literal("x"), "y", false],
    ["-0 for literal 0", z.literal(0), -0, true],
  ]);
});

describe("fast path: optional, nullable and required keys", () => {
  const cases: Array<[string, z.core.$ZodType, object, boolean]> = [
    ["an absent optional key", z.optional(z.string()), {}, true],
    ["an optional key set to undefined", z.optional(z.string()), { v: undefined }, true],
    ["an optional key set to null", z.optional(z.string()), { v: null }, false],
    ["an absent exactOptional key", z.exactOptional(z.string()), {}, true],
    ["an exactOptional key set to undefined", z.exactOptional(z.string()), { v: undefined }, false],
    ["null for a nullable key", z.nullable(z.string()), { v: null }, true],
    ["an absent nullable (required) key", z.nullable(z.string()), {}, false],
    ["an absent required key", z.string(), {}, false],
    // z.unknown() is not optional in an object: absent is an error, undefined is a value.
    ["an absent unknown key", z.unknown(), {}, false],
    ["an unknown key set to undefined", z.unknown(), { v: undefined }, true],
  ];
  it.each(cases)("%s", (_name, schema, input, valid) => {
    const doc = defineObject({ v: schema });
    expect([
      fastPathOf(doc)?.(input),
      validateDocumentSlowly(doc, input).diagnostics.length === 0,
    ]).toEqual([valid, valid]);
  });
});

describe("fast path: arrays, records and unions", () => {
  const list = z.array(z.string()).check(z.minLength(1));
  const counts = z.record(IdSchema, z.int());
  const anything = z.record(IdSchema, z.unknown());
  const owners = z.looseRecord(z.string().check(z.regex(/^(?!x-)/)), z.int());
  const lower = z.looseRecord(z.string().check(z.regex(/^[a-z]+$/)), z.int());
  const short = z
    .record(z.string(), z.int())
    .check(z.refine((r) => Object.keys(r).every((k) => k.length <= 3)));
  const level = z.union([PercentageSchema, z.string().check(z.minLength(1))]);
  table([
    ["an empty array (min 1)", list, [], false],
    ["an array of strings", list, ["a"], true],
    ["an array with a number", list, [1], false],
    ["an object for an array", list, { 0: "a" }, false],
    // A hole reads as undefined, which is not a string.
    ["a sparse array", list, Object.assign(new Array(2), { 1: "a" }), false],
    ["a record", counts, { a: 1 }, true],
    ["a record key that is not an id", counts, { "a b": 1 }, false],
    ["a record value that is not an int", counts, { a: 1.5 }, false],
    ["an array for a record", counts, [], false],
    ["a Map for a record", counts, new Map(), false],
    ["a record without prototype", counts, Object.assign(Object.create(null), { a: 1 }), true],
    ["an own __proto__ key in a record", counts, withProto(), false],
    ["an own __proto__ key below a record's x- key", anything, { "x-a": withProto() }, true],
    ["an own __proto__ key below a record's other key", anything, { a: withProto() }, false],
    ["a loose record's x- entry (passed through)", owners, { "x-n": "text" }, true],
    ["a loose record's checked entry", owners, { a: "text" }, false],
    // A loose record passes an entry whose key does not match through, unchecked by zod but
    // walked by findProtoKeys.
    ["a loose record's passed-through entry", lower, { "A B": [true] }, true],
    ["an own __proto__ key in it", lower, { "A B": [withProto()] }, false],
    ["a record refinement that holds", short, { abc: 1 }, true],
    ["a record refinement that fails", short, { abcd: 1 }, false],
    ["a union's first option", level, 50, true],
    ["a union's second option", level, "half", true],
    ["neither option of a union", level, "", false],
    ["out of range for both options", level, 101, false],
  ]);
});

describe("fast path: objects and own __proto__ keys", () => {
  const site = defineObject({ id: IdSchema, name: z.optional(z.string()) });
  const nest = (levels: number) => {
    let o: unknown = withProto();
    for (let i = 0; i < levels; i++) o = { a: o };
    return o;
  };
  table([
    ["a defined object", site, { id: "hq", name: "HQ" }, true],
    ["an unknown key", site, { id: "hq", nmae: "HQ" }, false],
    ["an x- key with any value", site, { id: "hq", "x-geo": [1, { n: null }] }, true],
    ["an own __proto__ key", site, Object.assign(withProto(), { id: "hq" }), false],
    ["an own __proto__ key below an x- key", site, { id: "hq", "x-raw": withProto() }, true],
    ["an array for an object", site, [], false],
    ["an object without prototype", site, Object.assign(Object.create(null), { id: "hq" }), true],
    // zod reads inherited enumerable keys too (`for...in`), so this one is unknown.
    [
      "an inherited enumerable key",
      site,
      Object.assign(Object.create({ extra: 1 }), { id: "hq" }),
      false,
    ],
    ["an own __proto__ key in an unknown value", z.unknown(), [withProto()], false],
    [
      "an own __proto__ key below an x- key of an unknown value",
      z.unknown(),
      { "x-a": withProto() },
      true,
    ],
    // `v` is at depth 1, so the innermost object of nest(n) is at depth 1 + n; findProtoKeys
    // stops below depth 200.
    ["an own __proto__ key at depth 200", z.unknown(), nest(199), false],
    ["an own __proto__ key at depth 201", z.unknown(), nest(200), true],
  ]);
});

describe("fast path: what it does not compile", () => {
  it.each([
    [
      "a transform",
      z.pipe(
        z.string(),
        z.transform((s: string) => s.length),
      ),
    ],
    ["a lazy schema", z.lazy(() => z.string())],
    ["a stripping object", z.object({ a: z.string() })],
    ["a strict object", z.strictObject({ a: z.string() })],
    ["a refined defined object", defineObject({ a: z.string() }).check(z.refine(() => true))],
    ["a refined union", z.union([z.string(), z.number()]).check(z.refine(() => true))],
    ["a coercing string", z.coerce.string()],
    ["an exclusive union", z.xor([z.string(), z.number()])],
    [
      "a discriminated union",
      z.discriminatedUnion("t", [
        z.looseObject({ t: z.literal("a") }),
        z.looseObject({ t: z.literal("b") }),
      ]),
    ],
    ["a record keyed by an enum", z.record(z.enum(["a"]), z.string())],
    ["a date", z.date()],
  ])("%s", (_name, schema) => {
    expect(fastPathOf(schema as z.core.$ZodType)).toBeUndefined();
  });

  it("a schema that contains itself", () => {
    const Node = z.looseObject({
      get child() {
        return z.optional(Node);
      },
    });
    expect(fastPathOf(Node)).toBeUndefined();
  });
});

describe("validateDocument with the fast path", () => {
  const org = {
    kind: "Organisation",
    schemaVersion: "1.0",
    id: "kita",
    name: "Kita Seiki",
    scope: "consolidated-group",
    "x-raw": withProto(),
  };

  it("returns a valid document as given without running zod", () => {
    const spy = vi.spyOn(OrganisationSchema, "safeParse");
    try {
      const r = validateDocument(OrganisationSchema, org, { kind: "Organisation" });
      expect(r).toEqual({ value: org, diagnostics: [] });
      expect(r.value).toBe(org);
      expect(spy).not.toHaveBeenCalled();
      // An invalid document goes to zod for its diagnostics.
      const bad = { ...org, sites: [{ id: "hq", name: "HQ", nmae: "HQ" }] };
      const slow = validateDocumentSlowly(OrganisationSchema, bad, { locale: "ja" });
      expect(validateDocument(OrganisationSchema, bad, { locale: "ja" })).toEqual(slow);
      expect(slow.diagnostics.map((d) => d.path)).toEqual(["/sites/0/nmae"]);
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
  });

  it("reports an own __proto__ key exactly as the slow path does", () => {
    const input = Object.assign(withProto(), org);
    const r = validateDocument(OrganisationSchema, input);
    expect(r).toEqual(validateDocumentSlowly(OrganisationSchema, input));
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["schema/unknown-key", "/__proto__"],
    ]);
  });

  it("falls back to the slow path when the fast path throws", () => {
    let calls = 0;
    // Throws on its first call (the fast path's), holds on the next (zod's).
    const flaky = z.string().check(
      z.refine(() => {
        calls++;
        if (calls === 1) throw new RangeError("Maximum call stack size exceeded");
        return true;
      }),
    );
    const schema = defineObject({ name: flaky });
    expect(validateDocument(schema, { name: "x" })).toEqual({
      value: { name: "x" },
      diagnostics: [],
    });
    expect(calls).toBe(2);
  });

  it("throws like the slow path on an async check", () => {
    const schema = defineObject({ name: z.string().check(z.refine(async () => true)) });
    expect(() => validateDocumentSlowly(schema, { name: "x" })).toThrow(/async/i);
    expect(() => validateDocument(schema, { name: "x" })).toThrow(/async/i);
  });
});

describe("the fast path and mamori's named string formats", () => {
  it("compiles DurationSchema and DateSchema (iso-duration, iso-date) and answers exactly", () => {
    const doc = defineObject({ rto: DurationSchema, due: DateSchema });
    const fast = fastPathOf(doc);
    // Compiled, not left to the slow path: a format the fast path did not know would be undefined.
    expect(fast).toBeTypeOf("function");
    expect(fast?.({ rto: "PT4H", due: "2026-04-01" })).toBe(true);
    expect(fast?.({ rto: "4h", due: "2026-04-01" })).toBe(false);
    // The pattern passes 2024-02-30; the calendar refinement refuses it, on both paths.
    expect(fast?.({ rto: "PT4H", due: "2024-02-30" })).toBe(false);
    expect(
      validateDocument(doc, { rto: "4h", due: "2024-02-30" }).diagnostics.map((d) => d.code),
    ).toEqual(["duration/malformed", "date/invalid"]);
  });
});
