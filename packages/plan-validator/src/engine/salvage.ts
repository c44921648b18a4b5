import { type Diagnostic, type Locale, validateDocument } from "@mamori/core";
import { type ContinuityPlan, ContinuityPlanSchema } from "../schema/plan.js";

/**
 * What the rules can still check of a plan that failed the schema: the plan without the
 * pieces that failed, and the JSON pointers of those pieces.
 * Internal: `validatePlan` runs the rules on `plan` and drops their findings inside `removed`.
 *
 * @category Validation
 */
export interface Salvaged {
  /** The plan without the removed pieces; passes the schema. */
  plan: ContinuityPlan;
  /** JSON pointers of the removed object properties, sorted, none inside another. */
  removed: string[];
}

/** A JSON pointer's segments, unescaped (`~1` is `/`, `~0` is `~`). */
function segmentsOf(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

function pointerOf(segments: readonly string[]): string {
  return segments.map((s) => `/${s.replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** The value at `segments`, or undefined when the path does not exist. */
function at(root: unknown, segments: readonly string[]): unknown {
  let v = root;
  for (const s of segments) {
    if (Array.isArray(v)) v = /^\d+$/.test(s) ? v[Number(s)] : undefined;
    else if (isRecord(v) && Object.hasOwn(v, s)) v = v[s];
    else return undefined;
  }
  return v;
}

/**
 * The property to remove for an error at `segments`: the error's own property when it
 * exists, else its closest existing ancestor that is an object property (never an array
 * element, so the pointers of what stays are unchanged), never the document itself nor
 * `kind`, `schemaVersion`, `id` or `metadata` (without them there is no plan to check).
 */
function removable(root: unknown, segments: readonly string[], tried: ReadonlySet<string>) {
  for (let n = segments.length; n >= 1; n--) {
    const parent = at(root, segments.slice(0, n - 1));
    const key = segments[n - 1] as string;
    if (!isRecord(parent) || !Object.hasOwn(parent, key)) continue;
    const pointer = pointerOf(segments.slice(0, n));
    if (tried.has(pointer)) continue;
    if (n === 1 && ["kind", "schemaVersion", "id", "metadata"].includes(key)) return undefined;
    return segments.slice(0, n);
  }
  return undefined;
}

/** `root` without the property at `segments`; copies only the objects and arrays on the path. */
function without(root: unknown, segments: readonly string[]): unknown {
  if (segments.length === 0) return root;
  const [head, ...rest] = segments as [string, ...string[]];
  if (Array.isArray(root)) {
    const copy = root.slice();
    copy[Number(head)] = without(root[Number(head)], rest);
    return copy;
  }
  const copy: Record<string, unknown> = { ...(root as Record<string, unknown>) };
  if (rest.length === 0) delete copy[head];
  else copy[head] = without(copy[head], rest);
  return copy;
}

/** At most this many rounds of removal: each removes at least one property. */
const MAX_ROUNDS = 64;

/**
 * Removes, round by round, the object properties the schema rejects (or their closest
 * removable ancestor) until what remains passes the schema. Undefined when nothing usable
 * remains (a wrong kind or version, a broken `metadata` or `id`, too many rounds).
 *
 * @category Validation
 */
export function salvagePlan(
  input: unknown,
  diagnostics: readonly Diagnostic[],
  locale: Locale,
): Salvaged | undefined {
  if (!isRecord(input)) return undefined;
  let current: unknown = input;
  let problems = diagnostics;
  const removed = new Set<string>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let progressed = false;
    for (const d of problems) {
      // An unknown key does not stop the rules (validateDocument returns the plan).
      if (d.code === "schema/unknown-key") continue;
      const target = removable(current, segmentsOf(d.path), removed);
      if (!target) {
        // A piece that cannot be removed: no usable plan, unless an earlier removal in this
        // round already took it away.
        if (at(current, segmentsOf(d.path)) === undefined && d.path !== "") continue;
        return undefined;
      }
      removed.add(pointerOf(target));
      current = without(current, target);
      progressed = true;
    }
    const again = validateDocument(ContinuityPlanSchema, current, {
      locale,
      kind: "ContinuityPlan",
    });
    if (again.value) {
      // A piece inside a larger removed one is not named twice.
      const all = [...removed].sort();
      return {
        plan: again.value,
        removed: all.filter((r) => !all.some((o) => o !== r && isWithin(r, o))),
      };
    }
    if (!progressed) return undefined;
    problems = again.diagnostics;
  }
  return undefined;
}

/**
 * True when `pointer` is `base` or lies inside it.
 * Internal.
 *
 * @category Validation
 */
export function isWithin(pointer: string, base: string): boolean {
  return pointer === base || pointer.startsWith(`${base}/`);
}

/**
 * The removed pointers of a salvaged plan, by the plan's index: a rule that looks an id up in
 * a list that lost pieces cannot tell a dangling reference from one into the removed part.
 */
const removedBy = new WeakMap<object, readonly string[]>();

/**
 * Records the pieces removed from the plan an index was built of.
 * Internal.
 *
 * @category Validation
 */
export function markRemoved(index: object, removed: readonly string[]): void {
  removedBy.set(index, removed);
}

/**
 * True when the list at `pointer` lost pieces to the schema (it, a parent or a part of it was
 * removed): ids looked up in it are not known for sure.
 * Internal.
 *
 * @category Validation
 */
export function lostPieces(index: object, pointer: string): boolean {
  const removed = removedBy.get(index);
  if (!removed) return false;
  return removed.some((r) => isWithin(pointer, r) || isWithin(r, pointer));
}
