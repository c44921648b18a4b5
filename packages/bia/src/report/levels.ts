/**
 * One dashed line of an impact chart: a level at which some categories become unacceptable.
 *
 * @example
 * ```ts
 * import type { UnacceptableLine } from "@mamori/bia";
 * const line: UnacceptableLine = { level: 3, members: [5], common: false };
 * ```
 *
 * @category Analysis
 */
export interface UnacceptableLine {
  /** The impact level (a category's `unacceptableLevel`, or the BIA's default). */
  level: number;
  /** Indexes (into the array given) of the categories unacceptable at this level, ascending. */
  members: number[];
  /** Whether this is the level most categories share (the first such on a tie). */
  common: boolean;
}

/**
 * Group categories' unacceptable levels into the lines an impact chart draws: one per distinct
 * level, in the order first met, each listing its categories; `null` (no level) draws nothing.
 * A chart labels the `common` line plainly and names the categories of the others, since a
 * category may have its own level (safety at 3 while the BIA says 4). The CLI's HTML report and
 * the web workbench draw their thresholds from this.
 *
 * @example
 * ```ts
 * import { unacceptableLines } from "@mamori/bia";
 * // financial, operational at 4; safety at 3; one category without a level
 * unacceptableLines([4, 4, 3, null]);
 * // [{ level: 4, members: [0, 1], common: true }, { level: 3, members: [2], common: false }]
 * ```
 *
 * @category Analysis
 */
export function unacceptableLines(
  levels: readonly (number | null | undefined)[],
): UnacceptableLine[] {
  const lines: UnacceptableLine[] = [];
  const byLevel = new Map<number, UnacceptableLine>();
  levels.forEach((level, i) => {
    if (level === null || level === undefined || !Number.isFinite(level)) return;
    const line = byLevel.get(level);
    if (line) line.members.push(i);
    else {
      const created = { level, members: [i], common: false };
      byLevel.set(level, created);
      lines.push(created);
    }
  });
  let common: UnacceptableLine | undefined;
  for (const line of lines)
    if (!common || line.members.length > common.members.length) common = line;
  if (common) common.common = true;
  return lines;
}
