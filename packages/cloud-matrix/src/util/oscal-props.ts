// How mamori data travels in OSCAL `props` (both directions), so that the exports stay valid
// against the OSCAL schemas whatever the strings hold and the imports give the data back.
//
// - A prop `value` must match `^\S(.*\S)?$` (no empty, padded or multi-line text). A value
//   that does not is written as a JSON string literal with `class: "json"`: `"two\nlines"`
//   (quotes included, the line break escaped) starts and ends with `"` and holds no line
//   break, so it matches; the importer decodes every mamori prop with that class.
// - `x-` fields have no place in OSCAL: each mamori object that has any (its own, or those
//   of its sub-objects that have no OSCAL node of their own, such as a control's `title`)
//   gets one `x-fields` prop, `class: "json"`, whose value is a JSON object holding the `x-`
//   fields, and under the name of a sub-object that sub-object's own (`{"x-a": 1, "title":
//   {"x-b": 2}}`). Values JSON cannot hold (NaN, Infinity, -0, BigInt, cycles, functions)
//   cannot be carried: their paths go in an `x-fields-omitted` prop instead, which the
//   importer reports as a warning.

type Obj = Record<string, unknown>;

/**
 * The namespace of the OSCAL `props` mamori writes (catalog, ownership, evidence, `x-`
 * fields), so that an exported document reads back without loss.
 *
 * @example
 * ```ts
 * import { MAMORI_OSCAL_NS } from "@mamori/cloud-matrix/oscal";
 * MAMORI_OSCAL_NS; // "https://mamori.dev/ns/oscal"
 * ```
 *
 * @category OSCAL
 */
export const MAMORI_OSCAL_NS = "https://mamori.dev/ns/oscal";

/** The class of a mamori prop whose value is JSON text. @internal */
export const JSON_CLASS = "json";

/** OSCAL's StringDatatype, read as ajv reads it (Unicode mode). */
const OSCAL_STRING = /^\S(.*\S)?$/u;

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * JSON text that is also a valid OSCAL string: `JSON.stringify` escapes line breaks and lone
 * surrogates but not U+2028 and U+2029, which `.` does not match either.
 */
function jsonText(value: unknown): string {
  return (JSON.stringify(value) as string)
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** A mamori prop; a value OSCAL would refuse is written JSON-encoded. @internal */
export function mamoriProp(name: string, value: string): Obj {
  if (OSCAL_STRING.test(value)) return { name, ns: MAMORI_OSCAL_NS, value };
  return { name, ns: MAMORI_OSCAL_NS, class: JSON_CLASS, value: jsonText(value) };
}

/**
 * Text for an OSCAL field that must be a StringDatatype but that mamori does not read back
 * (the data travels in a prop): whitespace runs become one space, the ends are trimmed, and
 * `fallback` stands in for what is left empty. @internal
 */
export function oscalString(text: string, fallback: string): string {
  const t = text.replace(/\s+/gu, " ").trim();
  return t === "" ? fallback : t;
}

/**
 * OSCAL 1.2's markup-line (every `title`): non-empty, no line feed. Text that is one already is
 * returned as it is; other text has its line breaks folded into spaces (`fallback` when nothing
 * is left), and the exporter keeps the original in a `<field>-original` prop. @internal
 */
export function markupLine(text: string, fallback: string): string {
  const line = /^[^\n]+$/u;
  if (line.test(text)) return text;
  for (const candidate of [text, fallback]) {
    const folded = candidate.replace(/\r?\n/g, " ");
    if (line.test(folded) && folded.trim() !== "") return folded;
  }
  return "untitled";
}

/**
 * A title for OSCAL: `{ title, props }` where `props` holds the original under
 * `<name>-original` when the title had to change to be a markup-line. @internal
 */
export function titleOf(
  text: string,
  fallback: string,
  name = "title",
): { title: string; props: Obj[] } {
  const title = markupLine(text, fallback);
  return { title, props: title === text ? [] : [mamoriProp(`${name}-original`, text)] };
}

/** True when `JSON.parse(JSON.stringify(v))` deep-equals `v` (`undefined` members aside). */
function isJson(v: unknown, stack: Set<unknown>): boolean {
  if (v === null || typeof v === "string" || typeof v === "boolean") return true;
  if (typeof v === "number") return Number.isFinite(v) && !Object.is(v, -0);
  if (typeof v !== "object" || stack.has(v)) return false;
  const proto = Object.getPrototypeOf(v);
  if (!Array.isArray(v) && proto !== Object.prototype && proto !== null) return false;
  stack.add(v);
  let ok = true;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length && ok; i++) ok = i in v && isJson(v[i], stack);
  } else {
    for (const x of Object.values(v)) {
      if (x !== undefined && !isJson(x, stack)) {
        ok = false;
        break;
      }
    }
  }
  stack.delete(v);
  return ok;
}

/**
 * Collect the `x-` fields of `obj` and of its plain-object members (recursively), except the
 * members named in `skip` (those have OSCAL nodes of their own). Arrays are not entered: in
 * the documents exported to OSCAL every array of objects has its own OSCAL nodes.
 */
function collect(
  obj: Obj,
  skip: readonly string[],
  base: string,
  omitted: string[],
  seen: Set<object> = new Set(),
): Obj {
  const out: Obj = {};
  // A cyclic member (possible only in data built in code, never parsed) is not entered twice.
  if (seen.has(obj) || seen.size > 200) return out;
  seen.add(obj);
  for (const [k, v] of Object.entries(obj)) {
    if (k.startsWith("x-")) {
      if (v === undefined) continue;
      let ok = false;
      try {
        ok = isJson(v, new Set());
      } catch {
        // Nested deeper than the stack allows: JSON.stringify would fail the same way.
      }
      if (ok) out[k] = v;
      else omitted.push(`${base}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`);
    } else if (!skip.includes(k) && isObj(v)) {
      const inner = collect(
        v,
        [],
        `${base}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`,
        omitted,
        seen,
      );
      if (Object.keys(inner).length > 0) out[k] = inner;
    }
  }
  seen.delete(obj);
  return out;
}

/**
 * The props that carry the `x-` fields of `obj` (none when it has none): `x-fields`, and
 * `x-fields-omitted` for values JSON cannot hold. `skip` names members exported as OSCAL
 * nodes of their own. @internal
 */
export function xFieldProps(obj: Obj, skip: readonly string[] = []): Obj[] {
  const omitted: string[] = [];
  const fields = collect(obj, skip, "", omitted);
  const props: Obj[] = [];
  if (Object.keys(fields).length > 0)
    props.push({
      name: "x-fields",
      ns: MAMORI_OSCAL_NS,
      class: JSON_CLASS,
      value: jsonText(fields),
    });
  if (omitted.length > 0)
    props.push({
      name: "x-fields-omitted",
      ns: MAMORI_OSCAL_NS,
      class: JSON_CLASS,
      value: jsonText(omitted),
    });
  return props;
}

/** What an importer found in the mamori props of one OSCAL node. @internal */
export interface MamoriProps {
  /** Text values by prop name, decoded. */
  text: Map<string, string[]>;
  /** The `x-fields` objects, with the JSON pointer of their prop. */
  xFields: Array<{ fields: Obj; path: string }>;
  /** The paths listed by `x-fields-omitted`, with the JSON pointer of their prop. */
  omitted: Array<{ field: string; path: string }>;
}

/**
 * Read the mamori props of an OSCAL node (`path` is its JSON pointer): decode JSON values,
 * and report a `class: "json"` value that is not the JSON expected through `malformed`.
 * @internal
 */
export function readMamoriProps(
  node: Obj,
  path: string,
  malformed: (path: string, expected: string, value: unknown) => void,
): MamoriProps {
  const out: MamoriProps = { text: new Map(), xFields: [], omitted: [] };
  if (!Array.isArray(node.props)) return out;
  node.props.forEach((p, i) => {
    if (
      !isObj(p) ||
      p.ns !== MAMORI_OSCAL_NS ||
      typeof p.name !== "string" ||
      typeof p.value !== "string"
    )
      return;
    const pp = `${path}/props/${i}/value`;
    let value: unknown = p.value;
    if (p.class === JSON_CLASS) {
      try {
        value = JSON.parse(p.value);
      } catch {
        malformed(pp, "JSON text (the prop's class is 'json')", p.value);
        return;
      }
    }
    if (p.name === "x-fields") {
      if (isObj(value)) out.xFields.push({ fields: value, path: pp });
      else malformed(pp, "a JSON object of x- fields", value);
    } else if (p.name === "x-fields-omitted") {
      if (Array.isArray(value) && value.every((f) => typeof f === "string"))
        for (const field of value) out.omitted.push({ field, path: pp });
      else malformed(pp, "a JSON array of field paths", value);
    } else if (typeof value === "string") {
      out.text.set(p.name, [...(out.text.get(p.name) ?? []), value]);
    } else {
      malformed(pp, "a JSON string", value);
    }
  });
  return out;
}

/**
 * Put `x-` fields back on `target`: `x-` keys are set, other keys name a sub-object to
 * descend into (only an own plain-object member, so `__proto__` and the like lead nowhere).
 * A sub-object the target lacks is reported through `malformed`. @internal
 */
export function applyXFields(
  target: Obj,
  fields: Obj,
  path: string,
  malformed: (path: string, expected: string, value: unknown) => void,
): void {
  for (const [k, v] of Object.entries(fields)) {
    if (k.startsWith("x-")) target[k] = v;
    else if (isObj(v) && Object.hasOwn(target, k) && isObj(target[k]))
      applyXFields(target[k] as Obj, v, path, malformed);
    else malformed(path, `x- fields, or an object '${k}' of this node that holds some`, v);
  }
}
