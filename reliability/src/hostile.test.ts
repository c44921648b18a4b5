// Hostile input: prototype-polluting keys at every level, absurd nesting and sizes, alias
// bombs, duplicate keys, poisonous strings and numbers, and cycles in every graph. Each
// call must return a result or diagnostics, quickly, and leave the prototypes clean.
import { analyzeBia, analyzeGroup, generateBiaDocument } from "@mamori/bia";
import { analyzeMatrix, composeMatrixChain, importCaiqCsv } from "@mamori/cloud-matrix";
import { importOscalSsp } from "@mamori/cloud-matrix/oscal";
import { formatJson, OrganisationSchema, toSarif, validateDocument } from "@mamori/core";
import { parseSource } from "@mamori/core/source";
import { validatePlan } from "@mamori/plan-validator";
import { describe, expect, it } from "vitest";
import { assertPrototypesClean, judge, notPlainJson, setInput } from "./harness.js";
import { HOSTILE_NUMBERS } from "./mutate.js";
import { samples } from "./samples.js";
import { FAMILIES, makeContext, NOW } from "./targets.js";

const s = samples();
const ctx = makeContext(s);
const family = (name: string) => {
  const f = FAMILIES.find((x) => x.name === name);
  if (!f) throw new Error(name);
  return f;
};
const SMALL_BIA = generateBiaDocument({ seed: 3, processes: 3, services: 5, edgesPerNode: 2 });

/** Every object (container) path of a document. */
function objectPaths(
  doc: unknown,
  path: (string | number)[] = [],
  out: (string | number)[][] = [],
) {
  if (Array.isArray(doc)) {
    for (let i = 0; i < doc.length; i++) objectPaths(doc[i], [...path, i], out);
  } else if (typeof doc === "object" && doc !== null) {
    out.push(path);
    for (const [k, v] of Object.entries(doc)) objectPaths(v, [...path, k], out);
  }
  return out;
}

function withKeyAt(doc: unknown, path: (string | number)[], key: string, value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(doc));
  let target = copy;
  for (const k of path) target = target[k];
  // An own property, as JSON.parse makes it — assignment would change the prototype instead.
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

// Object.fromEntries makes own keys, even "__proto__" (a literal would set the prototype).
const POISON: Record<string, unknown> = Object.fromEntries([
  ["__proto__", { polluted: "yes" }],
  ["constructor", { prototype: { polluted: "yes" } }],
  ["prototype", { polluted: "yes", isAdmin: true }],
]);

describe("__proto__, constructor and prototype keys at every level", () => {
  const cases: Array<[string, unknown, number]> = [
    ["bia", SMALL_BIA, Number.POSITIVE_INFINITY],
    ["bia", s.bia, 25],
    ["plan", s.plan, 60],
    ["matrix", s.matrixSky, Number.POSITIVE_INFINITY],
    ["attestation", s.attestation, 40],
    ["soa", s.soa, 60],
    ["organisation", s.organisation, Number.POSITIVE_INFINITY],
    ["oscal-ssp", s.sspLeveraged, 40],
  ];
  for (const [name, seed, most] of cases) {
    it(`${name}: every object gets each key, Object.prototype stays clean after each case`, () => {
      const paths = objectPaths(seed);
      // Spread the sample over the whole document when there are more paths than the budget.
      const step = Math.max(1, Math.ceil(paths.length / most));
      let n = 0;
      for (let i = 0; i < paths.length; i += step) {
        for (const key of ["__proto__", "constructor", "prototype"]) {
          const doc = withKeyAt(seed, paths[i] as (string | number)[], key, POISON[key]);
          family(name).run(doc, ctx);
          assertPrototypesClean();
          n++;
        }
      }
      expect(n).toBeGreaterThanOrEqual(3);
    });
  }

  it("YAML and JSON text with the keys at every level parse to own keys, never to prototypes", () => {
    const texts = [
      "__proto__: { polluted: yes }\nkind: BusinessImpactAnalysis\n",
      "a:\n  __proto__:\n    polluted: yes\n  constructor:\n    prototype:\n      polluted: yes\n",
      "- __proto__: { isAdmin: true }\n",
      '{"__proto__": {"polluted": 1}, "a": [{"__proto__": {"polluted": 2}}]}',
      "base: &b { polluted: yes }\n__proto__: *b\n",
      "<<: { __proto__: { polluted: yes } }\n",
    ];
    for (const text of texts) {
      const parsed = judge("parseSource", () => parseSource(text), { json: false });
      assertPrototypesClean();
      const data = parsed.data as Record<string, unknown>;
      expect(data).toBeDefined();
      // Whatever came back is data: no object in it has a prototype other than Object's.
      expect(notPlainJson(data)).toBeUndefined();
      for (const f of FAMILIES) if (f.name !== "text") f.run(data, ctx);
      assertPrototypesClean();
    }
  });
});

describe("100,000-deep nesting", () => {
  const DEPTH = 100_000;
  const deepArray = () => {
    let v: unknown = [];
    for (let i = 0; i < DEPTH; i++) v = [v];
    return v;
  };
  const deepObject = () => {
    let v: unknown = {};
    for (let i = 0; i < DEPTH; i++) v = { a: v };
    return v;
  };

  it("as text: a clear too-deep diagnostic, JSON and YAML", () => {
    for (const text of [
      `${"[".repeat(DEPTH)}${"]".repeat(DEPTH)}`,
      `${'{"a":'.repeat(DEPTH)}1${"}".repeat(DEPTH)}`,
      `a: ${"[".repeat(DEPTH)}${"]".repeat(DEPTH)}`,
      `x:\n${Array.from({ length: 2_000 }, (_, i) => `${" ".repeat(i + 1)}- `).join("\n")}1\n`,
    ]) {
      const r = judge("parseSource", () => parseSource(text), { json: false });
      expect(r.data).toBeUndefined();
      expect(r.diagnostics.map((d) => d.code)).toEqual([
        expect.stringMatching(/^source\/(too-deep|syntax)$/),
      ]);
    }
    const r = parseSource(`${"[".repeat(DEPTH)}${"]".repeat(DEPTH)}`);
    expect(r.diagnostics[0]?.code).toBe("source/too-deep");
  });

  it("as data built in JavaScript: every family returns diagnostics", () => {
    for (const deep of [deepArray(), deepObject()]) {
      const docs: unknown[] = [
        deep,
        { ...s.bia, "x-deep": deep },
        { ...s.bia, processes: deep },
        { ...s.plan, "x-deep": deep, title: deep },
        { ...s.matrixSky, overrides: deep },
        { ...s.organisation, units: [deep] },
      ];
      for (const doc of docs) {
        for (const f of FAMILIES) if (f.name !== "text" && f.name !== "caiq") f.run(doc, ctx);
      }
    }
  });
});

describe("size limits", () => {
  it("a 100 MB document is refused with a clear size error, quickly", () => {
    const big = `kind: BusinessImpactAnalysis\nx-pad: "${"x".repeat(100 * 1024 * 1024)}"\n`;
    const start = performance.now();
    const r = parseSource(big);
    expect(performance.now() - start).toBeLessThan(1_000);
    expect(r.data).toBeUndefined();
    expect(r.diagnostics[0]?.code).toBe("source/too-large");
    expect(r.diagnostics[0]?.message).toMatch(/10000000|10,000,000/);
  });

  it("a 1,000,000-element array: as text and as data, a result or diagnostics within bounds", () => {
    const million = Array.from({ length: 1_000_000 }, (_, i) => `n${i}`);
    const text = JSON.stringify({ ...s.bia, "x-list": million });
    const heapBefore = process.memoryUsage().heapUsed;
    const start0 = performance.now();
    const parsed = parseSource(text);
    expect(performance.now() - start0).toBeLessThan(2_000);
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(["source/too-many-values"]);
    for (const doc of [
      { ...s.bia, processes: million },
      { ...s.plan, requirements: million },
      { ...s.matrixSky, services: million },
    ]) {
      const start = performance.now();
      const kind = (doc as unknown as { kind: string }).kind;
      const r =
        kind === "BusinessImpactAnalysis"
          ? analyzeBia(doc)
          : kind === "ContinuityPlan"
            ? validatePlan(doc)
            : kind === "ResponsibilityMatrix"
              ? analyzeMatrix(doc)
              : validateDocument(OrganisationSchema, doc);
      const ms = performance.now() - start;
      expect(ms, `${kind} took ${ms} ms`).toBeLessThan(15_000);
      expect(notPlainJson(r.diagnostics)).toBeUndefined();
      // A million findings would be a denial of service of its own: the list stays bounded.
      expect(r.diagnostics.length, kind).toBeLessThanOrEqual(10_000);
    }
    const grew = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
    expect(grew).toBeLessThan(1_500);
  });
});

describe("YAML alias bombs and duplicate keys", () => {
  it("a billion-laughs document is refused by the alias limit", () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(",")}]`);
    }
    const start = performance.now();
    const r = parseSource(lines.join("\n"));
    expect(performance.now() - start).toBeLessThan(1_000);
    expect(r.data).toBeUndefined();
    expect(r.diagnostics[0]?.code).toBe("source/alias-limit");
  });

  it("a self-referencing alias does not loop", () => {
    const r = judge("parseSource", () => parseSource("a: &a\n  b: *a\n"), { json: false });
    expect(r.diagnostics.length + (r.data === undefined ? 0 : 1)).toBeGreaterThan(0);
  });

  it("duplicate keys are diagnostics that point at both occurrences, in YAML and JSON", () => {
    for (const text of ["kind: A\nid: x\nid: y\n", '{"kind": "A", "id": "x", "id": "y"}']) {
      const r = parseSource(text);
      const dup = r.diagnostics.find((d) => d.code === "source/duplicate-key");
      // id on line 2/3 in YAML; both on line 1 in JSON.
      expect(dup?.path).toBe("/id");
      expect(dup?.related?.[0]?.range).toBeDefined();
    }
  });
});

describe("poisonous strings", () => {
  const STRINGS = [
    "a\u0000b",
    "\ud800",
    "x\udfff",
    "\u202eevil\u202c",
    "\u2066x\u2069",
    "x".repeat(10 * 1024 * 1024),
  ];
  it("NUL, lone surrogates, RTL overrides and 10 MB strings in names, ids and references", () => {
    for (const str of STRINGS) {
      const bia = structuredClone(SMALL_BIA) as { processes: Array<Record<string, unknown>> };
      const p = bia.processes[0] as Record<string, unknown>;
      p.name = str;
      p.id = str;
      (bia.processes[1] as Record<string, unknown>).dependsOn = [str];
      const r = judge("analyzeBia", () => analyzeBia(bia));
      // SARIF and JSON stay valid JSON (lone surrogates are escaped by JSON.stringify).
      const sarif = JSON.stringify(toSarif(r.diagnostics));
      expect(JSON.parse(sarif)).toBeTypeOf("object");
      expect(() => JSON.parse(formatJson(r.diagnostics))).not.toThrow();
      judge("validatePlan", () =>
        validatePlan({ ...s.plan, title: str, owner: str }, { now: NOW }),
      );
      judge("analyzeMatrix", () => analyzeMatrix({ ...s.matrixSky, id: str, provider: str }));
      judge("importCaiqCsv", () =>
        importCaiqCsv(`Control ID,Ownership\n${str.slice(0, 100_000)},shared\n`),
      );
      judge("parseSource", () => parseSource(`name: "${str.replace(/"/g, "")}"\n`), {
        json: false,
      });
    }
  });
});

describe("NaN, Infinity, -0 and 1e308 wherever a number goes", () => {
  function numberPaths(
    doc: unknown,
    path: (string | number)[] = [],
    out: (string | number)[][] = [],
  ) {
    if (typeof doc === "number") out.push(path);
    else if (Array.isArray(doc)) {
      for (let i = 0; i < doc.length; i++) numberPaths(doc[i], [...path, i], out);
    } else if (typeof doc === "object" && doc !== null)
      for (const [k, v] of Object.entries(doc)) numberPaths(v, [...path, k], out);
    return out;
  }
  const cases: Array<[string, unknown]> = [
    ["bia", s.bia],
    ["plan", s.plan],
    ["organisation", s.organisation],
    ["attestation", { ...s.attestation, "x-score": 1 }],
  ];
  for (const [name, seed] of cases) {
    it(`${name}: every numeric field`, () => {
      const paths = numberPaths(seed);
      const step = Math.max(1, Math.ceil(paths.length / 12));
      let n = 0;
      for (let i = 0; i < paths.length; i += step) {
        for (const value of [
          Number.NaN,
          Number.POSITIVE_INFINITY,
          Number.NEGATIVE_INFINITY,
          -0,
          1e308,
          -1e308,
        ]) {
          const path = paths[i] as (string | number)[];
          const doc = structuredClone(seed) as Record<string, unknown>;
          let t = doc as Record<string | number, unknown>;
          for (const k of path.slice(0, -1)) t = t[k] as Record<string | number, unknown>;
          t[path[path.length - 1] as string] = value;
          // NaN and ±Infinity are not JSON: results may echo them, diagnostics must serialise.
          setInput(doc);
          family(name).run(doc, ctx);
          n++;
        }
      }
      expect(n).toBeGreaterThan(0);
    });
  }
  it("the BIA ratings themselves", () => {
    for (const value of HOSTILE_NUMBERS) {
      const doc = structuredClone(s.bia) as {
        processes: Array<{ impacts: Record<string, Record<string, unknown>> }>;
        unacceptableLevel: unknown;
      };
      const first = doc.processes[0]?.impacts.financial as Record<string, unknown>;
      first.PT4H = value;
      setInput(doc);
      family("bia").run(doc, ctx);
      doc.unacceptableLevel = value;
      setInput(doc);
      family("bia").run(doc, ctx);
    }
  });
});

describe("cycles everywhere a graph is", () => {
  setInput({});
  const bia = (edges: Record<string, unknown[]>) => ({
    kind: "BusinessImpactAnalysis",
    schemaVersion: "1.0",
    timePoints: ["PT1H", "P1D"],
    unacceptableLevel: 3,
    processes: [
      { id: "p", name: "P", impacts: { financial: { PT1H: 3 } }, dependsOn: edges.p ?? ["a"] },
    ],
    services: ["a", "b", "c"].map((id) => ({
      id,
      name: id,
      capability: { recoveryTime: "PT1H" },
      dependsOn: edges[id] ?? [],
    })),
  });
  it("self-loops, 2-cycles, long cycles, cycles through anyOf and through the process", () => {
    for (const edges of [
      { a: ["a"] },
      { a: ["b"], b: ["a"] },
      { a: ["b"], b: ["c"], c: ["a"] },
      { a: [{ anyOf: ["b", "c"] }], b: ["a"], c: ["a"] },
      { a: ["p"] },
      { p: ["p"] },
      { p: [{ anyOf: ["p"] }] },
    ] as Array<Record<string, unknown[]>>) {
      const r = judge("analyzeBia", () => analyzeBia(bia(edges)));
      // A self-loop is its own finding (bia/self-dependency); longer loops are cycles.
      const found =
        r.cycles.length + r.diagnostics.filter((d) => d.code === "bia/self-dependency").length;
      expect(found, JSON.stringify(edges)).toBeGreaterThan(0);
      family("bia").run(bia(edges), ctx);
    }
  });
  it("cycles across organisations in a group", () => {
    const hq = bia({ a: ["th:x"] });
    const th = {
      ...bia({}),
      services: [{ id: "x", name: "x", capability: { recoveryTime: "PT1H" }, dependsOn: ["hq:a"] }],
    };
    const r = judge("analyzeGroup", () =>
      analyzeGroup([
        { orgId: "hq", document: hq },
        { orgId: "th", document: th },
      ]),
    );
    expect(r.cycles.length).toBeGreaterThan(0);
  });
  it("a provider chain that comes back to itself", () => {
    const m = analyzeMatrix(s.matrixSky);
    judge("composeMatrixChain", () => composeMatrixChain([m, m, m]));
    const ssp = importOscalSsp(s.sspLeveraging);
    expect(ssp.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
  it("reference cycles in the JavaScript data itself", () => {
    const doc = structuredClone(s.bia) as Record<string, unknown>;
    doc["x-self"] = doc;
    const list: unknown[] = [];
    list.push(list);
    const plan = { ...s.plan, "x-loop": list } as Record<string, unknown>;
    (plan as { metadata?: unknown }).metadata = plan;
    for (const [name, d] of [
      ["bia", doc],
      ["plan", plan],
      ["matrix", { ...s.matrixSky, overrides: list }],
      ["organisation", { ...s.organisation, units: list }],
    ] as const) {
      family(name).run(d, ctx);
    }
  });
});
