import { createRandom } from "./random.js";

/** Sizes and seed of a generated `BusinessImpactAnalysis` document. */
export interface BiaSize {
  /** Nodes in total: processes, IT services, resources and external nodes. */
  nodes: number;
  /** Dependency edges in total (an any-of group of k members counts k edges). */
  edges: number;
  /** Seed of the generator. */
  seed: number;
}

/** A generated document and what it actually holds. */
export interface GeneratedBia {
  document: Record<string, unknown>;
  nodes: number;
  edges: number;
  /** Companies of the group. */
  companies: number;
  /** The scenario the benchmark runs. */
  scenario: string;
}

const TIME_POINTS = ["PT1H", "PT4H", "P1D", "P3D", "P1W", "P1M"];
const HOURS = ["PT1H", "PT2H", "PT4H", "PT8H", "PT12H", "P1D"];
const RESOURCE_KINDS = ["server", "network", "facility", "communications", "people", "data"];
const CATEGORIES = ["financial", "operational", "customer"];
/** Layers of IT services: applications first, infrastructure last. */
const LAYERS = 6;
/** Nodes per company. */
const COMPANY_SIZE = 1000;
/** Share of dependencies on company 0, the group's shared services (data centre, group ERP). */
const CROSS = 0.03;

/**
 * A large, valid, acyclic group BIA shaped like a real one: a group of companies of about
 * 1,000 nodes each. Of the nodes, 10 % are processes, 1 % external nodes (suppliers,
 * customers), 4 % resources (each company's utility power and generator among them) and the
 * rest IT services in six layers from applications to infrastructure. A process depends on
 * its company's services of the first two layers; a service on services of the next two
 * layers (the last layer on resources and external nodes only) and on resources; 3 % of
 * dependencies go to company 0, the group's shared services, in a lower layer; every fifth dependency is an any-of pair (redundancy); one service in seven depends
 * on its company's utility power or generator. So there is no cycle, and a path is at most
 * about eight nodes long. One scenario: a 72-hour wide-area power outage taking out the
 * utility power of a tenth of the companies, then a rolling blackout. The same sizes and seed
 * give the same document; `edges` is met exactly when nodes have enough distinct candidates.
 */
export function generateBia(size: BiaSize): GeneratedBia {
  const r = createRandom(size.seed);
  const N = Math.max(20, Math.floor(size.nodes));
  const C = Math.max(1, Math.round(N / COMPANY_SIZE));
  const P = Math.max(C, Math.round(N * 0.1));
  const X = Math.max(C, Math.round(N * 0.01));
  const R = Math.max(3 * C, Math.round(N * 0.04));
  const S = N - P - X - R;
  // Node k of a kind belongs to company k % C. Services of layer l are [layerStart[l], layerStart[l+1]).
  const layerStart: number[] = [];
  for (let l = 0; l <= LAYERS; l++) layerStart.push(Math.round((S * l) / LAYERS));
  const layerOf = (i: number) => {
    let l = 0;
    while (l < LAYERS - 1 && i >= (layerStart[l + 1] as number)) l++;
    return l;
  };
  // Index in [lo, hi) of company c, or -1.
  const inCompany = (lo: number, hi: number, c: number) => {
    if (hi <= lo) return -1;
    let k = lo + r.int(hi - lo);
    k = k - (k % C) + c;
    if (k < lo) k += C;
    return k < hi ? k : k - C >= lo ? k - C : -1;
  };
  const otherCompany = (c: number) => (r.next() < CROSS ? 0 : c);
  // A resource (not a power one) or an external node of company c (or, rarely, another one).
  const leaf = (c: number) => {
    const cc = otherCompany(c);
    if (r.next() < 0.8) {
      const k = inCompany(2 * C, R, cc);
      if (k >= 0) return `r${k}`;
    }
    const k = inCompany(0, X, cc);
    return k >= 0 ? `x${k}` : `x${r.int(X)}`;
  };
  // A service of company c (or, rarely, another one) in layers [from, to), else a leaf.
  const serviceIn = (c: number, from: number, to: number) => {
    const k = inCompany(
      layerStart[Math.min(from, LAYERS)] as number,
      layerStart[Math.min(to, LAYERS)] as number,
      otherCompany(c),
    );
    return k >= 0 ? `s${k}` : leaf(c);
  };
  const sources = P + S;
  const base = Math.floor(size.edges / sources);
  const extra = size.edges - base * sources;
  const budget = (k: number) => base + (k < extra ? 1 : 0);
  let edges = 0;
  // Dependencies of one node: `want` edges to distinct targets, every fifth an any-of pair.
  const dependencies = (want: number, draw: () => string, seen: Set<string>) => {
    const deps: unknown[] = [];
    let got = 0;
    let misses = 0;
    const one = () => {
      while (misses < 50) {
        const id = draw();
        if (!seen.has(id)) {
          seen.add(id);
          return id;
        }
        misses++;
      }
      return undefined;
    };
    for (let d = 0; got < want; d++) {
      if (d % 5 === 4 && want - got >= 2) {
        const a = one();
        const b = one();
        if (a === undefined || b === undefined) break;
        deps.push({ anyOf: [a, b] });
        got += 2;
      } else {
        const a = one();
        if (a === undefined) break;
        deps.push(a);
        got++;
      }
    }
    edges += got;
    return deps;
  };

  const processes: unknown[] = [];
  for (let i = 0; i < P; i++) {
    const c = i % C;
    const deps = dependencies(
      budget(i),
      () => (r.next() < 0.9 ? serviceIn(c, 0, 2) : leaf(c)),
      new Set(),
    );
    const start = r.int(4);
    const impacts: Record<string, Record<string, number>> = {};
    for (const cat of CATEGORIES.slice(0, 1 + r.int(CATEGORIES.length))) {
      const series: Record<string, number> = {};
      for (let t = start; t < TIME_POINTS.length; t++)
        series[TIME_POINTS[t] as string] = Math.min(5, 1 + t - start + r.int(2));
      impacts[cat] = series;
    }
    processes.push({
      id: `p${i}`,
      name: `Process ${i}`,
      wrt: `PT${1 + r.int(8)}H`,
      impacts,
      ...(i % 4 === 0
        ? { objectives: { rto: `PT${4 * (1 + r.int(12))}H`, rpo: "PT4H", rlo: 50 } }
        : {}),
      lossPerHour: { amount: 10_000 * (1 + r.int(500)), currency: "JPY" },
      dependsOn: deps,
    });
  }

  const services: unknown[] = [];
  for (let i = 0; i < S; i++) {
    const c = i % C;
    const layer = layerOf(i);
    const powered = i % 7 === 0;
    const seen = new Set<string>();
    let want = budget(P + i);
    const head: unknown[] = [];
    if (powered && want >= 2) {
      const power = [`r${c}`, `r${C + c}`];
      head.push({ anyOf: power });
      for (const p of power) seen.add(p);
      want -= 2;
      edges += 2;
    }
    const last = layer === LAYERS - 1;
    const deps = dependencies(
      want,
      () => (!last && r.next() < 0.8 ? serviceIn(c, layer + 1, layer + 3) : leaf(c)),
      seen,
    );
    services.push({
      id: `s${i}`,
      name: `Service ${i}`,
      class: i % 3 === 0 ? "non-core" : "core",
      hosting: {
        type: r.pick(["on-premises", "external-data-centre", "cloud"]),
        site: `site-${c}`,
      },
      capability: { recoveryTime: r.pick(HOURS), backupInterval: r.pick(["PT1H", "PT4H", "P1D"]) },
      ...(powered
        ? { power: { class: r.pick(["protect", "may-stop"]), backupRuntime: "PT8H" } }
        : {}),
      dependsOn: [...head, ...deps],
    });
  }

  const resources: unknown[] = [];
  for (let c = 0; c < C; c++)
    resources.push({ id: `r${c}`, name: `Utility power ${c}`, kind: "power", site: `site-${c}` });
  for (let c = 0; c < C; c++) {
    resources.push({
      id: `r${C + c}`,
      name: `Generator ${c}`,
      kind: "power",
      site: `site-${c}`,
      power: { class: "protect", backupRuntime: "PT8H" },
    });
  }
  for (let i = 2 * C; i < R; i++) {
    resources.push({
      id: `r${i}`,
      name: `Resource ${i}`,
      kind: r.pick(RESOURCE_KINDS),
      capability: { recoveryTime: r.pick(HOURS) },
    });
  }
  const externals: unknown[] = [];
  for (let i = 0; i < X; i++) {
    externals.push({
      id: `x${i}`,
      name: `Supplier ${i}`,
      kind: r.pick(["supplier", "customer", "partner"]),
      capability: { recoveryTime: r.pick(["P1D", "P3D", "P1W"]) },
    });
  }
  const outage: string[] = [];
  for (let c = 0; c < Math.max(1, Math.round(C / 10)); c++) outage.push(`r${c}`);
  const scenario = "wide-area-outage";
  return {
    document: {
      kind: "BusinessImpactAnalysis",
      schemaVersion: "1.0",
      organisation: "bench-group",
      timePoints: TIME_POINTS,
      unacceptableLevel: 4,
      processes,
      services,
      resources,
      externals,
      scenarios: [
        {
          id: scenario,
          name: "Wide-area power outage (72 hours) and rolling blackouts",
          type: "power-outage",
          duration: "PT72H",
          nodes: outage,
          rollingBlackout: [
            { start: "P4D", duration: "PT3H" },
            { start: "P5D", duration: "PT3H" },
          ],
        },
      ],
    },
    nodes: N,
    edges,
    companies: C,
    scenario,
  };
}
