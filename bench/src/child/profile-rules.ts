// Profiling helper (not part of the figures): growth from n to 10·n of indexPlan and of each
// built-in rule on its own (findings reported into nothing), measured in turns
// (measureBatched), largest first. Each size's index and its memo are built once, so a rule's
// time leaves out what the memo computes for it on first use (BIA joins, durations, dates).
//   node --expose-gc dist/child/profile-rules.js <n>
import { analyzeBia } from "@mamori/bia";
import { parseIsoDate, validateDocument } from "@mamori/core";
import {
  type ContinuityPlan,
  ContinuityPlanSchema,
  type RuleContext,
  rules,
} from "@mamori/plan-validator";
import { indexPlan } from "@mamori/plan-validator/testing";
import { generatePlan } from "../generate/plan.js";
import { measureBatched, type Stats, type Task } from "../harness.js";

const n = Number(process.argv[2] ?? 200);
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
