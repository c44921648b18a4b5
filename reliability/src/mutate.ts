// Mutations of sample documents, as fast-check arbitraries: a case is a list of small edits
// (replace, delete, insert — including `__proto__` keys —, duplicate, graft a value from
// elsewhere, wrap, retype), so fast-check shrinks a failure to the fewest, simplest edits.
import fc from "fast-check";

type Path = (string | number)[];

/** Numbers that break naive arithmetic. */
export const HOSTILE_NUMBERS = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  1e308,
  -1e308,
  5e-324,
  2 ** 53 + 1,
  -1,
  0,
  1.5,
] as const;

/** Strings that break naive text handling, output formats and parsers. */
export const HOSTILE_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "\udfff x",
  "\u202eevil\u202c",
  "\u2066rtl\u2069",
  "\ufeffbom",
  "\r\n",
  "\u2028\u2029",
  '=HYPERLINK("http://x","y")',
  "+1+1",
  "-2+3",
  "@SUM(A1)",
  "\t=1",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "</style><script>x</script>",
  "]]>&lt;&amp;",
  "'; DROP TABLE x; --",
  "__proto__",
  "constructor",
  "prototype",
  "hasOwnProperty",
  "toString",
  "valueOf",
  "{name}",
  "$\u007bx}",
  "%s%n",
  "../../etc/passwd",
  "a:b:c",
  "kita-th:rayong-line",
  "PT4H",
  "PT0S",
  "P1000000000Y",
  "PT9999999999999999999H",
  "-PT1H",
  "P1M",
  "P1Y2M3DT4H5M6.5S",
  "2026-02-30",
  "2026-11-27",
  "0000-01-01",
  "9999-12-31T23:59:59Z",
  // Impossible calendar dates of the right shape (issue 30): date/invalid, never a pass.
  "2024-02-30",
  "2024-13-01",
  "2025-02-29",
  "2026-11-27T24:00:00Z",
  "2026-04-31T10:00:00+09:00",
  "2026-01-01T10:60Z",
  // Terminal and Markdown injection, full-width and space-led formulas (issue 30).
  "\u001b]0;pwned\u0007",
  "\u001b[2J\u001b[3J",
  "\u009b31m\u0085",
  "<plaintext>",
  "[x](javascript:alert(1))",
  "＝1+1",
  " =1+1",
  "'=1+1",
  "\u3000@SUM(A1)",
  "NaN",
  "Infinity",
  "1e308",
  "true",
  "null",
  "~",
  "*alias",
  "&anchor x",
  "!!js/function 'x'",
  "日本語の文字列",
  "🙂".repeat(3),
  "x".repeat(5_000),
  // Long strings: outputs cut them where they repeat, so they stay linear (issue 30).
  "長".repeat(200_000),
] as const;

/** Calendar dates that have the ISO 8601 shape but do not exist. */
export const IMPOSSIBLE_DATES = [
  "2024-02-30",
  "2024-13-01",
  "0000-01-01",
  "2025-02-29",
  "2026-11-27T24:00:00Z",
  "2026-06-31T09:00:00+09:00",
] as const;

const hostileKey = fc.oneof(
  fc.constantFrom(
    "__proto__",
    "constructor",
    "prototype",
    "x-note",
    "x-__proto__",
    "x-",
    "kind",
    "id",
    "dependsOn",
    "nmae",
    "",
    "toString",
    "hasOwnProperty",
    "~1/",
  ),
  fc.string({ maxLength: 8 }),
);

/** A value of any type, often a hostile one. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<unknown>(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(...HOSTILE_NUMBERS) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, undefined, true, false, [], {}) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      JSON.parse('{"__proto__": {"polluted": true}}'),
      JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
      JSON.parse('[{"__proto__": {"isAdmin": true}}]'),
      { anyOf: [] },
      { anyOf: ["erp", { anyOf: ["erp"] }] },
      ["erp", "erp"],
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

/** One edit of a document. */
export type Mutation =
  | { op: "replace"; at: number; value: unknown }
  | { op: "delete"; at: number }
  | { op: "insert"; at: number; key: string; value: unknown }
  | { op: "duplicate"; at: number }
  | { op: "graft"; at: number; from: number }
  | { op: "wrap"; at: number; array: boolean }
  | { op: "retype"; at: number }
  | { op: "redate"; at: number; date: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant("replace" as const),
      at: fc.nat(),
      value: hostileValue,
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("delete" as const), at: fc.nat() }) },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant("insert" as const),
      at: fc.nat(),
      key: hostileKey,
      value: hostileValue,
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("duplicate" as const), at: fc.nat() }) },
  {
    weight: 3,
    arbitrary: fc.record({ op: fc.constant("graft" as const), at: fc.nat(), from: fc.nat() }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant("wrap" as const), at: fc.nat(), array: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("retype" as const), at: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant("redate" as const), at: fc.nat(), date: fc.nat() }),
  },
);

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}(T|$)/;

/** Every path of a document (containers and leaves), root first. */
export function pathsOf(doc: unknown, limit = 20_000): Path[] {
  const out: Path[] = [];
  const stack: Array<[unknown, Path]> = [[doc, []]];
  while (stack.length > 0 && out.length < limit) {
    const [value, path] = stack.pop() as [unknown, Path];
    out.push(path);
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], [...path, i]]);
    } else if (typeof value === "object" && value !== null) {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i] as string;
        stack.push([(value as Record<string, unknown>)[k], [...path, k]]);
      }
    }
  }
  return out;
}

function get(doc: unknown, path: Path): unknown {
  let v = doc;
  for (const k of path) v = (v as Record<string | number, unknown>)?.[k];
  return v;
}

/** Set an own property, even one named `__proto__` (as JSON.parse would). */
function setOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function put(doc: { root: unknown }, path: Path, value: unknown): void {
  if (path.length === 0) {
    doc.root = value;
    return;
  }
  const parent = get(doc.root, path.slice(0, -1));
  if (typeof parent === "object" && parent !== null)
    setOwn(parent, path[path.length - 1] as string, value);
}

function clone<T>(value: T): T {
  // structuredClone keeps own `__proto__` keys as own properties? It does not copy them
  // reliably, so copy by hand.
  if (Array.isArray(value)) return value.map(clone) as T;
  if (typeof value === "object" && value !== null) {
    const out = {};
    for (const k of Object.keys(value))
      setOwn(out, k, clone((value as Record<string, unknown>)[k]));
    return out as T;
  }
  return value;
}

/** Apply edits to a copy of `seed`. */
export function applyMutations(seed: unknown, mutations: readonly Mutation[]): unknown {
  const doc = { root: clone(seed) };
  for (const m of mutations) {
    const paths = pathsOf(doc.root);
    const path = paths[m.at % paths.length] as Path;
    const here = get(doc.root, path);
    switch (m.op) {
      case "replace":
        put(doc, path, clone(m.value));
        break;
      case "delete": {
        if (path.length === 0) break;
        const parent = get(doc.root, path.slice(0, -1));
        const key = path[path.length - 1] as string | number;
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else if (typeof parent === "object" && parent !== null)
          delete (parent as Record<string, unknown>)[key];
        break;
      }
      case "insert":
        if (Array.isArray(here)) here.push(clone(m.value));
        else if (typeof here === "object" && here !== null) setOwn(here, m.key, clone(m.value));
        else put(doc, path, clone(m.value));
        break;
      case "duplicate":
        if (Array.isArray(here) && here.length > 0) here.push(clone(here[m.at % here.length]));
        else if (path.length > 0) {
          const parent = get(doc.root, path.slice(0, -1));
          if (Array.isArray(parent)) parent.push(clone(here));
        }
        break;
      case "graft": {
        // Copy a string from elsewhere (an id, usually): random references and cycles.
        const strings = paths.filter((p) => typeof get(doc.root, p) === "string");
        if (strings.length === 0) break;
        const value = get(doc.root, strings[m.from % strings.length] as Path);
        if (Array.isArray(here)) here.push(value);
        else put(doc, path, value);
        break;
      }
      case "wrap":
        put(doc, path, m.array ? [here] : { value: here });
        break;
      case "redate": {
        // An impossible date where the document has a date (a date field, so it must be
        // refused), or wherever `at` points when it has none.
        const dates = paths.filter((p) => {
          const v = get(doc.root, p);
          return typeof v === "string" && DATE_SHAPE.test(v);
        });
        const target = dates.length > 0 ? (dates[m.at % dates.length] as Path) : path;
        put(doc, target, IMPOSSIBLE_DATES[m.date % IMPOSSIBLE_DATES.length]);
        break;
      }
      case "retype":
        put(
          doc,
          path,
          typeof here === "string"
            ? Number(here)
            : typeof here === "number"
              ? String(here)
              : JSON.stringify(here ?? null),
        );
        break;
    }
  }
  return doc.root;
}

/** Edits of text: cut a span and put a hostile string there. */
export interface TextEdit {
  at: number;
  cut: number;
  insert: string;
}

export const textEdit: fc.Arbitrary<TextEdit> = fc.record({
  at: fc.nat(),
  cut: fc.nat({ max: 40 }),
  insert: fc.oneof(
    fc.constantFrom(
      ...HOSTILE_STRINGS,
      "\n",
      ":",
      "- ",
      "{",
      "}",
      "[",
      "]",
      ",",
      '"',
      "'",
      "&a",
      "*a",
      "<<: *a",
      "!!binary",
      "? ",
      "#",
      "\r",
      "\r\r",
      ...IMPOSSIBLE_DATES,
    ),
    fc.string({ maxLength: 10 }),
  ),
});

/** Apply text edits in order. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of edits) {
    const at = out.length === 0 ? 0 : e.at % (out.length + 1);
    out = out.slice(0, at) + e.insert + out.slice(at + e.cut);
  }
  return out;
}
