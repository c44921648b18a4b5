import { describe, expect, it } from "vitest";
import {
  applyXFields,
  MAMORI_OSCAL_NS,
  mamoriProp,
  oscalString,
  readMamoriProps,
  xFieldProps,
} from "./oscal-props.js";

const ns = MAMORI_OSCAL_NS;

describe("mamoriProp", () => {
  it("writes a value OSCAL accepts unchanged", () => {
    expect(mamoriProp("clause", "10.5")).toEqual({ name: "clause", ns, value: "10.5" });
    expect(mamoriProp("title-ja", "バックアップ の 方針")).toEqual({
      name: "title-ja",
      ns,
      value: "バックアップ の 方針",
    });
  });
  it("writes empty, padded and multi-line values as JSON string literals with class json", () => {
    const cases: Array<[string, string]> = [
      ["", '""'],
      [" a", '" a"'],
      ["a\n", '"a\\n"'],
      ["\t", '"\\t"'],
      ["\u3000", '"\u3000"'], // an ideographic space is whitespace to \S; JSON leaves it as is
      ["a\u2028b", '"a\\u2028b"'], // JSON.stringify leaves U+2028 raw, `.` does not match it
    ];
    for (const [value, json] of cases) {
      const p = mamoriProp("n", value);
      expect(p, JSON.stringify(value)).toEqual({ name: "n", ns, class: "json", value: json });
      expect(JSON.parse(p.value as string)).toBe(value);
      expect(p.value).toMatch(/^\S(.*\S)?$/u);
    }
  });
});

describe("oscalString", () => {
  it("collapses whitespace, trims, and falls back when nothing is left", () => {
    expect(oscalString(" two\n lines ", "x")).toBe("two lines");
    expect(oscalString("\t\u3000", "1.0")).toBe("1.0");
    expect(oscalString("v2", "1.0")).toBe("v2");
  });
});

describe("xFieldProps", () => {
  it("collects x- fields of the object and of its plain sub-objects, not of skipped ones or arrays", () => {
    const props = xFieldProps(
      {
        id: "c",
        "x-a": 1,
        title: { en: "T", "x-b": [true] },
        guidance: { en: "G", "x-c": 3 },
        list: [{ "x-d": 4 }],
        plain: { en: "no x- here" },
      },
      ["guidance"],
    );
    expect(props).toEqual([
      { name: "x-fields", ns, class: "json", value: '{"x-a":1,"title":{"x-b":[true]}}' },
    ]);
  });
  it("does not loop on a cyclic sub-object (data built in code), and keeps the fields it reached", () => {
    const title: Record<string, unknown> = { en: "T", "x-b": 2 };
    title.self = title;
    const props = xFieldProps({ id: "c", "x-a": 1, title });
    expect(props).toEqual([
      { name: "x-fields", ns, class: "json", value: '{"x-a":1,"title":{"x-b":2}}' },
    ]);
  });
  it("writes nothing for an object without x- fields, and leaves undefined ones out silently", () => {
    expect(xFieldProps({ id: "c", title: { en: "T" }, "x-u": undefined })).toEqual([]);
  });
  it("names the fields JSON cannot hold, as JSON pointers", () => {
    const props = xFieldProps({
      "x-inf": Number.POSITIVE_INFINITY,
      "x-neg-zero": -0,
      "x-date": new Date(0),
      "x-hole": [1, undefined, 3], // JSON would make it null
      "x-fn": () => 1,
      "x-ok": { a: [1, "b", null] },
      "t/~": { "x-nan": Number.NaN },
    });
    expect(props).toEqual([
      { name: "x-fields", ns, class: "json", value: '{"x-ok":{"a":[1,"b",null]}}' },
      {
        name: "x-fields-omitted",
        ns,
        class: "json",
        value: '["/x-inf","/x-neg-zero","/x-date","/x-hole","/x-fn","/t~1~0/x-nan"]',
      },
    ]);
  });
});

describe("readMamoriProps and applyXFields", () => {
  const read = (props: unknown[]) => {
    const problems: Array<[string, string]> = [];
    const r = readMamoriProps({ props }, "/n", (path, expected) => problems.push([path, expected]));
    return { r, problems };
  };
  it("decodes class json values and ignores props of other namespaces", () => {
    const { r, problems } = read([
      { name: "clause", ns, value: "10.5" },
      { name: "clause", ns, class: "json", value: '"two\\nlines"' },
      { name: "clause", ns: "https://example.org", class: "json", value: "not json" },
      { name: "x-fields", ns, class: "json", value: '{"x-a":1}' },
      { name: "x-fields-omitted", ns, class: "json", value: '["/x-b"]' },
    ]);
    expect(problems).toEqual([]);
    expect([...r.text]).toEqual([["clause", ["10.5", "two\nlines"]]]);
    expect(r.xFields).toEqual([{ fields: { "x-a": 1 }, path: "/n/props/3/value" }]);
    expect(r.omitted).toEqual([{ field: "/x-b", path: "/n/props/4/value" }]);
  });
  it("reports JSON that does not parse or is not what the prop holds", () => {
    const { r, problems } = read([
      { name: "clause", ns, class: "json", value: '"unterminated' },
      { name: "clause", ns, class: "json", value: "42" },
      { name: "x-fields", ns, class: "json", value: "[1]" },
      { name: "x-fields-omitted", ns, class: "json", value: "[1]" },
    ]);
    expect(problems).toEqual([
      ["/n/props/0/value", "JSON text (the prop's class is 'json')"],
      ["/n/props/1/value", "a JSON string"],
      ["/n/props/2/value", "a JSON object of x- fields"],
      ["/n/props/3/value", "a JSON array of field paths"],
    ]);
    expect([r.text.size, r.xFields.length, r.omitted.length]).toEqual([0, 0, 0]);
  });
  it("puts x- fields back, descends only into own plain-object members, and never into a prototype", () => {
    const target: Record<string, unknown> = { id: "c", title: { en: "T" }, layers: ["a"] };
    const problems: string[] = [];
    const fields = JSON.parse(
      '{"x-a":1,"title":{"x-b":2},"__proto__":{"x-polluted":true},"layers":{"x-c":3},"missing":{"x-d":4}}',
    );
    applyXFields(target, fields, "/p", (_path, expected) => problems.push(expected));
    expect(target).toEqual({ id: "c", title: { en: "T", "x-b": 2 }, layers: ["a"], "x-a": 1 });
    expect(({} as Record<string, unknown>)["x-polluted"]).toBeUndefined();
    expect(Object.getPrototypeOf(target)).toBe(Object.prototype);
    expect(problems).toEqual([
      "x- fields, or an object '__proto__' of this node that holds some",
      "x- fields, or an object 'layers' of this node that holds some",
      "x- fields, or an object 'missing' of this node that holds some",
    ]);
  });
});
