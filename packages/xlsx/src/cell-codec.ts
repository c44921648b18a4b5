import type { CellValue } from "./open.js";

/**
 * How values that are not plain text, numbers or booleans travel in one cell: as JSON after
 * the prefix `json:` (`json:[{"at":"P1D","amount":100}]`, `json:null`, `json:""`). A string
 * that itself starts with `json:` is written the same way, so every value reads back exactly.
 *
 * @category Reading workbooks
 */
export const JSON_PREFIX = "json:";

/**
 * A field path split into keys: dots separate keys, and an `x-` key takes the rest whole.
 *
 * @category Reading workbooks
 */
export function splitPath(path: string): string[] {
  const parts = path.split(".");
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] as string;
    if (p.startsWith("x-")) {
      out.push(parts.slice(i).join("."));
      break;
    }
    out.push(p);
  }
  return out;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const asJson = (v: unknown): string => `${JSON_PREFIX}${JSON.stringify(v)}`;

/**
 * One value as a cell: text, number and boolean as they are, anything else as `json:`.
 *
 * @category Reading workbooks
 */
export function encodeScalar(value: unknown): CellValue | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string")
    return value === "" || value.startsWith(JSON_PREFIX) ? asJson(value) : value;
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "boolean") return value;
  return asJson(value);
}

/**
 * A field's value as `[path, cell]` pairs: nested objects become dotted columns
 * (`objectives.rto`), a list field of plain ids one comma-separated cell, and anything else
 * that a cell cannot hold as it is (arrays of objects, `x-` objects, empty objects) one `json:`
 * cell.
 *
 * @category Reading workbooks
 */
export function flattenField(
  path: string,
  value: unknown,
  lists: ReadonlySet<string>,
): [string, CellValue][] {
  if (value === undefined) return [];
  if (Array.isArray(value)) {
    const plain =
      lists.has(path) &&
      value.length > 0 &&
      value.every(
        (v) =>
          typeof v === "string" &&
          v !== "" &&
          v.trim() === v &&
          !v.includes(",") &&
          !v.startsWith(JSON_PREFIX),
      );
    return [[path, plain ? value.join(", ") : asJson(value)]];
  }
  if (isPlainObject(value)) {
    const last = path.slice(path.lastIndexOf(".") + 1);
    const keys = Object.keys(value);
    if (last.startsWith("x-") || keys.length === 0 || keys.some((k) => k.includes(".") || k === ""))
      return [[path, asJson(value)]];
    return keys.flatMap((k) => flattenField(`${path}.${k}`, value[k], lists));
  }
  const cell = encodeScalar(value);
  return cell === undefined ? [] : [[path, cell]];
}

/**
 * The value of a cell: `json:` decoded, a list field split at commas.
 *
 * @category Reading workbooks
 */
export function decodeCell(
  value: CellValue,
  isList: boolean,
): { value: unknown } | { error: string } {
  if (typeof value === "string" && value.startsWith(JSON_PREFIX)) {
    try {
      return { value: JSON.parse(value.slice(JSON_PREFIX.length)) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }
  if (isList) {
    const text = String(value);
    return {
      value: text
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s !== ""),
    };
  }
  return { value };
}

/**
 * Set `value` at `keys` inside `target`, creating objects on the way. Keys become own
 * properties whatever they are: a column named `__proto__.x` cannot reach a prototype.
 *
 * @category Reading workbooks
 */
export function setPath(
  target: Record<string, unknown>,
  keys: readonly string[],
  value: unknown,
): void {
  let obj = target;
  for (let i = 0; i < keys.length - 1; i++) {
    const k = keys[i] as string;
    const next = Object.hasOwn(obj, k) ? obj[k] : undefined;
    if (isPlainObject(next)) obj = next;
    else {
      const created: Record<string, unknown> = {};
      put(obj, k, created);
      obj = created;
    }
  }
  put(obj, keys[keys.length - 1] as string, value);
}

/**
 * Define an own, enumerable property (never a setter such as `__proto__`'s).
 *
 * @category Reading workbooks
 */
export function put(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

export { isPlainObject };
