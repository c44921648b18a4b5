// What every fuzz case must satisfy: the call returns (no throw), within the time limit, a
// value that is plain JSON data, whose diagnostics have the one shape, and leaves the
// built-in prototypes untouched.

/** Longest a single call may take (milliseconds of CPU time). */
export const CASE_LIMIT_MS = 1_000;

/**
 * CPU milliseconds used by this process since `start`. CPU time, not wall time: a hang or a
 * quadratic blow-up burns CPU, while a machine busy with other work (CI shared by several
 * jobs) only stretches wall time, which would make the limit flaky.
 */
export function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const PROTOTYPES: ReadonlyArray<[string, object]> = [
  ["Object.prototype", Object.prototype],
  ["Array.prototype", Array.prototype],
  ["String.prototype", String.prototype],
  ["Function.prototype", Function.prototype],
];
const BASELINE = PROTOTYPES.map(([name, p]) => [name, Reflect.ownKeys(p).length] as const);

/** Throw if a built-in prototype gained (or lost) a property since start-up. */
export function assertPrototypesClean(): void {
  for (let i = 0; i < PROTOTYPES.length; i++) {
    const [name, proto] = PROTOTYPES[i] as [string, object];
    const keys = Reflect.ownKeys(proto);
    if (keys.length !== (BASELINE[i] as readonly [string, number])[1]) {
      throw new Error(`${name} was polluted: it now has keys ${keys.map(String).join(", ")}`);
    }
  }
  // A polluted getter/setter on an existing key would not change the count.
  const probe: Record<string, unknown> = {};
  for (const key of ["polluted", "isAdmin", "kind", "id", "x-polluted"]) {
    if (probe[key] !== undefined) throw new Error(`Object.prototype.${key} is set`);
  }
}

const SEVERITIES = new Set(["error", "warning", "info"]);

/**
 * Why `value` is not plain JSON data (only null, booleans, finite numbers, strings, arrays
 * and plain objects, no cycles), or undefined when it is.
 */
export function notPlainJson(
  value: unknown,
  path = "",
  seen = new Set<object>(),
): string | undefined {
  switch (typeof value) {
    case "string":
    case "boolean":
      return undefined;
    case "number":
      return Number.isFinite(value) ? undefined : `${path || "/"} is ${value}`;
    case "undefined":
      return undefined; // dropped by JSON.stringify as a member; arrays are checked below
    case "object": {
      if (value === null) return undefined;
      if (seen.has(value)) return `${path || "/"} is a cycle`;
      const proto = Object.getPrototypeOf(value);
      if (Array.isArray(value)) {
        seen.add(value);
        for (let i = 0; i < value.length; i++) {
          if (value[i] === undefined) return `${path}/${i} is undefined in an array`;
          const why = notPlainJson(value[i], `${path}/${i}`, seen);
          if (why) return why;
        }
        seen.delete(value);
        return undefined;
      }
      if (proto !== Object.prototype && proto !== null)
        return `${path || "/"} is a ${proto?.constructor?.name ?? "non-plain object"}`;
      seen.add(value);
      for (const key of Object.keys(value)) {
        const why = notPlainJson((value as Record<string, unknown>)[key], `${path}/${key}`, seen);
        if (why) return why;
      }
      seen.delete(value);
      return undefined;
    }
    default:
      return `${path || "/"} is a ${typeof value}`;
  }
}

/** Why a diagnostics array does not have the one shape, or undefined. */
export function badDiagnostics(diagnostics: unknown, where: string): string | undefined {
  if (!Array.isArray(diagnostics)) return `${where} is not an array`;
  for (let i = 0; i < diagnostics.length; i++) {
    const d = diagnostics[i] as Record<string, unknown>;
    if (typeof d?.code !== "string" || !/^[a-z0-9-]+\/[a-z0-9-]+$/.test(d.code))
      return `${where}/${i}/code is ${JSON.stringify(d?.code)}`;
    if (!SEVERITIES.has(d.severity as string))
      return `${where}/${i}/severity is ${String(d.severity)}`;
    if (typeof d.message !== "string" || d.message === "")
      return `${where}/${i}/message is ${JSON.stringify(d.message)}`;
    if (typeof d.path !== "string" || (d.path !== "" && !d.path.startsWith("/")))
      return `${where}/${i}/path is ${JSON.stringify(d.path)}`;
  }
  return undefined;
}

/** Find every `diagnostics` array in a result (one level of nesting is enough here). */
function diagnosticsIn(value: unknown): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  if (typeof value !== "object" || value === null) return out;
  const rec = value as Record<string, unknown>;
  if ("diagnostics" in rec) out.push(["/diagnostics", rec.diagnostics]);
  return out;
}

/** How a target's output is judged. */
export interface Expect {
  /**
   * What must be plain JSON data: the whole result (default), only its diagnostics
   * (`"diagnostics"`: results that hand back the caller's own data, such as
   * validateDocument's `value`), or nothing (internal models with typed arrays).
   */
  json?: true | "diagnostics" | false;
}

let inputIsPlain = true;

/**
 * Say whether the current case's input is itself plain JSON data. Outputs are held to
 * "plain JSON" only then: a caller who passes NaN or a BigInt may get it echoed back
 * (validateDocument's `value`, a plan's own fields), but the diagnostics must still
 * serialise.
 */
export function setInput(input: unknown): void {
  inputIsPlain = notPlainJson(input) === undefined;
}

/** A failed case: what went wrong (the caller adds the input). */
export class CaseFailure extends Error {
  override name = "CaseFailure";
}

/**
 * Run one call and judge it. Returns the result; throws {@link CaseFailure} naming the
 * problem (thrown error, slow call, non-JSON result, malformed diagnostics, pollution).
 */
export function judge<T>(name: string, call: () => T, expect: Expect = {}): T {
  const start = process.cpuUsage();
  let result: T;
  try {
    result = call();
  } catch (error) {
    const e =
      error instanceof Error ? `${error.name}: ${error.message}\n${error.stack}` : String(error);
    throw new CaseFailure(`${name} threw ${e}`);
  }
  const ms = cpuMsSince(start);
  if (ms > CASE_LIMIT_MS)
    throw new CaseFailure(`${name} took ${Math.round(ms)} ms (limit ${CASE_LIMIT_MS})`);
  assertPrototypesCleanFor(name);
  if (!inputIsPlain && expect.json !== false) {
    const diags = (result as { diagnostics?: unknown })?.diagnostics;
    try {
      JSON.stringify(diags);
    } catch (error) {
      throw new CaseFailure(
        `${name} returned diagnostics JSON.stringify throws on: ${(error as Error).message}`,
      );
    }
  } else if (expect.json === "diagnostics") {
    const why = notPlainJson((result as { diagnostics?: unknown })?.diagnostics, "/diagnostics");
    if (why) throw new CaseFailure(`${name} returned non-JSON diagnostics: ${why}`);
  } else if (expect.json !== false) {
    const why = notPlainJson(result);
    if (why) throw new CaseFailure(`${name} returned non-JSON data: ${why}`);
  }
  for (const [where, diags] of diagnosticsIn(result)) {
    const why = badDiagnostics(diags, where);
    if (why) throw new CaseFailure(`${name} returned a malformed diagnostic: ${why}`);
  }
  return result;
}

function assertPrototypesCleanFor(name: string): void {
  try {
    assertPrototypesClean();
  } catch (error) {
    throw new CaseFailure(`${name}: ${(error as Error).message}`);
  }
}

/** A short, printable form of a fuzz input (for failure messages). */
export function show(input: unknown, limit = 4_000): string {
  let text: string;
  try {
    text =
      (typeof input === "string" ? JSON.stringify(input) : JSON.stringify(input, replacer)) ??
      String(input);
  } catch {
    text = String(input);
  }
  return text.length > limit ? `${text.slice(0, limit)}… (${text.length} chars)` : text;
}

function replacer(_key: string, value: unknown): unknown {
  if (typeof value === "number" && !Number.isFinite(value)) return `«${value}»`;
  if (Object.is(value, -0)) return "«-0»";
  if (typeof value === "bigint") return `«${value}n»`;
  return value;
}
