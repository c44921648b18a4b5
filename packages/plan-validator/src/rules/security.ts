import { filled, REF, rule } from "./shared/build.js";

/**
 * `security/emergency-cia-balance`: the emergency security level is a documented CIA balance.
 *
 * @category Rules
 */
export const emergencyCiaBalance = rule({
  id: "security/emergency-cia-balance",
  category: "security",
  severity: "warning",
  references: [REF.lessons],
  messages: {
    "": [
      "The emergency security level does not state: {missing}.",
      "緊急時のセキュリティレベルに次の記載がありません: {missing}。",
    ],
  },
  check(ctx) {
    const sl = ctx.plan.emergency?.securityLevel;
    const missing: string[] = [];
    for (const k of ["confidentiality", "integrity", "availability"] as const)
      if (!sl?.[k]) missing.push(k);
    if (!filled(sl?.rationale)) missing.push("rationale");
    if (missing.length > 0)
      ctx.report({
        path: sl ? "/emergency/securityLevel" : ctx.plan.emergency ? "/emergency" : "",
        data: { missing: missing.join(", ") },
      });
  },
});
