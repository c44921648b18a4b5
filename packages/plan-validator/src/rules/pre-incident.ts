import { toIsoDuration } from "@mamori/core";
import { isBefore } from "date-fns/isBefore";
import { isoDay } from "../engine/dates.js";
import { memoOf } from "../engine/memo.js";
import { filled, REF, rule } from "./build.js";

/** `power/classified`: every service is sorted into protect or may-stop. */
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

/** `power/backup-runtime`: backup power of protect systems outlasts the longest assumed outage. */
export const backupRuntime = rule({
  id: "power/backup-runtime",
  category: "power",
  severity: "error",
  references: [REF.lessons, REF.survey],
  messages: {
    "": [
      "Backup power for '{service}' lasts {runtime}, shorter than the assumed outage {outage} (scenario '{scenario}').",
      "'{service}' の非常用電源は {runtime} しかもたず、想定停電 {outage}（シナリオ '{scenario}'）より短いです。",
    ],
    missing: [
      "'{service}' is a protect system but its backup power runtime is not stated (assumed outage {outage}).",
      "'{service}' は守るシステムですが、非常用電源の持続時間が記載されていません（想定停電 {outage}）。",
    ],
  },
  check(ctx) {
    const memo = memoOf(ctx.index);
    const minutes = (text: string | undefined) =>
      text === undefined ? undefined : memo.minutes(text);
    let outage = -1;
    let scenario = "";
    for (const s of ctx.plan.scenarios ?? []) {
      const powerLoss =
        s.kind === "power-outage" || s.kind === "planned-power-outage" || s.impacts?.power === true;
      const d = minutes(s.impacts?.powerOutage ?? s.duration);
      if (powerLoss && d !== undefined && d > outage) {
        outage = d;
        scenario = s.id;
      }
    }
    if (outage < 0) return; // no power scenario: scenarios rules report the gap
    const outageText = toIsoDuration(outage);
    const requirements = ctx.plan.preIncident?.requirements ?? [];
    for (let i = 0; i < requirements.length; i++) {
      const r = requirements[i] as (typeof requirements)[number];
      if (r.power?.class !== "protect") continue;
      const runtime = minutes(r.power.backupRuntime);
      if (runtime === undefined) {
        ctx.report({
          path: `/preIncident/requirements/${i}/power`,
          messageId: "missing",
          data: { service: r.service, outage: outageText },
        });
      } else if (runtime < outage) {
        ctx.report({
          path: `/preIncident/requirements/${i}/power/backupRuntime`,
          data: {
            service: r.service,
            runtime: toIsoDuration(runtime),
            outage: outageText,
            scenario,
          },
        });
      }
    }
  },
});

/** `site/power-weighed`: alternate sites were chosen with power supply in mind. */
export const sitePowerWeighed = rule({
  id: "site/power-weighed",
  category: "site",
  severity: "error",
  references: [REF.survey, REF.lessons],
  messages: {
    "": [
      "Alternate site '{site}' was chosen without weighing power supply.",
      "代替拠点 '{site}' は電力供給を考慮せずに選定されています。",
    ],
    supply: [
      "Alternate site '{site}' does not state its power supply.",
      "代替拠点 '{site}' の電力供給が記載されていません。",
    ],
  },
  check(ctx) {
    (ctx.plan.preIncident?.alternateSites ?? []).forEach((s, i) => {
      const path = `/preIncident/alternateSites/${i}`;
      if (!(s.selectionCriteria ?? []).includes("power"))
        ctx.report({ path, data: { site: s.id } });
      if (!filled(s.powerSupply)) ctx.report({ path, messageId: "supply", data: { site: s.id } });
    });
  },
});

/** `site/selection-documented`: location, distance, earthquake resistance and security of alternate sites. */
export const siteSelectionDocumented = rule({
  id: "site/selection-documented",
  category: "site",
  severity: "warning",
  references: [REF.survey],
  messages: {
    "": [
      "Alternate site '{site}' does not state: {missing}.",
      "代替拠点 '{site}' に次の記載がありません: {missing}。",
    ],
  },
  check(ctx) {
    (ctx.plan.preIncident?.alternateSites ?? []).forEach((s, i) => {
      const missing: string[] = [];
      if (!filled(s.location)) missing.push("location");
      if (s.distanceKm === undefined) missing.push("distanceKm");
      if (s.earthquakeResistant === undefined) missing.push("earthquakeResistant");
      if (!filled(s.security)) missing.push("security");
      if (missing.length > 0)
        ctx.report({
          path: `/preIncident/alternateSites/${i}`,
          data: { site: s.id, missing: missing.join(", ") },
        });
    });
  },
});

/** `pre-incident/schedule-overdue`: milestones past their due date are done. */
export const scheduleOverdue = rule({
  id: "pre-incident/schedule-overdue",
  category: "pre-incident",
  severity: "warning",
  requires: "now",
  references: [REF.guideline],
  messages: {
    "": [
      "Milestone '{milestone}' was due on {due} and is not done.",
      "マイルストーン '{milestone}' の期限 {due} を過ぎていますが、完了していません。",
    ],
  },
  check(ctx) {
    const now = ctx.now;
    if (!now) return;
    const memo = memoOf(ctx.index);
    (ctx.plan.preIncident?.schedule ?? []).forEach((m, i) => {
      const due = memo.date(m.due);
      if (!m.done && due && isBefore(due, now)) {
        ctx.report({
          path: `/preIncident/schedule/${i}`,
          data: { milestone: m.milestone, due: isoDay(due) },
        });
      }
    });
  },
});

/** `pre-incident/investment-stated`: every measure has its investment. */
export const investmentStated = rule({
  id: "pre-incident/investment-stated",
  category: "pre-incident",
  severity: "warning",
  references: [REF.guideline],
  messages: {
    "": [
      "Measure '{measure}' has no investment item.",
      "対策 '{measure}' に投資項目がありません。",
    ],
  },
  check(ctx) {
    const funded = new Set<string>();
    for (const inv of ctx.plan.preIncident?.investment ?? [])
      if (inv.measure) funded.add(inv.measure);
    const measures = ctx.plan.preIncident?.measures ?? [];
    for (let i = 0; i < measures.length; i++) {
      const m = measures[i] as (typeof measures)[number];
      if (!funded.has(m.id))
        ctx.report({ path: `/preIncident/measures/${i}`, data: { measure: m.id } });
    }
  },
});

/** `backup/offsite`: backups are kept away from the systems they protect. */
export const backupOffsite = rule({
  id: "backup/offsite",
  category: "backup",
  severity: "warning",
  references: ["ISO/IEC 27002:2005 control 10.5.1", REF.lessons],
  messages: {
    "": [
      "Backup measure '{measure}' keeps no off-site copy.",
      "バックアップ対策 '{measure}' に遠隔地の複製がありません。",
    ],
  },
  check(ctx) {
    const measures = ctx.plan.preIncident?.measures ?? [];
    for (let i = 0; i < measures.length; i++) {
      const m = measures[i] as (typeof measures)[number];
      if (m.kind === "backup" && m.backup?.offsite !== true)
        ctx.report({ path: `/preIncident/measures/${i}`, data: { measure: m.id } });
    }
  },
});
