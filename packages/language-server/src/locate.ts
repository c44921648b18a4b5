import type { JsonSchema } from "@mamori/core";
import { toJsonSchema } from "@mamori/core";
import type { SourcePositions } from "@mamori/core/source";
import { DOCUMENT_KINDS } from "./analysis.js";

/** A zero-based LSP position. @internal */
export interface Pos {
  line: number;
  character: number;
}

/** What is under the cursor: a key or a value, and its JSON pointer. @internal */
export interface Target {
  pointer: string;
  on: "key" | "value";
  range: { start: Pos; end: Pos };
}

/** mamori's one-based line/column range as an LSP range. @internal */
export function toLspRange(r: {
  start: { line: number; column: number };
  end: { line: number; column: number };
}): { start: Pos; end: Pos } {
  return {
    start: { line: r.start.line - 1, character: r.start.column - 1 },
    end: { line: r.end.line - 1, character: r.end.column - 1 },
  };
}

const before = (a: Pos, b: Pos) =>
  a.line < b.line || (a.line === b.line && a.character <= b.character);
const inside = (p: Pos, r: { start: Pos; end: Pos }) => before(r.start, p) && before(p, r.end);
const size = (r: { start: Pos; end: Pos }) =>
  (r.end.line - r.start.line) * 1_000_000 + (r.end.character - r.start.character);

/** The innermost key or scalar value at a position. @internal */
export function targetAt(positions: SourcePositions, p: Pos): Target | undefined {
  let best: Target | undefined;
  for (const [pointer, loc] of positions) {
    if (loc.key) {
      const r = toLspRange(loc.key);
      if (inside(p, r) && (!best || size(r) <= size(best.range)))
        best = { pointer, on: "key", range: r };
    }
    const v = toLspRange(loc.value);
    if (inside(p, v) && (!best || size(v) < size(best.range)))
      best = { pointer, on: "value", range: v };
  }
  return best;
}

/** `/a/b~1c` → `["a", "b/c"]`. @internal */
export function segments(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

const schemas = new Map<string, JsonSchema>();

/** The JSON Schema of a kind, with the property descriptions editors show. @internal */
export function schemaOfKind(kind: string): JsonSchema | undefined {
  const hit = schemas.get(kind);
  if (hit) return hit;
  const k = DOCUMENT_KINDS.get(kind);
  if (!k) return undefined;
  const s = toJsonSchema(k.schema, k.descriptions ? { descriptions: k.descriptions } : {});
  schemas.set(kind, s);
  return s;
}

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === "object" && v !== null && !Array.isArray(v);

/** A schema with its `$ref`s resolved and its unions spread: the candidates a value may match. */
function expand(root: Node, s: unknown, depth = 0): Node[] {
  if (!isNode(s) || depth > 20) return [];
  if (typeof s.$ref === "string") {
    const name = s.$ref.replace(/^#\/(\$defs|definitions)\//, "");
    const defs = (root.$defs ?? root.definitions) as Node | undefined;
    return expand(root, defs?.[name], depth + 1);
  }
  const branches = [s.anyOf, s.oneOf, s.allOf].filter(Array.isArray).flat() as unknown[];
  if (branches.length > 0) return branches.flatMap((b) => expand(root, b, depth + 1));
  return [s];
}

/**
 * The candidate schemas of the value at a path of a document of `kind` (several where a
 * union leaves the choice open; a tagged union narrowed by the data's own tag). @internal
 */
export function schemasAt(kind: string, path: readonly string[], data: unknown): Node[] {
  const root = schemaOfKind(kind);
  if (!root) return [];
  let current = expand(root, root);
  let value: unknown = data;
  for (const seg of path) {
    const next: Node[] = [];
    const here = value;
    value = Array.isArray(here) ? here[Number(seg)] : isNode(here) ? here[seg] : undefined;
    for (const s of current) {
      if (/^\d+$/.test(seg) && s.items !== undefined) next.push(...expand(root, s.items));
      const props = s.properties as Node | undefined;
      if (props && props[seg] !== undefined) next.push(...expand(root, props[seg]));
      else if (isNode(s.additionalProperties) && !/^\d+$/.test(seg))
        next.push(...expand(root, s.additionalProperties));
    }
    current = narrow(next, value);
  }
  return current;
}

/** Of a union's branches, those whose constant tags (`type: "power"`) the value agrees with. */
function narrow(candidates: Node[], value: unknown): Node[] {
  if (!isNode(value) || candidates.length < 2) return candidates;
  const fit = candidates.filter((s) => {
    const props = s.properties as Node | undefined;
    if (!props) return false;
    return Object.entries(props).every(([k, p]) => {
      if (!isNode(p) || p.const === undefined) return true;
      return value[k] === undefined || value[k] === p.const;
    });
  });
  return fit.length > 0 ? fit : candidates;
}
