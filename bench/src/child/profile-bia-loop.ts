// Profiling helper (not part of the figures): analyzeBia on the same document several times in
// one process, wall and CPU time per call (does repetition or heap growth slow it down?).
//   node --expose-gc dist/child/profile-bia-loop.js <nodes> <edges> <calls> [gc]
import { analyzeBia } from "@mamori/bia";
import { generateBia } from "../generate/bia.js";

const [nodes, edges, calls] = process.argv.slice(2, 5).map(Number);
const collect = process.argv[5] === "gc";
const g = generateBia({ nodes: nodes ?? 100_000, edges: edges ?? 1_000_000, seed: 42 });
for (let i = 0; i < (calls ?? 3); i++) {
  if (collect) (globalThis as { gc?: () => void }).gc?.();
  const c = process.cpuUsage();
  const w = performance.now();
  analyzeBia(g.document, { scenario: g.scenario });
  const d = process.cpuUsage(c);
  process.stdout.write(
    `call ${i}: wall ${Math.round(performance.now() - w)} ms, cpu ${Math.round((d.user + d.system) / 1000)} ms, heap ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MB\n`,
  );
}
