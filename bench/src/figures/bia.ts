import { spawnSync } from "node:child_process";
import { analyzeBia } from "@mamori/bia";
import type { BiaModel } from "@mamori/bia/model";
import { DirectedGraph } from "graphology";
import { topologicalSort } from "graphology-dag";
import type { Figure } from "../figure.js";
import { generateBia } from "../generate/bia.js";
import {
  formatStats,
  type HarnessOptions,
  measure,
  measureInterleaved,
  type Stats,
  statsOf,
} from "../harness.js";
import { BIA_SIDE_CHILD } from "../paths.js";

type Dep = string | { anyOf: string[] };
type Doc = Record<string, unknown>;

const LISTS = ["processes", "services", "resources", "externals"] as const;

/**
 * The floor of any analysis of the document: read every node's id into a Map, then walk every
 * dependency and look its id up (what resolving references costs, and nothing else). Timed at
 * both sizes like the two sides, its growth is the machine's own: at 100,000 edges the
 * document (≈ 17 MB) stays in the processor's last-level cache between runs, at 1,000,000
 * (≈ 160 MB) it does not. Returns the sum of the indexes found (so the work is not optimised
 * away) and -1 for an id it cannot find.
 */
export function readInputReferences(document: Doc): number {
  const index = new Map<string, number>();
  for (const key of LISTS)
    for (const node of (document[key] ?? []) as { id: string }[]) index.set(node.id, index.size);
  let sum = 0;
  for (const key of LISTS) {
    for (const node of (document[key] ?? []) as { dependsOn?: Dep[] }[]) {
      for (const dep of node.dependsOn ?? []) {
        if (typeof dep === "string") sum += index.get(dep) ?? Number.NaN;
        else for (const m of dep.anyOf) sum += index.get(m) ?? Number.NaN;
      }
    }
  }
  return Number.isNaN(sum) ? -1 : sum;
}

/**
 * The floor of any analysis of the graph itself: Kahn's topological sort on the compiled
 * integer arrays of a {@link BiaModel} (groups flattened: every member of a node's groups is an
 * edge from the node to it), with no strings, no Map and no allocation: each node's in-degree
 * counted, then nodes taken dependents first. `indegree` and `queue` are scratch arrays of
 * `model.n` entries, reused across calls. Returns how many nodes were sorted: `model.n` for an
 * acyclic graph, fewer when a cycle holds some back. Timed at both sizes like the sides, its
 * growth is what the memory hierarchy makes of the smallest whole-graph pass: at 100,000 edges
 * its arrays (≈ 0.9 MB) fit a core's second-level cache, at 1,000,000 (≈ 9 MB) they do not.
 */
export function sortCompiledGraph(
  model: Pick<BiaModel, "n" | "groupStart" | "memberStart" | "members">,
  indegree: Int32Array,
  queue: Int32Array,
): number {
  const { n, groupStart, memberStart, members } = model;
  indegree.fill(0, 0, n);
  for (let k = 0; k < members.length; k++) {
    const m = members[k] as number;
    indegree[m] = (indegree[m] as number) + 1;
  }
  let tail = 0;
  for (let v = 0; v < n; v++) if (indegree[v] === 0) queue[tail++] = v;
  for (let head = 0; head < tail; head++) {
    const u = queue[head] as number;
    const end = memberStart[groupStart[u + 1] as number] as number;
    for (let k = memberStart[groupStart[u] as number] as number; k < end; k++) {
      const m = members[k] as number;
      const d = (indegree[m] as number) - 1;
      indegree[m] = d;
      if (d === 0) queue[tail++] = m;
    }
  }
  return tail;
}

/**
 * graphology's side: build the same graph from the same document (a node per id, an edge
 * per dependency, any-of members each an edge) and sort it topologically.
 */
export function graphologyBuildAndSort(document: Doc): string[] {
  const graph = new DirectedGraph();
  for (const list of LISTS) {
    for (const node of (document[list] ?? []) as Array<{ id: string }>) graph.addNode(node.id);
  }
  for (const list of LISTS) {
    for (const node of (document[list] ?? []) as Array<{ id: string; dependsOn?: Dep[] }>) {
      for (const d of node.dependsOn ?? []) {
        if (typeof d === "string") graph.addEdge(node.id, d);
        else for (const m of d.anyOf) graph.addEdge(node.id, m);
      }
    }
  }
  return topologicalSort(graph);
}

/** The full analysis mamori runs, with the one scenario. */
export function mamoriAnalyze(document: Doc, scenario: string) {
  return analyzeBia(document, { scenario });
}

/** What one BIA measurement produced. */
export interface BiaRun {
  nodes: number;
  edges: number;
  /** Undefined when mamori crashed (see `error`). */
  mamori: Stats | undefined;
  graphology: Stats;
  diagnostics: number;
  spofs: number;
  /** What mamori threw, if it did: a defect (analyzeBia must never throw on data). */
  error?: string;
}

/**
 * Time `analyzeBia` (validation, MTPD, RTO propagation, critical paths, tiers, recovery order,
 * SPOF search and one scenario) against graphology building the same graph and sorting it
 * topologically, on the same generated document, in the same process, taking turns.
 */
export async function timeBia(
  nodes: number,
  edges: number,
  seed: number,
  harness: HarnessOptions,
): Promise<BiaRun> {
  const g = generateBia({ nodes, edges, seed });
  const order = graphologyBuildAndSort(g.document);
  if (order.length !== g.nodes) throw new Error("graphology sorted a different graph");
  let check: ReturnType<typeof mamoriAnalyze>;
  let stats: Record<string, Stats>;
  try {
    check = mamoriAnalyze(g.document, g.scenario);
    const errors = check.diagnostics.filter(
      (d) =>
        d.severity === "error" && (d.code.startsWith("schema/") || d.code.startsWith("document/")),
    );
    if (errors.length > 0 || check.nodes.length !== g.nodes || check.scenarios.length !== 1) {
      throw new Error(
        `generated BIA not analysed whole: ${check.nodes.length}/${g.nodes} nodes, ${check.scenarios.length} scenario(s); ${errors
          .slice(0, 3)
          .map((d) => `${d.code} ${d.path}`)
          .join("; ")}`,
      );
    }
    stats = await measureInterleaved(
      [
        { name: "mamori", fn: () => mamoriAnalyze(g.document, g.scenario) },
        { name: "graphology", fn: () => graphologyBuildAndSort(g.document) },
      ],
      harness,
    );
  } catch (e) {
    // analyzeBia threw (it must never throw on data): still time the peer, and say what broke.
    const peer = await measure(
      [{ name: "graphology", fn: () => graphologyBuildAndSort(g.document) }],
      harness,
    );
    return {
      nodes: g.nodes,
      edges: g.edges,
      mamori: undefined,
      graphology: peer.graphology as Stats,
      diagnostics: 0,
      spofs: 0,
      error: e instanceof Error ? `${e.name}: ${e.message}` : String(e),
    };
  }
  return {
    nodes: g.nodes,
    edges: g.edges,
    mamori: stats.mamori as Stats,
    graphology: stats.graphology as Stats,
    diagnostics: check.diagnostics.length,
    spofs: check.spofs.length,
  };
}

/** How many runs each side makes per size in the BIA's scaling figure. */
export interface BiaScalingOptions {
  /** Forks: each runs every side at each size once, in its own process. */
  forks: number;
  /** Untimed, then timed runs at a tenth of the size (short runs: the JIT needs more). */
  small: { warmup: number; runs: number };
  /** Untimed, then timed runs at the full size. */
  large: { warmup: number; runs: number };
}

/**
 * The BIA's growth from a tenth of the size to the full size, each side timed alone: each
 * side's statistics are those of its median fork.
 */
export interface BiaScaling {
  small: Sizes & Record<Side, Stats>;
  large: Sizes & Record<Side, Stats>;
  /** mamori's growth in each fork (its two sizes' medians). */
  growths: number[];
  /** graphology's growth in each fork. */
  peerGrowths: number[];
  /** The growth of {@link readInputReferences} in each fork: the input's floor. */
  inputGrowths: number[];
  /** The growth of {@link sortCompiledGraph} in each fork: the graph's floor. */
  sortGrowths: number[];
}

/** The processes of the BIA's scaling figure: the two sides and the two floors. */
export const BIA_SIDES = ["mamori", "graphology", "input", "toposort"] as const;
/** One of {@link BIA_SIDES}. */
export type Side = (typeof BIA_SIDES)[number];
type Sizes = { nodes: number; edges: number };

function runSide(
  side: Side,
  nodes: number,
  edges: number,
  seed: number,
  warmup: number,
  runs: number,
): { nodes: number; edges: number; samples: number[] } {
  const child = spawnSync(
    process.execPath,
    [
      BIA_SIDE_CHILD,
      side,
      String(nodes),
      String(edges),
      String(seed),
      String(warmup),
      String(runs),
    ],
    { encoding: "utf8", maxBuffer: 1 << 20 },
  );
  if (child.status !== 0) {
    const why = /^\w*Error: .*$/m.exec(child.stderr)?.[0] ?? `exit status ${child.status}`;
    throw new Error(`BIA ${side} at ${nodes} nodes / ${edges} edges failed: ${why}`);
  }
  return JSON.parse(child.stdout.trim().split("\n").pop() as string);
}

/**
 * The BIA's scaling, each side alone in its own process per size, warmed up, timed run after
 * run without a forced GC, sizes and sides alternating over `forks` rounds of processes. Timing
 * the small size in turns with graphology in one process (as the large figure does) made each
 * small run about twice as slow (≈ 300 vs 156 ms at 100,000 edges) and the growth look like
 * 10× where analyzeBia alone grows ≈ 15×; a side with another size's document alive in its heap
 * was slowed too. Each fork's growth is its two medians' ratio; the figure is each side's median
 * fork (with an even count, the higher of the two middle ones), like the validator's. (Pooling
 * every fork's runs per size was tried: one process's small runs can be 1.4× another's, and
 * a pooled median mixed them — 11.1× from forks of 14.7× and 11.6×.)
 */
export function timeBiaScaling(
  nodes: number,
  edges: number,
  seed: number,
  o: BiaScalingOptions,
): BiaScaling {
  const sn = Math.max(1, Math.round(nodes / 10));
  const se = Math.max(1, Math.round(edges / 10));
  const forks: Record<Side, { small: Stats; large: Stats; growth: number }[]> = {
    mamori: [],
    graphology: [],
    input: [],
    toposort: [],
  };
  let sizes = { small: { nodes: sn, edges: se }, large: { nodes, edges } };
  for (let k = 0; k < o.forks; k++) {
    for (const side of BIA_SIDES) {
      // The floors are cheap (≈ 0.1 s and 0.01 s at the full size): more runs calm them.
      const large =
        side === "input" || side === "toposort"
          ? { warmup: Math.max(o.large.warmup, 3), runs: Math.max(o.large.runs, 10) }
          : o.large;
      const s = runSide(side, sn, se, seed, o.small.warmup, o.small.runs);
      const l = runSide(side, nodes, edges, seed, large.warmup, large.runs);
      sizes = {
        small: { nodes: s.nodes, edges: s.edges },
        large: { nodes: l.nodes, edges: l.edges },
      };
      const m = statsOf(
        new Map([
          ["small", s.samples],
          ["large", l.samples],
        ]),
      );
      const small = m.small as Stats;
      const big = m.large as Stats;
      forks[side].push({ small, large: big, growth: big.median / small.median });
    }
  }
  const median = (side: Side) => {
    const sorted = [...forks[side]].sort((a, b) => a.growth - b.growth);
    return sorted[sorted.length >> 1] as { small: Stats; large: Stats; growth: number };
  };
  const [m, g, i, t] = [
    median("mamori"),
    median("graphology"),
    median("input"),
    median("toposort"),
  ];
  const at = (size: "small" | "large") => ({
    ...sizes[size],
    mamori: m[size],
    graphology: g[size],
    input: i[size],
    toposort: t[size],
  });
  return {
    small: at("small"),
    large: at("large"),
    growths: forks.mamori.map((f) => f.growth),
    peerGrowths: forks.graphology.map((f) => f.growth),
    inputGrowths: forks.input.map((f) => f.growth),
    sortGrowths: forks.toposort.map((f) => f.growth),
  };
}

export function biaFigure(run: BiaRun, target: number): Figure {
  const ratio = run.mamori ? run.mamori.median / run.graphology.median : Number.POSITIVE_INFINITY;
  return {
    id: "bia-large",
    title: `BIA (${run.nodes} nodes / ${run.edges} edges)`,
    mamori: run.mamori ? formatStats(run.mamori) : `CRASHED (${run.error})`,
    peerName: "graphology",
    peer: formatStats(run.graphology),
    ratio,
    target: `≤ ${target.toFixed(1)}×`,
    pass: ratio <= target,
    data: { ...run },
  };
}
