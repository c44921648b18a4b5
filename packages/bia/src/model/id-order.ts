/**
 * Ordering node ids without reading their strings at every comparison. An id's first six
 * UTF-16 code units are packed, in order, into two exact doubles (three 17-bit fields each:
 * a code unit c is stored as c + 1 and a missing one, past the end, as 0, so a shorter id sorts
 * first as with `<`). Two ids whose keys differ compare as their keys do; only ids that agree
 * on their first six code units fall back to comparing the strings. The order is exactly that
 * of `a < b` on the ids; the keys are read from one compact array where the strings lie all
 * over the heap (at 100,000 nodes, a comparison that reads two ids costs a cache miss each).
 * @internal
 */

const F = 131_072; // 2 ** 17

function unit(s: string, i: number): number {
  return i < s.length ? s.charCodeAt(i) + 1 : 0;
}

/** The two packed keys of every id, interleaved: `[hi₀, lo₀, hi₁, lo₁, …]`. @internal */
export function idKeys(ids: readonly string[]): Float64Array {
  const keys = new Float64Array(2 * ids.length);
  for (let v = 0; v < ids.length; v++) {
    const s = ids[v] as string;
    keys[2 * v] = (unit(s, 0) * F + unit(s, 1)) * F + unit(s, 2);
    keys[2 * v + 1] = (unit(s, 3) * F + unit(s, 4)) * F + unit(s, 5);
  }
  return keys;
}

/**
 * Whether id `a` sorts before id `b` (`ids[a] < ids[b]`), using {@link idKeys} first.
 * @internal
 */
export function idBefore(
  keys: Float64Array,
  ids: readonly string[],
  a: number,
  b: number,
): boolean {
  const ha = keys[2 * a] as number;
  const hb = keys[2 * b] as number;
  if (ha !== hb) return ha < hb;
  const la = keys[2 * a + 1] as number;
  const lb = keys[2 * b + 1] as number;
  if (la !== lb) return la < lb;
  return (ids[a] as string) < (ids[b] as string);
}
