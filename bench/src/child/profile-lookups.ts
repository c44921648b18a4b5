// Profiling helper (not part of the figures): why the rules grow faster than the schema walk.
// On the generated plan's requirements at n and 10·n, in turns (measureBatched): reading each
// requirement's fields, building a Map of their ids, and looking ids up in that Map (its own
// ids, then the ids they depend on).
//   node --expose-gc dist/child/profile-lookups.js <n>
import { generatePlan } from "../generate/plan.js";
import { measureBatched, type Stats, type Task } from "../harness.js";

interface Requirement {
  service: string;
  dependsOn?: string[];
}

const n = Number(process.argv[2] ?? 200);
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
