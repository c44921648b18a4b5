import { isoDay } from "../engine/dates.js";
import { judgeExceptions } from "../engine/exceptions.js";
import { memoOf } from "../engine/memo.js";
import { peopleOf } from "../engine/people.js";
import { REF, rule } from "./shared/build.js";

/**
 * `exceptions/expired`: an exception is not past its `until` date.
 *
 * @category Rules
 */
export const exceptionExpired = rule({
  id: "exceptions/expired",
  category: "exceptions",
  severity: "warning",
  requires: "now",
  references: [REF.iso27001, REF.iso27014],
  messages: {
    "": [
      "The exception for '{rule}' expired on {until}; its findings count again: fix them, or have management renew the acceptance.",
      "'{rule}' に対する例外は {until} に期限が切れ、その指摘は再び有効になりました。是正するか、経営陣に受容を更新してもらってください。",
    ],
  },
  check(ctx) {
    const memo = memoOf(ctx.index);
    for (const j of judgeExceptions(ctx.plan, ctx.index, ctx.now)) {
      if (!j.problems.includes("expired")) continue;
      const until = memo.date(j.exception.until) as Date;
      ctx.report({
        path: `/exceptions/${j.index}/until`,
        data: { rule: j.exception.rule, until: isoDay(until) },
      });
    }
  },
});

/**
 * `exceptions/authority`: an exception is accepted by top management that does not implement the plan.
 *
 * @category Rules
 */
export const exceptionAuthority = rule({
  id: "exceptions/authority",
  category: "exceptions",
  severity: "error",
  references: [REF.iso27014, REF.guideline],
  messages: {
    "": [
      "The exception for '{rule}' was accepted by '{role}' ({person}), who holds no top-management role: only management may accept a risk for the organisation. It suppresses nothing.",
      "'{rule}' に対する例外は '{role}'（{person}）が受容しましたが、この人は経営陣の役割を担っていません。組織としてリスクを受容できるのは経営陣だけです。この例外は何も抑制しません。",
    ],
    implementer: [
      "The exception for '{rule}' was accepted by '{role}' ({person}), who also implements the plan as '{implementer}': nobody accepts the risks of their own work. It suppresses nothing.",
      "'{rule}' に対する例外は '{role}'（{person}）が受容しましたが、この人は '{implementer}' として計画の実施も担っています。自らの作業のリスクを自ら受容することはできません。この例外は何も抑制しません。",
    ],
    "management-unknown": [
      "Whether '{role}', who accepted the exception for '{rule}', is top management cannot be judged: mark management roles (roles[].management) or name the governance direct/evaluate roles. It suppresses nothing until then.",
      "'{rule}' に対する例外を受容した '{role}' が経営陣かどうか判断できません。経営陣の役割（roles[].management）を示すか、ガバナンスの direct/evaluate の役割を記載してください。それまでこの例外は何も抑制しません。",
    ],
  },
  check(ctx) {
    const people = peopleOf(ctx);
    for (const j of judgeExceptions(ctx.plan, ctx.index, ctx.now)) {
      const path = `/exceptions/${j.index}/acceptedBy`;
      const role = j.exception.acceptedBy;
      const base = { rule: j.exception.rule, role, person: people.nameOf(role) };
      // An acceptor that is no role of the plan is references/resolve's finding.
      if (j.problems.includes("management-unknown"))
        ctx.report({
          path,
          messageId: "management-unknown",
          severity: "info",
          data: { rule: j.exception.rule, role },
        });
      else if (j.problems.includes("not-management")) ctx.report({ path, data: base });
      if (j.problems.includes("implementer"))
        ctx.report({
          path,
          messageId: "implementer",
          data: { ...base, implementer: j.implementer as string },
        });
    }
  },
});
