// Child process of the BIA's scaling figure: ONE side (mamori, graphology, or one of the two
// floors) at ONE size, alone in its process — warmed up, then timed run after run without a
// forced GC (in its own process all garbage is its own) — printed as one line of JSON.
//   node dist/child/bia-side.js <mamori|graphology|input|toposort> <nodes> <edges> <seed> <warmup> <runs>
// "toposort" compiles the document once, untimed; a run of it is a batch of sorts covering at
// least 2,000,000 edges (one sort at 100,000 edges takes ≈ 0.4 ms), its sample the time per sort.
import { compileBia } from "@mamori/bia/model";
import {
  graphologyBuildAndSort,
  mamoriAnalyze,
  readInputReferences,
  sortCompiledGraph,
} from "../figures/bia.js";
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
const batch = side === "toposort" ? Math.max(1, Math.ceil(2_000_000 / Math.max(1, edges))) : 1;
function toposort() {
  const { model } = compileBia(g.document);
  const indegree = new Int32Array(model.n);
  const queue = new Int32Array(model.n);
  return () => {
    for (let i = 0; i < batch; i++)
      if (sortCompiledGraph(model, indegree, queue) !== model.n) throw new Error("cycle");
  };
}
const run =
  side === "mamori"
    ? () => mamoriAnalyze(g.document, g.scenario)
    : side === "graphology"
      ? () => graphologyBuildAndSort(g.document)
      : side === "input"
        ? () => {
            if (readInputReferences(g.document) < 0) throw new Error("unresolved reference");
          }
        : side === "toposort"
          ? toposort()
          : undefined;
if (!run) throw new Error(`unknown side ${side}`);
for (let i = 0; i < warmup; i++) run();
const samples: number[] = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  run();
  samples.push((performance.now() - start) / batch);
}
process.stdout.write(`${JSON.stringify({ side, nodes: g.nodes, edges: g.edges, samples })}\n`);
