import { formatDuration } from "@mamori/core";
import type { BiaResult } from "../analyze.js";
import { unacceptableLines } from "../report/levels.js";
import type { ChartOptions } from "./options.js";
import {
  ALERT,
  esc,
  fitText,
  fmt,
  GRID,
  MUTED,
  maxOf,
  NAVY,
  PALETTE,
  short,
  spreadLabels,
  svgRoot,
  text,
  textWidth,
  titleText,
} from "./svg.js";
import { wordsFor } from "./words.js";

/**
 * The impact of stopping one process over time, as an SVG picture (a string): a step line
 * per impact category, its level at each of the BIA's time points (labelled as durations in
 * words: 1時間, 4時間, 1日), each category's own unacceptable level as a dashed line (the line
 * most categories share labelled plainly, any other one naming its categories in their colour),
 * the MTPD and the RTO as markers, and a legend under the plot with every category's name whole or cut to
 * fit — nothing is drawn outside the picture and the right-hand labels are spread apart.
 * A category keeps one colour on every process's chart. Deterministic; every text escaped.
 *
 * @param result - The analysis, from `analyzeBia`.
 * @param process - The process's id.
 * @param options - Locale and node labels (see {@link ChartOptions}).
 * @returns The `<svg>` element as a string, or `""` when the process has no impact series.
 *
 * @example
 * ```ts
 * import { analyzeBia } from "@mamori/bia";
 * import { impactChartSvg } from "@mamori/bia/charts";
 * const result = analyzeBia({
 *   kind: "BusinessImpactAnalysis", schemaVersion: "1.0", timePoints: ["PT4H", "P1D"], unacceptableLevel: 4,
 *   processes: [{ id: "sales", name: "Sales", impacts: { financial: { PT4H: 2, P1D: 4 } } }],
 * });
 * impactChartSvg(result, "sales", { locale: "ja" }).startsWith("<svg"); // true
 * ```
 *
 * @category Charts
 */
export function impactChartSvg(
  result: BiaResult,
  process: string,
  options: ChartOptions = {},
): string {
  const locale = options.locale ?? "en";
  const W = wordsFor(locale);
  const series = result.report.impactSeries.find((s) => s.process === process);
  const first = series?.categories[0];
  if (!series || !first) return "";
  const proc = result.processes.find((p) => p.id === process);
  // One colour per category across every chart of the analysis, in first-seen order.
  const colourIndex = new Map<string, number>();
  for (const s of result.report.impactSeries)
    for (const c of s.categories)
      if (!colourIndex.has(c.id)) colourIndex.set(c.id, colourIndex.size);
  const colourOf = (id: string) => PALETTE[(colourIndex.get(id) ?? 0) % PALETTE.length] as string;
  const names = series.categories.map((c) => (locale === "ja" ? c.nameJa || c.name : c.name));
  const title = W.impactOf(short(options.labels?.get(process) ?? proc?.name ?? process));
  const xLabels = first.points.map((p) => formatDuration(p.atMinutes, locale));
  // The scale reaches every level drawn: the points' and each category's unacceptable line.
  const yMax = maxOf(
    series.categories.flatMap((c) => [
      c.unacceptableLevel ?? 0,
      ...c.points.map((p) => p.level ?? 0),
    ]),
    5,
  );

  const width = 560;
  const left = 44;
  const right = 150;
  const top = 40;
  const plotW = width - left - right;
  const plotH = 144;
  const n = Math.max(1, xLabels.length);
  const x = (i: number) => left + (plotW * i) / Math.max(1, n - 1);
  const y = (v: number) => top + plotH - (plotH * v) / Math.max(1, yMax);
  // x labels too wide for their slot alternate between two rows
  const slot = plotW / Math.max(1, n - 1);
  const stagger = xLabels.some((l) => textWidth(l) + 4 > slot);
  const legendCols = 2;
  const legendColW = (width - 20) / legendCols;
  const legendTop = top + plotH + (stagger ? 32 : 20) + 14;
  const height = legendTop + Math.ceil(series.categories.length / legendCols) * 16 + 4;
  const parts: string[] = [titleText(title, width)];
  for (let v = 0; v <= yMax; v++) {
    parts.push(
      `<line x1="${left}" x2="${left + plotW}" y1="${fmt(y(v))}" y2="${fmt(y(v))}" class="grid" stroke="${GRID}"/>`,
      text(left - 6, y(v) + 4, String(v), { "text-anchor": "end", class: "axis", fill: MUTED }),
    );
  }
  xLabels.forEach((label, i) => {
    const ly = top + plotH + 18 + (stagger && i % 2 === 1 ? 12 : 0);
    // the first and last labels are kept inside the picture
    const room = Math.min(stagger ? 2 * slot - 6 : slot - 4, 2 * Math.min(x(i), width - x(i)) - 4);
    parts.push(
      text(x(i), ly, fitText(label, room), { "text-anchor": "middle", class: "axis", fill: MUTED }),
    );
  });
  const lines = unacceptableLines(series.categories.map((c) => c.unacceptableLevel));
  const labelYs = spreadLabels(
    lines.map((g) => y(g.level) + 4),
    13,
    top + 4,
    top + plotH + 4,
  );
  lines.forEach((g, k) => {
    const members = g.members.map((i) => names[i] ?? "");
    const own = !g.common;
    const colour = own ? colourOf(series.categories[g.members[0] as number]?.id ?? "") : ALERT;
    const label = g.common ? W.unacceptable : `${W.unacceptable}: ${members.join(", ")}`;
    parts.push(
      `<line x1="${left}" x2="${left + plotW}" y1="${fmt(y(g.level))}" y2="${fmt(y(g.level))}" class="threshold unacceptable${own ? " own" : ""}" data-level="${g.level}" stroke="${colour}" stroke-width="1.5" stroke-dasharray="4 3"><title>${esc(`${g.level}: ${members.join(", ")}`)}</title></line>`,
      text(left + plotW + 6, labelYs[k] as number, fitText(label, right - 10), {
        class: "threshold-label",
        fill: colour,
      }),
    );
  });
  const mtpd = proc?.mtpdMinutes;
  const index =
    mtpd === null || mtpd === undefined ? -1 : first.points.findIndex((p) => p.atMinutes === mtpd);
  if (index >= 0 && mtpd !== null && mtpd !== undefined) {
    const mx = x(index);
    const label = fitText(
      `${W.mtpd} ${formatDuration(mtpd, locale)}`,
      2 * Math.min(mx, width - mx) - 4,
    );
    parts.push(
      `<line x1="${fmt(mx)}" x2="${fmt(mx)}" y1="${top}" y2="${top + plotH}" class="marker mtpd" stroke="${NAVY}" stroke-dasharray="2 2"/>`,
      text(mx, top - 6, label, {
        "text-anchor": "middle",
        class: "marker-label",
        "font-weight": 600,
      }),
    );
  }
  // The RTO, between the time points around it (the axis is ordinal: linear within a step).
  const rto = proc?.rtoMinutes;
  const at = first.points.map((p) => p.atMinutes);
  if (rto !== null && rto !== undefined && rto > 0 && at.length > 1) {
    const i = at.findIndex((m, k) => k + 1 < at.length && m <= rto && rto <= (at[k + 1] as number));
    if (i >= 0) {
      const from = at[i] as number;
      const to = at[i + 1] as number;
      const rx = x(i) + (to > from ? ((rto - from) / (to - from)) * (x(i + 1) - x(i)) : 0);
      const label = `${W.rto} ${formatDuration(rto, locale)}`;
      // labelled inside the plot at its foot, on the side with room
      const onLeft = rx + 4 + textWidth(label, 10) > left + plotW;
      parts.push(
        `<line x1="${fmt(rx)}" x2="${fmt(rx)}" y1="${top}" y2="${top + plotH}" class="marker rto" stroke="#009E73" stroke-width="1.5" stroke-dasharray="2 2"/>`,
        text(onLeft ? rx - 4 : rx + 4, top + plotH - 4, fitText(label, plotW / 2), {
          "text-anchor": onLeft ? "end" : "start",
          class: "marker-label rto",
          fill: "#007a5a",
          "font-size": 10,
          "font-weight": 600,
        }),
      );
    }
  }
  series.categories.forEach((c, si) => {
    const colour = colourOf(c.id);
    let d = "";
    let started = false;
    c.points.forEach((p, i) => {
      if (p.level === null) {
        started = false;
        return;
      }
      d += started ? `H${fmt(x(i))}V${fmt(y(p.level))}` : `M${fmt(x(i))},${fmt(y(p.level))}`;
      started = true;
    });
    if (d)
      parts.push(`<path d="${d}" fill="none" stroke="${colour}" stroke-width="2" class="series"/>`);
    const lx = 10 + (si % legendCols) * legendColW;
    const ly = legendTop + Math.floor(si / legendCols) * 16;
    parts.push(
      `<rect x="${fmt(lx)}" y="${ly - 5}" width="14" height="3" fill="${colour}"/>`,
      text(lx + 20, ly, fitText(names[si] ?? "", legendColW - 26), { class: "legend" }),
    );
  });
  return svgRoot("impact", width, height, title, parts.join(""));
}
