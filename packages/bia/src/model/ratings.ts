import { toPointer } from "@mamori/core";
import { makePool, sized } from "./compact.js";
import type { DurationReader } from "./durations.js";
import { isRec, minutesOrNaN, type PendingProcess, str } from "./read.js";
import type { Reporter } from "./reporter.js";
import type { CategoryInfo, ProcessInfo } from "./types.js";

/**
 * The ratings pass of compileBia: each process's impact ratings checked against its
 * document's categories, time points and scale, carried forward over unrated time points;
 * its WRT and losses. @internal
 */
export function readRatings(
  pending: readonly PendingProcess[],
  ids: readonly string[],
  rlos: readonly (number | string | null)[],
  n: number,
  rep: Reporter,
  durations: DurationReader,
): { processOf: Int32Array; processes: ProcessInfo[] } {
  const dur = (value: unknown, path: string): number => minutesOrNaN(durations, value, path);
  const processOf = new Int32Array(n).fill(-1);
  const processes: ProcessInfo[] = [];
  const shareRow = makePool<(number | null)[]>();
  for (const pp of pending) {
    const raw = pp.raw;
    const { catIndex, tIndex } = pp;
    const explicit: (number | null)[][] = pp.categories.map(() => pp.timePoints.map(() => null));
    if (isRec(raw.impacts)) {
      for (const [cat, points] of Object.entries(raw.impacts)) {
        // `x-` entries are the user's own data: kept in the document, not rated.
        if (cat.startsWith("x-")) continue;
        const ci = catIndex.get(cat);
        const cpath = `${pp.path}/impacts/${toPointer([cat]).slice(1)}`;
        if (ci === undefined) {
          rep.add("bia/unknown-category", "error", cpath, {
            category: cat,
            known: pp.categories.map((c) => c.id).join(", "),
          });
          continue;
        }
        if (!isRec(points)) continue;
        for (const [tp, level] of Object.entries(points)) {
          if (tp.startsWith("x-")) continue;
          const lpath = `${cpath}/${toPointer([tp]).slice(1)}`;
          // A key that is no duration is the schema's finding; a duration not among the
          // document's time points is this one.
          const at = durations.minutes(tp, lpath, "approximate");
          if (at === undefined) continue;
          const ti = tIndex.get(at);
          if (ti === undefined) {
            rep.add("bia/unknown-time-point", "error", lpath, {
              value: tp,
              known: pp.timePointTexts.join(", "),
            });
            continue;
          }
          if (typeof level !== "number" || !Number.isInteger(level)) continue;
          if (pp.scaleValues.size > 0 && !pp.scaleValues.has(level)) {
            rep.add("bia/unknown-impact-level", "error", lpath, {
              level,
              allowed: [...pp.scaleValues].join(", "),
            });
            continue;
          }
          (explicit[ci] as (number | null)[])[ti] = level;
        }
      }
    }
    const levels = explicit.map((row, ci) => {
      const out = sized<number | null>(row.length);
      let last: number | null = null;
      row.forEach((lv, ti) => {
        if (lv !== null) {
          if (last !== null && lv < last) {
            const cat = (pp.categories[ci] as CategoryInfo).id;
            rep.add(
              "bia/impact-decreases",
              "warning",
              `${pp.path}/impacts/${toPointer([cat]).slice(1)}/${pp.timePointTexts[ti]}`,
              {
                process: ids[pp.node] as string,
                category: cat,
                from: last,
                to: lv,
                at: pp.timePointTexts[ti] as string,
              },
            );
          }
          last = lv;
        }
        out[ti] = last;
      });
      // Ten thousand processes rated on a few levels share a few hundred distinct rows.
      return shareRow(`${out.length}:${out.join()}`, () => out);
    });
    const wrt = dur(raw.wrt, `${pp.path}/wrt`);
    const lph =
      isRec(raw.lossPerHour) && Number.isFinite(raw.lossPerHour.amount)
        ? (raw.lossPerHour.amount as number)
        : null;
    const currency = isRec(raw.lossPerHour) ? str(raw.lossPerHour.currency) : null;
    let lossCurve: { minutes: number; amount: number }[] | null = null;
    if (Array.isArray(raw.lossCurve)) {
      lossCurve = [];
      raw.lossCurve.forEach((pt, i) => {
        if (!isRec(pt) || !Number.isFinite(pt.amount)) return;
        const at = durations.minutes(pt.at, `${pp.path}/lossCurve/${i}/at`, "approximate");
        if (at !== undefined) lossCurve?.push({ minutes: at, amount: pt.amount as number });
      });
      lossCurve.sort((a, b) => a.minutes - b.minutes);
    }
    const mc = typeof raw.minimumCapacity === "number" ? raw.minimumCapacity : null;
    processOf[pp.node] = processes.length;
    processes.push({
      node: pp.node,
      timePoints: pp.timePoints,
      timePointTexts: pp.timePointTexts,
      categories: pp.categories,
      levels,
      wrtMinutes: Number.isNaN(wrt) ? 0 : wrt,
      marginMinutes: pp.margin,
      lossPerHour: lph,
      currency,
      lossCurve,
      minimumCapacity: mc,
      rlo: rlos[pp.node] ?? null,
    });
  }
  return { processOf, processes };
}
