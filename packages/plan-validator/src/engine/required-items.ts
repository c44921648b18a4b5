import type { ContinuityPlan } from "../schema/plan.js";

/**
 * The parts of a plan in the order a plan is read (the document itself, then the guideline's
 * parts), the order of `summary.byPart`.
 *
 * @example
 * ```ts
 * import { PLAN_PARTS } from "@mamori/plan-validator";
 * PLAN_PARTS[4]; // "preIncident"
 * ```
 *
 * @category Validation
 */
export const PLAN_PARTS = [
  "document",
  "metadata",
  "roles",
  "governance",
  "preIncident",
  "emergency",
  "training",
  "maintenance",
  "scenarios",
] as const;

/**
 * The parts of a plan, used to group diagnostics in the summary (one of {@link PLAN_PARTS}).
 *
 * @example
 * ```ts
 * import type { PlanPart } from "@mamori/plan-validator";
 * const part: PlanPart = "emergency";
 * ```
 *
 * @category Validation
 */
export type PlanPart = (typeof PLAN_PARTS)[number];

/**
 * A required item of the plan (from the guideline's list of parts and items) with the rule
 * that reports it when it is missing.
 * Internal: a plan's missing items are in `summary.coverage.missing`.
 *
 * @category Validation
 */
export interface RequiredItem {
  /** Part of the plan. */
  part: PlanPart;
  /** Dotted path of the item, e.g. `emergency.communications`. */
  item: string;
  /** JSON pointer reported when it is missing (the closest existing parent is fine). */
  path: string;
  /** Rule that reports the item when missing. */
  rule: string;
  /** True when the plan has the item, non-empty. */
  present(plan: ContinuityPlan): boolean;
}

const s = (t: string | undefined) => typeof t === "string" && t.trim() !== "";
const a = (x: readonly unknown[] | undefined) => Array.isArray(x) && x.length > 0;

function item(
  part: PlanPart,
  itemPath: string,
  rule: string,
  present: (plan: ContinuityPlan) => boolean,
): RequiredItem {
  const path = `/${itemPath.split(".").slice(0, -1).join("/")}`;
  return { part, item: itemPath, path: path === "/" ? "" : path, rule, present };
}

const META = "metadata/required-items";
const PRE = "pre-incident/required-items";
const EM = "emergency/required-items";
const TR = "training/required-items";
const MA = "maintenance/required-items";

/**
 * Every required item of a continuity plan, in document order. Coverage in the summary is
 * the share of these that are present.
 * Internal: a plan's missing items are in `summary.coverage.missing`.
 *
 * @category Validation
 */
export const REQUIRED_ITEMS: readonly RequiredItem[] = [
  item("metadata", "metadata.bcp.purpose", "metadata/bcp-purpose", (p) =>
    s(p.metadata.bcp?.purpose),
  ),
  item("metadata", "metadata.bcp.protect", "metadata/bcp-purpose", (p) =>
    a(p.metadata.bcp?.protect),
  ),
  item("metadata", "metadata.owner", META, (p) => s(p.metadata.owner)),
  item("metadata", "metadata.version", META, (p) => s(p.metadata.version)),
  item(
    "metadata",
    "metadata.approval",
    "metadata/approval",
    (p) => p.metadata.approval !== undefined,
  ),
  item("metadata", "metadata.lastReview", "maintenance/review-interval", (p) =>
    s(p.metadata.lastReview),
  ),
  item("metadata", "metadata.bia", "metadata/bia-referenced", (p) => p.metadata.bia !== undefined),
  item(
    "governance",
    "governance",
    "governance/processes-assigned",
    (p) => p.governance !== undefined,
  ),
  item("preIncident", "preIncident.requirements", PRE, (p) => a(p.preIncident?.requirements)),
  item("preIncident", "preIncident.measures", PRE, (p) => a(p.preIncident?.measures)),
  item("preIncident", "preIncident.schedule", PRE, (p) => a(p.preIncident?.schedule)),
  item("preIncident", "preIncident.investment", PRE, (p) => a(p.preIncident?.investment)),
  item("emergency", "emergency.organisation.teams", EM, (p) => a(p.emergency?.organisation?.teams)),
  item("emergency", "emergency.organisation.activationAuthority", EM, (p) =>
    s(p.emergency?.organisation?.activationAuthority),
  ),
  item("emergency", "emergency.process.phases", EM, (p) => a(p.emergency?.process?.phases)),
  item("emergency", "emergency.process.activation", EM, (p) =>
    a(p.emergency?.process?.activation?.criteria),
  ),
  item("emergency", "emergency.process.escalation", "process/escalation-triggers", (p) =>
    a(p.emergency?.process?.escalation),
  ),
  item("emergency", "emergency.procedures", EM, (p) => a(p.emergency?.procedures)),
  item("emergency", "emergency.recoveryOrder", EM, (p) => a(p.emergency?.recoveryOrder)),
  item("emergency", "emergency.communications", EM, (p) => a(p.emergency?.communications)),
  item(
    "emergency",
    "emergency.safetyConfirmation",
    "people/safety-confirmation",
    (p) => p.emergency?.safetyConfirmation !== undefined,
  ),
  item("emergency", "emergency.planCopies", "emergency/plan-copies-offline", (p) =>
    a(p.emergency?.planCopies),
  ),
  item(
    "emergency",
    "emergency.securityLevel",
    "security/emergency-cia-balance",
    (p) => p.emergency?.securityLevel !== undefined,
  ),
  item("training", "training.audiences", TR, (p) => a(p.training?.audiences)),
  item("training", "training.activities", TR, (p) => a(p.training?.activities)),
  item("maintenance", "maintenance.purpose", MA, (p) => s(p.maintenance?.purpose)),
  item("maintenance", "maintenance.organisation.owner", MA, (p) =>
    s(p.maintenance?.organisation?.owner),
  ),
  item("maintenance", "maintenance.inspections", MA, (p) => a(p.maintenance?.inspections)),
  item("scenarios", "scenarios", "scenarios/wide-area-long-duration", (p) => a(p.scenarios)),
];

/**
 * The part a JSON pointer into a plan belongs to.
 *
 * @param path - A JSON pointer into a plan, such as `/preIncident/measures/0`; the root `""` and unknown top-level keys give `document`.
 *
 * @example
 * ```ts
 * import { partOf } from "@mamori/plan-validator";
 * partOf("/emergency/procedures/0"); // "emergency"
 * partOf(""); // "document"
 * ```
 *
 * @category Validation
 */
export function partOf(path: string): PlanPart {
  // The segment after the first "/" (what `path.split("/")[1]` gives), without splitting the
  // whole pointer: this runs once per diagnostic.
  const start = path.indexOf("/");
  if (start === -1) return "document";
  const end = path.indexOf("/", start + 1);
  const first = path.slice(start + 1, end === -1 ? path.length : end);
  switch (first) {
    case "metadata":
    case "roles":
    case "governance":
    case "preIncident":
    case "emergency":
    case "training":
    case "maintenance":
    case "scenarios":
      return first;
    default:
      return "document";
  }
}

const PART_NAMES: ReadonlySet<string> = new Set([
  "metadata",
  "roles",
  "governance",
  "preIncident",
  "emergency",
  "training",
  "maintenance",
  "scenarios",
]);

/** The part each required-item rule checks (the first item it reports wins). */
let ruleParts: Map<string, PlanPart> | undefined;

/**
 * The part a finding is about: the part of its path; for a finding at the document root (what a
 * rule reports when the part it checks is missing), the part of the item it names
 * (`data.item`), else the part its rule checks (from the required items, or its id's first
 * segment, `pre-incident/…` being `preIncident`). `summary.byPart` counts with it; a report
 * that groups findings by part uses it to agree with that count.
 *
 * @param d - The finding's code, path and data, such as a diagnostic of {@link validatePlan}.
 *
 * @example
 * ```ts
 * import { partOfFinding } from "@mamori/plan-validator";
 * partOfFinding({ code: "training/failover-test-cadence", path: "/training/activities/1" }); // "training"
 * // the emergency plan is missing: reported at the root, about the emergency part
 * partOfFinding({ code: "emergency/required-items", path: "", data: { item: "emergency.procedures" } }); // "emergency"
 * ```
 *
 * @category Validation
 */
export function partOfFinding(d: {
  code: string;
  path: string;
  data?: Readonly<Record<string, unknown>> | undefined;
}): PlanPart {
  const part = partOf(d.path);
  if (part !== "document" || d.path !== "") return part;
  const item = d.data?.item;
  if (typeof item === "string") {
    const first = item.split(".")[0] as string;
    if (PART_NAMES.has(first)) return first as PlanPart;
  }
  return partOfRule(d.code);
}

/**
 * The part a rule checks: from the required items it reports, else its id's first segment
 * (`pre-incident/…` being `preIncident`); `document` for the others.
 * Internal.
 *
 * @category Validation
 */
export function partOfRule(code: string): PlanPart {
  if (!ruleParts) {
    ruleParts = new Map();
    for (const i of REQUIRED_ITEMS) if (!ruleParts.has(i.rule)) ruleParts.set(i.rule, i.part);
    // Checks of the training plan that are not a required item of it.
    ruleParts.set("backup/restore-tested", "training");
  }
  const known = ruleParts.get(code);
  if (known) return known;
  const prefix = code.slice(0, Math.max(0, code.indexOf("/")));
  if (prefix === "pre-incident") return "preIncident";
  return PART_NAMES.has(prefix) ? (prefix as PlanPart) : "document";
}
