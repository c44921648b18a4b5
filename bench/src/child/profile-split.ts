// Profiling helper (not part of the figures): where validatePlan's time goes — the schema
// (zod via validateDocument), the rules, and ajv on the same plan — medians of interleaved runs.
//   node --expose-gc dist/child/profile-split.js <services> <rounds>
import { analyzeBia } from "@mamori/bia";
import { validateDocument } from "@mamori/core";
import { ContinuityPlanSchema, validatePlan } from "@mamori/plan-validator";
import Ajv2020 from "ajv/dist/2020.js";
import { loadPlanJsonSchema } from "../figures/validation.js";
import { generatePlan } from "../generate/plan.js";
import { median } from "../harness.js";

const services = Number(process.argv[2] ?? 2000);
const rounds = Number(process.argv[3] ?? 15);
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
  validateDocument: () => validateDocument(ContinuityPlanSchema, plan, { kind: "ContinuityPlan" }),
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
