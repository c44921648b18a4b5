import * as z from "zod/mini";
import { failureDomainsOf, foldLabel, independentGroups } from "../engine/communications.js";
import type { RuleContext } from "../engine/rule.js";
import { nonEmpty, REF, rule } from "./shared/build.js";

/** The communications means named by `ids` that exist in the plan, in the order named. */
function meansOf(ctx: RuleContext, ids: readonly string[]) {
  const comms = ctx.plan.emergency?.communications ?? [];
  const out: (typeof comms)[number][] = [];
  for (const id of ids) {
    const at = ctx.index.communications.get(id);
    const m = at ? comms[at.index] : undefined;
    if (m) out.push(m);
  }
  return out;
}

/**
 * `communications/independent-means`: at least two means on independent networks.
 *
 * @category Rules
 */
export const independentMeans = rule({
  id: "communications/independent-means",
  category: "communications",
  severity: "error",
  references: [REF.survey, REF.lessons],
  messages: {
    "": [
      "The communications means use {count} independent network(s); at least two are needed.",
      "連絡手段の独立した通信網が{count}系統しかありません。二系統以上が必要です。",
    ],
  },
  check(ctx) {
    const comms = ctx.plan.emergency?.communications;
    if (!nonEmpty(comms)) return;
    // Means sharing a network (labels folded) or a failure domain fail together.
    const n = independentGroups(comms);
    if (n < 2) ctx.report({ path: "/emergency/communications", data: { count: n } });
  },
});

/**
 * `communications/activation-redundant`: activation does not depend on one means.
 *
 * @category Rules
 */
export const activationRedundant = rule({
  id: "communications/activation-redundant",
  category: "communications",
  severity: "error",
  references: [REF.survey],
  messages: {
    "": [
      "Activation is notified through {count} independent network(s) only; a single outage would stop it.",
      "発動の連絡が{count}系統の通信網にしか依存していません。一つの途絶で止まります。",
    ],
  },
  check(ctx) {
    const act = ctx.plan.emergency?.process?.activation;
    if (!act) return;
    const n = independentGroups(meansOf(ctx, act.notifyVia ?? []));
    if (n < 2)
      ctx.report({
        path: act.notifyVia
          ? "/emergency/process/activation/notifyVia"
          : "/emergency/process/activation",
        data: { count: n },
      });
  },
});

/**
 * `communications/activation-survives-public-outage`: one activation means needs no public network.
 *
 * @category Rules
 */
export const activationSurvivesPublicOutage = rule({
  id: "communications/activation-survives-public-outage",
  category: "communications",
  severity: "error",
  references: [REF.survey, REF.lessons],
  options: {
    publicDomains: {
      schema: z.array(z.string()),
      default: ["public-fixed", "public-mobile", "internet"],
      description: {
        en: "Failure domains that a public-network outage takes down; a means with any of them does not survive it.",
        ja: "公衆網の途絶で失われる障害ドメイン。いずれかを含む連絡手段は途絶時に使えないものとみなします。",
      },
    },
  },
  messages: {
    "": [
      "Every means that activates the plan ({means}) rides a public network; in 2011 fixed lines, mobile phones and the internet failed together. Add one that survives a public-network outage (satellite phone, dedicated or MCA radio, disaster-priority line).",
      "計画発動の連絡手段（{means}）はすべて公衆網に依存しています。2011年には固定電話・携帯電話・インターネットが同時に途絶しました。公衆網の途絶でも使える手段（衛星電話、専用・MCA 無線、災害時優先電話）を加えてください。",
    ],
    unknown: [
      "Means '{id}' is of kind 'other' and states no failureDomains: whether it survives a public-network outage cannot be judged.",
      "連絡手段 '{id}' は種類が 'other' で failureDomains の記載がないため、公衆網の途絶で使えるか判断できません。",
    ],
  },
  check(ctx) {
    const act = ctx.plan.emergency?.process?.activation;
    const ids = act?.notifyVia ?? [];
    const means = meansOf(ctx, ids);
    if (means.length === 0) return; // activation-redundant reports an activation without means
    const publicDomains = new Set((ctx.options.publicDomains as readonly string[]).map(foldLabel));
    let survives = false;
    let unknown = false;
    for (const m of means) {
      const domains = failureDomainsOf(m);
      if (domains.length === 0) {
        unknown = true;
        const at = ctx.index.communications.get(m.id);
        ctx.report({
          path: at ? at.path : "/emergency/communications",
          messageId: "unknown",
          severity: "info",
          data: { id: m.id },
        });
        continue;
      }
      if (!domains.some((d) => publicDomains.has(d))) survives = true;
    }
    // A means that could not be judged may be the one that survives: the info says what to
    // add, and no error claims what the plan does not say.
    if (!survives && !unknown)
      ctx.report({
        path: "/emergency/process/activation/notifyVia",
        data: { means: means.map((m) => `'${m.id}'`).join(", ") },
      });
  },
});
