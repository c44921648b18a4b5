/**
 * Sets of time intervals as flat sorted arrays `[start0, end0, start1, end1, …]` (minutes,
 * half-open, disjoint, ascending). Internal helpers of the scenario simulation.
 * @internal
 */
export type Intervals = number[];

/** Sort and merge possibly overlapping intervals. @internal */
export function normalize(raw: Intervals): Intervals {
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const s = raw[i] as number;
    const e = raw[i + 1] as number;
    if (e > s) pairs.push([s, e]);
  }
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Intervals = [];
  for (const [s, e] of pairs) {
    const last = out.length - 1;
    if (last > 0 && s <= (out[last] as number)) {
      if (e > (out[last] as number)) out[last] = e;
    } else out.push(s, e);
  }
  return out;
}

/** True when `a` is already a set: pairs of start < end, ascending, apart. @internal */
export function isNormalized(a: Intervals): boolean {
  if (a.length % 2 !== 0) return false;
  for (let i = 0; i < a.length; i += 2) {
    if (!((a[i] as number) < (a[i + 1] as number))) return false;
    if (i > 0 && !((a[i] as number) > (a[i - 1] as number))) return false;
  }
  return true;
}

/**
 * Union of two interval sets: a linear merge (the simulation takes one union per dependency
 * group, a million of them in a large BIA, so no sorting and no pair objects). Input that is
 * not a set is normalised first. @internal
 */
export function union(a: Intervals, b: Intervals): Intervals {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  if (!isNormalized(a) || !isNormalized(b)) return normalize([...a, ...b]);
  const out: Intervals = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    let s: number;
    let e: number;
    if (j >= b.length || (i < a.length && (a[i] as number) <= (b[j] as number))) {
      s = a[i] as number;
      e = a[i + 1] as number;
      i += 2;
    } else {
      s = b[j] as number;
      e = b[j + 1] as number;
      j += 2;
    }
    const last = out.length - 1;
    if (last > 0 && s <= (out[last] as number)) {
      if (e > (out[last] as number)) out[last] = e;
    } else out.push(s, e);
  }
  return out;
}

/** Intersection of two interval sets (linear merge). @internal */
export function intersect(a: Intervals, b: Intervals): Intervals {
  const out: Intervals = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const s = Math.max(a[i] as number, b[j] as number);
    const e = Math.min(a[i + 1] as number, b[j + 1] as number);
    if (e > s) out.push(s, e);
    if ((a[i + 1] as number) < (b[j + 1] as number)) i += 2;
    else j += 2;
  }
  return out;
}

/** Lengthen every interval by `minutes` at its end (time to recover), then merge. @internal */
export function extend(a: Intervals, minutes: number): Intervals {
  if (a.length === 0 || minutes <= 0) return a;
  if (!isNormalized(a)) {
    const out = a.slice();
    for (let i = 1; i < out.length; i += 2) out[i] = (out[i] as number) + minutes;
    return normalize(out);
  }
  // Starts stay in order, so one pass merges what now overlaps.
  const out: Intervals = [];
  for (let i = 0; i < a.length; i += 2) {
    const s = a[i] as number;
    const e = (a[i + 1] as number) + minutes;
    const last = out.length - 1;
    if (last > 0 && s <= (out[last] as number)) {
      if (e > (out[last] as number)) out[last] = e;
    } else out.push(s, e);
  }
  return out;
}

/** Total length. @internal */
export function total(a: Intervals): number {
  let t = 0;
  for (let i = 0; i + 1 < a.length; i += 2) t += (a[i + 1] as number) - (a[i] as number);
  return t;
}

/**
 * What is left of each interval once a backup that lasts `minutes` has carried the start of
 * it: `[s, e]` becomes `[s + minutes, e]`, or nothing when `e − s ≤ minutes`. The input must
 * be a set (merged), so an interval is one continuous outage and the backup is counted once
 * per outage, not once per piece of it. @internal
 */
export function afterBackup(a: Intervals, minutes: number): Intervals {
  if (a.length === 0 || !(minutes > 0)) return a;
  const out: Intervals = [];
  for (let i = 0; i + 1 < a.length; i += 2) {
    const s = (a[i] as number) + minutes;
    const e = a[i + 1] as number;
    if (e > s) out.push(s, e);
  }
  return out;
}
