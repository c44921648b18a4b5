import { toIsoDuration } from "@mamori/core";
import { isBefore } from "date-fns/isBefore";
import { doneBy, isoDay } from "../engine/dates.js";
import { scenarioStrikes } from "../engine/geography.js";
import { keepsData } from "../engine/holds-data.js";
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
      // A completion dated after now has not happened yet (dates/not-in-future reports it).
      const done = m.done !== undefined && doneBy(memo.date(m.done), now) !== undefined;
      if (!done && due && isBefore(due, now)) {
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

/** The ids a plan dependency names: itself, or every member of an any-of group. */
function dependencyIds(dep: unknown): string[] {
  if (typeof dep === "string") return [dep];
  if (typeof dep === "object" && dep !== null && Array.isArray((dep as { anyOf?: unknown }).anyOf))
    return (dep as { anyOf: unknown[] }).anyOf.filter((x): x is string => typeof x === "string");
  return [];
}

/** `backup/interval-meets-rpo`: a backup runs at least as often as the RPO of what its data serves. */
export const intervalMeetsRpo = rule({
  id: "backup/interval-meets-rpo",
  category: "backup",
  severity: "error",
  references: [REF.guideline, REF.iso27031, "ISO/IEC 27002:2005 control 10.5.1"],
  messages: {
    "": [
      "Backup '{measure}' of '{service}' runs every {interval}, longer than its RPO of {rpo}: up to {interval} of data could be lost.",
      "'{service}' のバックアップ '{measure}' の間隔 {interval} は目標復旧ポイント（RPO）{rpo} より長く、最大 {interval} 分のデータが失われ得ます。",
    ],
    dependent: [
      "Backup '{measure}' of '{service}' runs every {interval}, but '{driver}', which depends on it, needs an RPO of {rpo}: up to {interval} of data could be lost.",
      "'{service}' のバックアップ '{measure}' の間隔は {interval} ですが、これに依存する '{driver}' の目標復旧ポイント（RPO）は {rpo} です。最大 {interval} 分のデータが失われ得ます。",
    ],
    bia: [
      "Backup '{measure}' of '{service}' runs every {interval}, but the BIA requires an RPO of {rpo} for it: up to {interval} of data could be lost.",
      "'{service}' のバックアップ '{measure}' の間隔は {interval} ですが、BIA は目標復旧ポイント（RPO）{rpo} を求めています。最大 {interval} 分のデータが失われ得ます。",
    ],
  },
  check(ctx) {
    const memo = memoOf(ctx.index);
    const requirements = ctx.plan.preIncident?.requirements ?? [];
    const measures = ctx.plan.preIncident?.measures ?? [];
    if (!measures.some((m) => m.kind === "backup" && m.backup?.interval !== undefined)) return;
    // Who depends on whom among the plan's services (any-of members count: each may carry
    // the data), and each service's own RPO in minutes.
    const dependents = new Map<string, string[]>();
    const own = new Map<string, number>();
    for (const r of requirements) {
      const rpo = r.objectives?.rpo === undefined ? undefined : memo.minutes(r.objectives.rpo);
      // Kept even for a service that holds no data: its RPO binds the stores below it.
      if (rpo !== undefined && !own.has(r.service)) own.set(r.service, rpo);
      for (const dep of r.dependsOn ?? [])
        for (const id of dependencyIds(dep)) {
          const list = dependents.get(id);
          if (list) list.push(r.service);
          else dependents.set(id, [r.service]);
        }
    }
    const needs = ctx.bia ? memo.biaObjectives(ctx.bia).rpo : undefined;
    // The tightest RPO a service's data must meet: its own, any service above it (whose data
    // lives in it), and the BIA's requirement; with the service that sets it.
    // Once per service: several measures may cover one.
    type Tightest = { rpo: number; driver: string; via: string } | undefined;
    const cache = new Map<string, Tightest>();
    const tightest = (service: string): Tightest => {
      if (!cache.has(service)) cache.set(service, search(service));
      return cache.get(service);
    };
    function search(service: string): Tightest {
      let best: Tightest;
      const consider = (rpo: number | undefined, driver: string, via: string) => {
        if (rpo !== undefined && (!best || rpo < best.rpo)) best = { rpo, driver, via };
      };
      const seen = new Set<string>();
      const queue = [service];
      while (queue.length > 0) {
        const id = queue.shift() as string;
        if (seen.has(id)) continue;
        seen.add(id);
        consider(own.get(id), id, id === service ? "" : "dependent");
        queue.push(...(dependents.get(id) ?? []));
      }
      const at = ctx.index.services.get(service);
      if (needs && at) consider(needs[at.index], service, "bia");
      return best;
    }
    measures.forEach((m, i) => {
      if (m.kind !== "backup" || m.backup?.interval === undefined) return;
      const interval = memo.minutes(m.backup.interval);
      if (interval === undefined) return;
      for (const service of m.services ?? []) {
        if (!keepsData(ctx, service)) continue;
        const t = tightest(service);
        if (!t || interval <= t.rpo) continue;
        ctx.report({
          path: `/preIncident/measures/${i}/backup/interval`,
          ...(t.via === "" ? {} : { messageId: t.via }),
          data: {
            measure: m.id,
            service,
            interval: m.backup.interval,
            driver: t.driver,
            rpo: toIsoDuration(t.rpo),
          },
        });
      }
    });
  },
});
