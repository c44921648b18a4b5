import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { analyzeBia } from "@mamori/bia";
import { builtinRules, type ValidatePlanOptions, validatePlan } from "@mamori/plan-validator";
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
    rulesTotal: builtinRules.length,
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
