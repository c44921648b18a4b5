// Profiling helpers, not part of the figures: one target per question asked of the code while
// the figures were being explained (where validatePlan's time goes, why a growth is what it
// is). Each target's body is the helper as it was measured; only its arguments come from here.
//   node --expose-gc dist/profile.js <target> [args…]     (`--help` lists the targets)
//   node --cpu-prof dist/profile.js validation 2000 20    (a CPU profile of one target)
import { analyzeBia } from "@mamori/bia";
import { compileBia } from "@mamori/bia/model";
import { parseIsoDate, validateDocument } from "@mamori/core";
import {
  type ContinuityPlan,
  ContinuityPlanSchema,
  type RuleContext,
  rules,
  validatePlan,
} from "@mamori/plan-validator";
import { indexPlan } from "@mamori/plan-validator/testing";
import Ajv2020 from "ajv/dist/2020.js";
import { mamoriAnalyze, sortCompiledGraph } from "./figures/bia.js";
import { loadPlanJsonSchema, prepareValidation } from "./figures/validation.js";
import { generateBia } from "./generate/bia.js";
import { generatePlan } from "./generate/plan.js";
import { measureBatched, median, type Stats, type Task } from "./harness.js";

/** One profiling target: its arguments as printed, how many must be given, what it shows. */
interface Target {
  args: string;
  required: number;
  summary: string;
  run: (args: readonly string[]) => void;
}

const PROFILE_TARGETS: Record<string, Target> = {
  validation: {
    args: "[services=2000] [iterations=20]",
    required: 0,
    summary: "validatePlan on a generated plan in a loop, ms per call (for --cpu-prof)",
    run: profileValidation,
  },
  bia: {
    args: "[nodes=100000] [edges=1000000] [spof=true|false]",
    required: 0,
    summary: "one analyzeBia on a generated group BIA (for --cpu-prof)",
    run: profileBia,
  },
  split: {
    args: "[services=2000] [rounds=15]",
    required: 0,
    summary:
      "where validatePlan's time goes: validatePlan, validateDocument, zod safeParse, ajv on the same plan, medians of interleaved runs",
    run: profileSplit,
  },
  "bia-detail": {
    args: "[nodes=10000] [edges=100000]",
    required: 0,
    summary:
      "analyzeBia's output at one size: diagnostics by code, SPOFs, time with and without the SPOF search, retained heap by field (JSON)",
    run: profileBiaDetail,
  },
  "bia-loop": {
    args: "[nodes=100000] [edges=1000000] [calls=3] [gc]",
    required: 0,
    summary:
      "analyzeBia on the same document several times in one process: wall, CPU and heap per call",
    run: profileBiaLoop,
  },
  scaling: {
    args: "[n=200]",
    required: 0,
    summary:
      "growth n → 10·n of each validator layer (validatePlan as in the figure, validatePlan, validateDocument, zod safeParse, ajv), in turns",
    run: profileScaling,
  },
  rules: {
    args: "[n=200]",
    required: 0,
    summary:
      "growth n → 10·n of indexPlan and of each rule on its own, in turns (those ≥ 1 µs at 10·n, and all of them)",
    run: profileRules,
  },
  lookups: {
    args: "[n=200]",
    required: 0,
    summary:
      "on the plan's requirements at n and 10·n, in turns: reading fields, building a Map of ids, Map look-ups",
    run: profileLookups,
  },
  "bia-runs": {
    args: "<nodes> <edges> <runs> [gc|nogc]",
    required: 3,
    summary:
      "analyzeBia run after run on one BIA, each run's wall time in order, with or without a forced GC before each",
    run: profileBiaRuns,
  },
  input: {
    args: "<edges> [<edges> …]",
    required: 1,
    summary:
      "per edge, by size (nodes = edges / 10): walking a BIA's dependencies, a Map look-up of each, a topological sort of the compiled graph",
    run: profileInput,
  },
};

/** The usage text: the command line, then each target with its arguments and what it shows. */
function usage(): string {
  const lines = [
    "Usage: node --expose-gc dist/profile.js <target> [args…]",
    "       node --cpu-prof dist/profile.js <target> [args…]   (writes a .cpuprofile)",
    "",
    "Profiling helpers (not part of the figures). Targets:",
  ];
  for (const [name, t] of Object.entries(PROFILE_TARGETS)) {
    lines.push(`  ${name} ${t.args}`, `      ${t.summary}`);
  }
  return `${lines.join("\n")}\n`;
}

// validatePlan on a generated plan in a loop, for
//   node --cpu-prof dist/profile.js validation <services> <iterations>
function profileValidation(args: readonly string[]): void {
  const services = Number(args[0] ?? 2000);
  const iterations = Number(args[1] ?? 20);
  const { plan, bia, now } = generatePlan({ services, seed: 42 });
  const options = {
    preset: "nist-high" as const,
    bia: analyzeBia(bia),
    matrix: { controls: [] },
    organisation: { scope: "consolidated-group" },
    now,
  };
  const t0 = performance.now();
  for (let i = 0; i < iterations; i++) validatePlan(plan, options);
  process.stdout.write(
    `${((performance.now() - t0) / iterations).toFixed(1)} ms per validatePlan\n`,
  );
}

// analyzeBia on a generated group BIA, for
//   node --cpu-prof dist/profile.js bia <nodes> <edges> [spof=true|false]
function profileBia(args: readonly string[]): void {
  const nodes = Number(args[0] ?? 100_000);
  const edges = Number(args[1] ?? 1_000_000);
  const spof = args[2] !== "false";
  const g = generateBia({ nodes, edges, seed: 42 });
  const t0 = performance.now();
  try {
    const r = analyzeBia(g.document, { scenario: g.scenario, spof });
    process.stdout.write(
      `${(performance.now() - t0).toFixed(0)} ms analyzeBia, ${r.diagnostics.length} diagnostics, ${r.spofs.length} SPOFs\n`,
    );
  } catch (e) {
    process.stdout.write(`${(performance.now() - t0).toFixed(0)} ms, then analyzeBia threw ${e}\n`);
  }
}

// Where validatePlan's time goes — the schema (zod via validateDocument), the rules, and ajv on
// the same plan — medians of interleaved runs.
//   node --expose-gc dist/profile.js split <services> <rounds>
function profileSplit(args: readonly string[]): void {
  const services = Number(args[0] ?? 2000);
  const rounds = Number(args[1] ?? 15);
  const { plan, bia, now } = generatePlan({ services, seed: 42 });
  const options = {
    preset: "nist-high" as const,
    bia: analyzeBia(bia),
    matrix: { controls: [] },
    organisation: { scope: "consolidated-group" },
    now,
  };
  const ajv = new Ajv2020().compile(loadPlanJsonSchema());
  const fns: Record<string, () => unknown> = {
    validatePlan: () => validatePlan(plan, options),
    validateDocument: () =>
      validateDocument(ContinuityPlanSchema, plan, { kind: "ContinuityPlan" }),
    "zod safeParse": () => ContinuityPlanSchema.safeParse(plan),
    ajv: () => ajv(plan),
  };
  const times: Record<string, number[]> = {};
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of Object.entries(fns)) {
      gc?.();
      const t = performance.now();
      fn();
      const list = times[name] ?? [];
      list.push(performance.now() - t);
      times[name] = list;
    }
  }
  for (const [name, ts] of Object.entries(times))
    process.stdout.write(`${name.padEnd(18)} ${median(ts.slice(2)).toFixed(1)} ms\n`);
}

// analyzeBia's output at one size — diagnostics by code, SPOF search truncated or not, time with
// and without the SPOF search, and the heap the result retains, field by field.
//   node --expose-gc dist/profile.js bia-detail <nodes> <edges>
function profileBiaDetail(args: readonly string[]): void {
  const nodes = Number(args[0] ?? 10_000);
  const edges = Number(args[1] ?? 100_000);
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  const heap = () => {
    gc();
    gc();
    return process.memoryUsage().heapUsed / 2 ** 20;
  };
  const g = generateBia({ nodes, edges, seed: 42 });
  const cpu = (f: () => unknown) => {
    const t = process.cpuUsage();
    const w = performance.now();
    const r = f();
    const d = process.cpuUsage(t);
    return { r, cpuMs: (d.user + d.system) / 1000, wallMs: performance.now() - w };
  };
  const noSpof = cpu(() => analyzeBia(g.document, { scenario: g.scenario, spof: false }));
  const out: Record<string, unknown> = {
    nodes,
    edges: g.edges,
    withoutSpof: {
      cpuMs: Math.round(noSpof.cpuMs),
      diagnostics: (noSpof.r as { diagnostics: unknown[] }).diagnostics.length,
    },
  };
  noSpof.r = undefined;
  const before = heap();
  const full = cpu(() => analyzeBia(g.document, { scenario: g.scenario }));
  const r = full.r as unknown as Record<string, unknown> & {
    diagnostics: Array<{ code: string; message: string }>;
    spofs: unknown[];
  };
  const byCode: Record<string, number> = {};
  let messageChars = 0;
  for (const d of r.diagnostics) {
    byCode[d.code] = (byCode[d.code] ?? 0) + 1;
    messageChars += d.message.length;
  }
  out.full = {
    cpuMs: Math.round(full.cpuMs),
    wallMs: Math.round(full.wallMs),
    diagnostics: r.diagnostics.length,
    spofs: r.spofs.length,
    byCode,
    meanMessageChars: Math.round(messageChars / Math.max(1, r.diagnostics.length)),
  };
  full.r = undefined;
  const retained: Record<string, number> = { total: Math.round(heap() - before) };
  for (const key of [
    "diagnostics",
    "spofs",
    "report",
    "scenarios",
    "nodes",
    "power",
    "gaps",
    "recoveryOrder",
    "processes",
  ]) {
    const h0 = heap();
    delete r[key];
    retained[key] = Math.round(h0 - heap());
  }
  out.retainedMB = retained;
  process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
}

// analyzeBia on the same document several times in one process, wall and CPU time per call
// (does repetition or heap growth slow it down?).
//   node --expose-gc dist/profile.js bia-loop <nodes> <edges> <calls> [gc]
function profileBiaLoop(args: readonly string[]): void {
  const [nodes, edges, calls] = args.slice(0, 3).map(Number);
  const collect = args[3] === "gc";
  const g = generateBia({ nodes: nodes ?? 100_000, edges: edges ?? 1_000_000, seed: 42 });
  for (let i = 0; i < (calls ?? 3); i++) {
    if (collect) (globalThis as { gc?: () => void }).gc?.();
    const c = process.cpuUsage();
    const w = performance.now();
    analyzeBia(g.document, { scenario: g.scenario });
    const d = process.cpuUsage(c);
    process.stdout.write(
      `call ${i}: wall ${Math.round(performance.now() - w)} ms, cpu ${Math.round((d.user + d.system) / 1000)} ms, heap ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MB\n`,
    );
  }
}

// Growth from n to 10·n of each layer of the validator — validatePlan, validateDocument (its
// fast path, on a valid plan), zod safeParse, ajv — measured like the scaling figure: every task
// at both sizes takes turns (measureBatched).
//   node --expose-gc dist/profile.js scaling <n>
function profileScaling(args: readonly string[]): void {
  const n = Number(args[0] ?? 200);
  const ajv = new Ajv2020().compile(loadPlanJsonSchema());
  const tasks: Task[] = [];
  const layers = [
    "validatePlan (figure)",
    "validatePlan",
    "validateDocument",
    "zod safeParse",
    "ajv",
  ];
  for (const size of [n, 10 * n]) {
    const { plan, bia, now } = generatePlan({ services: size, seed: 42 });
    const options = {
      preset: "nist-high" as const,
      bia: analyzeBia(bia),
      matrix: { controls: [] },
      organisation: { scope: "consolidated-group" as const },
      now,
    };
    const fns = [
      prepareValidation(size, 42).mamori,
      () => validatePlan(plan, options),
      () => validateDocument(ContinuityPlanSchema, plan, { kind: "ContinuityPlan" }),
      () => ContinuityPlanSchema.safeParse(plan),
      () => ajv(plan),
    ];
    fns.forEach((fn, i) => {
      tasks.push({ name: `${layers[i]}@${size}`, fn });
    });
  }
  const stats = measureBatched(tasks, { rounds: 30, batchMs: 50, warmupMs: 500 });
  for (const k of layers) {
    const a = (stats[`${k}@${n}`] as Stats).median;
    const b = (stats[`${k}@${10 * n}`] as Stats).median;
    process.stdout.write(
      `${k.padEnd(22)} ${a.toFixed(2).padStart(8)} ms → ${b.toFixed(2).padStart(8)} ms  (${(b / a).toFixed(1)}×)\n`,
    );
  }
}

// Growth from n to 10·n of indexPlan and of each built-in rule on its own (findings reported
// into nothing), measured in turns (measureBatched), largest first. Each size's index and its
// memo are built once, so a rule's time leaves out what the memo computes for it on first use
// (BIA joins, durations, dates).
//   node --expose-gc dist/profile.js rules <n>
function profileRules(args: readonly string[]): void {
  const n = Number(args[0] ?? 200);
  // Deprecated ids are aliases: they never run.
  const builtinRules = Object.values(rules).filter((r) => !r.meta.deprecated);
  const tasks: Task[] = [];
  const names = ["indexPlan", ...builtinRules.map((r) => r.meta.id)];
  for (const size of [n, 10 * n]) {
    const { plan, bia, now } = generatePlan({ services: size, seed: 42 });
    const value = validateDocument(ContinuityPlanSchema, plan, { kind: "ContinuityPlan" })
      .value as ContinuityPlan;
    tasks.push({ name: `indexPlan@${size}`, fn: () => indexPlan(value) });
    const ctx: RuleContext = {
      plan: value,
      index: indexPlan(value),
      bia: analyzeBia(bia),
      matrix: { controls: [] },
      organisation: { scope: "consolidated-group" },
      now: parseIsoDate(now).date,
      locale: "en",
      options: {},
      report() {},
    };
    for (const r of builtinRules) {
      // Each rule sees its declared options at their defaults, as validatePlan gives them.
      const options = Object.fromEntries(
        Object.entries(r.meta.options ?? {}).map(([name, spec]) => [name, spec.default]),
      );
      const own: RuleContext = { ...ctx, options };
      tasks.push({ name: `${r.meta.id}@${size}`, fn: () => r.check(own) });
    }
  }
  const stats = measureBatched(tasks, { rounds: 15, batchMs: 20, warmupMs: 100 });
  const rows = names.map((k) => {
    const a = (stats[`${k}@${n}`] as Stats).median * 1000;
    const b = (stats[`${k}@${10 * n}`] as Stats).median * 1000;
    return { k, a, b };
  });
  rows.sort((x, y) => y.b - x.b);
  let small = 0;
  let large = 0;
  for (const { k, a, b } of rows) {
    small += a;
    large += b;
    if (b >= 1)
      process.stdout.write(
        `${k.padEnd(40)} ${a.toFixed(1).padStart(8)} µs → ${b.toFixed(1).padStart(8)} µs  (${(b / a).toFixed(1)}×)\n`,
      );
  }
  process.stdout.write(
    `${"all of them".padEnd(40)} ${small.toFixed(0).padStart(8)} µs → ${large.toFixed(0).padStart(8)} µs  (${(large / small).toFixed(1)}×)\n`,
  );
}

// Why the rules grow faster than the schema walk. On the generated plan's requirements at n and
// 10·n, in turns (measureBatched): reading each requirement's fields, building a Map of their
// ids, and looking ids up in that Map (its own ids, then the ids they depend on).
//   node --expose-gc dist/profile.js lookups <n>
function profileLookups(args: readonly string[]): void {
  interface Requirement {
    service: string;
    dependsOn?: string[];
  }

  const n = Number(args[0] ?? 200);
  const names = ["read fields", "build Map", "Map.get (own id)", "Map.get (dependencies)"];
  const tasks: Task[] = [];
  let sink = 0;
  for (const size of [n, 10 * n]) {
    const { plan } = generatePlan({ services: size, seed: 42 });
    const reqs = (plan.preIncident as { requirements: Requirement[] }).requirements;
    const ids = new Map<string, number>();
    for (let i = 0; i < reqs.length; i++) ids.set((reqs[i] as Requirement).service, i);
    const fns = [
      () => {
        for (const r of reqs) sink += r.service.length + (r.dependsOn?.length ?? 0);
      },
      () => {
        const m = new Map<string, number>();
        for (let i = 0; i < reqs.length; i++) m.set((reqs[i] as Requirement).service, i);
        sink += m.size;
      },
      () => {
        for (const r of reqs) sink += ids.get(r.service) ?? 0;
      },
      () => {
        for (const r of reqs) for (const d of r.dependsOn ?? []) sink += ids.get(d) ?? 0;
      },
    ];
    fns.forEach((fn, i) => {
      tasks.push({ name: `${names[i]}@${size}`, fn });
    });
  }
  const stats = measureBatched(tasks, { rounds: 30, batchMs: 20, warmupMs: 200 });
  for (const k of names) {
    const a = (stats[`${k}@${n}`] as Stats).median * 1000;
    const b = (stats[`${k}@${10 * n}`] as Stats).median * 1000;
    process.stdout.write(
      `${k.padEnd(24)} ${a.toFixed(2).padStart(8)} µs → ${b.toFixed(2).padStart(8)} µs  (${(b / a).toFixed(1)}×)\n`,
    );
  }
  if (sink < 0) process.stdout.write("\n");
}

// analyzeBia run after run on one generated BIA, each run's wall time printed in order, with or
// without a forced full GC before each run — to see the JIT warm up and what a forced GC does to
// short runs.
//   node --expose-gc dist/profile.js bia-runs <nodes> <edges> <runs> <gc|nogc>
function profileBiaRuns(args: readonly string[]): void {
  const [nodes, edges, runs] = args.slice(0, 3).map(Number);
  const forceGc = args[3] === "gc";
  const g = generateBia({ nodes: nodes as number, edges: edges as number, seed: 42 });
  const gc = (globalThis as { gc?: () => void }).gc;
  const times: number[] = [];
  for (let i = 0; i < (runs as number); i++) {
    if (forceGc) gc?.();
    const start = performance.now();
    mamoriAnalyze(g.document, g.scenario);
    times.push(performance.now() - start);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const half = times.slice(times.length >> 1).sort((a, b) => a - b);
  process.stdout.write(
    `${times.map((t) => t.toFixed(0)).join(" ")}\nmedian ${sorted[sorted.length >> 1]?.toFixed(0)} ms; median of the second half ${half[half.length >> 1]?.toFixed(0)} ms\n`,
  );
}

// What merely reading a generated BIA costs per edge as it grows — a walk over every
// dependency, and a Map look-up of each (the id Map built once, outside the timing) — and what
// the smallest whole-graph pass costs on the compiled integer arrays (Kahn's topological sort,
// sortCompiledGraph: no strings, no allocation), to show where the document, then the graph's
// arrays, leave the processor's caches. Each size is generated in this process, one after the
// other, smallest first.
//   node dist/profile.js input <edges> [<edges> …]   (nodes = edges / 10)
function profileInput(args: readonly string[]): void {
  type Dep = string | { anyOf: string[] };
  const LISTS = ["processes", "services", "resources", "externals"] as const;

  for (const edges of args.map(Number)) {
    const g = generateBia({ nodes: Math.round(edges / 10), edges, seed: 42 });
    const doc = g.document as Record<string, { id: string; dependsOn?: Dep[] }[]>;
    const deps: Dep[][] = [];
    for (const key of LISTS)
      for (const n of doc[key] ?? []) if (n.dependsOn) deps.push(n.dependsOn);
    const index = new Map<string, number>();
    for (const key of LISTS) for (const n of doc[key] ?? []) index.set(n.id, index.size);
    const walk = () => {
      let sum = 0;
      for (const list of deps)
        for (const d of list)
          sum +=
            typeof d === "string"
              ? d.length
              : (d.anyOf[0]?.length ?? 0) + (d.anyOf[1]?.length ?? 0);
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
}

/** Runs the command line; returns the exit status. */
function main(argv: readonly string[]): number {
  const [name, ...args] = argv;
  if (name === "--help" || name === "-h") {
    process.stdout.write(usage());
    return 0;
  }
  if (name === undefined) {
    process.stderr.write(usage());
    return 2;
  }
  const target = Object.hasOwn(PROFILE_TARGETS, name) ? PROFILE_TARGETS[name] : undefined;
  if (!target) {
    process.stderr.write(`unknown target ${name}\n\n${usage()}`);
    return 2;
  }
  if (args.includes("--help") || args.length < target.required) {
    const help = args.includes("--help");
    (help ? process.stdout : process.stderr).write(
      `Usage: node --expose-gc dist/profile.js ${name} ${target.args}\n  ${target.summary}\n`,
    );
    return help ? 0 : 2;
  }
  target.run(args);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
