// Child process of the memory figure: generate the BIA document, run ONE side on it, and print
// the peak resident set size as JSON. Run alone so neither side's garbage inflates the other.
//   node dist/child/memory.js <mamori|graphology> <nodes> <edges> <seed>
import { graphologyBuildAndSort, mamoriAnalyze } from "../figures/bia.js";
import { generateBia } from "../generate/bia.js";

const [side, nodes, edges, seed] = process.argv.slice(2);
const MB = 1024; // resourceUsage().maxRSS is in kibibytes
const g = generateBia({ nodes: Number(nodes), edges: Number(edges), seed: Number(seed) });
const afterInput = process.resourceUsage().maxRSS / MB;
const heapInput = process.memoryUsage().heapUsed / 2 ** 20;
let size = 0;
let error: string | undefined;
try {
  if (side === "mamori") size = mamoriAnalyze(g.document, g.scenario).nodes.length;
  else if (side === "graphology") size = graphologyBuildAndSort(g.document).length;
  else throw new Error(`unknown side ${side}`);
} catch (e) {
  // Report the peak reached before the crash, and the crash.
  error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}
const peak = process.resourceUsage().maxRSS / MB;
process.stdout.write(
  `${JSON.stringify({ side, nodes: g.nodes, edges: g.edges, size, peakRssMB: peak, inputRssMB: afterInput, inputHeapMB: heapInput, ...(error ? { error } : {}) })}\n`,
);
