import { readFileSync } from "node:fs";
import { toJsonSchema, validateDocument } from "@mamori/core";
import { parseSource } from "@mamori/core/source";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { analyzeBia } from "./analyze.js";
import { BusinessImpactAnalysisSchema, biaDocumentKinds, ScenarioSchema } from "./schema.js";

const sample = parseSource(
  readFileSync(new URL("../../../examples/data/bia.yaml", import.meta.url), "utf8"),
).data;

describe("BusinessImpactAnalysis JSON Schema", () => {
  it("compiles with ajv (draft 2020-12) and validates the sample", () => {
    expect(biaDocumentKinds.map((k) => k.kind)).toEqual(["BusinessImpactAnalysis"]);
    for (const k of biaDocumentKinds) {
      const ajv = new Ajv2020({ strict: false, allErrors: true });
      const validate = ajv.compile(toJsonSchema(k.schema, { title: k.kind }));
      expect(validate(sample), JSON.stringify(validate.errors)).toBe(true);
      // a typo in a key is refused like the zod schema refuses it
      expect(validate({ ...(sample as object), timePoint: [] })).toBe(false);
    }
  });

  it("the zod schema accepts the sample and names unknown keys", () => {
    expect(BusinessImpactAnalysisSchema.safeParse(sample).success).toBe(true);
    const r = BusinessImpactAnalysisSchema.safeParse({ ...(sample as object), proceses: [] });
    expect(r.success).toBe(false);
  });
});

describe("x- keys inside a process's impacts", () => {
  const bia = (impacts: Record<string, unknown>) => ({
    kind: "BusinessImpactAnalysis",
    schemaVersion: "1.0",
    timePoints: ["PT4H", "P1D"],
    unacceptableLevel: 4,
    processes: [{ id: "order-intake", name: "Order intake", impacts }],
  });
  const withX = bia({
    financial: { PT4H: 2, P1D: 4, "x-source": { survey: "2026-Q1", answers: [3, 4] } },
    "x-note": "rated by sales",
  });
  const jsonSchema = () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    return ajv.compile(toJsonSchema(BusinessImpactAnalysisSchema));
  };

  it("are accepted and kept untouched at both levels", () => {
    const r = validateDocument(BusinessImpactAnalysisSchema, withX);
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toBe(withX);
    const parsed = BusinessImpactAnalysisSchema.safeParse(withX);
    expect(parsed.success && parsed.data.processes[0]?.impacts).toEqual({
      financial: { PT4H: 2, P1D: 4, "x-source": { survey: "2026-Q1", answers: [3, 4] } },
      "x-note": "rated by sales",
    });
  });

  it("the sample with an x- key on every object and in every impact map validates clean", () => {
    const tag = (doc: unknown): unknown => {
      if (Array.isArray(doc)) return doc.map(tag);
      if (typeof doc !== "object" || doc === null) return doc;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(doc)) out[k] = tag(v);
      out["x-tag"] = { list: [1, "two", null] };
      return out;
    };
    const tagged = tag(sample) as { processes: Array<{ impacts?: Record<string, object> }> };
    // the tag reached both levels of an impact table
    expect(tagged.processes[0]?.impacts?.["x-tag"]).toBeDefined();
    expect(Object.values(tagged.processes[0]?.impacts ?? {})[0]).toHaveProperty("x-tag");
    expect(validateDocument(BusinessImpactAnalysisSchema, tagged).diagnostics).toEqual([]);
    expect(jsonSchema()(tagged)).toBe(true);
    expect(analyzeBia(tagged).diagnostics).toEqual(analyzeBia(sample).diagnostics);
  });

  it("are ignored by the analysis: the same MTPD and no diagnostic as without them", () => {
    const plain = analyzeBia(bia({ financial: { PT4H: 2, P1D: 4 } }));
    const r = analyzeBia(withX);
    expect(r.diagnostics).toEqual(plain.diagnostics);
    // level 4 (the unacceptable level) is first reached at P1D: 24 h × 60 = 1440 minutes
    expect(r.processes[0]?.mtpdMinutes).toBe(1440);
    expect(plain.processes[0]?.mtpdMinutes).toBe(1440);
  });

  it("other bad keys are still refused: an unknown key for a category, a malformed duration", () => {
    const r = validateDocument(
      BusinessImpactAnalysisSchema,
      bia({ "bad key": { PT4H: 2 }, financial: { "4 hours": 3, PT4H: 2 }, "x-ok": 1 }),
    );
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["duration/malformed", "/processes/0/impacts/financial/4 hours"],
      ["schema/unknown-key", "/processes/0/impacts/bad key"],
    ]);
    expect(r.diagnostics[1]?.message).toContain("'bad key'");
    // a category that is a list is one type error, not one per item
    const listed = validateDocument(BusinessImpactAnalysisSchema, bia({ financial: [3, 4] }));
    expect(listed.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["schema/invalid-type", "/processes/0/impacts/financial"],
    ]);
    // a rating that is not an integer is still a type error where it stands
    const typed = validateDocument(BusinessImpactAnalysisSchema, bia({ financial: { PT4H: 2.5 } }));
    expect(typed.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["schema/invalid-type", "/processes/0/impacts/financial/PT4H"],
    ]);
  });

  it("the JSON Schema export agrees with zod on the same documents", () => {
    const validate = jsonSchema();
    expect(validate(withX), JSON.stringify(validate.errors)).toBe(true);
    const cases: Array<[Record<string, unknown>, boolean]> = [
      [{ financial: { PT4H: 2 } }, true],
      [{ "x-note": "rated by sales" }, true],
      [{ financial: { "x-n": [1, { a: null }] } }, true],
      [{ "bad key": { PT4H: 2 } }, false],
      [{ ["c".repeat(129)]: { PT4H: 2 } }, false],
      [{ financial: { "4 hours": 3 } }, false],
      [{ financial: { PT4H: "3" } }, false],
      [{ financial: "high" }, false],
      [{ financial: [3, 4] }, false],
      [{ "x-": { PT4H: "anything" } }, true],
    ];
    for (const [impacts, ok] of cases) {
      const doc = bia(impacts);
      expect(BusinessImpactAnalysisSchema.safeParse(doc).success, JSON.stringify(impacts)).toBe(ok);
      expect(validate(doc), JSON.stringify(impacts)).toBe(ok);
    }
  });
});

describe("the tier table and recoverAfterFailure (issue 21)", () => {
  const doc = (tiers: unknown, scenario: Record<string, unknown> = {}) => ({
    kind: "BusinessImpactAnalysis",
    schemaVersion: "1.0",
    timePoints: ["P1D"],
    unacceptableLevel: 4,
    tiers,
    processes: [],
    scenarios: [{ id: "s", name: "S", type: "power-outage", duration: "PT72H", ...scenario }],
  });
  const validate = () =>
    new Ajv2020({ strict: false, allErrors: true }).compile(
      toJsonSchema(BusinessImpactAnalysisSchema),
    );

  it("accepts them, keeps x- keys, and the JSON Schema agrees with zod", () => {
    const ok = doc(
      [
        { id: "t1", upTo: "PT4H", name: "T1", nameJa: "ティア1", "x-sn": { sys_id: 7 } },
        { id: "t2", from: "PT8H", upTo: "P1D", name: "T2", description: "gap below" },
        { id: "t3", from: "P2D", name: "T3" },
      ],
      { recoverAfterFailure: true, "x-owner": "facilities" },
    );
    const r = validateDocument(BusinessImpactAnalysisSchema, ok);
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toBe(ok);
    const v = validate();
    expect(v(ok), JSON.stringify(v.errors)).toBe(true);
    const cases: Array<[unknown, Record<string, unknown>, boolean]> = [
      [[{ id: "t", name: "T", upTo: "PT4H" }], {}, true],
      [[{ id: "t", name: "T", upto: "PT4H" }], {}, false], // unknown key
      [[{ id: "t", name: "T", upTo: "4 hours" }], {}, false], // not a duration
      [[{ id: "t", upTo: "PT4H" }], {}, false], // name is required
      [{ id: "t", name: "T" }, {}, false], // a table is a list
      [[], { recoverAfterFailure: "yes" }, false],
      [[], { recoverAfterFailure: false }, true],
      [[], { recoverAfterFailures: true }, false],
    ];
    for (const [tiers, scenario, expected] of cases) {
      const d = doc(tiers, scenario);
      const label = JSON.stringify([tiers, scenario]);
      expect(BusinessImpactAnalysisSchema.safeParse(d).success, label).toBe(expected);
      expect(v(d), label).toBe(expected);
    }
  });

  it("names an unknown key in a tier row, with the closest known one", () => {
    const r = validateDocument(
      BusinessImpactAnalysisSchema,
      doc([{ id: "t", name: "T", upto: "PT4H" }]),
    );
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["schema/unknown-key", "/tiers/0/upto"],
    ]);
    expect(r.diagnostics[0]?.message).toContain("upTo");
  });
});

describe("scenarios: a union on type", () => {
  const bia = (scenarios: unknown[]) => ({
    kind: "BusinessImpactAnalysis",
    schemaVersion: "1.0",
    timePoints: ["PT4H"],
    unacceptableLevel: 4,
    processes: [],
    scenarios,
  });
  const ok = [
    { id: "a", name: "A", type: "site-loss", site: "hq", duration: "P1D" },
    { id: "b", name: "B", type: "staff-availability", percent: 40, duration: "P1D" },
    { id: "c", name: "C", type: "custom", failures: [{ node: "x", duration: "PT1H" }] },
    { id: "d", name: "D", type: "power-outage", duration: "PT72H", nodes: ["grid"] },
    {
      id: "e",
      name: "E",
      type: "power-outage",
      rollingBlackout: [{ start: "PT0S", duration: "PT3H" }],
    },
    { id: "f", name: "F", type: "communications-outage", duration: "P2D", start: "PT1H" },
    { id: "g", name: "G", type: "supplier-outage", duration: "P14D", recoverAfterFailure: true },
  ];
  // Each lacks what its type needs, or has a field its type does not take.
  const bad = [
    { id: "a", name: "A", type: "site-loss", duration: "P1D" },
    { id: "a", name: "A", type: "site-loss", site: "hq", duration: "P1D", nodes: ["x"] },
    { id: "b", name: "B", type: "staff-availability", duration: "P1D" },
    { id: "c", name: "C", type: "custom" },
    { id: "c", name: "C", type: "custom", failures: [] },
    {
      id: "c",
      name: "C",
      type: "custom",
      duration: "P1D",
      failures: [{ node: "x", duration: "PT1H" }],
    },
    { id: "d", name: "D", type: "power-outage" },
    { id: "f", name: "F", type: "communications-outage", duration: "P2D", percent: 40 },
    { id: "g", name: "G", type: "meteor", duration: "P1D" },
  ];
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const json = toJsonSchema(BusinessImpactAnalysisSchema, { title: "BusinessImpactAnalysis" });
  const validate = ajv.compile(json);

  it("accepts each type with its own fields, in zod and in the JSON Schema", () => {
    for (const s of ok) {
      expect(ScenarioSchema.safeParse(s).success, JSON.stringify(s)).toBe(true);
      expect(validate(bia([s])), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it("refuses what a type lacks or does not take, in zod and in the JSON Schema", () => {
    for (const s of bad) {
      expect(ScenarioSchema.safeParse(s).success, JSON.stringify(s)).toBe(false);
      expect(validate(bia([s])), JSON.stringify(s)).toBe(false);
    }
  });

  it("exports as anyOf branches, each with a const type and its required fields", () => {
    type Branch = { properties: { type: { const?: string } }; required: string[] };
    const items = (json as { properties: { scenarios: { items: { anyOf: Branch[] } } } }).properties
      .scenarios.items;
    expect(items.anyOf.map((b) => [b.properties.type.const, b.required])).toEqual([
      ["site-loss", ["id", "name", "type", "duration", "site"]],
      ["staff-availability", ["id", "name", "type", "duration", "percent"]],
      ["custom", ["id", "name", "type", "failures"]],
      ["power-outage", ["id", "name", "type", "duration"]],
      ["power-outage", ["id", "name", "type", "rollingBlackout"]],
      ["communications-outage", ["id", "name", "type", "duration"]],
      ["supplier-outage", ["id", "name", "type", "duration"]],
    ]);
  });

  it("says what is missing where it is missing", () => {
    const r = validateDocument(BusinessImpactAnalysisSchema, bia(bad.slice(0, 4)), {
      kind: "BusinessImpactAnalysis",
    });
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["schema/required", "/scenarios/0/site"],
      ["schema/unknown-key", "/scenarios/1/nodes"],
      ["schema/required", "/scenarios/2/percent"],
      ["schema/required", "/scenarios/3/failures"],
    ]);
  });
});
