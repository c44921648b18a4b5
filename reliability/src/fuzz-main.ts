// The long fuzz run: `npm run fuzz -- --cases 1000000 [--seed N] [--workers 2]`.
// Cases are shared out over the families in the CI proportions (plus the CLI), and over
// worker processes; a failure prints fast-check's shrunk counterexample and exits 1, and a
// worker that stops reporting progress for two minutes is reported as a hang.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { cliCase, makeWorkspace, runCliCase } from "./cli-fuzz.js";
import { fuzzCase, fuzzContext, runCase } from "./fuzz-core.js";
import { CI_CASES } from "./fuzz-plan.js";

interface Options {
  cases: number;
  seed: number;
  workers: number;
  worker?: number;
}

function parse(argv: string[]): Options {
  const o: Options = { cases: 10_000, seed: Date.now() % 2 ** 31, workers: 2 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = Number(argv[i + 1]);
    if (a === "fuzz") continue;
    if (a === "--cases") o.cases = v;
    else if (a === "--seed") o.seed = v;
    else if (a === "--workers") o.workers = Math.max(1, v);
    else if (a === "--worker") o.worker = v;
    else throw new Error(`unknown argument ${a} (use --cases N [--seed N] [--workers N])`);
    i++;
  }
  if (!Number.isInteger(o.cases) || o.cases < 1)
    throw new Error("--cases must be a positive integer");
  return o;
}

const CLI_SHARE = 450;

/** Cases per family (and "cli") for `total` cases. */
function plan(total: number): Array<[string, number]> {
  const weights: Array<[string, number]> = [...Object.entries(CI_CASES), ["cli", CLI_SHARE]];
  const sum = weights.reduce((a, [, w]) => a + w, 0);
  const out = weights.map(([name, w]) => [name, Math.floor((total * w) / sum)] as [string, number]);
  const assigned = out.reduce((a, [, n]) => a + n, 0);
  (out[0] as [string, number])[1] += total - assigned;
  return out;
}

async function runWorker(o: Options): Promise<void> {
  const index = o.worker ?? 0;
  const share = (n: number) => Math.floor(n / o.workers) + (index < n % o.workers ? 1 : 0);
  fuzzContext();
  const send = (m: unknown) => process.send?.(m);
  for (const [name, count] of plan(o.cases)) {
    const runs = share(count);
    if (runs === 0) continue;
    const seed = (o.seed + index * 7919 + name.length * 104729) | 0;
    let done = 0;
    const tick = () => {
      done++;
      if (done % 500 === 0) send({ progress: 500, family: name });
    };
    const started = performance.now();
    // biome-ignore lint/suspicious/noExplicitAny: the two properties have different case types
    let details: fc.RunDetails<any>;
    if (name === "cli") {
      const ws = makeWorkspace();
      details = await fc.check(
        fc.asyncProperty(cliCase, async (c) => {
          tick();
          await runCliCase(c, ws);
        }),
        { numRuns: runs, seed },
      );
      ws.dispose();
    } else {
      details = fc.check(
        fc.property(fuzzCase([name]), (c) => {
          tick();
          runCase(c);
        }),
        { numRuns: runs, seed },
      );
    }
    send({ progress: done % 500, family: name });
    if (details.failed) {
      send({
        failure: `${name}: ${fc.defaultReportMessage(details) ?? "failed"}\n${String((details.errorInstance as Error | undefined)?.message ?? "")}`,
      });
      process.exit(1);
    }
    send({ finished: name, runs, ms: Math.round(performance.now() - started) });
  }
  process.exit(0);
}

async function main(): Promise<void> {
  const o = parse(process.argv.slice(2));
  if (o.worker !== undefined) return runWorker(o);
  const start = performance.now();
  console.log(`mamori fuzz: ${o.cases} cases, seed ${o.seed}, ${o.workers} workers`);
  const self = fileURLToPath(import.meta.url);
  let total = 0;
  let failed = false;
  const lastHeard = new Map<number, { at: number; family: string }>();
  const workers = Array.from({ length: o.workers }, (_, w) =>
    fork(self, [
      "--cases",
      String(o.cases),
      "--seed",
      String(o.seed),
      "--workers",
      String(o.workers),
      "--worker",
      String(w),
    ]),
  );
  const watchdog = setInterval(() => {
    for (const [w, h] of lastHeard) {
      if (performance.now() - h.at > 120_000) {
        console.error(`worker ${w} made no progress for 2 minutes in family ${h.family}: a hang`);
        failed = true;
        for (const p of workers) p.kill();
      }
    }
    const rate = total / ((performance.now() - start) / 1000);
    console.log(`  ${total} / ${o.cases} cases, ${Math.round(rate)} cases/s`);
  }, 30_000);
  await Promise.all(
    workers.map(
      (child, w) =>
        new Promise<void>((resolve) => {
          lastHeard.set(w, { at: performance.now(), family: "start" });
          child.on(
            "message",
            (m: {
              progress?: number;
              family?: string;
              failure?: string;
              finished?: string;
              runs?: number;
              ms?: number;
            }) => {
              if (m.progress !== undefined) {
                total += m.progress;
                lastHeard.set(w, { at: performance.now(), family: m.family ?? "" });
              }
              if (m.failure) {
                failed = true;
                console.error(`FAILED (worker ${w}) ${m.failure}`);
              }
              if (m.finished)
                console.log(`  worker ${w}: ${m.finished} ${m.runs} cases in ${m.ms} ms`);
            },
          );
          child.on("exit", (code) => {
            lastHeard.delete(w);
            if (code !== 0) failed = true;
            resolve();
          });
        }),
    ),
  );
  clearInterval(watchdog);
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `${failed ? "FAILED" : "passed"}: ${total} cases in ${seconds.toFixed(1)} s (${Math.round(total / seconds)} cases/s), seed ${o.seed}`,
  );
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
