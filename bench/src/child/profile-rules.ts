// Profiling helper (not part of the figures): validatePlan's fixed cost (all rules off) and
// each rule's own cost (only that rule on, minus the fixed cost): medians of CPU time
// (process.cpuUsage, steadier than wall time on a shared machine).
//   node --expose-gc dist/child/profile-rules.js <services> <rounds>
import { analyzeBia } from "@mamori/bia";
import { builtinRules, type RuleSetting, validatePlan } from "@mamori/plan-validator";
import { generatePlan } from "../generate/plan.js";
import { median } from "../harness.js";

const services = Number(process.argv[2] ?? 2000);
const rounds = Number(process.argv[3] ?? 9);
const { plan, bia, now } = generatePlan({ services, seed: 42 });
const base = {
  bia: analyzeBia(bia),
  matrix: { controls: [] },
  organisation: { scope: "consolidated-group" },
  now,
};
const off: Record<string, RuleSetting> = {};
for (const r of builtinRules) off[r.meta.id] = "off";
const gc = (globalThis as { gc?: () => void }).gc;
const time = (rules: Record<string, RuleSetting>) => {
  const ts: number[] = [];
  for (let i = 0; i < rounds; i++) {
    gc?.();
    const t = process.cpuUsage();
    validatePlan(plan, { ...base, rules });
    const d = process.cpuUsage(t);
    ts.push((d.user + d.system) / 1000);
  }
  return median(ts.slice(1));
};
const fixed = time(off);
const all = time(Object.fromEntries(builtinRules.map((r) => [r.meta.id, r.meta.defaultSeverity])));
const rows = builtinRules.map(
  (r) => [r.meta.id, time({ ...off, [r.meta.id]: "error" }) - fixed] as const,
);
rows.sort((a, b) => b[1] - a[1]);
process.stdout.write(
  `fixed (schema + index + summary, no rule): ${fixed.toFixed(1)} ms; all rules on: ${all.toFixed(1)} ms\n`,
);
for (const [id, ms] of rows.slice(0, 15))
  process.stdout.write(`${ms.toFixed(2).padStart(8)} ms  ${id}\n`);
