// Profiling helper (not part of the figures): analyzeBia's output at one size — diagnostics by
// code, SPOF search truncated or not, time with and without the SPOF search, and the heap the
// result retains, field by field.
//   node --expose-gc dist/child/profile-bia-detail.js <nodes> <edges>
import { analyzeBia } from "@mamori/bia";
import { generateBia } from "../generate/bia.js";

const nodes = Number(process.argv[2] ?? 10_000);
const edges = Number(process.argv[3] ?? 100_000);
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
