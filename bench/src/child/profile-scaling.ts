// Profiling helper (not part of the figures): growth from n to 10·n of each layer of the
// validator — validatePlan, validateDocument (its fast path, on a valid plan), zod safeParse, ajv —
// with the same tinybench settings as the figure.
//   node --expose-gc dist/child/profile-scaling.js <n>
import { analyzeBia } from "@mamori/bia";
import { validateDocument } from "@mamori/core";
import { ContinuityPlanSchema, validatePlan } from "@mamori/plan-validator";
import Ajv2020 from "ajv/dist/2020.js";
import { loadPlanJsonSchema } from "../figures/validation.js";
import { generatePlan } from "../generate/plan.js";
import { measure, type Stats } from "../harness.js";

const n = Number(process.argv[2] ?? 200);
const ajv = new Ajv2020().compile(loadPlanJsonSchema());
const medians: Array<Record<string, number>> = [];
for (const size of [n, 10 * n]) {
  const { plan, bia, now } = generatePlan({ services: size, seed: 42 });
  const options = {
    preset: "nist-high" as const,
    bia: analyzeBia(bia),
    matrix: { controls: [] },
    organisation: { scope: "consolidated-group" },
    now,
  };
  const stats = await measure(
    [
      { name: "validatePlan", fn: () => validatePlan(plan, options) },
      {
        name: "validateDocument",
        fn: () => validateDocument(ContinuityPlanSchema, plan, { kind: "ContinuityPlan" }),
      },
      { name: "zod safeParse", fn: () => ContinuityPlanSchema.safeParse(plan) },
      { name: "ajv", fn: () => ajv(plan) },
    ],
    { iterations: 30, time: 1500, warmupIterations: 5, warmupTime: 300 },
  );
  medians.push(Object.fromEntries(Object.entries(stats).map(([k, s]) => [k, (s as Stats).median])));
}
for (const k of Object.keys(medians[0] ?? {})) {
  const a = medians[0]?.[k] as number;
  const b = medians[1]?.[k] as number;
  process.stdout.write(
    `${k.padEnd(17)} ${a.toFixed(2).padStart(8)} ms → ${b.toFixed(2).padStart(8)} ms  (${(b / a).toFixed(1)}×)\n`,
  );
}
