import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { analyzeBia } from "@mamori/bia";
import { rules, type ValidatePlanOptions, validatePlan } from "@mamori/plan-validator";
import Ajv2020 from "ajv/dist/2020.js";
import type { Figure } from "../figure.js";
import { generatePlan } from "../generate/plan.js";
import {
  type BatchOptions,
  formatStats,
  type HarnessOptions,
  measure,
  measureBatched,
  type Stats,
} from "../harness.js";
import { SCALING_CHILD } from "../paths.js";

/** The JSON Schema `@mamori/plan-validator` ships (written by its build). */
export function loadPlanJsonSchema(): Record<string, unknown> {
  const require = createRequire(import.meta.url);
  const file = require.resolve("@mamori/plan-validator/schemas/continuity-plan.schema.json");
  return JSON.parse(readFileSync(file, "utf8"));
}

/** What one validation measurement produced. */
export interface ValidationRun {
  services: number;
  mamori: Stats;
  ajv: Stats;
  rulesRun: number;
  rulesTotal: number;
  diagnostics: number;
  documentBytes: number;
}

/**
 * Time `validatePlan` (schema + every rule: the `nist-high` preset, with a BIA result, a
 * matrix, an organisation and `now`, so no rule is skipped) against ajv's compiled validator
 * of the shipped JSON Schema, on the same generated plan, in the same process.
 */
export async function timeValidation(
  services: number,
  seed: number,
  harness: HarnessOptions,
): Promise<ValidationRun> {
  const p = prepareValidation(services, seed);
  const stats = await measure(
    [
      { name: "mamori", fn: p.mamori },
      { name: "ajv", fn: p.ajv },
    ],
    harness,
  );
  return {
    services,
    mamori: stats.mamori as Stats,
    ajv: stats.ajv as Stats,
    rulesRun: p.rulesRun,
    // deprecated ids are aliases of other rules, not rules of their own
    rulesTotal: Object.values(rules).filter((r) => !r.meta.deprecated).length,
    diagnostics: p.diagnostics,
    documentBytes: p.documentBytes,
  };
}

/** The two sides of the validation figure on one generated plan, ready to call. */
export interface PreparedValidation {
  mamori: () => unknown;
  ajv: () => unknown;
  rulesRun: number;
  diagnostics: number;
  documentBytes: number;
}

/**
 * Generate the plan with `services` IT services and prepare both sides: `validatePlan` with
 * every rule enabled, and ajv's compiled validator of the shipped JSON Schema. Throws when
 * the plan is not valid for either (a broken benchmark never reports a figure).
 */
export function prepareValidation(services: number, seed: number): PreparedValidation {
  const { plan, bia, now } = generatePlan({ services, seed });
  const ajvValidate = new Ajv2020().compile(loadPlanJsonSchema());
  if (!ajvValidate(plan)) {
    throw new Error(`generated plan is invalid for ajv: ${JSON.stringify(ajvValidate.errors)}`);
  }
  const options: ValidatePlanOptions = {
    preset: "nist-high",
    bia: analyzeBia(bia),
    matrix: {
      controls: [
        { catalog: "iso27002-2005", control: "14.1.1", clause: "14", owner: "customer" },
        { catalog: "iso27002-2005", control: "14.1.4", clause: "14", owner: "shared" },
      ],
    },
    organisation: {
      scope: "consolidated-group",
      companies: [{ id: "bench-th" }, { id: "bench-mx" }],
      partners: [{ id: "prov-0", kind: "cloud-provider", critical: true }],
    },
    now,
  };
  const check = validatePlan(plan, options);
  if (!check.plan) {
    throw new Error(
      `generated plan is unusable for validatePlan: ${check.diagnostics
        .slice(0, 3)
        .map((d) => `${d.code} ${d.path}`)
        .join("; ")}`,
    );
  }
  return {
    mamori: () => validatePlan(plan, options),
    ajv: () => ajvValidate(plan),
    rulesRun: check.summary.rulesRun.length,
    diagnostics: check.diagnostics.length,
    documentBytes: JSON.stringify(plan).length,
  };
}

/** The sizes and medians of the validator's scaling measurement. */
export interface ValidationScaling {
  small: { services: number; mamori: Stats; ajv: Stats };
  large: { services: number; mamori: Stats; ajv: Stats };
}

/**
 * Time both sides at `services / 10` and `services` with {@link measureBatched}: the four
 * tasks take turns in every round, so a change of load between two moments cannot make one
 * size look slower than it is.
 */
export function timeValidationScaling(
  services: number,
  seed: number,
  options: BatchOptions,
): ValidationScaling {
  const smallServices = Math.max(1, Math.round(services / 10));
  const a = prepareValidation(smallServices, seed);
  const b = prepareValidation(services, seed);
  const stats = measureBatched(
    [
      { name: "mamori-small", fn: a.mamori },
      { name: "ajv-small", fn: a.ajv },
      { name: "mamori-large", fn: b.mamori },
      { name: "ajv-large", fn: b.ajv },
    ],
    options,
  );
  return {
    small: {
      services: smallServices,
      mamori: stats["mamori-small"] as Stats,
      ajv: stats["ajv-small"] as Stats,
    },
    large: { services, mamori: stats["mamori-large"] as Stats, ajv: stats["ajv-large"] as Stats },
  };
}

/** The validator's scaling measured in several child processes ("forks"). */
export interface ForkedValidationScaling {
  /** Each fork's measurement, in the order they ran. */
  forks: ValidationScaling[];
  /** Each fork's growth of validatePlan's median time from n/10 to n. */
  growths: number[];
  /** The same for ajv. */
  peerGrowths: number[];
  /** The fork whose mamori growth is the median one (its times are the ones printed). */
  median: ValidationScaling;
}

/**
 * {@link timeValidationScaling} in `forks` fresh child processes, one after the other. One
 * process's JIT decisions and memory layout move the small plan's time by up to 15 % from
 * one process to the next, so one process cannot decide the figure; the figure is the
 * median fork (JMH runs benchmarks in several forks for the same reason).
 */
export function timeValidationScalingForked(
  services: number,
  seed: number,
  forks: number,
  smoke: boolean,
): ForkedValidationScaling {
  const runs: ValidationScaling[] = [];
  for (let k = 0; k < forks; k++) {
    const child = spawnSync(
      process.execPath,
      ["--expose-gc", SCALING_CHILD, String(services), String(seed), ...(smoke ? ["--smoke"] : [])],
      { encoding: "utf8", maxBuffer: 1 << 20 },
    );
    if (child.status !== 0) {
      const why = /^\w*Error: .*$/m.exec(child.stderr)?.[0] ?? `exit status ${child.status}`;
      throw new Error(`scaling fork ${k + 1} of ${forks} failed: ${why}`);
    }
    runs.push(JSON.parse(child.stdout.trim().split("\n").pop() as string) as ValidationScaling);
  }
  const growth = (r: ValidationScaling) => r.large.mamori.median / r.small.mamori.median;
  const byGrowth = [...runs].sort((a, b) => growth(a) - growth(b));
  return {
    forks: runs,
    growths: runs.map(growth),
    peerGrowths: runs.map((r) => r.large.ajv.median / r.small.ajv.median),
    // With an even number of forks, the higher of the two middle ones.
    median: byGrowth[byGrowth.length >> 1] as ValidationScaling,
  };
}

export function validationFigure(run: ValidationRun, target: number): Figure {
  const ratio = run.mamori.median / run.ajv.median;
  return {
    id: "plan-validation",
    title: `plan validation (${run.services} IT services)`,
    mamori: formatStats(run.mamori),
    peerName: "ajv",
    peer: formatStats(run.ajv),
    ratio,
    target: `≤ ${target}×`,
    pass: ratio <= target,
    data: { ...run },
  };
}
