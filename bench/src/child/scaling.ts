// The validator's scaling figure in a child process (one "fork" of it): times validatePlan and
// ajv at services/10 and services in turns (timeValidationScaling) and prints the result as
// one line of JSON. The figure runs several such children and takes the median growth, so the
// JIT decisions and memory layout of one process do not decide it.
//   node --expose-gc dist/child/scaling.js <services> <seed> [--smoke]
import { timeValidationScaling } from "../figures/validation.js";

const services = Number(process.argv[2] ?? 2000);
const seed = Number(process.argv[3] ?? 42);
const smoke = process.argv.includes("--smoke");
const result = timeValidationScaling(
  services,
  seed,
  smoke ? { rounds: 3, batchMs: 5, warmupMs: 20 } : { rounds: 40, batchMs: 60, warmupMs: 1000 },
);
process.stdout.write(`${JSON.stringify(result)}\n`);
