// Profiling helper (not part of the figures): what merely reading a generated BIA costs per
// edge as it grows — a walk over every dependency, and a Map look-up of each (the id Map built
// once, outside the timing) — and what the smallest whole-graph pass costs on the compiled
// integer arrays (Kahn's topological sort, sortCompiledGraph: no strings, no allocation), to
// show where the document, then the graph's arrays, leave the processor's caches. Each size is
// generated in this process, one after the other, smallest first.
//   node dist/child/profile-input.js <edges> [<edges> …]   (nodes = edges / 10)
import { compileBia } from "@mamori/bia/model";
import { sortCompiledGraph } from "../figures/bia.js";
import { generateBia } from "../generate/bia.js";

type Dep = string | { anyOf: string[] };
const LISTS = ["processes", "services", "resources", "externals"] as const;

for (const edges of process.argv.slice(2).map(Number)) {
  const g = generateBia({ nodes: Math.round(edges / 10), edges, seed: 42 });
  const doc = g.document as Record<string, { id: string; dependsOn?: Dep[] }[]>;
  const deps: Dep[][] = [];
  for (const key of LISTS) for (const n of doc[key] ?? []) if (n.dependsOn) deps.push(n.dependsOn);
  const index = new Map<string, number>();
  for (const key of LISTS) for (const n of doc[key] ?? []) index.set(n.id, index.size);
  const walk = () => {
    let sum = 0;
    for (const list of deps)
      for (const d of list)
        sum +=
          typeof d === "string" ? d.length : (d.anyOf[0]?.length ?? 0) + (d.anyOf[1]?.length ?? 0);
    return sum;
  };
  const lookUp = () => {
    let sum = 0;
    for (const list of deps)
      for (const d of list) {
        if (typeof d === "string") sum += index.get(d) ?? 0;
        else for (const m of d.anyOf) sum += index.get(m) ?? 0;
      }
    return sum;
  };
  const { model } = compileBia(g.document);
  const indegree = new Int32Array(model.n);
  const queue = new Int32Array(model.n);
  const sort = () => sortCompiledGraph(model, indegree, queue);
  const runs = Math.max(5, Math.min(50, Math.round(3e6 / edges)));
  const nsPerEdge = (f: () => number) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      f();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return (((times[times.length >> 1] as number) * 1e6) / g.edges).toFixed(1);
  };
  const heapMB = (process.memoryUsage().heapUsed / 2 ** 20).toFixed(0);
  process.stdout.write(
    `${String(g.edges).padStart(9)} edges (heap ${heapMB.padStart(4)} MB): walk ${nsPerEdge(walk).padStart(5)} ns/edge, Map look-up ${nsPerEdge(lookUp).padStart(6)} ns/edge, topological sort ${nsPerEdge(sort).padStart(5)} ns/edge\n`,
  );
}
