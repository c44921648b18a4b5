/**
 * A tier bucket: nodes whose RTO is at most `maxMinutes` (null = no limit) and, when
 * `minMinutes` is given, at least that, fall in it. Buckets are ascending; one without
 * `minMinutes` starts just above the previous bucket's `maxMinutes`. With `minMinutes` the
 * buckets may leave gaps: an RTO in a gap belongs to no tier.
 *
 * @example
 * ```ts
 * import type { TierDefinition } from "@mamori/bia";
 * const t: TierDefinition = { id: "tier-1", maxMinutes: 240, name: "Tier 1 (within 4 hours)", nameJa: "ティア1（4時間以内）" };
 * const gold: TierDefinition = { id: "gold", minMinutes: 480, maxMinutes: 1440, name: "Gold", nameJa: "ゴールド" };
 * ```
 *
 * @category Tiers
 */
export interface TierDefinition {
  /** Tier id. */
  id: string;
  /** Lower bound in minutes (inclusive); absent: just above the previous bucket's upper bound. */
  minMinutes?: number;
  /** Upper bound in minutes (inclusive), or null for the last bucket. */
  maxMinutes: number | null;
  /** English name. */
  name: string;
  /** Japanese name. */
  nameJa: string;
}

/**
 * The default tiers: ≤ 4 hours, ≤ 24 hours, ≤ 72 hours, ≤ 1 week, longer.
 *
 * @example
 * ```ts
 * import { DEFAULT_TIERS } from "@mamori/bia";
 * DEFAULT_TIERS.map((t) => t.maxMinutes); // [240, 1440, 4320, 10080, null]
 * ```
 *
 * @category Tiers
 */
export const DEFAULT_TIERS: readonly TierDefinition[] = [
  {
    id: "tier-1",
    maxMinutes: 240,
    name: "Tier 1 (within 4 hours)",
    nameJa: "ティア1（4時間以内）",
  },
  {
    id: "tier-2",
    maxMinutes: 1440,
    name: "Tier 2 (within 24 hours)",
    nameJa: "ティア2（24時間以内）",
  },
  {
    id: "tier-3",
    maxMinutes: 4320,
    name: "Tier 3 (within 72 hours)",
    nameJa: "ティア3（72時間以内）",
  },
  {
    id: "tier-4",
    maxMinutes: 10080,
    name: "Tier 4 (within 1 week)",
    nameJa: "ティア4（1週間以内）",
  },
  {
    id: "tier-5",
    maxMinutes: null,
    name: "Tier 5 (longer than 1 week)",
    nameJa: "ティア5（1週間超）",
  },
];

/**
 * The tier of an RTO: the index of the first bucket whose upper bound it does not exceed,
 * provided it is not below that bucket's `minMinutes`; −1 when there is no RTO (NaN or null)
 * or it falls in no bucket (past the last bounded one, or in a gap). Buckets must be in
 * ascending order.
 *
 * @param rtoMinutes - The RTO in minutes; `null` or NaN means no RTO and gives −1.
 * @param tiers - The tier buckets in ascending order, default {@link DEFAULT_TIERS}.
 *
 * @experimental
 * @example
 * ```ts
 * import { tierIndex } from "@mamori/bia/model";
 * tierIndex(240); // 0 (exactly 4 hours is still tier 1)
 * tierIndex(241); // 1
 * tierIndex(null); // -1
 * const gapped = [
 *   { id: "t1", maxMinutes: 240, name: "T1", nameJa: "T1" },
 *   { id: "t2", minMinutes: 480, maxMinutes: 1440, name: "T2", nameJa: "T2" },
 * ];
 * tierIndex(300, gapped); // -1 (between 4 h and 8 h: a gap)
 * ```
 *
 * @category Tiers
 */
export function tierIndex(
  rtoMinutes: number | null,
  tiers: readonly TierDefinition[] = DEFAULT_TIERS,
): number {
  if (rtoMinutes === null || Number.isNaN(rtoMinutes)) return -1;
  for (let i = 0; i < tiers.length; i++) {
    const t = tiers[i] as TierDefinition;
    if (t.maxMinutes !== null && rtoMinutes > t.maxMinutes) continue;
    // Ascending buckets: below this one's lower bound is above the previous one's, a gap.
    return t.minMinutes === undefined || rtoMinutes >= t.minMinutes ? i : -1;
  }
  return -1;
}

/**
 * The tier (definition) of an RTO, or null.
 *
 * @param rtoMinutes - The RTO in minutes; `null` or NaN means no RTO and gives `null`.
 * @param tiers - The tier buckets in ascending order, default {@link DEFAULT_TIERS}.
 * @returns The bucket the RTO falls in, or `null` when it falls in none.
 *
 * @example
 * ```ts
 * import { assignTier } from "@mamori/bia";
 * assignTier(1200)?.nameJa; // "ティア2（24時間以内）"
 * ```
 *
 * @category Tiers
 */
export function assignTier(
  rtoMinutes: number | null,
  tiers: readonly TierDefinition[] = DEFAULT_TIERS,
): TierDefinition | null {
  const i = tierIndex(rtoMinutes, tiers);
  return i < 0 ? null : (tiers[i] as TierDefinition);
}
