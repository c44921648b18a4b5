// PROTOTYPE for the owners of @mamori/core (not used by any figure): a structural fast path
// compiled once from the zod/mini schemas themselves into plain closures. It answers "is this
// document valid?" without building zod's output or issues; validateDocument would run zod
// only when the answer is no (to produce the diagnostics). It reads only what the schemas
// already carry, so it adds ~2 kB to a browser bundle instead of a second copy of the schema.
// Conservative: any construct it does not know makes compilation fail, and the caller then
// keeps the zod path for that schema.
//
// Assumption of the prototype: a custom check on a loose object is defineObject's unknown-key
// check (known keys and `x-` keys only). In core, test membership of core's `definedObjects`.

type Check = (value: unknown) => boolean;
type Def = Record<string, any>;

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

export class Unsupported extends Error {}

function stringChecks(checks: Def[]): Check[] {
  return checks.map((c) => {
    const d = defOf(c);
    switch (d.check) {
      case "min_length":
        return (v) => (v as string).length >= d.minimum;
      case "max_length":
        return (v) => (v as string).length <= d.maximum;
      case "string_format":
        if (d.format === "regex" && d.pattern instanceof RegExp) {
          const re: RegExp = d.pattern;
          return (v) => {
            re.lastIndex = 0;
            return re.test(v as string);
          };
        }
        throw new Unsupported(`string format ${d.format}`);
      default:
        throw new Unsupported(`string check ${d.check}`);
    }
  });
}

function numberChecks(checks: Def[]): Check[] {
  return checks.map((c) => {
    const d = defOf(c);
    switch (d.check) {
      case "greater_than":
        return d.inclusive ? (v) => (v as number) >= d.value : (v) => (v as number) > d.value;
      case "less_than":
        return d.inclusive ? (v) => (v as number) <= d.value : (v) => (v as number) < d.value;
      case "number_format":
        if (d.format === "safeint") return (v) => Number.isSafeInteger(v);
        throw new Unsupported(`number format ${d.format}`);
      default:
        throw new Unsupported(`number check ${d.check}`);
    }
  });
}

const all = (checks: Check[]): Check =>
  checks.length === 0
    ? () => true
    : checks.length === 1
      ? (checks[0] as Check)
      : (v) => {
          for (const c of checks) if (!c(v)) return false;
          return true;
        };

/** Compile a zod/mini schema to a validity predicate; throws Unsupported when it cannot. */
export function compileFastCheck(schema: unknown, cache = new Map<unknown, Check>()): Check {
  const hit = cache.get(schema);
  if (hit) return hit;
  // Placeholder for recursive schemas (none in mamori today): resolved through the cache.
  let compiled: Check = () => {
    throw new Unsupported("recursive schema");
  };
  cache.set(schema, (v) => compiled(v));
  const d = defOf(schema);
  const checks: Def[] = d.checks ?? [];
  switch (d.type) {
    case "string": {
      const c = all(stringChecks(checks));
      compiled = (v) => typeof v === "string" && c(v);
      break;
    }
    case "number": {
      // z.int() is a number whose own def carries the format (and is its own check).
      const own = d.format !== undefined ? numberChecks([schema as Def]) : [];
      const c = all([...own, ...numberChecks(checks.filter((x) => x !== schema))]);
      compiled = (v) => typeof v === "number" && Number.isFinite(v) && c(v);
      break;
    }
    case "boolean":
      if (checks.length > 0) throw new Unsupported("boolean checks");
      compiled = (v) => typeof v === "boolean";
      break;
    case "literal": {
      const values = new Set(d.values);
      compiled = (v) => values.has(v);
      break;
    }
    case "enum": {
      const values = new Set(Object.values(d.entries));
      compiled = (v) => values.has(v);
      break;
    }
    case "optional": {
      const inner = compileFastCheck(d.innerType, cache);
      compiled = (v) => v === undefined || inner(v);
      break;
    }
    case "array": {
      const el = compileFastCheck(d.element, cache);
      const lengthChecks = checks.map((c) => {
        const cd = defOf(c);
        if (cd.check === "min_length") return (v: unknown) => (v as unknown[]).length >= cd.minimum;
        if (cd.check === "max_length") return (v: unknown) => (v as unknown[]).length <= cd.maximum;
        throw new Unsupported(`array check ${cd.check}`);
      });
      const len = all(lengthChecks);
      compiled = (v) => {
        if (!Array.isArray(v) || !len(v)) return false;
        for (let i = 0; i < v.length; i++) if (!el(v[i])) return false;
        return true;
      };
      break;
    }
    case "union": {
      const options = (d.options as unknown[]).map((o) => compileFastCheck(o, cache));
      compiled = (v) => {
        for (const o of options) if (o(v)) return true;
        return false;
      };
      break;
    }
    case "record": {
      const key = compileFastCheck(d.keyType, cache);
      const value = compileFastCheck(d.valueType, cache);
      compiled = (v) => {
        if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
        for (const k of Object.keys(v)) {
          if (!key(k) || !value((v as Record<string, unknown>)[k])) return false;
        }
        return true;
      };
      break;
    }
    case "object": {
      const catchall = d.catchall ? defOf(d.catchall).type : undefined;
      const strictKeys = checks.length === 1 && defOf(checks[0]).check === "custom";
      if (
        !(catchall === "unknown" && strictKeys) &&
        !(catchall === undefined && checks.length === 0)
      )
        throw new Unsupported("object kind");
      const entries = Object.entries(d.shape as Record<string, unknown>).map(
        ([k, s]) => [k, compileFastCheck(s, cache)] as const,
      );
      const known = new Set(entries.map(([k]) => k));
      compiled = (v) => {
        if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
        const o = v as Record<string, unknown>;
        for (const [k, c] of entries) if (!c(o[k])) return false;
        if (strictKeys) {
          // Own keys only: an own `__proto__` (JSON.parse makes one) is unknown, so it falls
          // back to zod and the existing diagnostics — no separate walk needed.
          for (const k of Object.keys(o)) {
            if (!known.has(k) && !k.startsWith("x-")) return false;
          }
        }
        return true;
      };
      break;
    }
    default:
      throw new Unsupported(`schema type ${d.type}`);
  }
  return compiled;
}
