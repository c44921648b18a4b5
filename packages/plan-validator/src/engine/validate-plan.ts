import {
  countBySeverity,
  createDiagnostic,
  type Diagnostic,
  type DiagnosticInit,
  isSuppressed,
  type Locale,
  parseIsoDate,
  type Severity,
  sortDiagnostics,
  validateDocument,
} from "@mamori/core";
import { closestMatch } from "@mamori/core/internal";
import { builtinRules } from "../rules/all.js";
import { type ContinuityPlan, ContinuityPlanSchema } from "../schema/plan.js";
import { createDiagnosticWithDurations } from "./durations.js";
import { applyExceptions, judgeExceptions } from "./exceptions.js";
import { indexPlan, type PlanIndex } from "./index-plan.js";
import type { BiaInput, MatrixInput, OrganisationInput } from "./inputs.js";
import { engineMessages } from "./messages.js";
import { type PresetName, presets } from "./presets.js";
import {
  PLAN_PARTS,
  type PlanPart,
  partOfFinding,
  partOfRule,
  REQUIRED_ITEMS,
} from "./required-items.js";
import {
  optionProblem,
  type Rule,
  type RuleConfig,
  type RuleContext,
  type RuleOptionSpec,
  type RuleOptions,
  type RuleSetting,
  sameOptionKind,
} from "./rule.js";
import { isWithin, markRemoved, salvagePlan } from "./salvage.js";

/**
 * Options of {@link validatePlan}.
 *
 * @example
 * ```ts
 * import type { ValidatePlanOptions } from "@mamori/plan-validator";
 * const options: ValidatePlanOptions = {
 *   preset: "recommended",
 *   rules: { "power/backup-runtime": "warning", "scenarios/cyber-incident": "off" },
 *   locale: "ja",
 *   now: "2026-11-27",
 * };
 * ```
 *
 * @category Validation
 */
export interface ValidatePlanOptions {
  /** Preset(s) applied first, in order; default `recommended`. */
  preset?: PresetName | readonly PresetName[];
  /**
   * Per-rule settings, applied over the presets (like ESLint's `rules`): a setting, or a
   * setting and the rule's options (`["error", { minDistanceKm: 300 }]`).
   */
  rules?: Readonly<Record<string, RuleConfig>>;
  /**
   * Extra rules built with `defineRule`; on at their default severity unless `rules` says
   * otherwise. A custom rule with the id of a built-in rule is a `config/rule-id-conflict`
   * error and is ignored, unless `replaces` names that id.
   */
  customRules?: readonly Rule[];
  /** Ids of built-in rules that `customRules` replace on purpose (the custom rule runs instead). */
  replaces?: readonly string[];
  /** A `@mamori/bia` result, for the BIA cross-checks. */
  bia?: BiaInput;
  /** A `@mamori/cloud-matrix` result, for the matrix cross-check. */
  matrix?: MatrixInput;
  /** The organisation profile, for the scope check. */
  organisation?: OrganisationInput;
  /** Locale of the messages; default `en`. */
  locale?: Locale;
  /**
   * The date the plan is judged at (ISO 8601 text or a Date). Without it, date rules do not
   * judge dates, and an info diagnostic `config/now-missing` names the rules skipped.
   */
  now?: string | Date;
}

/**
 * Coverage of the required items: present / required.
 *
 * @example
 * ```ts
 * import type { PlanCoverage } from "@mamori/plan-validator";
 * const c: PlanCoverage = { present: 27, required: 29, ratio: 27 / 29, missing: ["preIncident.investment", "scenarios"] };
 * ```
 *
 * @category Validation
 */
export interface PlanCoverage {
  /** Required items present. */
  present: number;
  /** Required items in total. */
  required: number;
  /** `present / required` (0 when the document is unusable). */
  ratio: number;
  /** Dotted paths of the missing items, in document order. */
  missing: string[];
}

/**
 * Summary of a validation: counts by severity and by part, coverage, and the rules run.
 *
 * @example
 * ```ts
 * import { validatePlan, type PlanSummary } from "@mamori/plan-validator";
 * const plan = { kind: "ContinuityPlan", schemaVersion: "1.0" }; // the four parts are missing
 * const s: PlanSummary = validatePlan(plan).summary;
 * s.bySeverity.error;
 * ```
 *
 * @category Validation
 */
export interface PlanSummary {
  /** Diagnostics by severity; suppressed ones are not counted. */
  bySeverity: Record<Severity, number>;
  /** Diagnostics by part of the plan; suppressed ones are not counted. */
  byPart: Record<PlanPart, number>;
  /** Diagnostics suppressed by the plan's exceptions; present when the plan has exceptions. */
  suppressed?: number;
  /** Required items present / required. */
  coverage: PlanCoverage;
  /** Ids of the rules that ran, sorted. */
  rulesRun: string[];
}

/**
 * One exception of the plan (`exceptions[]`) as `validatePlan` applied it: in force, or why it
 * suppresses nothing, and how many findings it suppressed.
 *
 * @example
 * ```ts
 * import type { PlanExceptionStatus } from "@mamori/plan-validator";
 * const s: PlanExceptionStatus = {
 *   path: "/exceptions/0", rule: "evidence/rto-met", acceptedBy: "ceo", until: "2027-03-31",
 *   reason: "MES restore takes 26 h until the Osaka standby is live", status: "in-force", suppressed: 1,
 * };
 * ```
 *
 * @category Validation
 */
export interface PlanExceptionStatus {
  /** JSON pointer of the exception. */
  path: string;
  /** The rule it names. */
  rule: string;
  /** Who accepted it. */
  acceptedBy: string;
  /** Its last day, when limited. */
  until?: string;
  /** Why it was accepted. */
  reason: string;
  /**
   * `in-force`; `expired` (until before now); `unauthorised` (not management, an implementer,
   * no role, or management unknown); `unknown-rule`. The first that applies, in that order of
   * precedence: unknown-rule, unauthorised, expired.
   */
  status: "in-force" | "expired" | "unauthorised" | "unknown-rule";
  /** How many findings it suppressed. */
  suppressed: number;
}

/**
 * The outcome of {@link validatePlan}.
 *
 * @example
 * ```ts
 * import { validatePlan, type PlanResult } from "@mamori/plan-validator";
 * const r: PlanResult = validatePlan({});
 * r.diagnostics[0]?.code; // "document/kind-missing"
 * ```
 *
 * @category Validation
 */
export interface PlanResult {
  /** Every finding, sorted (schema problems, configuration problems, rule findings). */
  diagnostics: Diagnostic[];
  /** Counts and coverage. */
  summary: PlanSummary;
  /**
   * The plan as validated, when it passed the schema whole. A plan with schema errors gives
   * undefined here, though the rules still ran on the parts that passed (`config/rules-partial`).
   */
  plan: ContinuityPlan | undefined;
  /** The plan's exceptions as applied; present when the plan has exceptions. */
  exceptions?: PlanExceptionStatus[];
}

const SETTINGS: ReadonlySet<string> = new Set(["error", "warning", "info", "off"]);

// What the configuration needs of the built-in rules and presets, made once (they never
// change): on a small plan, rebuilding them took a quarter of a validation.
let builtin: { rules: ReadonlyMap<string, Rule>; ids: readonly string[] } | undefined;
const presetMaps = new Map<PresetName, ReadonlyMap<string, RuleSetting>>();

function builtinConfig(): { rules: ReadonlyMap<string, Rule>; ids: readonly string[] } {
  if (!builtin) {
    const rules = new Map(builtinRules.map((r) => [r.meta.id, r] as const));
    builtin = { rules, ids: [...rules.keys()].sort() };
  }
  return builtin;
}

function presetSettings(name: PresetName): ReadonlyMap<string, RuleSetting> {
  let m = presetMaps.get(name);
  if (!m) {
    m = new Map(Object.entries(presets[name]));
    presetMaps.set(name, m);
  }
  return m;
}

const RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** The lower of the configured severity and the one a report asks for at most. */
function atMost(setting: Severity, cap: Severity | undefined): Severity {
  return cap !== undefined && RANK[cap] < RANK[setting] ? cap : setting;
}

function showSetting(value: unknown): string {
  try {
    return typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    return String(value);
  }
}

type EngineReport = (
  code: string,
  data: Record<string, string>,
  key?: string,
  at?: { path: string; severity: Severity },
) => void;

/** The rule a deprecated id stands for (its `meta.deprecated.replacedBy`), when that rule exists. */
function replacementOf(rules: ReadonlyMap<string, Rule>, id: string): string | undefined {
  const to = rules.get(id)?.meta.deprecated?.replacedBy;
  return to !== undefined && rules.has(to) && !rules.get(to)?.meta.deprecated ? to : undefined;
}

/** The options of a rule entry, checked against what the rule declares. */
function readOptions(rule: Rule, given: unknown, engine: EngineReport): RuleOptions {
  const id = rule.meta.id;
  const declared = rule.meta.options ?? {};
  const out: Record<string, RuleOptions[string]> = {};
  if (typeof given !== "object" || given === null || Array.isArray(given)) {
    engine(
      "config/invalid-option",
      { rule: id, value: showSetting(given) },
      "config/invalid-option-object",
    );
    return out;
  }
  for (const [name, value] of Object.entries(given)) {
    const spec = Object.hasOwn(declared, name) ? declared[name] : undefined;
    if (!spec) {
      const known = Object.keys(declared);
      if (known.length > 0)
        engine("config/unknown-option", { rule: id, option: name, known: known.join(", ") });
      else
        engine("config/unknown-option", { rule: id, option: name }, "config/unknown-option-none");
      continue;
    }
    const parsed: { value?: unknown } = {};
    const problem = optionProblem(spec as RuleOptionSpec, value, parsed);
    if (problem !== undefined) {
      // A value of another type than the default gets the message it always had; a value the
      // schema rejects for another reason, the schema's own words.
      if (spec.schema === undefined || !sameOptionKind(value, spec.default))
        engine("config/invalid-option", { rule: id, option: name, value: showSetting(value) });
      else
        engine(
          "config/invalid-option",
          { rule: id, option: name, value: showSetting(value), problem },
          "config/invalid-option-schema",
        );
      continue;
    }
    out[name] = parsed.value;
  }
  return out;
}

/** Every declared option of a rule: the configured value, or the default. */
function withDefaults(rule: Rule, given: RuleOptions | undefined): RuleOptions {
  const declared = rule.meta.options;
  if (!declared) return EMPTY;
  const out: Record<string, RuleOptions[string]> = {};
  for (const [name, spec] of Object.entries(declared))
    out[name] =
      given && Object.hasOwn(given, name) ? (given[name] as RuleOptions[string]) : spec.default;
  return out;
}

const EMPTY: RuleOptions = Object.freeze({});

function describeError(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Validate an IT service continuity plan: check it against the `ContinuityPlan` schema,
 * then run the configured rules — on the whole plan, or, when parts of it fail the schema,
 * on what remains without them (an info `config/rules-partial` names what was left out). Pure, synchronous and deterministic: the same input and
 * options give the same JSON on every machine; the clock is never read (pass `now`).
 * Never throws on bad input; a custom rule that throws becomes a `config/rule-crashed`
 * diagnostic.
 *
 * @param plan - The plan document, parsed from YAML or JSON; any value is accepted and problems come back as diagnostics.
 * @param options - The presets and per-rule settings, custom rules, the BIA, matrix and organisation inputs, the locale (default `en`) and `now`, the date findings are judged at (without it, date rules do not judge); see {@link ValidatePlanOptions}.
 *
 * @example
 * ```ts
 * import { validatePlan } from "@mamori/plan-validator";
 * // The plan document, as parsed from YAML or JSON: a plan just started.
 * const plan = { kind: "ContinuityPlan", schemaVersion: "1.0", id: "it-bcp", metadata: { organisation: "kita-seiki", owner: "it-manager" } };
 * const result = validatePlan(plan, { now: "2026-11-27", rules: { "scenarios/cyber-incident": "off" } });
 * for (const d of result.diagnostics) console.log(d.severity, d.code, d.path, d.message);
 * result.summary.coverage.ratio; // 0.034…: 1 of the 29 required items (metadata.owner) is there
 * ```
 *
 * @category Validation
 */
export function validatePlan(plan: unknown, options: ValidatePlanOptions = {}): PlanResult {
  const locale: Locale = options.locale === "ja" ? "ja" : "en";
  const diagnostics: Diagnostic[] = [];
  const engine: EngineReport = (code, data, messageKey, at) =>
    diagnostics.push(
      createDiagnostic(engineMessages, locale, {
        code,
        severity: at?.severity ?? "error",
        path: at?.path ?? "",
        data,
        ...(messageKey ? { messageKey } : {}),
      }),
    );

  // Configuration: presets, then custom-rule defaults, then explicit settings.
  const custom = options.customRules ?? [];
  const builtin = builtinConfig();
  let rules = builtin.rules;
  let ids = builtin.ids;
  const accepted: Rule[] = [];
  if (custom.length > 0) {
    const all = new Map(builtin.rules);
    const replaces = new Set(options.replaces ?? []);
    const seen = new Set<string>();
    for (const r of custom) {
      const id = r.meta.id;
      if (seen.has(id)) {
        engine("config/rule-id-conflict", { rule: id }, "config/rule-id-conflict-custom");
        continue;
      }
      seen.add(id);
      if (builtin.rules.has(id) && !replaces.has(id)) {
        engine("config/rule-id-conflict", { rule: id });
        continue;
      }
      all.set(id, r);
      accepted.push(r);
    }
    rules = all;
    ids = [...all.keys()].sort();
  }
  let settings: Map<string, RuleSetting> | undefined;
  const presetNames: readonly string[] =
    options.preset === undefined
      ? ["recommended"]
      : typeof options.preset === "string"
        ? [options.preset]
        : options.preset;
  for (const name of presetNames) {
    const preset = Object.hasOwn(presets, name) ? presetSettings(name as PresetName) : undefined;
    if (!preset) {
      engine("config/unknown-preset", {
        preset: String(name),
        allowed: Object.keys(presets).join(", "),
      });
      continue;
    }
    if (settings) for (const [id, s] of preset) settings.set(id, s);
    else settings = new Map(preset);
  }
  settings ??= new Map();
  for (const r of accepted) settings.set(r.meta.id, r.meta.defaultSeverity);
  const configured = new Map<string, RuleOptions>();
  for (const [given, value] of Object.entries(options.rules ?? {})) {
    let id = given;
    const replacement = replacementOf(rules, given);
    if (replacement !== undefined) {
      engine("config/deprecated-rule", { rule: given, replacement }, undefined, {
        path: "",
        severity: "warning",
      });
      id = replacement;
    }
    if (!rules.has(id)) {
      const suggestion = closestMatch(id, [...rules.keys()]);
      if (suggestion)
        engine("config/unknown-rule", { rule: id, suggestion }, "config/unknown-rule-suggest");
      else engine("config/unknown-rule", { rule: id });
      continue;
    }
    const entry = value as unknown;
    const setting = Array.isArray(entry) ? entry[0] : entry;
    if (!SETTINGS.has(setting as string) || (Array.isArray(entry) && entry.length > 2)) {
      engine("config/invalid-setting", { rule: id, value: showSetting(entry) });
      continue;
    }
    settings.set(id, setting as RuleSetting);
    if (Array.isArray(entry) && entry.length === 2)
      configured.set(id, readOptions(rules.get(id) as Rule, entry[1], engine));
  }

  let now: Date | undefined;
  if (options.now instanceof Date) {
    if (Number.isNaN(options.now.getTime()))
      engine("config/invalid-now", { value: "Invalid Date" });
    else now = new Date(options.now.getTime());
  } else if (options.now !== undefined) {
    const parsed = parseIsoDate(options.now, { locale });
    if (parsed.date) now = parsed.date;
    else engine("config/invalid-now", { value: String(options.now) });
  }

  const validated = validateDocument(ContinuityPlanSchema, plan, {
    locale,
    kind: "ContinuityPlan",
  });
  diagnostics.push(...validated.diagnostics);
  // A plan with schema errors is still checked: the rules run on what passed the schema, and
  // their findings inside the removed pieces (which they could not see) are dropped.
  let value = validated.value;
  let removed: readonly string[] = [];
  if (!value) {
    const salvaged = salvagePlan(plan, validated.diagnostics, locale);
    if (salvaged) {
      value = salvaged.plan;
      removed = salvaged.removed;
      engine(
        "config/rules-partial",
        { parts: removed.map((r) => `'${r}'`).join(", ") },
        undefined,
        {
          path: "",
          severity: "info",
        },
      );
    }
  }
  const hidden = (d: Diagnostic): boolean => {
    if (removed.length === 0) return false;
    const item = d.data?.item;
    const about =
      d.path === ""
        ? typeof item === "string"
          ? `/${item.split(".").join("/")}`
          : `/${partOfFinding(d)}`
        : d.path;
    // A rule of a removed part (training/… when /training was removed) judges what it cannot see.
    const home = `/${partOfRule(d.code)}`;
    // A finding above a removed piece (a "missing" finding reported at the closest parent) may
    // be about that piece: said nothing rather than guessed (the document root is judged by
    // the part the finding is about, above).
    return removed.some(
      (r) =>
        isWithin(d.path, r) ||
        isWithin(about, r) ||
        isWithin(home, r) ||
        (d.path !== "" && isWithin(r, d.path)),
    );
  };
  const rulesRun: string[] = [];
  const skippedForNow: string[] = [];
  let index: PlanIndex | undefined;
  if (value) {
    index = indexPlan(value, locale);
    if (removed.length > 0) markRemoved(index, removed);
    for (const id of ids) {
      const r = rules.get(id) as Rule;
      const setting = settings.get(id) ?? "off";
      if (setting === "off" || r.meta.deprecated) continue;
      const req = r.meta.requires;
      if (
        (req === "bia" && !options.bia) ||
        (req === "matrix" && !options.matrix) ||
        (req === "organisation" && !options.organisation) ||
        (req === "now" && !now)
      ) {
        if (req === "now" && options.now === undefined) skippedForNow.push(id);
        continue;
      }
      rulesRun.push(id);
      const ref = r.meta.references[0];
      const ruleOptions = withDefaults(r, configured.get(id));
      const ctx: RuleContext = {
        plan: value,
        index: index as PlanIndex,
        bia: options.bia,
        matrix: options.matrix,
        organisation: options.organisation,
        now,
        locale,
        options: ruleOptions,
        report(rep) {
          const key =
            rep.messageId === undefined
              ? id
              : Object.hasOwn(r.meta.messages.en, rep.messageId)
                ? rep.messageId
                : `${id}:${rep.messageId}`;
          const init: DiagnosticInit = {
            code: id,
            severity: atMost(setting, rep.severity),
            path: rep.path,
            messageKey: key,
          };
          if (rep.data) init.data = rep.data;
          if (ref !== undefined) init.ref = ref;
          if (rep.related) init.related = rep.related;
          const d = createDiagnosticWithDurations(r.meta.messages, locale, init);
          if (!hidden(d)) diagnostics.push(d);
        },
      };
      try {
        r.check(ctx);
      } catch (e) {
        engine("config/rule-crashed", { rule: id, detail: describeError(e) });
      }
    }
  }

  if (skippedForNow.length > 0)
    engine("config/now-missing", { rules: skippedForNow.join(", ") }, undefined, {
      path: "",
      severity: "info",
    });

  // Exceptions: findings they cover stay, marked suppressed (never dropped).
  let all: Diagnostic[] = diagnostics;
  let statuses: PlanExceptionStatus[] | undefined;
  if (value && index && value.exceptions && value.exceptions.length > 0) {
    const written = judgeExceptions(value, index, now);
    const known = new Set(rules.keys());
    // An exception naming a deprecated id covers the findings of the rule that replaced it.
    const judged = written.map((j) => {
      const replacement = replacementOf(rules, j.exception.rule);
      if (replacement === undefined) return j;
      engine(
        "config/deprecated-rule",
        { rule: j.exception.rule, replacement },
        "config/deprecated-rule-exception",
        { path: `/exceptions/${j.index}/rule`, severity: "warning" },
      );
      return { ...j, exception: { ...j.exception, rule: replacement } };
    });
    for (const j of judged) {
      const rule = j.exception.rule;
      if (known.has(rule)) continue;
      const suggestion = closestMatch(rule, [...known]);
      diagnostics.push(
        createDiagnostic(engineMessages, locale, {
          code: "exceptions/unknown-rule",
          severity: "error",
          path: `/exceptions/${j.index}/rule`,
          data: suggestion ? { rule, suggestion } : { rule },
          ...(suggestion ? { messageKey: "exceptions/unknown-rule-suggest" } : {}),
        }),
      );
    }
    const applied = applyExceptions(diagnostics, judged, index, known);
    all = applied.diagnostics;
    statuses = written.map((j) => {
      const e = j.exception;
      const status: PlanExceptionStatus["status"] = !known.has(e.rule)
        ? "unknown-rule"
        : j.problems.some((p) => p !== "expired")
          ? "unauthorised"
          : j.problems.length > 0
            ? "expired"
            : "in-force";
      const out: PlanExceptionStatus = {
        path: `/exceptions/${j.index}`,
        rule: e.rule,
        acceptedBy: e.acceptedBy,
        reason: e.reason,
        status,
        suppressed: applied.suppressed[j.index] ?? 0,
      };
      if (e.until !== undefined) out.until = e.until;
      return out;
    });
  }

  const sorted = sortDiagnostics(all);
  const byPart = Object.fromEntries(PLAN_PARTS.map((p) => [p, 0])) as Record<PlanPart, number>;
  let suppressed = 0;
  for (const d of sorted) {
    if (isSuppressed(d)) suppressed++;
    else byPart[partOfFinding(d)]++;
  }
  const missing = value
    ? REQUIRED_ITEMS.filter((i) => !i.present(value)).map((i) => i.item)
    : REQUIRED_ITEMS.map((i) => i.item);
  const required = REQUIRED_ITEMS.length;
  const present = required - missing.length;
  const summary: PlanSummary = {
    bySeverity: countBySeverity(sorted),
    byPart,
    coverage: { present, required, ratio: value ? present / required : 0, missing },
    rulesRun,
  };
  if (statuses) summary.suppressed = suppressed;
  // The plan handed back is the one that passed the schema whole: a salvaged one is only for the rules.
  const result: PlanResult = {
    diagnostics: sorted,
    summary,
    plan: removed.length > 0 ? undefined : value,
  };
  if (statuses) result.exceptions = statuses;
  return result;
}
