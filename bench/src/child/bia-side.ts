// Child process of the BIA's scaling figure: ONE side (mamori or graphology) at ONE size, alone
// in its process — warmed up, then timed run after run without a forced GC (in its own process
// all garbage is its own) — printed as one line of JSON.
//   node dist/child/bia-side.js <mamori|graphology|input> <nodes> <edges> <seed> <warmup> <runs>
import { graphologyBuildAndSort, mamoriAnalyze, readInputReferences } from "../figures/bia.js";
import { generateBia } from "../generate/bia.js";

const [side, ...rest] = process.argv.slice(2);
const [nodes, edges, seed, warmup, runs] = rest.map(Number) as [
  number,
  number,
  number,
  number,
  number,
];
const g = generateBia({ nodes, edges, seed });
const run =
  side === "mamori"
    ? () => mamoriAnalyze(g.document, g.scenario)
    : side === "graphology"
      ? () => graphologyBuildAndSort(g.document)
      : side === "input"
        ? () => {
            if (readInputReferences(g.document) < 0) throw new Error("unresolved reference");
          }
        : undefined;
if (!run) throw new Error(`unknown side ${side}`);
for (let i = 0; i < warmup; i++) run();
const samples: number[] = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  run();
  samples.push(performance.now() - start);
}
process.stdout.write(`${JSON.stringify({ side, nodes: g.nodes, edges: g.edges, samples })}\n`);
