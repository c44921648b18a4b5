import type { Stats } from "./harness.js";

/** One printed line of the benchmark: mamori against its peer, the ratio and the target. */
export interface Figure {
  /** Stable id (`plan-validation`, `bia-large`, …). */
  id: string;
  /** What was measured, with the size. */
  title: string;
  /** mamori's figure as printed. */
  mamori: string;
  /** The peer's name. */
  peerName: string;
  /** The peer's figure as printed. */
  peer: string;
  /** mamori / peer (for scaling: mamori's growth). */
  ratio: number;
  /** The target as printed (`≤ 3×`). */
  target: string;
  /** Whether the target is met. */
  pass: boolean;
  /** The raw numbers. */
  data: Record<string, unknown>;
}

/** Statistics of a timed pair. */
export interface TimedPair {
  /** Undefined when mamori crashed at that size. */
  mamori: Stats | undefined;
  peer: Stats;
}

/** `plan validation … mamori 41.2 ms ±3% (n=40) | ajv 9.8 ms … | ratio 4.20× | target ≤ 3× | MISSED`. */
export function formatFigure(f: Figure, enforce: boolean): string {
  const verdict = f.pass ? "ok" : enforce ? "MISSED" : "missed (smoke: not enforced)";
  return [
    f.title.padEnd(44),
    `mamori ${f.mamori}`,
    `${f.peerName} ${f.peer}`,
    Number.isFinite(f.ratio) ? `ratio ${f.ratio.toFixed(2)}×` : "ratio —",
    `target ${f.target}`,
    verdict,
  ].join(" | ");
}
