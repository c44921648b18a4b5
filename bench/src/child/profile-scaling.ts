// Profiling helper (not part of the figures): growth from n to 10·n of each layer of the
// validator — validatePlan, validateDocument (its fast path, on a valid plan), zod safeParse, ajv —
// measured like the scaling figure: every task at both sizes takes turns (measureBatched).
//   node --expose-gc dist/child/profile-scaling.js <n>
import { analyzeBia } from "@mamori/bia";
import { validateDocument } from "@mamori/core";
import { ContinuityPlanSchema, validatePlan } from "@mamori/plan-validator";
import Ajv2020 from "ajv/dist/2020.js";
import { loadPlanJsonSchema, prepareValidation } from "../figures/validation.js";
import { generatePlan } from "../generate/plan.js";
import { measureBatched, type Stats, type Task } from "../harness.js";

const n = Number(process.argv[2] ?? 200);
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
