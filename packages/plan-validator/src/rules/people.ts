import { isBefore } from "date-fns/isBefore";
import { addIsoDuration, doneBy, isoDay, toDate } from "../engine/dates.js";
import { peopleOf, successionOf } from "../engine/people.js";
import type { RuleContext } from "../engine/rule.js";
import { filled, nonEmpty, REF, rule } from "./shared/build.js";

/** Report a succession gap of `roleId`: no successor, itself, or only its own holder's roles. */
function reportSuccession(
  ctx: RuleContext,
  roleId: string,
  path: string,
  related: { path: string }[] | undefined,
): void {
  const { gap } = successionOf(ctx, roleId);
  if (!gap) return;
  const base = { path, ...(related ? { related } : {}) };
  if (gap.kind === "none") ctx.report({ ...base, data: { role: roleId } });
  else if (gap.kind === "self") ctx.report({ ...base, messageId: "self", data: { role: roleId } });
  else
    ctx.report({
      ...base,
      messageId: "same-person",
      data: {
        role: roleId,
        person: peopleOf(ctx).nameOf(roleId),
        successors: gap.successors.map((id) => `'${id}'`).join(", "),
      },
    });
}

/**
 * `people/role-successor`: every emergency role has a successor who is another person.
 *
 * @category Rules
 */
export const roleSuccessor = rule({
  id: "people/role-successor",
  category: "people",
  severity: "warning",
  references: [REF.survey],
  messages: {
    "": [
      "Role '{role}' has an emergency duty but no successor.",
      "役割 '{role}' には緊急時の任務がありますが、後継者がいません。",
    ],
    self: [
      "Role '{role}' has an emergency duty and lists itself as its own successor: nobody else takes over.",
      "役割 '{role}' には緊急時の任務がありますが、自分自身を後継者としています。代わりの人がいません。",
    ],
    "same-person": [
      "Role '{role}' has an emergency duty; it is held by {person}, who also holds {successors}: no successor is another person.",
      "役割 '{role}' には緊急時の任務がありますが、担当者 {person} は後継の {successors} も兼ねています。別の人である後継者がいません。",
    ],
  },
  check(ctx) {
    const seen = new Set<string>();
    for (const team of ctx.plan.emergency?.organisation?.teams ?? []) {
      for (const id of [team.lead, ...(team.members ?? [])]) {
        if (id === undefined || seen.has(id)) continue;
        seen.add(id);
        const at = ctx.index.roles.get(id);
        if (at) reportSuccession(ctx, id, at.path, undefined);
      }
    }
  },
});

/**
 * `people/activation-successor`: the activation authority has a successor who is another person.
 *
 * @category Rules
 */
export const activationSuccessor = rule({
  id: "people/activation-successor",
  category: "people",
  severity: "error",
  references: [REF.survey, REF.nist],
  messages: {
    "": [
      "The activation authority '{role}' has no successor.",
      "発動権限者 '{role}' に後継者がいません。",
    ],
    self: [
      "The activation authority '{role}' lists itself as its own successor: nobody else can activate the plan.",
      "発動権限者 '{role}' が自分自身を後継者としています。ほかに計画を発動できる人がいません。",
    ],
    "same-person": [
      "The activation authority '{role}' is held by {person}, who also holds {successors}: the activation authority has no successor who is another person.",
      "発動権限者 '{role}' の担当者 {person} は後継の {successors} も兼ねています。発動権限に別の人である後継者がいません。",
    ],
  },
  check(ctx) {
    const id = ctx.plan.emergency?.organisation?.activationAuthority;
    if (id === undefined) return;
    const at = ctx.index.roles.get(id);
    if (!at) return;
    reportSuccession(ctx, id, "/emergency/organisation/activationAuthority", [
      { path: `${at.path}/successors` },
    ]);
  },
});

/**
 * `people/safety-confirmation`: a safety confirmation (安否確認) method is defined and tested.
 *
 * @category Rules
 */
export const safetyConfirmation = rule({
  id: "people/safety-confirmation",
  category: "people",
  severity: "warning",
  references: [REF.lessons, REF.survey],
  messages: {
    "": ["No safety-confirmation method is defined.", "安否確認の方法が定められていません。"],
    untested: [
      "The safety-confirmation method has not been tested since {since}.",
      "安否確認の方法が {since} 以降テストされていません。",
    ],
    never: [
      "The safety-confirmation method has never been tested.",
      "安否確認の方法が一度もテストされていません。",
    ],
  },
  check(ctx) {
    const sc = ctx.plan.emergency?.safetyConfirmation;
    if (!sc || (!filled(sc.method) && !filled(sc.service))) {
      ctx.report({
        path: sc ? "/emergency/safetyConfirmation" : ctx.plan.emergency ? "/emergency" : "",
      });
      return;
    }
    if (!ctx.now) return;
    const last = doneBy(toDate(sc.lastTested), ctx.now);
    if (!last) {
      ctx.report({ path: "/emergency/safetyConfirmation", messageId: "never" });
      return;
    }
    const due = addIsoDuration(last, "P1Y");
    if (due && isBefore(due, ctx.now))
      ctx.report({
        path: "/emergency/safetyConfirmation/lastTested",
        messageId: "untested",
        data: { since: isoDay(last) },
      });
  },
});

/**
 * `people/staff-unavailability`: a scenario assumes staff are unavailable.
 *
 * @category Rules
 */
export const staffUnavailability = rule({
  id: "people/staff-unavailability",
  category: "people",
  severity: "warning",
  references: [REF.survey],
  messages: {
    "": [
      "No scenario assumes that staff are unavailable.",
      "要員が対応できないことを想定したシナリオがありません。",
    ],
  },
  check(ctx) {
    const sc = ctx.plan.scenarios;
    if (!nonEmpty(sc)) return;
    if (!sc.some((s) => (s.impacts?.staffAvailable ?? 100) < 100))
      ctx.report({ path: "/scenarios" });
  },
});
