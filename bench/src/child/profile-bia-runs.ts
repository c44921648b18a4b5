// Profiling helper (not part of the figures): analyzeBia run after run on one generated BIA,
// each run's wall time printed in order, with or without a forced full GC before each run —
// to see the JIT warm up and what a forced GC does to short runs.
//   node --expose-gc dist/child/profile-bia-runs.js <nodes> <edges> <runs> <gc|nogc>
import { mamoriAnalyze } from "../figures/bia.js";
import { generateBia } from "../generate/bia.js";

const [nodes, edges, runs] = process.argv.slice(2, 5).map(Number);
const forceGc = process.argv[5] === "gc";
const g = generateBia({ nodes: nodes as number, edges: edges as number, seed: 42 });
const gc = (globalThis as { gc?: () => void }).gc;
const times: number[] = [];
for (let i = 0; i < (runs as number); i++) {
  if (forceGc) gc?.();
  const start = performance.now();
  mamoriAnalyze(g.document, g.scenario);
  times.push(performance.now() - start);
}
const sorted = [...times].sort((a, b) => a - b);
const half = times.slice(times.length >> 1).sort((a, b) => a - b);
process.stdout.write(
  `${times.map((t) => t.toFixed(0)).join(" ")}\nmedian ${sorted[sorted.length >> 1]?.toFixed(0)} ms; median of the second half ${half[half.length >> 1]?.toFixed(0)} ms\n`,
);
