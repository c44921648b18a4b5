// Profiling helper (not part of the figures): validatePlan on a generated plan in a loop, for
//   node --cpu-prof dist/child/profile-validation.js <services> <iterations>
import { analyzeBia } from "@mamori/bia";
import { validatePlan } from "@mamori/plan-validator";
import { generatePlan } from "../generate/plan.js";

const services = Number(process.argv[2] ?? 2000);
const iterations = Number(process.argv[3] ?? 20);
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
process.stdout.write(`${((performance.now() - t0) / iterations).toFixed(1)} ms per validatePlan\n`);
