import type { BiaResult } from "../analyze.js";
import type { ChartOptions } from "./options.js";
import {
  ALERT,
  esc,
  fitText,
  fmt,
  maxOf,
  NAVY,
  svgRoot,
  text,
  textWidth,
  titleText,
} from "./svg.js";
import { wordsFor } from "./words.js";

/** Geometry of the dependency graph, in pixels. @internal */
export const GRAPH_GEOMETRY = {
  /** Width and height of a node's box. */
  boxW: 170,
  boxH: 24,
  /** From one column's left edge to the next's: the 60 px between boxes are the edges' channel. */
  colW: 230,
  /** From one row to the next: 12 px between boxes are a lane for edges that skip columns. */
  rowH: 36,
  /** Where the first row's lane is. */
  top: 30,
} as const;

const BADGE_W = 34;

const NODE_STYLE: Record<string, { fill: string; stroke: string; width: number }> = {
  process: { fill: "#dbe9f7", stroke: "#0072B2", width: 1 },
  service: { fill: "#eef3fb", stroke: "#7b8bb0", width: 1 },
  resource: { fill: "#f1f1ec", stroke: "#8a8a7a", width: 1 },
  external: { fill: "#f6eefa", stroke: "#CC79A7", width: 1 },
  gap: { fill: "#fde9d4", stroke: "#E69F00", width: 2 },
  spof: { fill: "#fbe0d5", stroke: ALERT, width: 2.5 },
};

/**
 * The dependency graph as an SVG picture (a string), laid out in layers: processes in the
 * first column, each dependency at least one column right of everything that depends on it
 * (longest path), each column ordered by the mean row of its neighbours (two sweeps each way,
 * which removes most crossings), every column on one row grid. An edge between neighbouring
 * columns is a curve through the channel between them; an edge that skips columns (or points
 * back, in a cycle) runs through the channels and along the lane between two rows, so no edge
 * passes behind a box other than its two ends. The critical path of every process is drawn
 * thick and dark on top; a single point of failure has a red outline and a SPOF badge; a node
 * that misses its RTO or RPO is orange; members of an any-of group hang on dashed edges. Labels
 * (`nameJa` in Japanese, through `labels`) are cut to their box. A legend under the graph
 * explains the styles. Deterministic; every text escaped.
 *
 * @param result - The analysis, from `analyzeBia`.
 * @param options - Locale and node labels (see {@link ChartOptions}).
 * @returns The `<svg>` element as a string.
 *
 * @example
 * ```ts
 * import { analyzeBia } from "@mamori/bia";
 * import { dependencyGraphSvg } from "@mamori/bia/charts";
 * const result = analyzeBia({
 *   kind: "BusinessImpactAnalysis", schemaVersion: "1.0", timePoints: ["PT4H"],
 *   processes: [{ id: "sales", name: "Sales", impacts: {}, dependsOn: ["erp"] }],
 *   services: [{ id: "erp", name: "ERP", capability: { recoveryTime: "PT2H" } }],
 * });
 * dependencyGraphSvg(result).includes('data-node="erp"'); // true
 * ```
 *
 * @category Charts
 */
export function dependencyGraphSvg(result: BiaResult, options: ChartOptions = {}): string {
  const W = wordsFor(options.locale);
  const { boxW, boxH, colW, rowH, top } = GRAPH_GEOMETRY;
  const nodes = result.nodes;
  const count = nodes.length;
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const edges: { from: number; to: number; anyOf: boolean; critical: boolean }[] = [];
  const critical = new Set<string>();
  for (const p of result.processes)
    for (let i = 0; i + 1 < p.criticalPath.length; i++)
      critical.add(`${p.criticalPath[i]}\u0000${p.criticalPath[i + 1]}`);
  const children: number[][] = nodes.map(() => []);
  const parents: number[][] = nodes.map(() => []);
  nodes.forEach((n, v) => {
    const redundant = new Set(n.anyOf.flat());
    for (const dep of new Set(n.dependsOn)) {
      const w = index.get(dep);
      if (w === undefined || w === v) continue;
      edges.push({
        from: v,
        to: w,
        anyOf: redundant.has(dep),
        critical: critical.has(`${n.id}\u0000${dep}`),
      });
      children[v]?.push(w);
      parents[w]?.push(v);
    }
  });

  // Longest-path layers, dependents first: the recovery order reversed (dependencies come
  // first in it); a cycle's back edge is drawn as such.
  const layer = new Int32Array(count).fill(-1);
  const order: number[] = [];
  const seen = new Uint8Array(count);
  for (const id of [...result.recoveryOrder].reverse()) {
    const v = index.get(id);
    if (v !== undefined && !seen[v]) {
      seen[v] = 1;
      order.push(v);
    }
  }
  for (let v = 0; v < count; v++) if (!seen[v]) order.push(v);
  for (const v of order) {
    const base = nodes[v]?.type === "process" ? 0 : 1;
    if ((layer[v] as number) < base) layer[v] = base;
    for (const w of children[v] as number[])
      if ((layer[w] as number) < (layer[v] as number) + 1) layer[w] = (layer[v] as number) + 1;
  }
  const distinct = [...new Set(layer)].sort((a, b) => a - b);
  const colOf = new Map(distinct.map((l, c) => [l, c]));
  const columns: number[][] = distinct.map(() => []);
  for (let v = 0; v < count; v++) columns[colOf.get(layer[v] as number) as number]?.push(v);
  const col = new Int32Array(count);
  for (let v = 0; v < count; v++) col[v] = colOf.get(layer[v] as number) as number;

  // Barycentre ordering: down by parents, up by children, twice.
  const pos = new Float64Array(count);
  const place = (list: number[]) =>
    list.forEach((v, i) => {
      pos[v] = i;
    });
  for (const list of columns) place(list);
  const sweep = (list: number[], rel: number[][]) => {
    const key = new Map<number, number>();
    for (const v of list) {
      const r = rel[v] as number[];
      let sum = 0;
      for (const u of r) sum += pos[u] as number;
      key.set(v, r.length > 0 ? sum / r.length : (pos[v] as number));
    }
    list.sort(
      (a, b) =>
        (key.get(a) as number) - (key.get(b) as number) || (pos[a] as number) - (pos[b] as number),
    );
    place(list);
  };
  for (let pass = 0; pass < 2; pass++) {
    for (let c = 1; c < columns.length; c++) sweep(columns[c] as number[], parents);
    for (let c = columns.length - 2; c >= 0; c--) sweep(columns[c] as number[], children);
  }

  // Every column on one row grid (shorter ones centred to the nearest whole row), so the lanes
  // between rows run straight through every column.
  // Not Math.max(...): a deep chain has as many columns as nodes, past the call stack.
  const maxRows = maxOf(
    columns.map((l) => l.length),
    1,
  );
  const back = edges.some((e) => (col[e.to] as number) <= (col[e.from] as number));
  const left = back ? 60 : 10;
  const row = new Int32Array(count);
  for (const list of columns) {
    const offset = Math.floor((maxRows - list.length) / 2);
    list.forEach((v, r) => {
      row[v] = offset + r;
    });
  }
  const boxX = (v: number) => left + (col[v] as number) * colW;
  const boxY = (v: number) => top + (row[v] as number) * rowH + (rowH - boxH) / 2;
  const width = Math.max(
    420,
    left + Math.max(0, columns.length - 1) * colW + boxW + (back ? 60 : 10),
  );

  // Edges: tracks in each channel and lane are handed out in drawing order.
  const channelUse = new Map<string, number>();
  const laneUse = new Map<number, number>();
  const take = <K>(m: Map<K, number>, k: K) => {
    const n = m.get(k) ?? 0;
    m.set(k, n + 1);
    return n;
  };
  const route = (e: (typeof edges)[number]): string => {
    const a = col[e.from] as number;
    const b = col[e.to] as number;
    const x1 = boxX(e.from) + boxW;
    const y1 = boxY(e.from) + boxH / 2;
    const x2 = boxX(e.to);
    const y2 = boxY(e.to) + boxH / 2;
    if (b === a + 1) {
      const mid = (x1 + x2) / 2;
      return `M${fmt(x1)},${fmt(y1)} C${fmt(mid)},${fmt(y1)} ${fmt(mid)},${fmt(y2)} ${fmt(x2)},${fmt(y2)}`;
    }
    const channel = colW - boxW;
    const tracks = Math.floor((channel - 16) / 6) + 1;
    const xa = x1 + 8 + (take(channelUse, `${a}>`) % tracks) * 6;
    const xb = x2 - 8 - (take(channelUse, `>${b}`) % tracks) * 6;
    // the lane (between rows k − 1 and k) nearest the middle of the two ends
    const k = Math.min(maxRows, Math.max(0, Math.round(((y1 + y2) / 2 - top) / rowH)));
    const offset = [0, -3, 3][take(laneUse, k) % 3] as number;
    const ly = top + k * rowH + offset;
    return `M${fmt(x1)},${fmt(y1)} H${fmt(xa)} V${fmt(ly)} H${fmt(xb)} V${fmt(y2)} H${fmt(x2)}`;
  };
  const parts: string[] = [titleText(W.graph, width)];
  const drawn = [...edges.filter((e) => !e.critical), ...edges.filter((e) => e.critical)];
  for (const e of drawn) {
    const cls = `edge${e.critical ? " critical" : ""}${e.anyOf ? " any-of" : ""}`;
    const stroke = e.critical
      ? `stroke="${NAVY}" stroke-width="3.5"`
      : `stroke="#9aa4b8" stroke-width="1"${e.anyOf ? ' stroke-dasharray="4 3"' : ""}`;
    parts.push(
      `<path d="${route(e)}" class="${cls}" fill="none" ${stroke} stroke-linejoin="round" data-from="${esc(nodes[e.from]?.id)}" data-to="${esc(nodes[e.to]?.id)}"/>`,
    );
  }

  const spofs = new Set(result.spofs.map((s) => s.node));
  const gaps = new Set(result.gaps.map((g) => g.node));
  nodes.forEach((n, v) => {
    const label = options.labels?.get(n.id) ?? n.name;
    const spof = spofs.has(n.id);
    const gap = gaps.has(n.id);
    const style = NODE_STYLE[spof ? "spof" : gap ? "gap" : n.type] ?? NODE_STYLE.service;
    const cls = ["node", n.type, spof ? "spof" : "", gap ? "gap" : "", n.inCycle ? "cycle" : ""]
      .filter(Boolean)
      .join(" ");
    const x = boxX(v);
    const y = boxY(v);
    const badge = spof
      ? `<rect x="${fmt(x + boxW - BADGE_W - 3)}" y="${fmt(y + 5)}" width="${BADGE_W}" height="14" rx="7" class="badge" fill="${ALERT}"/>${text(x + boxW - 3 - BADGE_W / 2, y + 15, W.spof, { "text-anchor": "middle", class: "badge", fill: "#ffffff", "font-size": 9, "font-weight": 700 })}`
      : "";
    parts.push(
      `<g class="${cls}" data-node="${esc(n.id)}"><title>${esc(`${label} (${n.id})${spof ? ` — ${W.spofs}` : ""}`)}</title><rect x="${fmt(x)}" y="${fmt(y)}" width="${boxW}" height="${boxH}" rx="4" fill="${style?.fill}" stroke="${style?.stroke}" stroke-width="${style?.width}"${n.inCycle ? ' stroke-dasharray="3 2"' : ""}/>${text(x + 6, y + 16, fitText(label, boxW - 12 - (spof ? BADGE_W + 2 : 0)), { class: "node-label" })}${badge}</g>`,
    );
  });

  // Legend: what each style means, in rows as wide as the picture; first the kinds of box
  // that appear in this graph.
  const typeBox = (type: keyof typeof W.types) => ({
    keyW: 22,
    label: W.types[type],
    key: (x: number, y: number) =>
      `<rect x="${fmt(x)}" y="${fmt(y - 11)}" width="22" height="14" rx="3" class="legend-type" fill="${NODE_STYLE[type]?.fill}" stroke="${NODE_STYLE[type]?.stroke}"/>`,
  });
  const present = new Set(nodes.map((n) => n?.type));
  const items: { key: (x: number, y: number) => string; label: string; keyW: number }[] = [
    ...(["process", "service", "resource", "external"] as const)
      .filter((t) => present.has(t))
      .map(typeBox),
    {
      keyW: 28,
      label: W.criticalPath,
      key: (x, y) =>
        `<path d="M${fmt(x)},${fmt(y - 4)} H${fmt(x + 28)}" class="legend-line critical" stroke="${NAVY}" stroke-width="3.5"/>`,
    },
    {
      keyW: BADGE_W,
      label: W.spofs,
      key: (x, y) =>
        `<rect x="${fmt(x)}" y="${fmt(y - 11)}" width="${BADGE_W}" height="14" rx="7" class="legend-badge" fill="${ALERT}"/>${text(x + BADGE_W / 2, y - 1, W.spof, { "text-anchor": "middle", class: "legend-badge", fill: "#ffffff", "font-size": 9, "font-weight": 700 })}`,
    },
    {
      keyW: 22,
      label: W.gap,
      key: (x, y) =>
        `<rect x="${fmt(x)}" y="${fmt(y - 11)}" width="22" height="14" rx="3" fill="${NODE_STYLE.gap?.fill}" stroke="${NODE_STYLE.gap?.stroke}" stroke-width="2"/>`,
    },
    {
      keyW: 28,
      label: W.anyOf,
      key: (x, y) =>
        `<path d="M${fmt(x)},${fmt(y - 4)} H${fmt(x + 28)}" class="legend-line any-of" stroke="#9aa4b8" stroke-dasharray="4 3"/>`,
    },
  ];
  let lx = 10;
  let ly = top + maxRows * rowH + 20;
  for (const item of items) {
    const label = fitText(item.label, width - 30 - item.keyW);
    const w = item.keyW + 6 + textWidth(label) + 24;
    if (lx > 10 && lx + w > width) {
      lx = 10;
      ly += 18;
    }
    parts.push(item.key(lx, ly), text(lx + item.keyW + 6, ly, label, { class: "legend" }));
    lx += w;
  }
  return svgRoot("graph", width, ly + 8, W.graph, parts.join(""));
}
