import { isBefore } from "date-fns/isBefore";
import { isoDay } from "../engine/dates.js";
import { memoOf } from "../engine/memo.js";
import { REF, rule } from "./shared/build.js";

/**
 * `external/provider-evidence`: external services come with their provider's continuity evidence.
 *
 * @category Rules
 */
export const providerEvidence = rule({
  id: "external/provider-evidence",
  category: "external",
  severity: "warning",
  references: [REF.lessons, "METI cloud security management guideline (2011)"],
  messages: {
    "": [
      "External provider '{provider}' has no continuity evidence.",
      "外部事業者 '{provider}' の継続性の証跡がありません。",
    ],
    unlisted: [
      "Service '{service}' is hosted by '{provider}', which is not listed among the external services.",
      "サービス '{service}' は '{provider}' が提供していますが、外部サービスに記載されていません。",
    ],
  },
  check(ctx) {
    const listed = new Set<string>();
    (ctx.plan.emergency?.externalServices ?? []).forEach((x, i) => {
      listed.add(x.provider);
      if (!x.evidence)
        ctx.report({ path: `/emergency/externalServices/${i}`, data: { provider: x.provider } });
    });
    const requirements = ctx.plan.preIncident?.requirements ?? [];
    for (let i = 0; i < requirements.length; i++) {
      const r = requirements[i] as (typeof requirements)[number];
      const h = r.hosting;
      if (h && h.type !== "on-premises" && h.provider && !listed.has(h.provider)) {
        ctx.report({
          path: `/preIncident/requirements/${i}/hosting/provider`,
          messageId: "unlisted",
          data: { service: r.service, provider: h.provider },
        });
      }
    }
  },
});

/**
 * `external/evidence-current`: provider evidence has not expired.
 *
 * @category Rules
 */
export const evidenceCurrent = rule({
  id: "external/evidence-current",
  category: "external",
  severity: "error",
  requires: "now",
  references: ["METI cloud security management guideline (2011)", REF.iso27002],
  messages: {
    "": [
      "The evidence of '{provider}' expired on {expires}.",
      "'{provider}' の証跡は {expires} に期限切れになっています。",
    ],
  },
  check(ctx) {
    const now = ctx.now;
    if (!now) return;
    const memo = memoOf(ctx.index);
    (ctx.plan.emergency?.externalServices ?? []).forEach((x, i) => {
      const exp = memo.date(x.evidence?.expires);
      if (exp && isBefore(exp, now)) {
        ctx.report({
          path: `/emergency/externalServices/${i}/evidence/expires`,
          data: { provider: x.provider, expires: isoDay(exp) },
        });
      }
    });
  },
});
