import { durationTicks, formatDuration } from "@mamori/core";
import type { BiaResult } from "../analyze.js";
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
  short,
  svgRoot,
  text,
  textWidth,
  titleText,
} from "./svg.js";
import { wordsFor } from "./words.js";

const BAR = "#56B4E9";
const BAR_CRITICAL = "#0072B2";

/**
 * The recovery timeline as an SVG picture (a string): one row per node of the analysis's
 * timeline (everything lost at once, recovered in dependency order), a bar from the start of
 * its recovery to when it is back — dark on a critical path, red when it is back after it is
 * due — its RTO as a tick, and a time axis on round steps in words (1時間, 4時間, 1日, 1週間…)
 * that spans the recovery itself (a deadline far beyond it is left out). Row labels (`nameJa`
 * in Japanese, through `labels`) are cut to their column; a legend under the axis explains
 * the colours. Deterministic; every text escaped.
 *
 * @param result - The analysis, from `analyzeBia`.
 * @param options - Locale and node labels (see {@link ChartOptions}).
 * @returns The `<svg>` element as a string.
 *
 * @example
 * ```ts
 * import { analyzeBia } from "@mamori/bia";
 * import { recoveryTimelineSvg } from "@mamori/bia/charts";
 * const result = analyzeBia({
 *   kind: "BusinessImpactAnalysis", schemaVersion: "1.0", timePoints: ["PT4H"],
 *   processes: [{ id: "sales", name: "Sales", impacts: {}, dependsOn: ["erp"] }],
 *   services: [{ id: "erp", name: "ERP", capability: { recoveryTime: "PT2H" } }],
 * });
 * recoveryTimelineSvg(result, { locale: "ja" }).includes(">2時間<"); // true: the axis ticks every hour to 2時間
 * ```
 *
 * @category Charts
 */
export function recoveryTimelineSvg(result: BiaResult, options: ChartOptions = {}): string {
  const locale = options.locale ?? "en";
  const W = wordsFor(locale);
  const names = new Map(result.nodes.map((n) => [n.id, n.name]));
  const onPath = new Set(result.processes.flatMap((p) => p.criticalPath));
  const rows = result.report.timeline;
  const left = 170;
  const width = 760;
  const rowH = 20;
  const top = 34;
  const plotW = width - left - 24;
  // Round steps (1 hour, 4 hours, 1 day…) to a round end past the last recovery.
  // Fewer ticks when their labels would touch ("1 day 12 hours" is wide in English).
  const last = maxOf(
    rows.map((r) => r.readyMinutes),
    60,
  );
  let axis = durationTicks(last, 8);
  for (const most of [6, 4, 3, 2]) {
    const slot = plotW / Math.max(1, axis.ticks.length - 1);
    if (
      maxOf(
        axis.ticks.map((m) => textWidth(formatDuration(m, locale))),
        0,
      ) +
        8 <=
      slot
    )
      break;
    axis = durationTicks(last, most);
  }
  const x = (m: number) => left + (plotW * m) / axis.end;
  const axisY = top + rows.length * rowH + 16;
  const legendY = axisY + 22;
  const height = legendY + 8;
  const parts: string[] = [titleText(W.timeline, width)];
  for (const m of axis.ticks) {
    parts.push(
      `<line x1="${fmt(x(m))}" x2="${fmt(x(m))}" y1="${top - 6}" y2="${axisY - 12}" class="grid" stroke="${GRID}"/>`,
      text(x(m), axisY, formatDuration(m, locale), {
        "text-anchor": "middle",
        class: "axis",
        fill: MUTED,
      }),
    );
  }
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    const label = options.labels?.get(r.node) ?? names.get(r.node) ?? r.node;
    const critical = onPath.has(r.node);
    const cls = ["bar", critical ? "critical" : "", r.late ? "late" : ""].filter(Boolean).join(" ");
    const fill = r.late ? ALERT : critical ? BAR_CRITICAL : BAR;
    parts.push(
      text(left - 6, y + 13, fitText(label, left - 16), {
        "text-anchor": "end",
        class: "axis",
        fill: MUTED,
      }),
      `<rect x="${fmt(x(r.startMinutes))}" y="${y + 3}" width="${fmt(Math.max(2, x(r.readyMinutes) - x(r.startMinutes)))}" height="${rowH - 6}" class="${cls}" fill="${fill}" data-node="${esc(r.node)}"><title>${esc(`${short(label)}: ${formatDuration(r.startMinutes, locale)} – ${formatDuration(r.readyMinutes, locale)}`)}</title></rect>`,
    );
    if (r.dueMinutes !== null && r.dueMinutes >= 0 && r.dueMinutes <= axis.end)
      parts.push(
        `<line x1="${fmt(x(r.dueMinutes))}" x2="${fmt(x(r.dueMinutes))}" y1="${y}" y2="${y + rowH}" class="deadline" stroke="${NAVY}" stroke-width="2"/>`,
      );
  });
  const keys: [string, string][] = [
    [BAR_CRITICAL, W.criticalPath],
    [ALERT, W.late],
  ];
  let lx = 10;
  for (const [fill, label] of keys) {
    parts.push(
      `<rect x="${lx}" y="${legendY - 9}" width="14" height="10" fill="${fill}"/>`,
      text(lx + 20, legendY, label, { class: "legend" }),
    );
    lx += 20 + textWidth(label) + 24;
  }
  parts.push(
    `<line x1="${fmt(lx + 4)}" x2="${fmt(lx + 4)}" y1="${legendY - 11}" y2="${legendY + 2}" stroke="${NAVY}" stroke-width="2"/>`,
    text(lx + 12, legendY, W.deadline, { class: "legend" }),
  );
  return svgRoot("timeline", width, height, W.timeline, parts.join(""));
}
