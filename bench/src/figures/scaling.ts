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

/**
 * The validator's scaling over several forks: the median fork's growth against the target,
 * with every fork's growth (mamori's and the peer's) printed as the spread.
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
  const list = (xs: number[]) => xs.map((x) => `${x.toFixed(1)}×`).join(" ");
  const forks = run.forks.length;
  return {
    id,
    title,
    mamori: `${formatMs(m.small.mamori.median)} → ${formatMs(m.large.mamori.median)} (${growth.toFixed(1)}×; median of ${forks} forks: ${list(run.growths)})`,
    peerName: "ajv",
    peer: `${formatMs(m.small.ajv.median)} → ${formatMs(m.large.ajv.median)} (${peerGrowth.toFixed(1)}×; forks: ${list(run.peerGrowths)})`,
    ratio: growth,
    target: `growth ≤ ${target}×`,
    pass: growth <= target,
    data: {
      small: { mamori: m.small.mamori, peer: m.small.ajv },
      large: { mamori: m.large.mamori, peer: m.large.ajv },
      growth,
      peerGrowth,
      forks,
      growths: run.growths,
      peerGrowths: run.peerGrowths,
      runs: run.forks,
    },
  };
}
