import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "./read-document.js";
import { writeWorkbook } from "./write-document.js";

// workbook → document → workbook → document is lossless for every field and x- key. The
// documents need not be valid BIAs (validation is the analysis's job, after reading): any
// shape the layout maps, with awkward text (empty, "json:…", "=formula", spaces, Japanese,
// commas in lists), x- values of every JSON kind, empty objects and lists.

const idChar = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789-_".split(""));
const id = fc
  .string({ unit: idChar, minLength: 1, maxLength: 8 })
  .filter((s) => !s.startsWith("x-"));
const xKey = fc.string({ unit: idChar, minLength: 1, maxLength: 6 }).map((s) => `x-${s}`);
const text = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    "",
    " lead",
    "trail ",
    "json:{}",
    "=SUM(A1:A2)",
    "+1",
    "-1",
    "@x",
    "a, b",
    "受注",
    "目標復旧時間",
  ),
);
const num = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }),
  fc
    .double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 })
    .filter((n) => !Object.is(n, -0)),
);
const scalar = fc.oneof(text, num, fc.boolean(), fc.constant(null));
const xValue = fc.oneof(
  scalar,
  fc.array(scalar, { maxLength: 3 }),
  fc.dictionary(id, scalar, { maxKeys: 3 }),
);
const withX = <T extends Record<string, unknown>>(base: fc.Arbitrary<T>) =>
  fc.tuple(base, fc.dictionary(xKey, xValue, { maxKeys: 2 })).map(([b, x]) => ({ ...b, ...x }));
const duration = fc.constantFrom("PT1H", "PT4H", "P1D", "P3D", "P1W", "PT30M");

function documentOf(ids: string[]) {
  const [processIds, resourceIds] = [
    ids.slice(0, Math.ceil(ids.length / 2)),
    ids.slice(Math.ceil(ids.length / 2)),
  ];
  const ref = fc.constantFrom(...ids);
  const dependency = fc.oneof(
    ref,
    text,
    fc.record({ anyOf: fc.array(ref, { minLength: 1, maxLength: 3 }) }),
    fc.record({ anyOf: fc.array(ref, { minLength: 1, maxLength: 3 }), note: text }),
    fc.record({ anyOf: fc.array(ref, { maxLength: 2 }), "x-why": xValue }),
  );
  const levels = withX(
    fc.dictionary(duration, fc.oneof(fc.integer({ min: 0, max: 5 }), text), { maxKeys: 4 }),
  );
  const process = (pid: string) =>
    withX(
      fc.record(
        {
          id: fc.constant(pid),
          name: text,
          nameJa: text,
          owner: text,
          wrt: fc.oneof(duration, text),
          objectives: withX(
            fc.record(
              {
                rto: duration,
                rpo: duration,
                rlo: fc.oneof(fc.integer({ min: 0, max: 100 }), text),
              },
              { requiredKeys: [] },
            ),
          ),
          impacts: fc
            .tuple(
              fc.dictionary(id, levels, { maxKeys: 3 }),
              fc.dictionary(xKey, xValue, { maxKeys: 1 }),
            )
            .map(([a, b]) => ({ ...a, ...b })),
          dependsOn: fc.array(dependency, { maxLength: 4 }),
          lossPerHour: fc.record({ amount: num, currency: fc.constantFrom("JPY", "USD") }),
          lossCurve: fc.array(fc.record({ at: duration, amount: num }), { maxLength: 3 }),
          minimumCapacity: fc.integer({ min: 0, max: 100 }),
        },
        { requiredKeys: ["id"] },
      ),
    );
  const resource = (rid: string) =>
    withX(
      fc.record(
        {
          id: fc.constant(rid),
          name: text,
          kind: fc.constantFrom("site", "staff", "network", "supplier"),
          capability: fc.record(
            { recoveryTime: duration, backupInterval: duration },
            { requiredKeys: [] },
          ),
          dependsOn: fc.array(dependency, { maxLength: 2 }),
        },
        { requiredKeys: ["id"] },
      ),
    );
  const scenario = withX(
    fc.record(
      {
        id,
        name: text,
        type: fc.constantFrom("power-outage", "custom", "site-loss"),
        duration,
        nodes: fc.oneof(fc.array(ref, { maxLength: 3 }), fc.array(text, { maxLength: 2 })),
        failures: fc.array(fc.record({ node: ref, duration }), { maxLength: 2 }),
      },
      { requiredKeys: ["id"] },
    ),
  );
  return withX(
    fc.record(
      {
        kind: fc.constant("BusinessImpactAnalysis"),
        schemaVersion: fc.constant("1.0"),
        title: text,
        timePoints: fc.uniqueArray(duration, { maxLength: 4 }),
        unacceptableLevel: fc.integer({ min: 1, max: 5 }),
        impactScale: fc.record({
          levels: fc.array(fc.record({ value: fc.integer({ min: 0, max: 5 }), label: text }), {
            maxLength: 3,
          }),
        }),
        categories: fc.array(withX(fc.record({ id, name: text }, { requiredKeys: ["id"] })), {
          maxLength: 3,
        }),
        processes: fc.tuple(...processIds.map(process)),
        resources: fc.tuple(...resourceIds.map(resource)),
        scenarios: fc.array(scenario, { maxLength: 2 }),
      },
      { requiredKeys: ["kind", "schemaVersion", "processes"] },
    ),
  );
}

const bia = fc.uniqueArray(id, { minLength: 1, maxLength: 6 }).chain(documentOf);

describe("round trip (property)", () => {
  it("readWorkbook(writeWorkbook(d)) equals d, and again, in either language", () => {
    fc.assert(
      fc.property(bia, fc.constantFrom("en" as const, "ja" as const), (doc, locale) => {
        const once = readWorkbook(writeWorkbook(doc, { locale }));
        expect(once.diagnostics).toEqual([]);
        expect(once.data).toEqual(doc);
        const twice = readWorkbook(
          writeWorkbook(once.data as Record<string, unknown>, {
            locale: locale === "en" ? "ja" : "en",
          }),
        );
        expect(twice.data).toEqual(doc);
      }),
      { numRuns: 150 },
    );
  });
});

const matrix = withX(
  fc.record(
    {
      kind: fc.constant("ResponsibilityMatrix"),
      schemaVersion: fc.constant("1.0"),
      id,
      title: text,
      provider: id,
      serviceModel: fc.constantFrom("iaas", "paas", "saas"),
      services: fc.oneof(fc.array(id, { maxLength: 3 }), fc.array(text, { maxLength: 2 })),
      catalogs: fc.array(id, { maxLength: 2 }),
      template: withX(fc.record({ id, version: text }, { requiredKeys: [] })),
      overrides: fc.array(
        withX(
          fc.record(
            {
              control: withX(fc.record({ catalog: id, control: text })),
              owner: fc.constantFrom("provider", "customer", "shared"),
              reason: text,
              statement: text,
            },
            { requiredKeys: ["control"] },
          ),
        ),
        { maxLength: 4 },
      ),
    },
    { requiredKeys: ["kind", "schemaVersion", "id"] },
  ),
);

describe("round trip (property): responsibility matrices", () => {
  it("readWorkbook(writeWorkbook(m)) equals m", () => {
    fc.assert(
      fc.property(matrix, fc.constantFrom("en" as const, "ja" as const), (doc, locale) => {
        const once = readWorkbook(writeWorkbook(doc, { locale }));
        expect(once.diagnostics).toEqual([]);
        expect(once.data).toEqual(doc);
      }),
      { numRuns: 150 },
    );
  });
});
