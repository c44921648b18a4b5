import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { defineObject } from "../schema/object.js";
import { OrganisationSchema } from "../schema/organisation.js";
import { DateSchema, DurationSchema } from "../schema/primitives.js";
import { closestMatch } from "./closest.js";
import { indexById } from "./ids.js";
import { validateDocument, validateDocumentSlowly } from "./validate-document.js";

const org = {
  kind: "Organisation",
  schemaVersion: "1.0",
  id: "kita",
  name: "Kita Seiki",
  scope: "consolidated-group",
};

describe("validateDocument", () => {
  it("accepts a valid document and keeps x- fields untouched", () => {
    const input = {
      ...org,
      "x-erp-code": { deep: [1, 2, { n: null }] },
      sites: [{ id: "hq", name: "HQ", "x-geo": "38.26,140.87" }],
    };
    const r = validateDocument(OrganisationSchema, input, { kind: "Organisation" });
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toEqual(input);
    expect(JSON.stringify(r.value)).toBe(JSON.stringify(input));
  });

  it("reports an unknown key with the closest known key, and keeps the data", () => {
    const input = { ...org, sites: [{ id: "hq", nmae: "HQ", name: "HQ" }] };
    const r = validateDocument(OrganisationSchema, input);
    expect(r.diagnostics.map((d) => [d.code, d.path, d.data])).toEqual([
      ["schema/unknown-key", "/sites/0/nmae", { key: "nmae", suggestion: "name" }],
    ]);
    expect(r.diagnostics[0]?.message).toBe(
      "Unknown key 'nmae'; did you mean 'name'? Keys of your own must start with 'x-'.",
    );
    expect(r.value).toEqual(input);
  });

  it("reports missing, mistyped and misspelt values with JSON pointers", () => {
    const r = validateDocument(
      OrganisationSchema,
      { ...org, scope: "individul", employees: -3, name: undefined, roles: [{ id: "x", role: 7 }] },
      { locale: "en" },
    );
    expect(r.value).toBeUndefined();
    const byPath = Object.fromEntries(r.diagnostics.map((d) => [d.path, d]));
    expect(byPath["/name"]?.code).toBe("schema/required");
    expect(byPath["/scope"]?.code).toBe("schema/invalid-value");
    expect(byPath["/scope"]?.data?.suggestion).toBe("individual");
    expect(byPath["/employees"]?.code).toBe("schema/too-small");
    expect(byPath["/roles/0/role"]?.code).toBe("schema/invalid-value");
  });

  it("checks kind and version first, with clear messages", () => {
    expect(validateDocument(OrganisationSchema, [], {}).diagnostics[0]?.code).toBe(
      "document/not-an-object",
    );
    expect(validateDocument(OrganisationSchema, "x").diagnostics[0]?.message).toContain(
      "not string",
    );
    expect(
      validateDocument(OrganisationSchema, { name: "x" }, { kind: "Organisation" }).diagnostics[0]
        ?.code,
    ).toBe("document/kind-missing");
    const mismatch = validateDocument(
      OrganisationSchema,
      { ...org, kind: "ContinuityPlan" },
      { kind: "Organisation" },
    );
    expect(mismatch.diagnostics[0]).toMatchObject({
      code: "document/kind-mismatch",
      path: "/kind",
    });
    const v2 = validateDocument(OrganisationSchema, { ...org, schemaVersion: "2.0" });
    expect(v2.diagnostics[0]).toMatchObject({
      code: "document/unsupported-version",
      path: "/schemaVersion",
    });
  });

  it("maps malformed durations to duration/malformed", () => {
    const S = defineObject({ rto: DurationSchema });
    const r = validateDocument(S, { rto: "4h" });
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([["duration/malformed", "/rto"]]);
  });

  it("rejects NaN and Infinity where numbers go", () => {
    for (const employees of [Number.NaN, Number.POSITIVE_INFINITY, 1.5]) {
      const r = validateDocument(OrganisationSchema, { ...org, employees });
      expect(r.value).toBeUndefined();
      expect(r.diagnostics[0]?.path).toBe("/employees");
    }
  });

  it("reports the branch of a union that matched the type", () => {
    const S = defineObject({
      deps: z.array(z.union([z.string(), defineObject({ anyOf: z.array(z.string()) })])),
    });
    const r = validateDocument(S, { deps: [{ anyOf: ["a"], nte: 1 }] });
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["schema/unknown-key", "/deps/0/nte"],
    ]);
  });

  it("does not treat __proto__ or constructor as known keys, and never pollutes prototypes", () => {
    const input = JSON.parse(
      `{"kind":"Organisation","schemaVersion":"1.0","id":"k","name":"K","scope":"individual","__proto__":{"polluted":1},"constructor":{}}`,
    );
    const r = validateDocument(OrganisationSchema, input);
    expect(r.diagnostics.map((d) => d.data?.key).sort()).toEqual(["__proto__", "constructor"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("a missing key whose value is one of a list", () => {
  it("is reported as required, not as the value 'undefined'", () => {
    // Organisation's `scope` is an enum (individual, consolidated-group, value-chain).
    const r = validateDocument(OrganisationSchema, {
      kind: "Organisation",
      schemaVersion: "1.0",
      id: "clinic",
      name: "Sakura Clinic",
    });
    expect(r.diagnostics.map((d) => [d.code, d.path, d.message])).toEqual([
      ["schema/required", "/scope", "'scope' is required."],
    ]);
  });
});

describe("closestMatch", () => {
  it("suggests likely typos only", () => {
    expect(closestMatch("recoveryTme", ["recoveryTime", "dependsOn"])).toBe("recoveryTime");
    expect(closestMatch("RTO", ["rto", "rpo"])).toBe("rto");
    expect(closestMatch("zzz", ["rto", "rpo"])).toBeUndefined();
    expect(closestMatch("a".repeat(1000), ["a"])).toBeUndefined();
  });
});

describe("indexById", () => {
  it("indexes once and reports duplicates pointing at both places", () => {
    const { byId, diagnostics } = indexById(
      [{ id: "erp" }, { id: "mes" }, { id: "erp" }],
      "/services",
    );
    expect([...byId.keys()]).toEqual(["erp", "mes"]);
    expect(diagnostics.map((d) => [d.code, d.path, d.related?.[0]?.path])).toEqual([
      ["document/duplicate-id", "/services/2/id", "/services/0/id"],
    ]);
  });
});

describe("validateDocument on oversized data", () => {
  it("a 1,000,000-element array of bad items is a too-complex diagnostic, not a thrown RangeError", () => {
    // Found by the reliability suite: zod spread a million issues into push() and overflowed the stack.
    const million = Array.from({ length: 1_000_000 }, (_, i) => `n${i}`);
    const r = validateDocument(OrganisationSchema, {
      kind: "Organisation",
      schemaVersion: "1.0",
      id: "k",
      name: "K",
      scope: "individual",
      units: million,
    });
    expect(r.value).toBeUndefined();
    expect(r.diagnostics.map((d) => d.code)).toEqual(["document/too-complex"]);
    expect(r.diagnostics[0]?.message).toMatch(/too large or too deeply nested/);
  }, 60_000);

  it("reports an impossible calendar date as date/invalid at its path, once, with both paths agreeing", () => {
    const schema = defineObject({ due: DateSchema, done: z.optional(DateSchema) });
    for (const [input, expected] of [
      [{ due: "2024-02-30" }, [["date/invalid", "/due"]]],
      [{ due: "2026-01-01", done: "2024-13-01" }, [["date/invalid", "/done"]]],
      [
        { due: "0000-01-01", done: "2026-01-01T24:00:00Z" },
        [
          ["date/invalid", "/due"],
          ["date/invalid", "/done"],
        ],
      ],
      [{ due: "2024/02/01" }, [["date/malformed", "/due"]]],
      [{ due: "2024-02-29", done: "2026-11-27T09:00:00+09:00" }, []],
    ] as const) {
      for (const check of [validateDocument, validateDocumentSlowly]) {
        const r = check(schema, input, { locale: "ja" });
        expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual(expected);
        expect(r.value === undefined).toBe(expected.length > 0);
      }
    }
    expect(validateDocument(schema, { due: "2024-02-30" }).diagnostics[0]?.message).toBe(
      "'2024-02-30' is not a real calendar date.",
    );
  });
});

describe("a union of tagged objects (bia's scenarios)", () => {
  const Scenario = z.union([
    defineObject({ id: z.string(), type: z.literal("site-loss"), site: z.string() }),
    defineObject({ id: z.string(), type: z.literal("power-outage"), duration: z.string() }),
    defineObject({ id: z.string(), type: z.literal("custom"), failures: z.array(z.string()) }),
  ]);
  const Doc = defineObject({ scenarios: z.array(Scenario) });
  const codes = (input: unknown) =>
    validateDocument(Doc, input).diagnostics.map((d) => [d.code, d.path, d.message]);

  it("reports what the branch of the scenario's own type misses, not another branch's tag", () => {
    // A site-loss without its site: the site-loss branch has 1 issue, the others 2 each
    // (their tag and their own field); the tag that matched decides.
    expect(codes({ scenarios: [{ id: "s", type: "site-loss" }] })).toEqual([
      ["schema/required", "/scenarios/0/site", "'site' is required."],
    ]);
    // A power-outage with a site-loss's field: unknown key in its own branch.
    expect(
      codes({ scenarios: [{ id: "s", type: "power-outage", duration: "P1D", site: "x" }] })[0]?.[0],
    ).toBe("schema/unknown-key");
  });

  it("an unknown type lists every type the union allows, with the closest as a suggestion", () => {
    const [d] = validateDocument(Doc, {
      scenarios: [{ id: "s", type: "site-los", site: "x" }],
    }).diagnostics;
    expect(d?.code).toBe("schema/invalid-value");
    expect(d?.path).toBe("/scenarios/0/type");
    expect(d?.message).toContain("site-loss, power-outage, custom");
    expect(d?.message).toContain("'site-loss'");
    // A missing tag is what is required.
    expect(codes({ scenarios: [{ id: "s" }] })).toEqual([
      ["schema/required", "/scenarios/0/type", "'type' is required."],
    ]);
    // Only the tag is reported: the other fields mean nothing until the type is known.
    expect(
      validateDocument(Doc, { scenarios: [{ id: "s", type: "flood" }] }).diagnostics,
    ).toHaveLength(1);
  });
});
