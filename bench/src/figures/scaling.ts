import type { Figure, TimedPair } from "../figure.js";
import { formatMs } from "../harness.js";
import type { ForkedValidationScaling } from "./validation.js";

/**
 * Growth of the median time from size n to 10·n, mamori's against its peer's (both measured
 * in the same run). Linear work grows 10×; the target leaves 10 % for cache effects.
 */
export function scalingFigure(
  id: string,
  title: string,
  small: TimedPair,
  large: TimedPair,
  peerName: string,
  target: number,
): Figure {
  if (!small.mamori || !large.mamori) {
    return {
      id,
      title,
      mamori: "CRASHED at one of the sizes (see the figure above)",
      peerName,
      peer: `${formatMs(small.peer.median)} → ${formatMs(large.peer.median)} (${(large.peer.median / small.peer.median).toFixed(1)}×)`,
      ratio: Number.POSITIVE_INFINITY,
      target: `growth ≤ ${target}×`,
      pass: false,
      data: { small, large },
    };
  }
  const growth = large.mamori.median / small.mamori.median;
  const peerGrowth = large.peer.median / small.peer.median;
  return {
    id,
    title,
    mamori: `${formatMs(small.mamori.median)} → ${formatMs(large.mamori.median)} (${growth.toFixed(1)}×)`,
    peerName,
    peer: `${formatMs(small.peer.median)} → ${formatMs(large.peer.median)} (${peerGrowth.toFixed(1)}×)`,
    ratio: growth,
    target: `growth ≤ ${target}×`,
    pass: growth <= target,
    data: { small, large, growth, peerGrowth },
  };
}

/** The median of a list (the upper one of the middle two for an even count). */
export function medianOf(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? Number.NaN;
}

/**
 * The validator's scaling over several forks (issue 19): in each fork, mamori's growth from n/10
 * to n divided by ajv's growth in the same fork; the figure is the median fork's quotient, and
 * the target is a bound on it (`growth ≤ 1.10 × ajv's growth`). Both growths of every fork are
 * printed as the spread.
 */
export function forkedScalingFigure(
  id: string,
  title: string,
  run: ForkedValidationScaling,
  target: number,
): Figure {
  const m = run.median;
  const growth = m.large.mamori.median / m.small.mamori.median;
  const peerGrowth = m.large.ajv.median / m.small.ajv.median;
  const quotients = run.growths.map((g, i) => g / (run.peerGrowths[i] as number));
  const ratio = medianOf(quotients);
  const list = (xs: number[]) => xs.map((x) => `${x.toFixed(1)}×`).join(" ");
  const forks = run.forks.length;
  return {
    id,
    title,
    mamori: `${formatMs(m.small.mamori.median)} → ${formatMs(m.large.mamori.median)} (${growth.toFixed(1)}×; ${forks} forks: ${list(run.growths)}; against ajv's growth in the same fork: ${quotients.map((q) => q.toFixed(2)).join(" ")})`,
    peerName: "ajv",
    peer: `${formatMs(m.small.ajv.median)} → ${formatMs(m.large.ajv.median)} (${peerGrowth.toFixed(1)}×; forks: ${list(run.peerGrowths)})`,
    ratio,
    target: `growth ≤ ${target.toFixed(2)} × ajv's growth`,
    pass: ratio <= target,
    data: {
      small: { mamori: m.small.mamori, peer: m.small.ajv },
      large: { mamori: m.large.mamori, peer: m.large.ajv },
      growth,
      peerGrowth,
      quotients,
      forks,
      growths: run.growths,
      peerGrowths: run.peerGrowths,
      runs: run.forks,
    },
  };
}

/** The growths of the BIA's scaling figure, one entry per fork for each side. */
export interface BiaGrowths {
  growths: readonly number[];
  peerGrowths: readonly number[];
  sortGrowths: readonly number[];
}

/**
 * The BIA's allowed growth per fork (issue 19): no more than graphology's growth, and no more
 * than the growth of a bare topological sort of the compiled integer graph × `sortSlack`, both
 * measured in the same fork. The figure's ratio is the median over forks of mamori's growth
 * divided by that bound, so the target is met at a ratio ≤ 1.
 */
export function biaScalingBounds(
  g: BiaGrowths,
  sortSlack: number,
): { bounds: number[]; quotients: number[]; ratio: number } {
  const bounds = g.growths.map((_, i) =>
    Math.min(g.peerGrowths[i] as number, (g.sortGrowths[i] as number) * sortSlack),
  );
  const quotients = g.growths.map((x, i) => x / (bounds[i] as number));
  return { bounds, quotients, ratio: medianOf(quotients) };
}
