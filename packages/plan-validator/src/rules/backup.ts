import { toIsoDuration } from "@mamori/core";
import { keepsData } from "../engine/holds-data.js";
import { memoOf } from "../engine/memo.js";
import { REF, rule } from "./shared/build.js";
import { cadenceMessages, checkCadence } from "./shared/cadence.js";

/**
 * `backup/offsite`: backups are kept away from the systems they protect.
 *
 * @category Rules
 */
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

/**
 * `backup/interval-meets-rpo`: a backup runs at least as often as the RPO of what its data serves.
 *
 * @category Rules
 */
export const intervalMeetsRpo = rule({
  id: "backup/interval-meets-rpo",
  category: "backup",
  severity: "error",
  references: [REF.guideline, REF.iso27031, "ISO/IEC 27002:2005 control 10.5.1"],
  messages: {
    "": [
      "Backup '{measure}' of '{service}' runs every {interval}, longer than its RPO of {rpo}: up to {interval} of data could be lost.",
      "'{service}' のバックアップ '{measure}' の間隔{interval}は目標復旧ポイント（RPO）{rpo}より長く、最大{interval}分のデータが失われ得ます。",
    ],
    dependent: [
      "Backup '{measure}' of '{service}' runs every {interval}, but '{driver}', which depends on it, needs an RPO of {rpo}: up to {interval} of data could be lost.",
      "'{service}' のバックアップ '{measure}' の間隔は{interval}ですが、これに依存する '{driver}' の目標復旧ポイント（RPO）は{rpo}です。最大{interval}分のデータが失われ得ます。",
    ],
    bia: [
      "Backup '{measure}' of '{service}' runs every {interval}, but the BIA requires an RPO of {rpo} for it: up to {interval} of data could be lost.",
      "'{service}' のバックアップ '{measure}' の間隔は{interval}ですが、BIA は目標復旧ポイント（RPO）{rpo}を求めています。最大{interval}分のデータが失われ得ます。",
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
      for (let head = 0; head < queue.length; head++) {
        const id = queue[head] as string;
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

/**
 * `backup/restore-tested`: backups are restored in a test within the cadence.
 *
 * @category Rules
 */
export const restoreTested = rule({
  id: "backup/restore-tested",
  category: "backup",
  severity: "error",
  references: [REF.survey],
  messages: cadenceMessages(["Backup restore test", "復元テスト"]),
  check: (ctx) => checkCadence(ctx, ["backup-restore-test"]),
});
