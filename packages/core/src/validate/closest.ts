/**
 * Edit distance (optimal string alignment: insertions, deletions, substitutions and adjacent
 * transpositions) between two strings, case-insensitive, bounded by `max`: returns `max + 1`
 * as soon as the distance is known to exceed it.
 */
function distance(a: string, b: string, max: number): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let before = new Array<number>(t.length + 1).fill(0);
  let prev = new Array<number>(t.length + 1);
  let curr = new Array<number>(t.length + 1);
  for (let j = 0; j <= t.length; j++) prev[j] = j;
  for (let i = 1; i <= s.length; i++) {
    curr[0] = i;
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s.charCodeAt(i - 1) === t.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(
        (prev[j] as number) + 1,
        (curr[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (
        i > 1 &&
        j > 1 &&
        s.charCodeAt(i - 1) === t.charCodeAt(j - 2) &&
        s.charCodeAt(i - 2) === t.charCodeAt(j - 1)
      ) {
        v = Math.min(v, (before[j - 2] as number) + 1);
      }
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [before, prev, curr] = [prev, curr, before];
  }
  return prev[t.length] as number;
}

/**
 * The candidate closest to `input` by edit distance, when it is close enough to be a likely
 * typo (at most a third of the longer word, and at most 3 edits); ties go to the earlier
 * candidate. Case differences alone always match.
 *
 * @param input - The word as written, such as a misspelt key.
 * @param candidates - The words it may have meant, in order of preference; an empty list gives `undefined`.
 *
 * @example
 * ```ts
 * import { closestMatch } from "@mamori/core/internal";
 * closestMatch("recoveryTme", ["recoveryTime", "dependsOn"]); // "recoveryTime"
 * closestMatch("zzz", ["rto", "rpo"]); // undefined
 * ```
 *
 * @category Documents
 */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  if (input.length > 200) return undefined;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const limit = Math.min(3, Math.max(1, Math.floor(Math.max(input.length, c.length) / 3)));
    const d = distance(input, c, limit);
    if (d <= limit && d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
