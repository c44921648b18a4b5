import { durationTicks } from "@mamori/core";
import { escapeHtml as esc } from "./escape.js";

/** Colours used by every chart (colour-blind-safe palette, Okabe–Ito). */
export const PALETTE = [
  "#0072B2",
  "#E69F00",
  "#009E73",
  "#D55E00",
  "#CC79A7",
  "#56B4E9",
  "#F0E442",
  "#000000",
];

/** Largest value (or `floor` when larger), without spreading a possibly huge array into arguments. */
export function maxOf(values: Iterable<number>, floor: number): number {
  let m = floor;
  for (const v of values) if (v > m) m = v;
  return m;
}

const fmt = (n: number) => (Number.isFinite(n) ? (Math.round(n * 10) / 10).toString() : "0");

/** One series of a step chart: y values at x positions (x is an index into the labels). */
export interface StepSeries {
  /** Series name (shown in the legend). */
  name: string;
  /** y per x label; null = no value. */
  values: (number | null)[];
}

/**
 * A step chart (impact level over time points): x = ordinal labels, y = 0..yMax, with an
 * optional horizontal threshold line (the unacceptable level) and an optional vertical
 * marker (MTPD).
 */
export function stepChart(options: {
  title: string;
  xLabels: string[];
  yMax: number;
  yLabels?: string[];
  series: StepSeries[];
  threshold?: { value: number; label: string };
  marker?: { index: number; label: string };
  width?: number;
  height?: number;
}): string {
  const width = options.width ?? 520;
  const height = options.height ?? 220;
  const left = 90;
  const right = 130;
  const top = 40;
  const bottom = 36;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const n = Math.max(1, options.xLabels.length);
  const x = (i: number) => left + (plotW * i) / Math.max(1, n - 1);
  const y = (v: number) => top + plotH - (plotH * v) / Math.max(1, options.yMax);
  const parts: string[] = [];
  parts.push(`<text x="${left}" y="16" class="chart-title">${esc(options.title)}</text>`);
  for (let v = 0; v <= options.yMax; v++) {
    parts.push(
      `<line x1="${left}" x2="${left + plotW}" y1="${fmt(y(v))}" y2="${fmt(y(v))}" class="grid"/>`,
    );
    const label = options.yLabels?.[v] ?? String(v);
    parts.push(
      `<text x="${left - 6}" y="${fmt(y(v) + 4)}" text-anchor="end" class="axis">${esc(label)}</text>`,
    );
  }
  options.xLabels.forEach((label, i) => {
    parts.push(
      `<text x="${fmt(x(i))}" y="${height - bottom + 16}" text-anchor="middle" class="axis">${esc(label)}</text>`,
    );
  });
  if (options.threshold) {
    const ty = fmt(y(options.threshold.value));
    parts.push(`<line x1="${left}" x2="${left + plotW}" y1="${ty}" y2="${ty}" class="threshold"/>`);
    parts.push(
      `<text x="${left + plotW + 4}" y="${ty}" class="threshold-label">${esc(options.threshold.label)}</text>`,
    );
  }
  if (options.marker && options.marker.index >= 0 && options.marker.index < n) {
    const mx = fmt(x(options.marker.index));
    parts.push(`<line x1="${mx}" x2="${mx}" y1="${top}" y2="${top + plotH}" class="marker"/>`);
    parts.push(
      `<text x="${mx}" y="${top - 4}" text-anchor="middle" class="marker-label">${esc(options.marker.label)}</text>`,
    );
  }
  options.series.forEach((s, si) => {
    const color = PALETTE[si % PALETTE.length];
    let d = "";
    let prev: number | null = null;
    s.values.forEach((v, i) => {
      if (v === null) {
        prev = null;
        return;
      }
      if (prev === null) d += `M${fmt(x(i))},${fmt(y(v))}`;
      else d += `H${fmt(x(i))}V${fmt(y(v))}`;
      prev = v;
    });
    if (d) parts.push(`<path d="${d}" fill="none" stroke="${color}" stroke-width="2"/>`);
    const ly = top + 40 + si * 14;
    parts.push(
      `<rect x="${left + plotW + 8}" y="${ly + 14}" width="10" height="3" fill="${color}"/>`,
    );
    parts.push(
      `<text x="${left + plotW + 22}" y="${ly + 19}" class="legend">${esc(s.name)}</text>`,
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(options.title)}">${parts.join("")}</svg>`;
}

/** A node of a layered graph drawing. */
export interface GraphNode {
  /** Node id (must be unique). */
  id: string;
  /** Text on the node. */
  label: string;
  /** Column (0 = processes on the left, deeper dependencies to the right). */
  layer: number;
  /** CSS class for emphasis: `spof`, `gap`, `process`, `service`, `resource`, `external`. */
  classes: string[];
  /** Tooltip text. */
  title?: string;
}

/**
 * A dependency graph laid out in columns by layer (a longest-path layering computed by the
 * caller), edges as curves from dependent to dependency. Deterministic: nodes keep the order
 * given within a layer.
 */
export function layeredGraph(
  nodes: GraphNode[],
  edges: { from: string; to: string; critical?: boolean }[],
  title: string,
): string {
  const colW = 190;
  const rowH = 34;
  const boxW = 160;
  const boxH = 24;
  const layers = new Map<number, GraphNode[]>();
  for (const n of nodes) {
    const list = layers.get(n.layer);
    if (list) list.push(n);
    else layers.set(n.layer, [n]);
  }
  const pos = new Map<string, { x: number; y: number }>();
  let maxRows = 1;
  const layerKeys = [...layers.keys()].sort((a, b) => a - b);
  layerKeys.forEach((layer, col) => {
    const list = layers.get(layer) ?? [];
    maxRows = Math.max(maxRows, list.length);
    list.forEach((n, row) => {
      pos.set(n.id, { x: 10 + col * colW, y: 30 + row * rowH });
    });
  });
  const width = 20 + Math.max(1, layerKeys.length) * colW;
  const height = 40 + maxRows * rowH;
  const parts: string[] = [`<text x="10" y="16" class="chart-title">${esc(title)}</text>`];
  for (const e of edges) {
    const a = pos.get(e.from);
    const b = pos.get(e.to);
    if (!a || !b) continue;
    const x1 = a.x + boxW;
    const y1 = a.y + boxH / 2;
    const x2 = b.x;
    const y2 = b.y + boxH / 2;
    const mid = (x1 + x2) / 2;
    parts.push(
      `<path d="M${fmt(x1)},${fmt(y1)} C${fmt(mid)},${fmt(y1)} ${fmt(mid)},${fmt(y2)} ${fmt(x2)},${fmt(y2)}" class="edge${e.critical ? " critical" : ""}"/>`,
    );
  }
  for (const n of nodes) {
    const p = pos.get(n.id);
    if (!p) continue;
    const cls = ["node", ...n.classes].map((c) => esc(c)).join(" ");
    const label = n.label.length > 24 ? `${n.label.slice(0, 23)}…` : n.label;
    parts.push(
      `<g class="${cls}"><title>${esc(n.title ?? n.label)}</title><rect x="${p.x}" y="${p.y}" width="${boxW}" height="${boxH}" rx="4"/><text x="${p.x + 6}" y="${p.y + 16}">${esc(label)}</text></g>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(title)}">${parts.join("")}</svg>`;
}

/** A row of a timeline (Gantt) chart, in minutes from the incident. */
export interface TimelineRow {
  /** Row label. */
  label: string;
  /** Start (minutes). */
  start: number;
  /** End (minutes). */
  end: number;
  /** A deadline line (RTO), minutes. */
  deadline?: number | null;
  /** Whether the row is on the critical path. */
  critical?: boolean;
  /** Whether the row misses its deadline. */
  late?: boolean;
}

/** A recovery timeline: bars from start to end, RTO deadlines as ticks, a time axis with round ticks. */
export function timeline(
  rows: TimelineRow[],
  title: string,
  axisLabel: (minutes: number) => string,
): string {
  const left = 170;
  const width = 760;
  const rowH = 20;
  const top = 34;
  const plotW = width - left - 20;
  // The axis spans the recovery itself, to a round end (ticks every 1 hour, 4 hours, 1 day…);
  // deadlines far beyond it (a 30-day RTO) are not drawn.
  const axis = durationTicks(
    maxOf(
      rows.map((r) => r.end),
      60,
    ),
    8,
  );
  const maxX = axis.end;
  const x = (m: number) => left + (plotW * m) / maxX;
  const height = top + rows.length * rowH + 30;
  const parts: string[] = [`<text x="10" y="16" class="chart-title">${esc(title)}</text>`];
  for (const m of axis.ticks) {
    parts.push(
      `<line x1="${fmt(x(m))}" x2="${fmt(x(m))}" y1="${top - 6}" y2="${height - 26}" class="grid"/>`,
    );
    parts.push(
      `<text x="${fmt(x(m))}" y="${height - 12}" text-anchor="middle" class="axis">${esc(axisLabel(m))}</text>`,
    );
  }
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    const cls = ["bar", r.critical ? "critical" : "", r.late ? "late" : ""]
      .filter(Boolean)
      .join(" ");
    const label = r.label.length > 26 ? `${r.label.slice(0, 25)}…` : r.label;
    parts.push(
      `<text x="${left - 6}" y="${y + 13}" text-anchor="end" class="axis">${esc(label)}</text>`,
    );
    parts.push(
      `<rect x="${fmt(x(r.start))}" y="${y + 3}" width="${fmt(Math.max(2, x(r.end) - x(r.start)))}" height="${rowH - 6}" class="${cls}"><title>${esc(r.label)}</title></rect>`,
    );
    if (r.deadline !== undefined && r.deadline !== null && r.deadline <= maxX) {
      parts.push(
        `<line x1="${fmt(x(r.deadline))}" x2="${fmt(x(r.deadline))}" y1="${y}" y2="${y + rowH}" class="deadline"/>`,
      );
    }
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(title)}">${parts.join("")}</svg>`;
}

/**
 * A heat-map: rows × columns of categorical cells; `colorOf` maps a cell value to a colour
 * and `legend` lists the values shown.
 */
export function heatmap(options: {
  title: string;
  rows: string[];
  columns: string[];
  cell: (row: number, column: number) => string | null;
  colorOf: (value: string) => string;
  legend: { value: string; label: string }[];
}): string {
  const left = 190;
  const cellW = 92;
  const cellH = 22;
  const top = 44;
  const width = left + options.columns.length * cellW + 10;
  const height = top + options.rows.length * cellH + 28 + 16 * Math.ceil(options.legend.length / 3);
  const parts: string[] = [`<text x="10" y="16" class="chart-title">${esc(options.title)}</text>`];
  options.columns.forEach((c, j) => {
    parts.push(
      `<text x="${left + j * cellW + cellW / 2}" y="${top - 8}" text-anchor="middle" class="axis">${esc(c)}</text>`,
    );
  });
  options.rows.forEach((r, i) => {
    const y = top + i * cellH;
    parts.push(
      `<text x="${left - 6}" y="${y + 15}" text-anchor="end" class="axis">${esc(r)}</text>`,
    );
    options.columns.forEach((_, j) => {
      const v = options.cell(i, j);
      const fill = v === null ? "#f3f3f3" : options.colorOf(v);
      parts.push(
        `<rect x="${left + j * cellW}" y="${y}" width="${cellW - 2}" height="${cellH - 2}" fill="${fill}"><title>${esc(`${r} × ${options.columns[j]}: ${v ?? "—"}`)}</title></rect>`,
      );
      if (v !== null) {
        parts.push(
          `<text x="${left + j * cellW + cellW / 2 - 1}" y="${y + 14}" text-anchor="middle" class="cell">${esc(v)}</text>`,
        );
      }
    });
  });
  const ly = top + options.rows.length * cellH + 16;
  options.legend.forEach((l, k) => {
    const lx = 10 + (k % 3) * 220;
    const yy = ly + Math.floor(k / 3) * 16;
    parts.push(
      `<rect x="${lx}" y="${yy - 9}" width="12" height="12" fill="${options.colorOf(l.value)}"/>`,
    );
    parts.push(`<text x="${lx + 16}" y="${yy + 1}" class="legend">${esc(l.label)}</text>`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(options.title)}">${parts.join("")}</svg>`;
}

/** Horizontal bars (e.g. loss per process in a scenario), values formatted by the caller. */
export function barChart(
  title: string,
  bars: { label: string; value: number; text: string; highlight?: boolean }[],
): string {
  const left = 190;
  const width = 760;
  const rowH = 20;
  const top = 30;
  const plotW = width - left - 120;
  const max = maxOf(
    bars.map((b) => b.value),
    1,
  );
  const height = top + bars.length * rowH + 10;
  const parts: string[] = [`<text x="10" y="16" class="chart-title">${esc(title)}</text>`];
  bars.forEach((b, i) => {
    const y = top + i * rowH;
    const w = Math.max(1, (plotW * Math.max(0, b.value)) / max);
    parts.push(
      `<text x="${left - 6}" y="${y + 13}" text-anchor="end" class="axis">${esc(b.label)}</text>`,
    );
    parts.push(
      `<rect x="${left}" y="${y + 3}" width="${fmt(w)}" height="${rowH - 6}" class="bar${b.highlight ? " late" : ""}"/>`,
    );
    parts.push(`<text x="${fmt(left + w + 6)}" y="${y + 13}" class="axis">${esc(b.text)}</text>`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(title)}">${parts.join("")}</svg>`;
}
