import { unacceptableLines } from "@mamori/bia";
import { durationTicks } from "@mamori/core";
import { isWideCharacter } from "@mamori/core/internal";
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

/**
 * Estimated width of a line of text in pixels: a full-width (CJK, kana, full-width forms)
 * character counts one em, anything else 0.62 em. A little wider than system-ui's average,
 * so a label sized with it is not clipped in a real browser.
 */
export function textWidth(text: string, fontSize = 11): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    const wide = isWideCharacter(c);
    w += wide ? fontSize : 0.62 * fontSize;
  }
  return w;
}

/** `text`, cut with "…" so that its estimated width fits in `maxWidth` pixels. */
export function fitText(text: string, maxWidth: number, fontSize = 11): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  let n = chars.length;
  while (n > 0 && textWidth(`${chars.slice(0, n).join("")}…`, fontSize) > maxWidth) n--;
  return n > 0 ? `${chars.slice(0, n).join("")}…` : "…";
}

/**
 * Spread label positions (sorted or not) so that neighbours are at least `gap` apart and all
 * stay within `min..max`, moving each as little as the order allows. Returns the new
 * positions in the input order.
 */
export function spreadLabels(positions: number[], gap: number, min: number, max: number): number[] {
  const order = positions.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const placed = order.map(([p]) => Math.min(max, Math.max(min, p)));
  for (let k = 1; k < placed.length; k++)
    placed[k] = Math.max(placed[k] as number, (placed[k - 1] as number) + gap);
  // pushed past the bottom: pull back up from the end
  if (placed.length > 0 && (placed[placed.length - 1] as number) > max) {
    placed[placed.length - 1] = max;
    for (let k = placed.length - 2; k >= 0; k--)
      placed[k] = Math.min(placed[k] as number, (placed[k + 1] as number) - gap);
  }
  const out = new Array<number>(positions.length);
  order.forEach(([, i], k) => {
    out[i] = placed[k] as number;
  });
  return out;
}

/** One series of a step chart: y values at x positions (x is an index into the labels). */
export interface StepSeries {
  /** Series name (shown in the legend). */
  name: string;
  /** y per x label; null = no value. */
  values: (number | null)[];
  /** This series' own unacceptable level (a BIA category's `unacceptableLevel`), if any. */
  threshold?: number | null;
}

/**
 * A step chart (impact level over time points): x = ordinal labels, y = 0..yMax, each
 * series' own threshold (unacceptable level) as a dashed line, and an optional vertical
 * marker (MTPD). Series sharing a threshold share one line; the line most series share is
 * labelled `thresholdLabel`, every other one `thresholdLabel: names` in the colour of its
 * series when it has one. The legend sits under the plot, two entries a row, names cut to fit,
 * so nothing is clipped at the chart's edge; the right-hand threshold labels are spread apart.
 */
export function stepChart(options: {
  title: string;
  xLabels: string[];
  yMax: number;
  yLabels?: string[];
  series: StepSeries[];
  thresholdLabel?: string;
  marker?: { index: number; label: string };
  width?: number;
  height?: number;
}): string {
  const width = options.width ?? 560;
  const plotHeight = (options.height ?? 220) - 76;
  const left = options.yLabels ? 90 : 44;
  const right = 150;
  const top = 40;
  const plotW = width - left - right;
  const plotH = plotHeight;
  const n = Math.max(1, options.xLabels.length);
  const x = (i: number) => left + (plotW * i) / Math.max(1, n - 1);
  const y = (v: number) => top + plotH - (plotH * v) / Math.max(1, options.yMax);
  // x labels too wide for their slot alternate between two rows
  const slot = plotW / Math.max(1, n - 1);
  const stagger = options.xLabels.some((l) => textWidth(l) + 4 > slot);
  const axisBottom = top + plotH + (stagger ? 32 : 20);
  const legendCols = 2;
  const legendColW = (width - 20) / legendCols;
  const legendTop = axisBottom + 14;
  const legendRows = Math.ceil(options.series.length / legendCols);
  const height = legendTop + legendRows * 16 + 4;
  const parts: string[] = [];
  parts.push(
    `<text x="10" y="16" class="chart-title">${esc(fitText(options.title, width - 20, 13))}</text>`,
  );
  for (let v = 0; v <= options.yMax; v++) {
    parts.push(
      `<line x1="${left}" x2="${left + plotW}" y1="${fmt(y(v))}" y2="${fmt(y(v))}" class="grid"/>`,
    );
    const label = fitText(options.yLabels?.[v] ?? String(v), left - 10);
    parts.push(
      `<text x="${left - 6}" y="${fmt(y(v) + 4)}" text-anchor="end" class="axis">${esc(label)}</text>`,
    );
  }
  options.xLabels.forEach((label, i) => {
    const ly = top + plotH + 18 + (stagger && i % 2 === 1 ? 12 : 0);
    parts.push(
      `<text x="${fmt(x(i))}" y="${ly}" text-anchor="middle" class="axis">${esc(fitText(label, stagger ? 2 * slot - 6 : slot - 4))}</text>`,
    );
  });
  // Thresholds: one line per distinct level, in first-seen order of the series.
  const groups = unacceptableLines(options.series.map((s) => s.threshold));
  const thresholdText = options.thresholdLabel ?? "";
  const labelYs = spreadLabels(
    groups.map((g) => y(g.level) + 4),
    13,
    top + 4,
    top + plotH + 4,
  );
  groups.forEach((g, k) => {
    const ty = fmt(y(g.level));
    const own = !g.common && g.members.length === 1;
    const color = own ? PALETTE[(g.members[0] as number) % PALETTE.length] : undefined;
    const names = g.members.map((si) => options.series[si]?.name ?? "").join(", ");
    const text = g.common ? thresholdText : thresholdText ? `${thresholdText}: ${names}` : names;
    parts.push(
      `<line x1="${left}" x2="${left + plotW}" y1="${ty}" y2="${ty}" class="threshold"${color ? ` style="stroke:${color}"` : ""}><title>${esc(`${thresholdText} ${g.level}: ${names}`)}</title></line>`,
    );
    parts.push(
      `<text x="${left + plotW + 6}" y="${fmt(labelYs[k] as number)}" class="threshold-label"${color ? ` style="fill:${color}"` : ""}>${esc(fitText(text, right - 10))}</text>`,
    );
  });
  if (options.marker && options.marker.index >= 0 && options.marker.index < n) {
    const mx = x(options.marker.index);
    const label = fitText(options.marker.label, 2 * Math.min(mx, width - mx) - 4);
    parts.push(
      `<line x1="${fmt(mx)}" x2="${fmt(mx)}" y1="${top}" y2="${top + plotH}" class="marker"/>`,
    );
    parts.push(
      `<text x="${fmt(mx)}" y="${top - 6}" text-anchor="middle" class="marker-label">${esc(label)}</text>`,
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
    const lx = 10 + (si % legendCols) * legendColW;
    const ly = legendTop + Math.floor(si / legendCols) * 16;
    parts.push(`<rect x="${fmt(lx)}" y="${ly - 5}" width="14" height="3" fill="${color}"/>`);
    parts.push(
      `<text x="${fmt(lx + 20)}" y="${ly}" class="legend">${esc(fitText(s.name, legendColW - 26))}</text>`,
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${fmt(height)}" width="${width}" height="${fmt(height)}" role="img" aria-label="${esc(options.title)}">${parts.join("")}</svg>`;
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
  /** A badge in the node's right-hand corner (e.g. "SPOF"). */
  badge?: string;
}

/**
 * A dependency graph laid out in columns by layer (a longest-path layering computed by the
 * caller), edges as curves from dependent to dependency, critical edges drawn last (on top).
 * Within a column the first keeps the order given; every later one is ordered by the mean row
 * of the nodes pointing at it (barycentre; ties and unreached nodes keep the given order),
 * which removes most crossings, and shorter columns are centred on the tallest. Labels are
 * cut to their box, so none overlap. Deterministic.
 */
export function layeredGraph(
  nodes: GraphNode[],
  edges: { from: string; to: string; critical?: boolean }[],
  title: string,
  legend?: { critical?: string; badge?: { text: string; label: string } },
): string {
  const colW = 210;
  const rowH = 34;
  const boxW = 170;
  const boxH = 24;
  const top = 30;
  const badgeW = 34;
  const layers = new Map<number, GraphNode[]>();
  for (const n of nodes) {
    const list = layers.get(n.layer);
    if (list) list.push(n);
    else layers.set(n.layer, [n]);
  }
  const preds = new Map<string, string[]>();
  for (const e of edges) {
    const list = preds.get(e.to);
    if (list) list.push(e.from);
    else preds.set(e.to, [e.from]);
  }
  const layerKeys = [...layers.keys()].sort((a, b) => a - b);
  const row = new Map<string, number>();
  const ordered: GraphNode[][] = layerKeys.map((layer, col) => {
    const list = layers.get(layer) ?? [];
    const keyed = list.map((n, i) => {
      let sum = 0;
      let count = 0;
      for (const p of preds.get(n.id) ?? []) {
        const r = row.get(p);
        if (r !== undefined) {
          sum += r;
          count++;
        }
      }
      return { n, i, key: col === 0 || count === 0 ? Number.POSITIVE_INFINITY : sum / count };
    });
    if (col > 0) keyed.sort((a, b) => (a.key === b.key ? a.i - b.i : a.key < b.key ? -1 : 1));
    keyed.forEach(({ n }, r) => {
      row.set(n.id, r);
    });
    return keyed.map((k) => k.n);
  });
  const maxRows = maxOf(
    ordered.map((l) => l.length),
    1,
  );
  const pos = new Map<string, { x: number; y: number }>();
  ordered.forEach((list, col) => {
    const offset = ((maxRows - list.length) * rowH) / 2;
    list.forEach((n, r) => {
      pos.set(n.id, { x: 10 + col * colW, y: top + offset + r * rowH });
    });
  });
  const width = 20 + Math.max(1, layerKeys.length) * colW;
  const legendY = top + maxRows * rowH + 14;
  const height = legendY + (legend ? 16 : 0);
  const parts: string[] = [
    `<text x="10" y="16" class="chart-title">${esc(fitText(title, width - 20, 13))}</text>`,
  ];
  const curve = (e: { from: string; to: string; critical?: boolean }) => {
    const a = pos.get(e.from);
    const b = pos.get(e.to);
    if (!a || !b) return;
    const x1 = a.x + boxW;
    const y1 = a.y + boxH / 2;
    const x2 = b.x;
    const y2 = b.y + boxH / 2;
    const mid = (x1 + x2) / 2;
    parts.push(
      `<path d="M${fmt(x1)},${fmt(y1)} C${fmt(mid)},${fmt(y1)} ${fmt(mid)},${fmt(y2)} ${fmt(x2)},${fmt(y2)}" class="edge${e.critical ? " critical" : ""}"/>`,
    );
  };
  for (const e of edges) if (!e.critical) curve(e);
  for (const e of edges) if (e.critical) curve(e);
  for (const n of nodes) {
    const p = pos.get(n.id);
    if (!p) continue;
    const cls = ["node", ...n.classes].map((c) => esc(c)).join(" ");
    const label = fitText(n.label, boxW - 12 - (n.badge ? badgeW + 2 : 0));
    const badge = n.badge
      ? `<rect x="${fmt(p.x + boxW - badgeW - 3)}" y="${fmt(p.y + 5)}" width="${badgeW}" height="14" rx="7" class="badge"/><text x="${fmt(p.x + boxW - 3 - badgeW / 2)}" y="${fmt(p.y + 15)}" text-anchor="middle" class="badge">${esc(fitText(n.badge, badgeW - 4, 9))}</text>`
      : "";
    parts.push(
      `<g class="${cls}"><title>${esc(n.title ?? n.label)}</title><rect x="${fmt(p.x)}" y="${fmt(p.y)}" width="${boxW}" height="${boxH}" rx="4"/><text x="${fmt(p.x + 6)}" y="${fmt(p.y + 16)}">${esc(label)}</text>${badge}</g>`,
    );
  }
  if (legend) {
    let lx = 10;
    if (legend.critical) {
      parts.push(
        `<path d="M${lx},${legendY - 4} H${lx + 28}" class="edge critical"/><text x="${lx + 34}" y="${legendY}" class="legend">${esc(fitText(legend.critical, 220))}</text>`,
      );
      lx += 34 + Math.min(220, textWidth(legend.critical)) + 24;
    }
    if (legend.badge) {
      parts.push(
        `<g class="node spof"><rect x="${fmt(lx)}" y="${legendY - 11}" width="${badgeW}" height="14" rx="7" class="badge"/><text x="${fmt(lx + badgeW / 2)}" y="${legendY - 1}" text-anchor="middle" class="badge">${esc(fitText(legend.badge.text, badgeW - 4, 9))}</text></g><text x="${fmt(lx + badgeW + 6)}" y="${legendY}" class="legend">${esc(fitText(legend.badge.label, 300))}</text>`,
      );
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${fmt(height)}" width="${width}" height="${fmt(height)}" role="img" aria-label="${esc(title)}">${parts.join("")}</svg>`;
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

/** Relative luminance (WCAG 2) of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return 1;
  const lin = (h: string | undefined) => {
    const c = Number.parseInt(h ?? "ff", 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(m[1]) + 0.7152 * lin(m[2]) + 0.0722 * lin(m[3]);
}

/** White or near-black text, whichever contrasts more with the fill (WCAG contrast ratio). */
export function textOn(fill: string): string {
  const l = luminance(fill);
  return 1.05 / (l + 0.05) > (l + 0.05) / 0.05 ? "#ffffff" : "#1d2433";
}

/**
 * A heat-map: rows × columns of categorical cells; `colorOf` maps a cell value to a colour,
 * `cellText` to the words shown in the cell (the value itself by default), and `legend` lists
 * the values shown. `notes` adds a right-hand column (e.g. the number of controls per row).
 * Row labels, cells and legend columns are as wide as their longest text (within limits, cut
 * beyond), so nothing is clipped; cell text is white or dark, whichever reads better.
 */
export function heatmap(options: {
  title: string;
  rows: string[];
  columns: string[];
  cell: (row: number, column: number) => string | null;
  colorOf: (value: string) => string;
  cellText?: (value: string) => string;
  legend: { value: string; label: string }[];
  notes?: { header: string; values: string[] };
}): string {
  const words = options.cellText ?? ((v: string) => v);
  const labelW = Math.min(
    260,
    maxOf(
      options.rows.map((r) => textWidth(r)),
      40,
    ),
  );
  const left = 10 + labelW + 8;
  const values: (string | null)[][] = options.rows.map((_, i) =>
    options.columns.map((_, j) => options.cell(i, j)),
  );
  const cellW = Math.ceil(
    Math.min(
      170,
      maxOf(
        [
          ...options.columns.map((c) => textWidth(c)),
          ...values.flat().map((v) => (v === null ? 0 : textWidth(words(v), 10))),
        ],
        66,
      ) + 14,
    ),
  );
  const cellH = 22;
  const top = 44;
  const notesW = options.notes
    ? Math.ceil(
        maxOf(
          [options.notes.header, ...options.notes.values].map((t) => textWidth(t)),
          20,
        ) + 16,
      )
    : 0;
  const gridRight = left + options.columns.length * cellW;
  const legendColW = Math.ceil(
    Math.min(
      300,
      maxOf(
        options.legend.map((l) => textWidth(l.label)),
        40,
      ) + 30,
    ),
  );
  const width = Math.max(gridRight + notesW + 10, 20 + legendColW);
  const legendCols = Math.max(1, Math.floor((width - 20) / legendColW));
  const legendTop = top + options.rows.length * cellH + 20;
  const height = legendTop + 16 * Math.ceil(options.legend.length / legendCols);
  const parts: string[] = [
    `<text x="10" y="16" class="chart-title">${esc(fitText(options.title, width - 20, 13))}</text>`,
  ];
  options.columns.forEach((c, j) => {
    parts.push(
      `<text x="${left + j * cellW + cellW / 2 - 1}" y="${top - 8}" text-anchor="middle" class="axis">${esc(fitText(c, cellW - 4))}</text>`,
    );
  });
  if (options.notes)
    parts.push(
      `<text x="${gridRight + notesW - 8}" y="${top - 8}" text-anchor="end" class="axis">${esc(options.notes.header)}</text>`,
    );
  options.rows.forEach((r, i) => {
    const y = top + i * cellH;
    parts.push(
      `<text x="${left - 8}" y="${y + 15}" text-anchor="end" class="axis">${esc(fitText(r, labelW))}</text>`,
    );
    options.columns.forEach((_, j) => {
      const v = values[i]?.[j] ?? null;
      const fill = v === null ? "#f3f3f3" : options.colorOf(v);
      parts.push(
        `<rect x="${left + j * cellW}" y="${y}" width="${cellW - 2}" height="${cellH - 2}" fill="${fill}"><title>${esc(`${r} × ${options.columns[j]}: ${v === null ? "—" : words(v)}`)}</title></rect>`,
      );
      if (v !== null) {
        parts.push(
          `<text x="${left + j * cellW + cellW / 2 - 1}" y="${y + 14}" text-anchor="middle" class="cell" style="fill:${textOn(fill)}">${esc(fitText(words(v), cellW - 8, 10))}</text>`,
        );
      }
    });
    const note = options.notes?.values[i];
    if (note !== undefined)
      parts.push(
        `<text x="${gridRight + notesW - 8}" y="${y + 15}" text-anchor="end" class="axis">${esc(note)}</text>`,
      );
  });
  options.legend.forEach((l, k) => {
    const lx = 10 + (k % legendCols) * legendColW;
    const yy = legendTop + Math.floor(k / legendCols) * 16;
    parts.push(
      `<rect x="${lx}" y="${yy - 9}" width="12" height="12" fill="${options.colorOf(l.value)}"/>`,
    );
    parts.push(
      `<text x="${lx + 16}" y="${yy + 1}" class="legend">${esc(fitText(l.label, legendColW - 24))}</text>`,
    );
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
