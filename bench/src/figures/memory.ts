import { execFileSync } from "node:child_process";
import type { Figure } from "../figure.js";
import { median } from "../harness.js";
import { MEMORY_CHILD } from "../paths.js";

/** One child-process measurement. */
export interface MemorySample {
  side: string;
  nodes: number;
  edges: number;
  size: number;
  /** Peak RSS of the whole child (MiB): runtime + generated input + the side's work. */
  peakRssMB: number;
  /** Peak RSS once the input was generated, before the side ran (MiB). */
  inputRssMB: number;
  /** Heap used by the input (MiB). */
  inputHeapMB: number;
}

export function runMemoryChild(
  side: "mamori" | "graphology",
  nodes: number,
  edges: number,
  seed: number,
): MemorySample {
  const out = execFileSync(
    process.execPath,
    [MEMORY_CHILD, side, String(nodes), String(edges), String(seed)],
    { encoding: "utf8", maxBuffer: 1 << 20 },
  );
  return JSON.parse(out.trim().split("\n").pop() as string) as MemorySample;
}

/** What the memory figure measured: `repeats` children per side, alternating. */
export interface MemoryRun {
  nodes: number;
  edges: number;
  mamori: MemorySample[];
  graphology: MemorySample[];
  mamoriPeakMB: number;
  graphologyPeakMB: number;
  inputMB: number;
}

export function measureMemory(
  nodes: number,
  edges: number,
  seed: number,
  repeats: number,
): MemoryRun {
  const mamori: MemorySample[] = [];
  const graphology: MemorySample[] = [];
  for (let i = 0; i < repeats; i++) {
    mamori.push(runMemoryChild("mamori", nodes, edges, seed));
    graphology.push(runMemoryChild("graphology", nodes, edges, seed));
  }
  return {
    nodes: mamori[0]?.nodes ?? nodes,
    edges: mamori[0]?.edges ?? edges,
    mamori,
    graphology,
    mamoriPeakMB: median(mamori.map((s) => s.peakRssMB)),
    graphologyPeakMB: median(graphology.map((s) => s.peakRssMB)),
    inputMB: median(mamori.map((s) => s.inputRssMB)),
  };
}

export function memoryFigure(run: MemoryRun, limitMB: number): Figure {
  const ratio = run.mamoriPeakMB / run.graphologyPeakMB;
  const mb = (x: number) => `${x.toFixed(0)} MB`;
  const n = run.mamori.length;
  return {
    id: "bia-memory",
    title: `peak RSS, BIA (${run.nodes} nodes / ${run.edges} edges)`,
    mamori: `${mb(run.mamoriPeakMB)} (median of ${n}; input alone ${mb(run.inputMB)})`,
    peerName: "graphology",
    peer: `${mb(run.graphologyPeakMB)} (median of ${n})`,
    ratio,
    target: `≤ ${limitMB} MB and < graphology`,
    pass: run.mamoriPeakMB <= limitMB && run.mamoriPeakMB < run.graphologyPeakMB,
    data: { ...run },
  };
}
