/**
 * A tier bucket: nodes whose RTO is at most `maxMinutes` (null = no limit) fall in it.
 *
 * @example
 * ```ts
 * import type { TierDefinition } from "@mamori/bia";
 * const t: TierDefinition = { id: "tier-1", maxMinutes: 240, name: "Tier 1 (within 4 hours)", nameJa: "ティア1（4時間以内）" };
 * ```
 */
export interface TierDefinition {
  /** Tier id. */
  id: string;
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
 * The tier of an RTO: the index of the first bucket whose bound it does not exceed, or −1
 * when there is no RTO (NaN or null) or no bucket fits. Buckets must be in ascending order.
 *
 * @example
 * ```ts
 * import { tierIndex } from "@mamori/bia";
 * tierIndex(240); // 0 (exactly 4 hours is still tier 1)
 * tierIndex(241); // 1
 * tierIndex(null); // -1
 * ```
 */
export function tierIndex(
  rtoMinutes: number | null,
  tiers: readonly TierDefinition[] = DEFAULT_TIERS,
): number {
  if (rtoMinutes === null || Number.isNaN(rtoMinutes)) return -1;
  for (let i = 0; i < tiers.length; i++) {
    const max = (tiers[i] as TierDefinition).maxMinutes;
    if (max === null || rtoMinutes <= max) return i;
  }
  return -1;
}

/**
 * The tier (definition) of an RTO, or null.
 *
 * @example
 * ```ts
 * import { assignTier } from "@mamori/bia";
 * assignTier(1200)?.nameJa; // "ティア2（24時間以内）"
 * ```
 */
export function assignTier(
  rtoMinutes: number | null,
  tiers: readonly TierDefinition[] = DEFAULT_TIERS,
): TierDefinition | null {
  const i = tierIndex(rtoMinutes, tiers);
  return i < 0 ? null : (tiers[i] as TierDefinition);
}
