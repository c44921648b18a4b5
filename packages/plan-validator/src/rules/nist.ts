import { isOverdue, isoDay, toDate } from "../engine/dates.js";
import type { RuleContext } from "../engine/rule.js";
import type { ContinuityPlan } from "../schema/plan.js";
import { filled, nonEmpty, REF, rule } from "./build.js";

type Kind = NonNullable<NonNullable<ContinuityPlan["training"]>["activities"]>[number]["kind"];

/** `nist/contact-list`: every role has a holder and contact means (ISCP Appendix A). */
export const contactList = rule({
  id: "nist/contact-list",
  category: "nist",
  severity: "error",
  description: [
    "Every role names its holder and at least one contact means (the ISCP template's personnel contact list).",
    "すべての役割に担当者と連絡手段が一つ以上記載されている（ISCP テンプレートの要員連絡先一覧）。",
  ],
  rationale: [
    "NIST SP 800-34 Rev. 1 (Appendix A templates) puts a personnel contact list in every ISCP, low impact and up: notification fails without it.",
    "NIST SP 800-34 Rev. 1（付録 A のテンプレート）は、低影響度以上のすべての ISCP に要員連絡先一覧を置く。これがなければ通知が機能しない。",
  ],
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

/** `nist/alternate-site`: an alternate site is defined (moderate and high impact). */
export const alternateSite = rule({
  id: "nist/alternate-site",
  category: "nist",
  severity: "error",
  description: [
    "The pre-incident plan defines at least one alternate site.",
    "事前対応計画に代替拠点が一つ以上定められている。",
  ],
  rationale: [
    "NIST SP 800-53 control CP-7 (alternate processing site), which SP 800-34 maps to the ISCP, applies from moderate impact up.",
    "NIST SP 800-34 が ISCP に対応づける SP 800-53 の管理策 CP-7（代替処理拠点）は、中影響度以上に適用される。",
  ],
  references: [REF.nist, "NIST SP 800-53 CP-7"],
  messages: { "": ["The plan defines no alternate site.", "代替拠点が定められていません。"] },
  check(ctx) {
    if (!nonEmpty(ctx.plan.preIncident?.alternateSites))
      ctx.report({ path: ctx.plan.preIncident ? "/preIncident" : "" });
  },
});

function exerciseRule(
  id: string,
  level: [string, string],
  kinds: readonly Kind[],
  control: string,
) {
  return rule({
    id,
    category: "nist",
    severity: "error",
    description: [
      `A ${level[0]} exercise (${kinds.join(" or ")}) was done within the last 12 months.`,
      `${level[1]}の演習（${kinds.join("、")}）が過去12か月以内に実施されている。`,
    ],
    rationale: [
      `NIST SP 800-34 Rev. 1 (section 3.5, testing, training and exercises) scales exercises with impact: tabletop for low, functional for moderate, full-scale functional for high (SP 800-53 ${control}), at least yearly.`,
      `NIST SP 800-34 Rev. 1（3.5 テスト・訓練・演習）は影響度に応じて演習を定める: 低はテーブルトップ、中は機能演習、高は実機による総合演習（SP 800-53 ${control}）、少なくとも年1回。`,
    ],
    references: [REF.nist, `NIST SP 800-53 ${control}`],
    messages: {
      "": [
        `No ${level[0]} exercise was done since {since}.`,
        `{since} 以降、${level[1]}の演習が実施されていません。`,
      ],
    },
    check(ctx: RuleContext) {
      const now = ctx.now;
      const recent = (ctx.plan.training?.activities ?? []).some((a) => {
        if (!kinds.includes(a.kind)) return false;
        const last = toDate(a.lastDone);
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

/** `nist/tabletop-exercise` (low impact and up). */
export const tabletopExercise = exerciseRule(
  "nist/tabletop-exercise",
  ["tabletop", "机上"],
  ["tabletop-exercise", "functional-exercise", "comprehensive-exercise"],
  "CP-4",
);
/** `nist/functional-exercise` (moderate impact and up). */
export const functionalExercise = exerciseRule(
  "nist/functional-exercise",
  ["functional", "機能"],
  ["functional-exercise", "comprehensive-exercise"],
  "CP-4(1)",
);
/** `nist/full-scale-exercise` (high impact). */
export const fullScaleExercise = exerciseRule(
  "nist/full-scale-exercise",
  ["full-scale", "総合"],
  ["comprehensive-exercise"],
  "CP-4(2)",
);
