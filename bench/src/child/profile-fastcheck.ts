// Prototype measurement (not part of the figures): the closure-compiled fast path of
// src/prototypes/fast-check.ts against zod safeParse and ajv on the same generated plan, and
// whether all three agree on valid and broken documents.
//   node --expose-gc dist/child/profile-fastcheck.js <services> <rounds>
import { ContinuityPlanSchema } from "@mamori/plan-validator";
import Ajv2020 from "ajv/dist/2020.js";
import { loadPlanJsonSchema } from "../figures/validation.js";
import { generatePlan } from "../generate/plan.js";
import { median } from "../harness.js";
import { compileFastCheck } from "../prototypes/fast-check.js";

const services = Number(process.argv[2] ?? 2000);
const rounds = Number(process.argv[3] ?? 21);
const { plan } = generatePlan({ services, seed: 42 });
const ajv = new Ajv2020().compile(loadPlanJsonSchema());
const t0 = performance.now();
const fast = compileFastCheck(ContinuityPlanSchema);
const compileMs = performance.now() - t0;
const zod = (p: unknown) => ContinuityPlanSchema.safeParse(p).success;

// Agreement on the valid plan and on broken copies.
const broken: Array<[string, (p: any) => void]> = [
  [
    "unknown key",
    (p) => {
      p.preIncident.requirements[5].rtoo = "PT1H";
    },
  ],
  [
    "x- key (allowed)",
    (p) => {
      p.preIncident.requirements[5]["x-note"] = 1;
    },
  ],
  [
    "bad duration",
    (p) => {
      p.preIncident.requirements[7].objectives.rto = "4 hours";
    },
  ],
  [
    "bad enum",
    (p) => {
      p.emergency.planCopies[0].medium = "cloud";
    },
  ],
  [
    "bad id",
    (p) => {
      p.roles[0].id = "a b";
    },
  ],
  [
    "non-integer priority",
    (p) => {
      p.preIncident.requirements[3].priority = 1.5;
    },
  ],
  [
    "own __proto__",
    (p) => {
      Object.defineProperty(p.metadata, "__proto__", { value: {}, enumerable: true });
    },
  ],
  [
    "missing required",
    (p) => {
      delete p.metadata.organisation;
    },
  ],
];
const rows = [["valid plan", fast(plan), zod(plan), ajv(plan)]];
for (const [name, mutate] of broken) {
  const copy = structuredClone(plan);
  mutate(copy);
  rows.push([name, fast(copy), zod(copy), ajv(copy)]);
}
for (const r of rows)
  process.stdout.write(`${String(r[0]).padEnd(22)} fast=${r[1]} zod=${r[2]} ajv=${r[3]}\n`);

const fns: Record<string, () => unknown> = {
  fast: () => fast(plan),
  zod: () => zod(plan),
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
process.stdout.write(`compile ${compileMs.toFixed(1)} ms\n`);
for (const [name, ts] of Object.entries(times))
  process.stdout.write(`${name.padEnd(6)} ${median(ts.slice(3)).toFixed(2)} ms\n`);
