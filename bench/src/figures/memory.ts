import { spawnSync } from "node:child_process";
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
  /** What the child threw, if it crashed. */
  error?: string;
}

export function runMemoryChild(
  side: "mamori" | "graphology",
  nodes: number,
  edges: number,
  seed: number,
): MemorySample {
  const child = spawnSync(
    process.execPath,
    [MEMORY_CHILD, side, String(nodes), String(edges), String(seed)],
    { encoding: "utf8", maxBuffer: 1 << 20 },
  );
  if (child.status !== 0) {
    const why = /^\w*Error: .*$/m.exec(child.stderr)?.[0] ?? `exit status ${child.status}`;
    return {
      side,
      nodes,
      edges,
      size: 0,
      peakRssMB: Number.NaN,
      inputRssMB: Number.NaN,
      inputHeapMB: Number.NaN,
      error: why,
    };
  }
  return JSON.parse(child.stdout.trim().split("\n").pop() as string) as MemorySample;
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
  const crash = run.mamori.find((s) => s.error)?.error;
  return {
    id: "bia-memory",
    title: `peak RSS, BIA (${run.nodes} nodes / ${run.edges} edges)`,
    mamori: crash
      ? `CRASHED (${crash}) at ${mb(run.mamoriPeakMB)}`
      : `${mb(run.mamoriPeakMB)} (median of ${n}; input alone ${mb(run.inputMB)})`,
    peerName: "graphology",
    peer: `${mb(run.graphologyPeakMB)} (median of ${n})`,
    ratio,
    target: `≤ ${limitMB} MB and < graphology`,
    pass: !crash && run.mamoriPeakMB <= limitMB && run.mamoriPeakMB < run.graphologyPeakMB,
    data: { ...run },
  };
}
