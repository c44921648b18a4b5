import { analyzeBia } from "@mamori/bia";
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
} from "../harness.js";

type Dep = string | { anyOf: string[] };
type Doc = Record<string, unknown>;

const LISTS = ["processes", "services", "resources", "externals"] as const;

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
