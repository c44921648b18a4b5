/**
 * Options of {@link generateBiaDocument}.
 *
 * @example
 * ```ts
 * import type { GenerateOptions } from "@mamori/bia";
 * const o: GenerateOptions = { seed: 1, processes: 100, services: 900, edgesPerNode: 3 };
 * ```
 *
 * @category Documents
 */
export interface GenerateOptions {
  /** Seed of the pseudo-random generator: the same seed gives the same document. */
  seed: number;
  /** Number of business processes. */
  processes: number;
  /** Number of IT services (plus a tenth as many resources). */
  services: number;
  /** Dependencies per process and per service. */
  edgesPerNode: number;
}

/** mulberry32: a small, fast, deterministic generator. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Generate a large, valid, acyclic `BusinessImpactAnalysis` document for tests and
 * benchmarks, deterministically from a seed: processes depend on services (every fifth
 * dependency an any-of pair), services on services with a higher number and on resources.
 *
 * @param options - The seed, and how many processes, services and dependencies per node to generate; see {@link GenerateOptions}.
 * @returns A plain `BusinessImpactAnalysis` document object, as if parsed from YAML.
 *
 * @example
 * ```ts
 * import { analyzeBia, generateBiaDocument } from "@mamori/bia";
 * const doc = generateBiaDocument({ seed: 42, processes: 10, services: 50, edgesPerNode: 2 });
 * analyzeBia(doc).nodes.length; // 65 (10 processes + 50 services + 5 resources)
 * ```
 *
 * @category Documents
 */
export function generateBiaDocument(options: GenerateOptions): Record<string, unknown> {
  const r = rng(options.seed);
  const pick = (n: number) => Math.floor(r() * n);
  const nServices = Math.max(1, options.services);
  const nResources = Math.max(1, Math.floor(nServices / 10));
  const hours = [1, 2, 4, 8, 12, 24];
  const timePoints = ["PT1H", "PT4H", "P1D", "P3D", "P1W"];
  const processes = [];
  for (let i = 0; i < options.processes; i++) {
    const deps: unknown[] = [];
    for (let e = 0; e < options.edgesPerNode; e++) {
      const a = `s${pick(nServices)}`;
      deps.push(e % 5 === 4 ? { anyOf: [a, `s${pick(nServices)}`] } : a);
    }
    const start = pick(5);
    const impacts: Record<string, number> = {};
    for (let t = start; t < timePoints.length; t++)
      impacts[timePoints[t] as string] = Math.min(5, 2 + t - start);
    processes.push({
      id: `p${i}`,
      name: `Process ${i}`,
      wrt: `PT${1 + pick(4)}H`,
      impacts: { financial: impacts },
      lossPerHour: { amount: 1000 * (1 + pick(100)), currency: "JPY" },
      dependsOn: deps,
    });
  }
  const services = [];
  for (let i = 0; i < nServices; i++) {
    const deps: unknown[] = [];
    for (let e = 0; e < options.edgesPerNode; e++) {
      // Only higher-numbered services (or resources), so the graph has no cycle.
      const remaining = nServices - i - 1;
      deps.push(
        remaining > 0 && r() < 0.8 ? `s${i + 1 + pick(remaining)}` : `r${pick(nResources)}`,
      );
    }
    services.push({
      id: `s${i}`,
      name: `Service ${i}`,
      capability: { recoveryTime: `PT${hours[pick(hours.length)]}H`, backupInterval: "P1D" },
      dependsOn: [...new Set(deps as string[])],
    });
  }
  const resources = [];
  for (let i = 0; i < nResources; i++) {
    resources.push({
      id: `r${i}`,
      name: `Resource ${i}`,
      kind: "server",
      capability: { recoveryTime: "PT1H" },
    });
  }
  return {
    kind: "BusinessImpactAnalysis",
    schemaVersion: "1.0",
    timePoints,
    unacceptableLevel: 4,
    processes,
    services,
    resources,
  };
}
