import { describe, expect, it } from "vitest";
import { biaScalingBounds, forkedScalingFigure, medianOf } from "./scaling.js";
import type { ForkedValidationScaling } from "./validation.js";

const stats = (median: number) =>
  ({ median, mean: median, rme: 0, samples: 1, min: median, max: median }) as never;

describe("issue 19's scaling targets, judged against the peer in the same fork", () => {
  it("medianOf takes the middle value (the upper one of two)", () => {
    expect(medianOf([3, 1, 2])).toBe(2);
    expect(medianOf([4, 1, 3, 2])).toBe(3);
    expect(medianOf([])).toBeNaN();
  });

  it("the BIA may grow no more than graphology nor 1.10 × the bare sort, fork by fork", () => {
    // The forks of the run of 2026-12-07: mamori 11.3 11.2 11.4, graphology 16.1 18.8 16.7,
    // sort 14.4 15.1 11.5. Bounds: min(16.1, 14.4 × 1.1 = 15.84) = 15.84;
    // min(18.8, 15.1 × 1.1 = 16.61) = 16.61; min(16.7, 11.5 × 1.1 = 12.65) = 12.65.
    // Quotients: 11.3 / 15.84 = 0.7134, 11.2 / 16.61 = 0.6743, 11.4 / 12.65 = 0.9012.
    const r = biaScalingBounds(
      {
        growths: [11.3, 11.2, 11.4],
        peerGrowths: [16.1, 18.8, 16.7],
        sortGrowths: [14.4, 15.1, 11.5],
      },
      1.1,
    );
    expect(r.bounds.map((b) => Number(b.toFixed(2)))).toEqual([15.84, 16.61, 12.65]);
    expect(r.quotients.map((q) => Number(q.toFixed(4)))).toEqual([0.7134, 0.6743, 0.9012]);
    expect(Number(r.ratio.toFixed(4))).toBe(0.7134);
  });

  it("a BIA growing faster than graphology misses even when the sort grows faster still", () => {
    // Fork: mamori 20×, graphology 18×, sort 25× → bound min(18, 27.5) = 18; 20 / 18 = 1.111.
    const r = biaScalingBounds({ growths: [20], peerGrowths: [18], sortGrowths: [25] }, 1.1);
    expect(r.bounds).toEqual([18]);
    expect(r.ratio).toBeCloseTo(1.1111, 4);
    expect(r.ratio > 1).toBe(true);
  });

  it("the validator's figure is the median fork's growth over ajv's growth in that fork", () => {
    // Forks: 9.0/9.9 = 0.909, 9.2/10.2 = 0.902, 11.0/9.9 = 1.111 → median 0.909 ≤ 1.10: met.
    const fork = (small: number, large: number, ajvSmall: number, ajvLarge: number) => ({
      small: { services: 200, mamori: stats(small), ajv: stats(ajvSmall) },
      large: { services: 2000, mamori: stats(large), ajv: stats(ajvLarge) },
    });
    const forks = [fork(2, 18, 1, 9.9), fork(2, 18.4, 1, 10.2), fork(2, 22, 1, 9.9)];
    const run = {
      forks,
      growths: [9.0, 9.2, 11.0],
      peerGrowths: [9.9, 10.2, 9.9],
      median: forks[1],
    } as unknown as ForkedValidationScaling;
    const f = forkedScalingFigure("scaling-validation", "t", run, 1.1);
    expect(Number(f.ratio.toFixed(3))).toBe(0.909);
    expect(f.pass).toBe(true);
    expect(f.target).toBe("growth ≤ 1.10 × ajv's growth");
    // The same forks against a bound of 0.9: 0.909 > 0.9, missed.
    expect(forkedScalingFigure("scaling-validation", "t", run, 0.9).pass).toBe(false);
  });
});
