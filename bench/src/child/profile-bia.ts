// Profiling helper (not part of the figures): analyzeBia on a generated group BIA, for
//   node --cpu-prof dist/child/profile-bia.js <nodes> <edges> [spof=true|false]
import { analyzeBia } from "@mamori/bia";
import { generateBia } from "../generate/bia.js";

const nodes = Number(process.argv[2] ?? 100_000);
const edges = Number(process.argv[3] ?? 1_000_000);
const spof = process.argv[4] !== "false";
const g = generateBia({ nodes, edges, seed: 42 });
const t0 = performance.now();
try {
  const r = analyzeBia(g.document, { scenario: g.scenario, spof });
  process.stdout.write(
    `${(performance.now() - t0).toFixed(0)} ms analyzeBia, ${r.diagnostics.length} diagnostics, ${r.spofs.length} SPOFs\n`,
  );
} catch (e) {
  process.stdout.write(`${(performance.now() - t0).toFixed(0)} ms, then analyzeBia threw ${e}\n`);
}
