/**
 * Helpers that keep a large result small. A BIA of 100,000 nodes returns hundreds of thousands
 * of small objects, so a few bytes per object are megabytes. @internal
 */

/**
 * The same number, as a small integer when it is one. A number read from a `Float64Array` is
 * a boxed double; stored in an object field it makes V8 box that field in every object of the
 * same shape (16 bytes each, measured: 152 → 88 bytes for an object with four such fields).
 * Integers in the 32-bit range come back unboxed. `-0` becomes `0`. @internal
 */
export function compactNumber(x: number): number {
  return x === (x | 0) ? x | 0 : x;
}

/** Minutes from a typed array (NaN = none) for a result: null, or {@link compactNumber}. @internal */
export function minutesOrNull(x: number): number | null {
  return Number.isNaN(x) ? null : compactNumber(x);
}

/**
 * An array of `length` slots to fill by index: exactly sized, so no slack from growing
 * (an array grown by `push` to 10 items has room for 17). Past 32 million slots V8 would
 * make a preallocated array sparse (measured: 68 million is, 33 million is not), so such an
 * array starts empty and grows. @internal
 */
export function sized<T>(length: number): T[] {
  return length <= 32_000_000 ? new Array<T>(length) : [];
}

/**
 * A pool of frozen values shared by key: the first `make()` for a key is frozen and kept, later
 * requests for that key get the same object. For data repeated across thousands of entries
 * (impact levels at a time point, a row of ratings); frozen, so a caller that tries to change
 * a shared value gets a TypeError instead of silently changing every entry. @internal
 */
export function makePool<T extends object>(): (key: string, make: () => T) => Readonly<T> {
  const pool = new Map<string, Readonly<T>>();
  return (key, make) => {
    let v = pool.get(key);
    if (v === undefined) {
      v = Object.freeze(make());
      pool.set(key, v);
    }
    return v;
  };
}

/**
 * A flat string of `prefix` followed by `index`. `prefix + index` makes a rope (a 32-byte
 * node pointing at both parts) once the result is 13 characters or longer; `join` copies into
 * one string, 56 → 32 bytes for `/services/12345`. Worth it only for strings kept per node.
 * @internal
 */
export function flatConcat(prefix: string, index: number): string {
  return [prefix, index].join("");
}
