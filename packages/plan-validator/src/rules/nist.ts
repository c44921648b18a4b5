import { doneBy, isOverdue, isoDay } from "../engine/dates.js";
import { memoOf } from "../engine/memo.js";
import type { RuleContext } from "../engine/rule.js";
import type { ContinuityPlan } from "../schema/plan.js";
import { filled, nonEmpty, REF, rule } from "./shared/build.js";

type Kind = NonNullable<NonNullable<ContinuityPlan["training"]>["activities"]>[number]["kind"];

/**
 * `nist/contact-list`: every role has a holder and contact means (ISCP Appendix A).
 *
 * @category Rules
 */
export const contactList = rule({
  id: "nist/contact-list",
  category: "nist",
  severity: "error",
  references: [REF.nist],
  messages: {
    "": ["Role '{role}' lacks: {missing}.", "役割 '{role}' に次の記載がありません: {missing}。"],
  },
  check(ctx) {
    (ctx.plan.roles ?? []).forEach((r, i) => {
      const missing: string[] = [];
      if (!filled(r.holder)) missing.push("holder");
      if (!nonEmpty(r.contact)) missing.push("contact");
      if (missing.length > 0)
        ctx.report({ path: `/roles/${i}`, data: { role: r.id, missing: missing.join(", ") } });
    });
  },
});

/**
 * `nist/alternate-site`: an alternate site is defined (moderate and high impact).
 *
 * @category Rules
 */
export const alternateSite = rule({
  id: "nist/alternate-site",
  category: "nist",
  severity: "error",
  references: [REF.nist, "NIST SP 800-53 CP-7"],
  messages: { "": ["The plan defines no alternate site.", "代替拠点が定められていません。"] },
  check(ctx) {
    if (!nonEmpty(ctx.plan.preIncident?.alternateSites))
      ctx.report({ path: ctx.plan.preIncident ? "/preIncident" : "" });
  },
});

/**
 * What one NIST exercise rule asks for: the impact level's name [en, ja], the activity kinds that count, the SP 800-53 control.
 *
 * @category Rules
 */
export interface ExerciseLevel {
  level: readonly [string, string];
  kinds: readonly Kind[];
  control: string;
}

/**
 * The three NIST exercise rules' parameters, shared with their documentation (`nist.docs.ts`).
 *
 * @category Rules
 */
export const EXERCISE_LEVELS = {
  "nist/tabletop-exercise": {
    level: ["tabletop", "机上"],
    kinds: ["tabletop-exercise", "functional-exercise", "comprehensive-exercise"],
    control: "CP-4",
  },
  "nist/functional-exercise": {
    level: ["functional", "機能"],
    kinds: ["functional-exercise", "comprehensive-exercise"],
    control: "CP-4(1)",
  },
  "nist/full-scale-exercise": {
    level: ["full-scale", "総合"],
    kinds: ["comprehensive-exercise"],
    control: "CP-4(2)",
  },
} as const satisfies Record<string, ExerciseLevel>;

function exerciseRule(id: keyof typeof EXERCISE_LEVELS) {
  const { level, kinds, control }: ExerciseLevel = EXERCISE_LEVELS[id];
  return rule({
    id,
    category: "nist",
    severity: "error",
    references: [REF.nist, `NIST SP 800-53 ${control}`],
    messages: {
      "": [
        `No ${level[0]} exercise was done since {since}.`,
        `{since} 以降、${level[1]}の演習が実施されていません。`,
      ],
    },
    check(ctx: RuleContext) {
      const now = ctx.now;
      const memo = memoOf(ctx.index);
      const recent = (ctx.plan.training?.activities ?? []).some((a) => {
        if (!kinds.includes(a.kind)) return false;
        const last = doneBy(memo.date(a.lastDone), now);
        if (!last) return false;
        return now === undefined || !isOverdue(last, "P1Y", now).overdue;
      });
      if (!recent) {
        const since = now
          ? isoDay(
              new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth(), now.getUTCDate())),
            )
          : "-";
        ctx.report({ path: ctx.plan.training ? "/training" : "", data: { since } });
      }
    },
  });
}

/**
 * `nist/tabletop-exercise` (low impact and up).
 *
 * @category Rules
 */
export const tabletopExercise = exerciseRule("nist/tabletop-exercise");

/**
 * `nist/functional-exercise` (moderate impact and up).
 *
 * @category Rules
 */
export const functionalExercise = exerciseRule("nist/functional-exercise");

/**
 * `nist/full-scale-exercise` (high impact).
 *
 * @category Rules
 */
export const fullScaleExercise = exerciseRule("nist/full-scale-exercise");
