import { Bench } from "tinybench";

/** Timing statistics of one task, in milliseconds. */
export interface Stats {
  /** Median latency. */
  median: number;
  /** Median absolute deviation (unscaled). */
  mad: number;
  /** Mean latency. */
  mean: number;
  min: number;
  max: number;
  p75: number;
  /** Relative margin of error of the mean (95 %), percent. */
  rme: number;
  /** Measured iterations (after warm-up). */
  samples: number;
}

/** How long and how often to run each task. */
export interface HarnessOptions {
  /** Minimum measured iterations per task. */
  iterations: number;
  /** Time budget per task (ms); the task runs until both this and `iterations` are met. */
  time: number;
  /** Warm-up iterations (not measured). */
  warmupIterations: number;
  /** Warm-up time budget (ms). */
  warmupTime: number;
}

/** A named function to time. */
export interface Task {
  name: string;
  fn: () => unknown;
}

/**
 * Time tasks side by side in the same process with tinybench: warm-up, then at least
 * `iterations` runs (or `time` ms) each, and their latency statistics. Throws when a task
 * throws, so a broken benchmark never reports a figure.
 */
export async function measure(
  tasks: readonly Task[],
  options: HarnessOptions,
): Promise<Record<string, Stats>> {
  const bench = new Bench({
    iterations: options.iterations,
    time: options.time,
    warmup: options.warmupIterations > 0,
    warmupIterations: options.warmupIterations,
    warmupTime: options.warmupTime,
    throws: true,
    // With --expose-gc, start each task on a clean heap so one side's garbage is not
    // collected on the other side's clock.
    setup: () => (globalThis as { gc?: () => void }).gc?.(),
  });
  for (const t of tasks) bench.add(t.name, t.fn, { async: false });
  await bench.run();
  const out: Record<string, Stats> = {};
  for (const task of bench.tasks) {
    const res = task.result;
    if (res.state !== "completed") throw new Error(`benchmark task ${task.name}: ${res.state}`);
    const l = res.latency;
    out[task.name] = {
      median: l.p50,
      mad: l.mad,
      mean: l.mean,
      min: l.min,
      max: l.max,
      p75: l.p75,
      rme: l.rme,
      samples: l.samplesCount,
    };
  }
  return out;
}

/** Median absolute deviation (unscaled). */
function mad(values: readonly number[], m: number): number {
  return median(values.map((v) => Math.abs(v - m)));
}

/**
 * Like {@link measure}, but the tasks take turns: each is warmed up with tinybench, then
 * every round times one run of each task in turn (a one-iteration tinybench run each, after
 * a GC when exposed). For long tasks on a shared machine: load that comes and goes hits both
 * sides alike, so their ratio stays meaningful. Statistics over the rounds.
 */
export async function measureInterleaved(
  tasks: readonly Task[],
  options: HarnessOptions,
): Promise<Record<string, Stats>> {
  if (options.warmupIterations > 0) {
    await measure(tasks, {
      iterations: options.warmupIterations,
      time: 0,
      warmupIterations: 0,
      warmupTime: 0,
    });
  }
  const samples = new Map<string, number[]>(tasks.map((t) => [t.name, []]));
  for (let round = 0; round < options.iterations; round++) {
    for (const t of tasks) {
      const one = await measure([t], {
        iterations: 1,
        time: 0,
        warmupIterations: 0,
        warmupTime: 0,
      });
      samples.get(t.name)?.push((one[t.name] as Stats).median);
    }
  }
  return statsOf(samples);
}

/** How {@link measureBatched} shares its time out. */
export interface BatchOptions {
  /** Rounds; each round times one batch of every task in turn. */
  rounds: number;
  /** Target length of one batch (ms): fast tasks are called many times per batch. */
  batchMs: number;
  /** Warm-up per task before calibration (ms). */
  warmupMs: number;
}

/**
 * Time fast tasks that must be compared with each other over time (the same validator at n
 * and 10·n, and its peer at both sizes): each task is warmed up and calibrated so one batch
 * of calls lasts about `batchMs`, then every round times one batch of each task in turn.
 * Each sample is a batch's time per call, so load that comes and goes on a shared machine hits
 * every task alike instead of one size more than the other. Statistics over the rounds.
 *
 * The heap is collected once, before the rounds, not before every batch: a forced full GC
 * shrinks V8's young generation, and the batch after it paid for that with frequent
 * scavenges — 950 µs per call instead of 480 for validatePlan on 200 services, while ajv,
 * which allocates little, did not notice. Each task's garbage is collected by the scavenges its
 * own allocation triggers, so it stays on its own clock.
 */
export function measureBatched(
  tasks: readonly Task[],
  options: BatchOptions,
): Record<string, Stats> {
  const gc = (globalThis as { gc?: () => void }).gc;
  const reps = new Map<string, number>();
  for (const t of tasks) {
    const start = performance.now();
    let calls = 0;
    while (calls < 3 || performance.now() - start < options.warmupMs) {
      t.fn();
      calls++;
    }
    const perCall = (performance.now() - start) / calls;
    reps.set(t.name, Math.max(1, Math.round(options.batchMs / Math.max(perCall, 1e-6))));
  }
  const samples = new Map<string, number[]>(tasks.map((t) => [t.name, []]));
  gc?.();
  for (let round = 0; round < options.rounds; round++) {
    for (const t of tasks) {
      const n = reps.get(t.name) as number;
      const start = performance.now();
      for (let i = 0; i < n; i++) t.fn();
      samples.get(t.name)?.push((performance.now() - start) / n);
    }
  }
  return statsOf(samples);
}

/** Statistics of each task's samples (one per round, run or batch), by task name. */
export function statsOf(samples: Map<string, number[]>): Record<string, Stats> {
  const out: Record<string, Stats> = {};
  for (const [name, xs] of samples) {
    const m = median(xs);
    const sorted = [...xs].sort((a, b) => a - b);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, xs.length - 1));
    out[name] = {
      median: m,
      mad: mad(xs, m),
      mean,
      min: sorted[0] as number,
      max: sorted[sorted.length - 1] as number,
      p75: sorted[
        Math.min(sorted.length - 1, Math.floor(0.75 * (sorted.length - 1) + 0.5))
      ] as number,
      // 95 % margin of the mean with the normal approximation (few rounds: indicative only).
      rme: mean > 0 ? (100 * 1.96 * sd) / Math.sqrt(xs.length) / mean : 0,
      samples: xs.length,
    };
  }
  return out;
}

/** Median of numbers (for repeated child-process measurements). */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** `12.3 ms` / `1.84 s` / `85 µs`. */
export function formatMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  return `${(ms * 1000).toFixed(0)} µs`;
}

/** `41.2 ms ±3% (n=40)`: the median, the MAD relative to it, and the iteration count. */
export function formatStats(s: Stats): string {
  const spread = s.median > 0 ? (100 * s.mad) / s.median : 0;
  return `${formatMs(s.median)} ±${spread.toFixed(1)}% (n=${s.samples})`;
}
