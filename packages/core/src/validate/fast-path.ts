// A structural fast path for validateDocument: the zod/mini schema compiled once into plain
// closures that answer "would safeParse succeed AND would findProtoKeys report nothing?"
// without building zod's copy of the document or its issues. validateDocument trusts a `true`
// and runs the slow path (zod + findProtoKeys + issue mapping) on `false`, on a throw and for
// schemas this file does not understand, so diagnostics never depend on it. Hence the rule
// here: `true` must be exact; `false` may be conservative (only costs time). For plain JSON/YAML
// data it is exact both ways, which reliability/src/fast-path.test.ts checks.
import type * as z from "zod/mini";
import { isDefinedObject } from "../schema/object.js";

/**
 * `depth` is findProtoKeys' depth of `value` (the root is 0), or Infinity below an `x-` key,
 * whose subtree findProtoKeys skips. An own `__proto__` key counts only at depth ≤ 200.
 */
type Check = (value: unknown, depth: number) => boolean;

/** The parts of zod's `_zod` internals read here (zod 4, `zod/v4/core`). */
interface Internals {
  // biome-ignore lint/suspicious/noExplicitAny: zod's defs differ per type; read by `type`.
  def: Record<string, any>;
  traits: Set<string>;
  optin?: string;
  optout?: string;
  values?: Set<unknown>;
  check?: (payload: Payload) => unknown;
}
interface Payload {
  value: unknown;
  issues: unknown[];
}

const OFF = Number.POSITIVE_INFINITY;
const internals = (schema: unknown) => (schema as { _zod: Internals })._zod;
/** Give up (the schema keeps the slow path), or at run time hand the document to zod. */
const unsupported = (): never => {
  throw new Error("fast path: unsupported schema");
};

/** True when findProtoKeys would report nothing in `value` (its walk, as a predicate). */
const noProtoKeys: Check = (value, depth) => {
  if (typeof value !== "object" || value === null || depth > 200) return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!noProtoKeys(value[i], depth + 1)) return false;
    return true;
  }
  for (const key of Object.keys(value)) {
    if (key.startsWith("x-")) continue;
    if (key === "__proto__") return false;
    if (!noProtoKeys((value as Record<string, unknown>)[key], depth + 1)) return false;
  }
  return true;
};

/**
 * Run zod's own checks (regex, lengths in code points, gte, safe integer, refinements...) the
 * way zod's runner does on a value that passed its type test: a check with a `when` runs only
 * when `when` says so, and the first issue settles it. zod runs them on its output; this path
 * runs them on the input, which is the same value for leaf types, and for arrays and records
 * the same keys and values (copied, in zod) once their entries passed: the difference —
 * `__proto__` keys, key order — would only matter to refinements that read those.
 */
function checksOf(checks: Internals[]): ((value: unknown) => boolean) | undefined {
  if (checks.length === 0) return undefined;
  const quick = checks.map(quickPass);
  return (value) => {
    let payload: Payload | undefined;
    for (let i = 0; i < checks.length; i++) {
      const c = checks[i] as Internals;
      if (quick[i]?.(payload ? payload.value : value)) continue;
      payload ??= { value, issues: [] };
      if (c.def.when && !c.def.when(payload)) continue;
      // safeParse throws on an async check; so does this, and the slow path then does the same.
      if ((c.check as NonNullable<Internals["check"]>)(payload) instanceof Promise) unsupported();
      if (payload.issues.length > 0) return false;
    }
    return true;
  };
}

/**
 * For the common checks, a test that proves the check passes without running it (and without
 * the payload it needs); when the test says no, zod's check decides. Lengths are in code
 * points, between half the UTF-16 length and the UTF-16 length.
 */
// biome-ignore lint/suspicious/noExplicitAny: each test reads the type its check is for.
function quickPass({ def, traits }: Internals): ((value: any) => boolean) | undefined {
  if (traits.has("$ZodCheckRegex")) {
    const re: RegExp = def.pattern;
    return (v) => {
      re.lastIndex = 0;
      return re.test(v);
    };
  }
  if (traits.has("$ZodCheckMinLength")) return (v) => v.length >= 2 * def.minimum;
  if (traits.has("$ZodCheckMaxLength")) return (v) => v.length <= def.maximum;
  if (traits.has("$ZodCheckGreaterThan"))
    return (v) => (def.inclusive ? v >= def.value : v > def.value);
  if (traits.has("$ZodCheckLessThan"))
    return (v) => (def.inclusive ? v <= def.value : v < def.value);
  if (traits.has("$ZodCheckNumberFormat") && def.format === "safeint") return Number.isSafeInteger;
  return undefined;
}

/** zod's record type test (`isPlainObject`), conservatively: other realms' objects say no. */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const ctor = (value as { constructor?: unknown }).constructor;
  return typeof ctor !== "function" || ctor === Object;
}

function compile(schema: z.core.$ZodType, busy: Set<object>): Check {
  const done = cache.get(schema);
  if (done) return done;
  if (busy.has(schema)) unsupported(); // a recursive schema
  busy.add(schema);
  const check = build(schema, busy);
  busy.delete(schema);
  cache.set(schema, check);
  return check;
}

function build(schema: z.core.$ZodType, busy: Set<object>): Check {
  const zod = internals(schema);
  const def = zod.def;
  if (def.coerce) unsupported();
  // As zod's runner: a schema that is itself a check (z.int(), z.email()) runs first.
  // Metadata "checks" (z.meta, z.describe) do nothing when run.
  const own = (
    (zod.traits.has("$ZodCheck") ? [schema, ...(def.checks ?? [])] : (def.checks ?? [])).map(
      internals,
    ) as Internals[]
  ).filter((c) => c.def.check !== "meta" && c.def.check !== "describe");
  const checks = checksOf(own);
  const leaf = (test: Check): Check => (checks ? (v, d) => test(v, d) && checks(v) : test);
  const noChecks = () => own.length === 0 || unsupported();
  switch (def.type) {
    case "string":
      return leaf((v) => typeof v === "string");
    case "number":
      return leaf((v) => typeof v === "number" && Number.isFinite(v));
    case "boolean":
      return leaf((v) => typeof v === "boolean");
    case "enum":
    case "literal": {
      const values = zod.values as Set<unknown>;
      return leaf((v) => values.has(v));
    }
    case "unknown":
    case "any":
      return leaf(noProtoKeys);
    case "optional": {
      noChecks();
      const inner = compile(def.innerType, busy);
      // z.exactOptional accepts absence (see the object case), not an explicit undefined.
      if (zod.traits.has("$ZodExactOptional")) return inner;
      return (v, d) => v === undefined || inner(v, d);
    }
    case "nullable": {
      noChecks();
      const inner = compile(def.innerType, busy);
      return (v, d) => v === null || inner(v, d);
    }
    case "union": {
      noChecks();
      // z.xor and discriminated unions are not "any option matches".
      if (def.inclusive === false || def.discriminator !== undefined) unsupported();
      const options = (def.options as z.core.$ZodType[]).map((o) => compile(o, busy));
      return (v, d) => {
        for (const option of options) if (option(v, d)) return true;
        return false;
      };
    }
    case "array": {
      const element = compile(def.element, busy);
      return (v, d) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i], d + 1)) return false;
        return !checks || checks(v);
      };
    }
    case "record": {
      // A string key schema: zod's retry of a numeric key as a number cannot help it. Enum
      // keys (exhaustive records) are other semantics. A loose record passes the entries whose
      // key does not match through unchecked (findProtoKeys still walks them).
      if (internals(def.keyType).def.type !== "string") unsupported();
      const loose = def.mode === "loose";
      const key = compile(def.keyType, busy);
      const value = compile(def.valueType, busy);
      return (v, d) => {
        if (!isPlainRecord(v) || Object.getOwnPropertySymbols(v).length > 0) return false;
        for (const k of Object.keys(v)) {
          // zod skips an own `__proto__` key; findProtoKeys reports it.
          if (k === "__proto__") {
            if (d <= 200) return false;
            continue;
          }
          const depth = k.startsWith("x-") ? OFF : d + 1;
          if (key(k, OFF) ? !value(v[k], depth) : !loose || !noProtoKeys(v[k], depth)) return false;
        }
        return !checks || checks(v);
      };
    }
    case "object":
      return compileObject(schema, def, own, busy);
    default:
      return unsupported(); // pipes, transforms, defaults, lazy, tuples, dates...
  }
}

/**
 * Loose objects (z.looseObject, and defineObject's: loose plus a check that reports every key
 * that is neither known nor `x-`). zod reads each known key with `key in value` and
 * `value[key]` (inherited ones too), then every other `for...in` key except `__proto__`.
 */
function compileObject(
  schema: z.core.$ZodType,
  // biome-ignore lint/suspicious/noExplicitAny: a zod object def.
  def: Record<string, any>,
  own: Internals[],
  busy: Set<object>,
): Check {
  const strictKeys = isDefinedObject(schema);
  if (own.length > (strictKeys ? 1 : 0)) unsupported();
  // Without a catchall zod strips unknown keys (findProtoKeys still walks them); a `never`
  // catchall also rejects `__proto__`. Neither occurs in mamori's schemas.
  if (!def.catchall || internals(def.catchall).def.type === "never") unsupported();
  const shape = def.shape as Record<string, z.core.$ZodType>;
  if (Object.getOwnPropertySymbols(shape).length > 0) unsupported(); // symbol keys
  const known = new Set(Object.keys(shape));
  const keys: string[] = [];
  const checks: Check[] = [];
  // 0: key required; 1: absence allowed; 2: absence judged by the schema's verdict on undefined.
  const absent: number[] = [];
  for (const key of known) {
    if (key === "__proto__") continue; // zod never reads it
    const field = internals(shape[key]);
    keys.push(key);
    checks.push(compile(shape[key] as z.core.$ZodType, busy));
    absent.push(field.optin === undefined ? 0 : field.optout === "optional" ? 1 : 2);
  }
  const xKeys = keys.map((k) => k.startsWith("x-"));
  const rest = compile(def.catchall, busy);
  return (v, d) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
    const o = v as Record<string, unknown>;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const check = checks[i] as Check;
      const value = o[key];
      if (value !== undefined || key in o) {
        if (!check(value, xKeys[i] ? OFF : d + 1)) return false;
      } else if (absent[i] === 0 || (absent[i] === 2 && !check(undefined, OFF))) return false;
    }
    for (const key in o) {
      if (key === "__proto__") {
        if (d <= 200 && Object.hasOwn(o, key)) return false;
        continue;
      }
      if (known.has(key)) continue;
      const x = key.startsWith("x-");
      if ((strictKeys && !x) || !rest(o[key], x ? OFF : d + 1)) return false;
    }
    return true;
  };
}

/** Compiled checks by schema object; `null` for a schema the compiler does not understand. */
const cache = new WeakMap<object, Check | null>();

/**
 * The fast path of `schema`, compiled on first use: a predicate that is true exactly when zod
 * accepts `value` and it holds no own `__proto__` key outside `x-` subtrees (what
 * validateDocument would report). Undefined when the schema uses something the compiler does
 * not understand. The predicate may throw (RangeError on very deep input, an async check).
 * @internal
 */
export function fastPathOf(schema: z.core.$ZodType): ((value: unknown) => boolean) | undefined {
  let check = cache.get(schema);
  if (check === undefined) {
    try {
      check = compile(schema, new Set());
    } catch {
      check = null;
      cache.set(schema, null);
    }
  }
  if (check === null) return undefined;
  const root = check;
  return (value) => root(value, 0);
}
