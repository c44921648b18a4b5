import type { Figure, TimedPair } from "../figure.js";
import { formatMs } from "../harness.js";

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
