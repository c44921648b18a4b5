import { toIsoDuration } from "@mamori/core";
import { scenarioStrikes } from "../engine/geography.js";
import { memoOf } from "../engine/memo.js";
import { REF, rule } from "./shared/build.js";

/**
 * `power/classified`: every service is sorted into protect or may-stop.
 *
 * @category Rules
 */
export const powerClassified = rule({
  id: "power/classified",
  category: "power",
  severity: "warning",
  references: [REF.lessons],
  messages: {
    "": [
      "Service '{service}' is not classified as protect or may-stop.",
      "サービス '{service}' が「守る」「止めてよい」のどちらにも分類されていません。",
    ],
  },
  check(ctx) {
    const requirements = ctx.plan.preIncident?.requirements ?? [];
    for (let i = 0; i < requirements.length; i++) {
      const r = requirements[i] as (typeof requirements)[number];
      if (!r.power?.class)
        ctx.report({ path: `/preIncident/requirements/${i}`, data: { service: r.service } });
    }
  },
});

/**
 * `power/backup-runtime`: backup power of protect systems outlasts the longest assumed outage.
 *
 * @category Rules
 */
export const backupRuntime = rule({
  id: "power/backup-runtime",
  category: "power",
  severity: "error",
  references: [REF.lessons, REF.survey],
  messages: {
    "": [
      "Backup power for '{service}' lasts {runtime}, shorter than the assumed outage {outage} (scenario '{scenario}').",
      "'{service}' の非常用電源は{runtime}しか持たず、想定停電{outage}（シナリオ '{scenario}'）より短いです。",
    ],
    missing: [
      "'{service}' is a protect system but its backup power runtime is not stated (assumed outage {outage}).",
      "'{service}' は守るシステムですが、非常用電源の持続時間が記載されていません（想定停電{outage}）。",
    ],
  },
  check(ctx) {
    const memo = memoOf(ctx.index);
    const minutes = (text: string | undefined) =>
      text === undefined ? undefined : memo.minutes(text);
    // Each power scenario with its outage length; a service is held to the longest of those
    // that strike where it runs (a Sendai blackout does not drain a Tokyo data centre).
    const outages: Array<{ scenario: (typeof scenarios)[number]; minutes: number }> = [];
    const scenarios = ctx.plan.scenarios ?? [];
    for (const s of scenarios) {
      const powerLoss =
        s.kind === "power-outage" || s.kind === "planned-power-outage" || s.impacts?.power === true;
      const d = minutes(s.impacts?.powerOutage ?? s.duration);
      if (powerLoss && d !== undefined) outages.push({ scenario: s, minutes: d });
    }
    if (outages.length === 0) return; // no power scenario: scenarios rules report the gap
    // Longest first; among equals, document order (the first listed names the finding).
    outages.sort((a, b) => b.minutes - a.minutes);
    const requirements = ctx.plan.preIncident?.requirements ?? [];
    for (let i = 0; i < requirements.length; i++) {
      const r = requirements[i] as (typeof requirements)[number];
      if (r.power?.class !== "protect") continue;
      const worst = outages.find((o) => scenarioStrikes(ctx, o.scenario, r));
      if (!worst) continue;
      const outageText = toIsoDuration(worst.minutes);
      const runtime = minutes(r.power.backupRuntime);
      if (runtime === undefined) {
        ctx.report({
          path: `/preIncident/requirements/${i}/power`,
          messageId: "missing",
          data: { service: r.service, outage: outageText },
        });
      } else if (runtime < worst.minutes) {
        ctx.report({
          path: `/preIncident/requirements/${i}/power/backupRuntime`,
          data: {
            service: r.service,
            runtime: toIsoDuration(runtime),
            outage: outageText,
            scenario: worst.scenario.id,
          },
        });
      }
    }
  },
});
