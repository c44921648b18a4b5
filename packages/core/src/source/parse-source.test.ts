import { describe, expect, it } from "vitest";
import { OrganisationSchema } from "../schema/organisation.js";
import { validateDocument } from "../validate/validate-document.js";
import { attachRanges, nestingDepth, parseSource, rangeAt } from "./parse-source.js";

describe("parseSource", () => {
  it("maps every value of a YAML document to its line and column", () => {
    const text = "kind: Organisation\nsites:\n  - id: hq\n    name: Head office\n";
    const { data, positions, diagnostics, format } = parseSource(text);
    expect(format).toBe("yaml");
    expect(diagnostics).toEqual([]);
    expect(data).toEqual({ kind: "Organisation", sites: [{ id: "hq", name: "Head office" }] });
    // "name" is on line 4; its value starts after "    name: " (10 characters) → column 11.
    expect(positions.get("/sites/0/name")).toEqual({
      key: { start: { line: 4, column: 5 }, end: { line: 4, column: 9 } },
      value: { start: { line: 4, column: 11 }, end: { line: 4, column: 22 } },
    });
    expect(positions.get("/sites/0")?.value.start).toEqual({ line: 3, column: 5 });
  });

  it("reads JSON strictly and maps positions too", () => {
    const text = '{\n  "kind": "Organisation",\n  "n": [1, 2]\n}';
    const r = parseSource(text);
    expect(r.format).toBe("json");
    expect(r.data).toEqual({ kind: "Organisation", n: [1, 2] });
    expect(r.positions.get("/n/1")?.value.start).toEqual({ line: 3, column: 12 });
    const bad = parseSource('{"a": [1, 2,]}');
    expect(bad.data).toBeUndefined();
    expect(bad.diagnostics[0]?.code).toBe("source/syntax");
    // "{\n\"a\" 1}": the ':' is missing at offset 6 → line 2, column 5.
    const missingColon = parseSource('{\n"a" 1}');
    expect(missingColon.diagnostics[0]?.range?.start).toEqual({ line: 2, column: 5 });
  });

  it("reports duplicate keys with both locations", () => {
    const r = parseSource("a: 1\nb: 2\na: 3\n", { file: "x.yaml" });
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({
      code: "source/duplicate-key",
      path: "/a",
      file: "x.yaml",
      range: { start: { line: 3, column: 1 } },
      related: [{ path: "/a", range: { start: { line: 1, column: 1 } } }],
    });
  });

  it("refuses a billion-laughs alias bomb with a clear error", () => {
    const rows = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (const [name, prev] of [
      ["b", "a"],
      ["c", "b"],
      ["d", "c"],
      ["e", "d"],
      ["f", "e"],
      ["g", "f"],
    ]) {
      rows.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(", ")}]`);
    }
    const r = parseSource(`${rows.join("\n")}\n`);
    expect(r.data).toBeUndefined();
    expect(r.diagnostics.map((d) => d.code)).toEqual(["source/alias-limit"]);
    // A few honest aliases are fine.
    expect(parseSource("base: &b {x: 1}\nuse: *b\n").data).toEqual({
      base: { x: 1 },
      use: { x: 1 },
    });
  });

  it("enforces size and depth limits and never throws", () => {
    expect(parseSource("a: 1", { maxLength: 3 }).diagnostics[0]).toMatchObject({
      code: "source/too-large",
      data: { size: 4, limit: 3 },
    });
    expect(parseSource("[".repeat(100_000)).diagnostics[0]?.code).toMatch(
      /^source\/(syntax|too-deep)$/,
    );
    const deep = `${"[".repeat(600)}${"]".repeat(600)}`;
    expect(parseSource(deep).diagnostics[0]?.code).toBe("source/too-deep");
    expect(parseSource("").diagnostics[0]?.code).toBe("source/empty");
    expect(parseSource("a: 1\n---\nb: 2\n").diagnostics[0]?.code).toBe("source/multiple-documents");
    expect(parseSource(42 as unknown as string).diagnostics[0]?.code).toBe("source/syntax");
  });

  it("keeps __proto__ keys as data without touching prototypes", () => {
    const y = parseSource("__proto__: {polluted: 1}\n");
    const j = parseSource('{"__proto__": {"polluted": 1}}');
    for (const r of [y, j]) {
      expect(Object.keys(r.data as object)).toEqual(["__proto__"]);
      expect(Object.getPrototypeOf(r.data)).toBe(Object.prototype);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("attachRanges", () => {
  it("puts the source range on validation diagnostics, keys for unknown keys", () => {
    const text =
      "kind: Organisation\nschemaVersion: '1.0'\nid: k\nname: K\nscope: solo\nsites:\n  - id: hq\n    nme: x\n";
    const parsed = parseSource(text);
    const located = attachRanges(
      validateDocument(OrganisationSchema, parsed.data).diagnostics,
      parsed.positions,
      "org.yaml",
    );
    const byCode = Object.fromEntries(located.map((d) => [d.code, d]));
    expect(byCode["schema/invalid-value"]?.range?.start).toEqual({ line: 5, column: 8 });
    expect(byCode["schema/unknown-key"]?.range?.start).toEqual({ line: 8, column: 5 });
    // The missing `name` of site 0 is located at the site itself (its nearest ancestor).
    expect(byCode["schema/required"]?.range?.start).toEqual({ line: 7, column: 5 });
    expect(located.every((d) => d.file === "org.yaml")).toBe(true);
    expect(rangeAt(parsed.positions, "/nope/deeper")?.start).toEqual({ line: 1, column: 1 });
  });
});

describe("nesting limit before parsing", () => {
  // Found by the reliability suite: 100,000 levels made the parsers overflow their stacks
  // after about 2 s and came back as a vague syntax error.
  const DEPTH = 100_000;
  it.each([
    ["JSON arrays", `${"[".repeat(DEPTH)}${"]".repeat(DEPTH)}`],
    ["JSON objects", `${'{"a":'.repeat(DEPTH)}1${"}".repeat(DEPTH)}`],
    ["YAML flow", `a: ${"[".repeat(DEPTH)}${"]".repeat(DEPTH)}`],
    ["YAML compact sequences", `${"- ".repeat(DEPTH)}1\n`],
    [
      "YAML indentation",
      `x:\n${Array.from({ length: 2_000 }, (_, i) => `${" ".repeat(i + 1)}- `).join("\n")}1\n`,
    ],
  ])("%s: a too-deep diagnostic at once", (_name, text) => {
    const start = performance.now();
    const r = parseSource(text);
    expect(performance.now() - start).toBeLessThan(500);
    expect(r.data).toBeUndefined();
    expect(r.diagnostics.map((d) => d.code)).toEqual(["source/too-deep"]);
  });
  it("counts real nesting only: brackets in strings and comments do not count", () => {
    // 600 brackets inside quotes and a comment: depth 1 (the root map).
    const brackets = "[".repeat(600);
    expect(nestingDepth(`a: "${brackets}"\nb: '${brackets}' # ${brackets}\n`, "yaml")).toBe(1);
    expect(nestingDepth(`{"a": "${brackets}"}`, "json")).toBe(1);
    // root map (1) > a's map (2) > b's sequence (3) > its item (4) > the flow list (5).
    expect(nestingDepth("a:\n  b:\n    - [1]\n", "yaml")).toBe(5);
    expect(parseSource(`a: "${brackets}"\n`).diagnostics).toEqual([]);
  });
  it("keeps the limit configurable", () => {
    // 3 levels of arrays are over a limit of 1.
    expect(parseSource("[[[1]]]", { maxDepth: 1 }).diagnostics[0]?.code).toBe("source/too-deep");
    expect(parseSource("[[[1]]]", { maxDepth: 5 }).diagnostics).toEqual([]);
  });
});

describe("value limit before parsing", () => {
  it("a 1,000,000-element array is refused at once instead of 20 s and 1.3 GB of parser nodes", () => {
    // Found by the reliability suite: a 9.9 MB JSON text (under the 10 MB limit) took 20 s.
    const text = JSON.stringify({
      kind: "X",
      list: Array.from({ length: 1_000_000 }, (_, i) => i),
    });
    const start = performance.now();
    const r = parseSource(text);
    expect(performance.now() - start).toBeLessThan(1_000);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["source/too-many-values"]);
    // 1 (the estimate starts at one value) + 1 "{" + 1 "[" + 999,999 commas between items
    // + 1 comma between the two keys = 1,000,003.
    expect(r.diagnostics[0]?.message).toContain("1000003");
  });
  it("counts YAML block lines too, and the limit is configurable", () => {
    const yaml = Array.from({ length: 50 }, (_, i) => `k${i}: ${i}`).join("\n");
    expect(parseSource(yaml, { maxValues: 40 }).diagnostics[0]?.code).toBe(
      "source/too-many-values",
    );
    expect(parseSource(yaml, { maxValues: 60 }).diagnostics).toEqual([]);
  });

  it("reads CR-only line ends as line breaks, with the lines an editor shows", () => {
    const text = "# a comment first\rkind: Organisation\rid: k\r";
    const parsed = parseSource(text, { file: "old-mac.yaml" });
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.data).toEqual({ kind: "Organisation", id: "k" });
    expect(parsed.positions.get("/id")?.value.start).toEqual({ line: 3, column: 5 });
    expect(
      parseSource('{\r"a": 1,\r"b": 2\r}', { file: "x.json" }).positions.get("/b")?.value.start,
    ).toEqual({
      line: 3,
      column: 6,
    });
  });
});
