import { describe, expect, it } from "vitest";
import {
  afterBackup,
  extend,
  type Intervals,
  intersect,
  isNormalized,
  normalize,
  total,
  union,
} from "./intervals.js";

/** The set as unit cells [t, t+1) over 0..63, merged back into intervals: the reference. */
function cells(a: Intervals): boolean[] {
  const c = new Array<boolean>(64).fill(false);
  for (let i = 0; i + 1 < a.length; i += 2)
    for (let t = a[i] as number; t < (a[i + 1] as number); t++) c[t] = true;
  return c;
}
function fromCells(c: boolean[]): Intervals {
  const out: Intervals = [];
  for (let t = 0; t < c.length; t++) {
    if (!c[t]) continue;
    if (out.length > 0 && out[out.length - 1] === t) out[out.length - 1] = t + 1;
    else out.push(t, t + 1);
  }
  return out;
}
/** A deterministic interval set (sorted, apart) with integer ends in 0..40. */
function randomSet(next: () => number): Intervals {
  const out: Intervals = [];
  let t = Math.floor(next() * 6);
  while (t < 40 && next() < 0.8) {
    const end = t + 1 + Math.floor(next() * 6);
    out.push(t, end);
    t = end + 1 + Math.floor(next() * 5);
  }
  return out;
}

describe("interval sets", () => {
  it("union merges overlapping and touching intervals", () => {
    // [0,10) ∪ [10,20) touch → [0,20); [30,40) ∪ [35,50) overlap → [30,50); [60,61) stays
    expect(union([0, 10, 30, 40, 60, 61], [10, 20, 35, 50])).toEqual([0, 20, 30, 50, 60, 61]);
    expect(union([], [5, 6])).toEqual([5, 6]);
    expect(union([5, 6], [])).toEqual([5, 6]);
  });

  it("union of input that is not a set (unsorted, empty intervals) normalises it", () => {
    expect(isNormalized([10, 20, 0, 5])).toBe(false);
    expect(isNormalized([0, 0])).toBe(false);
    expect(isNormalized([0, 5, 5, 6])).toBe(false); // touching: one interval [0, 6)
    expect(isNormalized([0, 5, 6, 7])).toBe(true);
    expect(union([10, 20, 0, 5], [4, 4, 5, 8])).toEqual([0, 8, 10, 20]);
  });

  it("extend lengthens every interval and merges what then overlaps", () => {
    // [0,10)+5 → [0,15) reaches [12,20)+5 → [0,25); [40,41)+5 → [40,46)
    expect(extend([0, 10, 12, 20, 40, 41], 5)).toEqual([0, 25, 40, 46]);
    expect(extend([0, 10], 0)).toEqual([0, 10]);
    expect(extend([20, 30, 0, 5], 1)).toEqual([0, 6, 20, 31]);
  });

  it("afterBackup removes the first minutes of each continuous outage", () => {
    // [0,72) with 8 of backup → [8,72); [100,105) is only 5 long, shorter than 8 → gone;
    // [200,210) → [208,210)
    expect(afterBackup([0, 72, 100, 105, 200, 210], 8)).toEqual([8, 72, 208, 210]);
    // exactly as long as the backup: nothing left (down only once the backup has run out)
    expect(afterBackup([0, 8], 8)).toEqual([]);
    // no backup (0 minutes): unchanged
    expect(afterBackup([0, 8], 0)).toEqual([0, 8]);
  });

  it("agree with a cell-by-cell reference on 300 generated pairs", () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let i = 0; i < 300; i++) {
      const a = randomSet(next);
      const b = randomSet(next);
      const ca = cells(a);
      const cb = cells(b);
      expect(union(a, b)).toEqual(fromCells(ca.map((x, t) => x || (cb[t] as boolean))));
      expect(intersect(a, b)).toEqual(fromCells(ca.map((x, t) => x && (cb[t] as boolean))));
      const by = 1 + (i % 4);
      const ext = new Array<boolean>(64).fill(false);
      for (let k = 0; k + 1 < a.length; k += 2)
        for (let t = a[k] as number; t < (a[k + 1] as number) + by; t++) ext[t] = true;
      expect(extend(a, by)).toEqual(fromCells(ext));
      expect(total(union(a, b))).toBe(ca.filter((x, t) => x || cb[t]).length);
      expect(normalize([...b, ...a])).toEqual(union(a, b));
    }
  });
});
