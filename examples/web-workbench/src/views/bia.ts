// The BIA view: summary, processes and tiers, impact over time per process, the dependency
// graph (SPOFs and RTO gaps highlighted) and a scenario picker. Everything is SVG/DOM built
// with textContent; names from the document are never parsed as markup.
import { type BiaResult, DEFAULT_TIERS, type ImpactSeries, unacceptableLines } from "@mamori/bia";
import { durationTicks, type Locale } from "@mamori/core";
import type { Analysis } from "../documents.js";
import { h, s } from "../dom.js";
import { duration, money, shortDuration } from "../format.js";
import { fill, strings } from "../i18n.js";

type Name = (id: string) => string;

/** Cut a label to about `max` Latin characters (a CJK character counts as two). */
function clip(text: string, max: number): string {
  let width = 0;
  let i = 0;
  for (const ch of text) {
    const w =
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch,
      )
        ? 2
        : 1;
    if (width + w > max - 1) return `${text.slice(0, i)}…`;
    width += w;
    i += ch.length;
  }
  return text;
}

/**
 * Names to show: the analysis's names, or in Japanese the document's `nameJa` where given
 * (scenarios under `scenario:<id>`).
 */
function localNames(bia: BiaResult, doc: unknown, locale: Locale): Map<string, string> {
  const names = new Map(bia.nodes.map((n) => [n.id, n.name]));
  if (locale !== "ja" || typeof doc !== "object" || doc === null) return names;
  const d = doc as Record<string, unknown>;
  for (const key of ["processes", "services", "resources", "externals", "scenarios"]) {
    const list = d[key];
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const { id, nameJa } = (item ?? {}) as { id?: unknown; nameJa?: unknown };
      if (typeof id === "string" && typeof nameJa === "string" && nameJa !== "")
        names.set(key === "scenarios" ? `scenario:${id}` : id, nameJa);
    }
  }
  return names;
}

const CATEGORY_COLOURS = [
  "#2563eb",
  "#dc2626",
  "#059669",
  "#d97706",
  "#7c3aed",
  "#db2777",
  "#0891b2",
];

export function renderBia(
  a: Analysis,
  locale: Locale,
  scenario: string | undefined,
  onScenario: (id: string) => void,
): HTMLElement {
  const t = strings(locale);
  const bia = a.bia;
  if (!bia || bia.processes.length === 0) {
    return h("section", { class: "view" }, h("p", { class: "empty-state" }, t.noBia));
  }
  const names = localNames(bia, a.parsed.bia.data, locale);
  const name = (id: string) => names.get(id) ?? id;
  const gapNodes = new Set(bia.gaps.filter((g) => g.kind === "rto").map((g) => g.node));
  const breaches = bia.scenarios.reduce((n, sc) => n + (sc.rtoBreaches > 0 ? 1 : 0), 0);

  const card = (label: string, value: string | number, tone = "") =>
    h(
      "div",
      { class: `card ${tone}` },
      h("div", { class: "card-value" }, value),
      h("div", { class: "card-label" }, label),
    );
  const summary = h(
    "div",
    { class: "cards" },
    card(t.processes, bia.processes.length),
    card(
      `${t.gap}`,
      bia.gaps.filter((g) => g.kind === "rto").length,
      bia.gaps.length ? "bad" : "good",
    ),
    card(t.spofs, bia.spofs.length, bia.spofs.length ? "warn" : "good"),
    card(t.scenariosBreached, `${breaches} / ${bia.scenarios.length}`, breaches ? "bad" : "good"),
  );

  return h(
    "section",
    { class: "view bia-view", "data-testid": "bia-view" },
    summary,
    h(
      "div",
      { class: "two-col" },
      h(
        "div",
        { class: "panel" },
        h("h2", {}, t.processes),
        processTable(bia, locale, gapNodes, name),
      ),
      h("div", { class: "panel" }, h("h2", {}, t.tiers), tiers(bia, locale, gapNodes, name)),
    ),
    h(
      "div",
      { class: "panel" },
      h("h2", {}, t.impactOverTime),
      h("p", { class: "hint" }, t.impactHint),
      impactCharts(bia, locale, name),
    ),
    h(
      "div",
      { class: "panel" },
      h("h2", {}, t.graph),
      h("p", { class: "hint" }, t.graphHint),
      dependencyGraph(bia, locale, name),
    ),
    scenarioPanel(bia, locale, scenario, onScenario, names),
  );
}

function processTable(
  bia: BiaResult,
  locale: Locale,
  gapNodes: Set<string>,
  name: Name,
): HTMLElement {
  const t = strings(locale);
  const body = h("tbody");
  for (const p of bia.processes) {
    const gap = gapNodes.has(p.id);
    body.append(
      h(
        "tr",
        { class: gap ? "row-bad" : "", "data-process": p.id },
        h("td", {}, h("div", { class: "pname" }, name(p.id)), h("div", { class: "pid" }, p.id)),
        h("td", {}, duration(p.mtpdMinutes, locale)),
        h("td", {}, duration(p.rtoMinutes, locale)),
        h("td", {}, duration(p.rpoMinutes, locale)),
        h(
          "td",
          { class: gap ? "bad-text" : "" },
          duration(p.achievableMinutes, locale),
          gap ? h("span", { class: "tag bad" }, t.gap) : null,
        ),
        h(
          "td",
          {},
          p.tier ? h("span", { class: `tier-chip ${p.tier}` }, p.tier.replace("tier-", "T")) : "–",
        ),
      ),
    );
  }
  return h(
    "table",
    { class: "table" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", {}, t.process),
        h("th", {}, t.mtpd),
        h("th", {}, t.rto),
        h("th", {}, t.rpo),
        h("th", {}, t.achievable),
        h("th", {}, t.tier),
      ),
    ),
    body,
  );
}

function tiers(bia: BiaResult, locale: Locale, gapNodes: Set<string>, name: Name): HTMLElement {
  const wrap = h("div", { class: "tiers" });
  // The tier table the analysis used (the document's own, when it has one).
  for (const def of bia.tiers ?? DEFAULT_TIERS) {
    const members = bia.processes.filter((p) => p.tier === def.id);
    wrap.append(
      h(
        "div",
        { class: `tier ${def.id}` },
        h("div", { class: "tier-head" }, locale === "ja" ? def.nameJa : def.name),
        h(
          "div",
          { class: "tier-body" },
          ...members.map((p) =>
            h(
              "span",
              { class: `chip${gapNodes.has(p.id) ? " bad" : ""}`, title: p.id },
              name(p.id),
            ),
          ),
          members.length === 0 ? h("span", { class: "muted" }, strings(locale).none) : null,
        ),
      ),
    );
  }
  // Without a tier: not time-critical, or (a document's table with gaps) an RTO that falls
  // between its tiers, which is a finding (bia/rto-outside-tiers), not a quiet process.
  const groups: Array<[string, string, string, (p: BiaResult["processes"][number]) => boolean]> = [
    ["gap", "どの区分にも該当しない", "Outside every tier", (p) => p.timeCritical],
    ["none", "時間的に重要でない", "Not time-critical", (p) => !p.timeCritical],
  ];
  for (const [cls, ja, en, test] of groups) {
    const members = bia.processes.filter((p) => p.tier === null && test(p));
    if (members.length === 0) continue;
    wrap.append(
      h(
        "div",
        { class: `tier ${cls}` },
        h("div", { class: "tier-head" }, locale === "ja" ? ja : en),
        h(
          "div",
          { class: "tier-body" },
          ...members.map((p) =>
            h("span", { class: `chip${cls === "gap" ? " bad" : ""}`, title: p.id }, name(p.id)),
          ),
        ),
      ),
    );
  }
  return wrap;
}

// ---- impact over time --------------------------------------------------------------------

function impactCharts(bia: BiaResult, locale: Locale, name: Name): HTMLElement {
  const grid = h("div", { class: "chart-grid" });
  const byId = new Map(bia.processes.map((p) => [p.id, p]));
  // One colour per category id across all charts.
  const colour = new Map<string, string>();
  for (const series of bia.report.impactSeries)
    for (const c of series.categories)
      if (!colour.has(c.id))
        colour.set(c.id, CATEGORY_COLOURS[colour.size % CATEGORY_COLOURS.length] as string);
  for (const series of bia.report.impactSeries) {
    const p = byId.get(series.process);
    grid.append(
      h(
        "figure",
        { class: "chart", "data-process": series.process },
        h("figcaption", {}, name(series.process)),
        impactChart(series, p?.rtoMinutes ?? null, p?.mtpdMinutes ?? null, colour, locale),
      ),
    );
  }
  const legend = h("div", { class: "legend" });
  const seen = new Set<string>();
  for (const series of bia.report.impactSeries)
    for (const c of series.categories) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      legend.append(
        h(
          "span",
          { class: "key" },
          h("i", { style: `background:${colour.get(c.id)}` }),
          locale === "ja" ? c.nameJa : c.name,
        ),
      );
    }
  legend.append(
    h("span", { class: "key" }, h("i", { class: "line rto" }), "RTO"),
    h("span", { class: "key" }, h("i", { class: "line mtpd" }), "MTPD"),
  );
  return h("div", {}, legend, grid);
}

function impactChart(
  series: ImpactSeries,
  rto: number | null,
  mtpd: number | null,
  colour: Map<string, string>,
  locale: Locale,
): SVGElement {
  const W = 300;
  const H = 150;
  const L = 26;
  const R = 10;
  const T = 10;
  const B = 24;
  const times = series.categories[0]?.points.map((p) => p.atMinutes) ?? [];
  const lo = Math.max(1, Math.min(...times));
  const hi = Math.max(lo * 2, ...times);
  const x = (m: number) =>
    L + ((Math.log(Math.max(m, lo)) - Math.log(lo)) / (Math.log(hi) - Math.log(lo))) * (W - L - R);
  const y = (level: number) => T + (1 - level / 5) * (H - T - B);
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "impact", role: "img" });
  for (let lv = 0; lv <= 5; lv++) {
    svg.append(s("line", { x1: L, x2: W - R, y1: y(lv), y2: y(lv), class: "grid" }));
    svg.append(s("text", { x: L - 6, y: y(lv) + 3, class: "axis", "text-anchor": "end" }, lv));
  }
  for (const m of times) {
    svg.append(
      s(
        "text",
        {
          x: m === hi ? W - R + 4 : x(m),
          y: H - 8,
          class: "axis",
          "text-anchor": m === hi ? "end" : "middle",
        },
        shortDuration(m, locale),
      ),
    );
  }
  // Each category's own unacceptable level (safety at 3 while the rest are at 4): one dashed
  // line per level (grouped as the CLI's report groups them); a level other than the commonest
  // is drawn in the colour of its first category, so it reads as that category's line.
  for (const line of unacceptableLines(series.categories.map((c) => c.unacceptableLevel))) {
    const level = line.level;
    const list = line.members.flatMap((i) => series.categories[i] ?? []);
    const own = line.common ? undefined : colour.get(list[0]?.id ?? "");
    svg.append(
      s(
        "line",
        {
          x1: L,
          x2: W - R,
          y1: y(level),
          y2: y(level),
          class: own ? "unacceptable own" : "unacceptable",
          "data-level": level,
          ...(own ? { style: `stroke:${own}` } : {}),
        },
        s(
          "title",
          {},
          `${level}: ${list.map((c) => (locale === "ja" ? c.nameJa : c.name)).join(", ")}`,
        ),
      ),
    );
  }
  const marker = (m: number | null, cls: string, label: string) => {
    if (m === null || m <= 0) return;
    const xm = x(Math.min(Math.max(m, lo), hi));
    svg.append(s("line", { x1: xm, x2: xm, y1: T, y2: H - B, class: `mark ${cls}` }));
    // RTO labelled at the bottom, MTPD at the top, so that close marks stay readable.
    const ly = cls === "rto" ? H - B - 4 : T + 8;
    const right = xm > W - R - 30;
    svg.append(
      s(
        "text",
        {
          x: right ? xm - 3 : xm + 3,
          y: ly,
          class: `mark-label ${cls}`,
          "text-anchor": right ? "end" : "start",
        },
        label,
      ),
    );
  };
  marker(rto, "rto", "RTO");
  marker(mtpd, "mtpd", "MTPD");
  for (const c of series.categories) {
    // A step line: the level holds until the next rated time point.
    let d = "";
    let prev: number | null = null;
    for (const p of c.points) {
      if (p.level === null) continue;
      const px = x(p.atMinutes);
      const py = y(p.level);
      if (prev === null) d += `M${px.toFixed(1)},${py.toFixed(1)}`;
      else d += `H${px.toFixed(1)}V${py.toFixed(1)}`;
      prev = p.level;
    }
    if (prev !== null) d += `H${(W - R).toFixed(1)}`;
    const stroke = colour.get(c.id) ?? "#555";
    svg.append(
      s(
        "path",
        { d, class: "series", stroke },
        s("title", {}, locale === "ja" ? c.nameJa : c.name),
      ),
    );
    for (const p of c.points)
      if (p.level !== null)
        svg.append(s("circle", { cx: x(p.atMinutes), cy: y(p.level), r: 2.4, fill: stroke }));
  }
  return svg;
}

// ---- dependency graph -----------------------------------------------------------------

function dependencyGraph(bia: BiaResult, locale: Locale, name: Name): HTMLElement {
  const t = strings(locale);
  const nodes = bia.report.graph.nodes;
  // One edge per dependency; members of an any-of (redundancy) group are drawn dashed.
  const edges = nodes.flatMap((n) => {
    const redundant = new Set(n.anyOf.flat());
    return n.dependsOn.map((to) => ({ from: n.id, to, anyOf: redundant.has(to) }));
  });
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const parents: number[][] = nodes.map(() => []);
  for (const e of edges) {
    const f = index.get(e.from);
    const to = index.get(e.to);
    if (f !== undefined && to !== undefined) parents[to]?.push(f);
  }
  // Longest-path layering from the processes (a cycle is cut where it is found).
  const layer = new Int32Array(nodes.length).fill(-1);
  const visiting = new Uint8Array(nodes.length);
  const depth = (v: number): number => {
    if ((layer[v] as number) >= 0) return layer[v] as number;
    if (visiting[v]) return 0;
    visiting[v] = 1;
    let d = nodes[v]?.type === "process" ? 0 : 1;
    for (const p of parents[v] as number[]) d = Math.max(d, depth(p) + 1);
    visiting[v] = 0;
    layer[v] = d;
    return d;
  };
  for (let v = 0; v < nodes.length; v++) depth(v);
  const layers: number[][] = [];
  for (let v = 0; v < nodes.length; v++) {
    const l = layer[v] as number;
    if (!layers[l]) layers[l] = [];
    layers[l].push(v);
  }
  const columns = layers.filter((l) => l !== undefined);

  // Order each column by the mean position of its dependents (two sweeps).
  const pos = new Float64Array(nodes.length);
  for (const col of columns)
    col.forEach((v, i) => {
      pos[v] = i;
    });
  const children: number[][] = nodes.map(() => []);
  parents.forEach((ps, v) => {
    for (const p of ps) children[p]?.push(v);
  });
  const sweep = (col: number[], rel: number[][]) => {
    const key = new Map<number, number>();
    for (const v of col) {
      const r = rel[v] as number[];
      key.set(
        v,
        r.length
          ? r.reduce((acc, u) => acc + (pos[u] as number), 0) / r.length
          : (pos[v] as number),
      );
    }
    col.sort((a, b) => (key.get(a) as number) - (key.get(b) as number));
    col.forEach((v, i) => {
      pos[v] = i;
    });
  };
  for (let pass = 0; pass < 2; pass++) {
    for (let c = 1; c < columns.length; c++) sweep(columns[c] as number[], parents);
    for (let c = columns.length - 2; c >= 0; c--) sweep(columns[c] as number[], children);
  }

  const maxRows = Math.max(...columns.map((c) => c.length));
  const NW = 176;
  const NH = 24;
  const GAPX = Math.max(NW + 40, Math.floor((1330 - NW) / Math.max(1, columns.length - 1)));
  const ROW = 31;
  const PAD = 12;
  const W = PAD * 2 + (columns.length - 1) * GAPX + NW;
  const H = PAD * 2 + maxRows * ROW;
  const xy = new Map<number, { x: number; y: number }>();
  columns.forEach((col, c) => {
    const offset = ((maxRows - col.length) * ROW) / 2;
    col.forEach((v, i) => {
      xy.set(v, { x: PAD + c * GAPX, y: PAD + offset + i * ROW });
    });
  });

  const spof = new Set(bia.spofs.map((x) => x.node));
  const gapPathNodes = new Set<string>();
  const gapEdges = new Set<string>();
  for (const g of bia.gaps) {
    if (g.kind !== "rto") continue;
    g.path.forEach((id, i) => {
      gapPathNodes.add(id);
      if (i > 0) gapEdges.add(`${g.path[i - 1]}\u0000${id}`);
    });
  }

  const gapSet = gapNodes(bia);
  const svg = s("svg", {
    viewBox: `0 0 ${W} ${H}`,
    width: W,
    height: H,
    class: "graph",
    role: "img",
    "data-testid": "graph",
  });
  const edgeLayer = s("g", { class: "edges" });
  const nodeLayer = s("g", { class: "nodes" });
  svg.append(edgeLayer, nodeLayer);
  for (const e of edges) {
    const f = xy.get(index.get(e.from) ?? -1);
    const to = xy.get(index.get(e.to) ?? -1);
    if (!f || !to) continue;
    const x1 = f.x + NW;
    const y1 = f.y + NH / 2;
    const x2 = to.x;
    const y2 = to.y + NH / 2;
    const mx = (x1 + x2) / 2;
    const onGap = gapEdges.has(`${e.from}\u0000${e.to}`);
    edgeLayer.append(
      s("path", {
        d: `M${x1},${y1} C${mx},${y1} ${mx},${y2} ${x2},${y2}`,
        class: `edge${e.anyOf ? " any-of" : ""}${onGap ? " gap" : ""}`,
      }),
    );
  }
  for (const [v, p] of xy) {
    const n = nodes[v];
    if (!n) continue;
    const cls = [
      "node",
      n.type,
      spof.has(n.id) ? "spof" : "",
      gapPathNodes.has(n.id) ? "gap" : "",
      n.inCycle ? "cycle" : "",
    ].join(" ");
    const label = clip(name(n.id), 25);
    const g = s(
      "g",
      { class: cls, transform: `translate(${p.x},${p.y})`, "data-node": n.id },
      s(
        "title",
        {},
        `${name(n.id)} (${n.id}) — ${t.types[n.type] ?? n.type}${n.requiredRtoMinutes !== null ? `, ${t.rto} ${duration(n.requiredRtoMinutes, locale)}` : ""}`,
      ),
      s("rect", { width: NW, height: NH, rx: 6, class: "box" }),
      s("text", { x: 8, y: NH / 2 + 4, class: "node-label" }, label),
    );
    if (spof.has(n.id)) {
      g.append(s("rect", { x: NW - 30, y: -7, width: 34, height: 13, rx: 6, class: "badge-spof" }));
      g.append(
        s("text", { x: NW - 13, y: 3, class: "badge-text", "text-anchor": "middle" }, "SPOF"),
      );
    }
    if (gapSet.has(n.id)) {
      g.append(s("rect", { x: NW - 74, y: -7, width: 40, height: 13, rx: 6, class: "badge-gap" }));
      g.append(
        s("text", { x: NW - 54, y: 3, class: "badge-text", "text-anchor": "middle" }, "GAP"),
      );
    }
    nodeLayer.append(g);
  }

  const legend = h(
    "div",
    { class: "legend" },
    h("span", { class: "key" }, h("i", { class: "node-key process" }), t.legendProcess),
    h("span", { class: "key" }, h("i", { class: "node-key service" }), t.legendService),
    h("span", { class: "key" }, h("i", { class: "node-key resource" }), t.legendResource),
    h("span", { class: "key" }, h("i", { class: "node-key external" }), t.legendExternal),
    h("span", { class: "key" }, h("i", { class: "node-key spof" }), t.spof),
    h("span", { class: "key" }, h("i", { class: "node-key gap" }), t.gap),
    h("span", { class: "key" }, h("i", { class: "line any-of" }), t.legendAnyOf),
  );
  const spofList = h(
    "p",
    { class: "hint" },
    `${t.spofs}: `,
    bia.spofs.length ? bia.spofs.map((x) => x.node).join(", ") : t.none,
  );
  return h("div", {}, legend, h("div", { class: "graph-scroll" }, svg), spofList);
}

function gapNodes(bia: BiaResult): Set<string> {
  return new Set(bia.gaps.filter((g) => g.kind === "rto").map((g) => g.node));
}

// ---- scenarios ------------------------------------------------------------------------

function scenarioPanel(
  bia: BiaResult,
  locale: Locale,
  chosen: string | undefined,
  onScenario: (id: string) => void,
  names: Map<string, string>,
): HTMLElement {
  const t = strings(locale);
  if (bia.scenarios.length === 0)
    return h(
      "div",
      { class: "panel" },
      h("h2", {}, t.scenario),
      h("p", { class: "muted" }, t.none),
    );
  const sc = bia.scenarios.find((x) => x.scenario === chosen) ?? bia.scenarios[0]!;
  const select = h("select", { class: "select", "data-testid": "scenario" });
  for (const x of bia.scenarios) {
    const o = h("option", { value: x.scenario }, names.get(`scenario:${x.scenario}`) ?? x.name);
    if (x.scenario === sc.scenario) o.selected = true;
    select.append(o);
  }
  select.addEventListener("change", () => onScenario(select.value));

  const breaching = sc.processes.filter((p) => p.rtoBreached || p.mtpdBreached);
  const outcomes = new Map(sc.processes.map((p) => [p.process, p]));
  let end = 0;
  for (const p of sc.processes)
    for (const d of p.down) end = Math.max(end, d.endMinutes, p.mtpdBreachAtMinutes ?? 0);
  // The same round ticks as the CLI's report (core's durationTicks): 4 hours, 12 hours, 1 day…
  const axis = durationTicks(Math.max(end, 24 * 60), 12);
  end = axis.end;

  const W = 1340;
  const LBL = 200;
  const ROW = 26;
  const T = 22;
  const rows = bia.processes;
  const H = T + rows.length * ROW + 8;
  const x = (m: number) => LBL + (m / end) * (W - LBL - 16);
  const svg = s("svg", {
    viewBox: `0 0 ${W} ${H}`,
    class: "gantt",
    role: "img",
    "data-testid": "gantt",
  });
  for (const m of axis.ticks) {
    svg.append(s("line", { x1: x(m), x2: x(m), y1: T - 4, y2: H - 6, class: "grid" }));
    svg.append(
      s(
        "text",
        { x: x(m), y: 12, class: "axis", "text-anchor": "middle" },
        shortDuration(m, locale),
      ),
    );
  }
  rows.forEach((p, i) => {
    const y = T + i * ROW;
    const o = outcomes.get(p.id);
    const bad = o && (o.rtoBreached || o.mtpdBreached);
    svg.append(
      s(
        "text",
        { x: LBL - 10, y: y + 16, class: `row-label${bad ? " bad" : ""}`, "text-anchor": "end" },
        clip(names.get(p.id) ?? p.id, 26),
        s("title", {}, names.get(p.id) ?? p.id),
      ),
    );
    svg.append(
      s("rect", { x: LBL, y: y + 4, width: W - LBL - 16, height: ROW - 8, class: "lane", rx: 3 }),
    );
    if (!o) return;
    for (const d of o.down)
      svg.append(
        s("rect", {
          x: x(d.startMinutes),
          y: y + 6,
          width: Math.max(2, x(d.endMinutes) - x(d.startMinutes)),
          height: ROW - 12,
          rx: 3,
          class: `down${bad ? " bad" : ""}`,
        }),
      );
    const tick = (m: number | null, cls: string) => {
      if (m === null) return;
      svg.append(s("path", { d: `M${x(m)},${y + 2} l5,-6 h-10 z`, class: `tick ${cls}` }));
      svg.append(
        s("line", { x1: x(m), x2: x(m), y1: y + 3, y2: y + ROW - 3, class: `tick-line ${cls}` }),
      );
    };
    tick(o.rtoBreachAtMinutes, "rto");
    tick(o.mtpdBreachAtMinutes, "mtpd");
  });

  const list = h("ul", { class: "breach-list", "data-testid": "breaches" });
  for (const p of sc.processes) {
    const parts: string[] = [];
    if (p.rtoBreachAtMinutes !== null)
      parts.push(fill(t.breachRto, { t: duration(p.rtoBreachAtMinutes, locale) }));
    if (p.mtpdBreachAtMinutes !== null)
      parts.push(fill(t.breachMtpd, { t: duration(p.mtpdBreachAtMinutes, locale) }));
    const bad = parts.length > 0;
    list.append(
      h(
        "li",
        { class: bad ? "bad" : "ok", "data-process": p.process },
        h("strong", { class: "who" }, names.get(p.process) ?? p.process),
        " — ",
        bad ? parts.join(locale === "ja" ? "、" : "; ") : t.noBreach,
        p.loss !== null
          ? h("span", { class: "muted" }, ` (${t.loss} ${money(p.loss, p.currency, locale)})`)
          : null,
      ),
    );
  }
  return h(
    "div",
    { class: "panel" },
    h(
      "div",
      { class: "panel-head" },
      h("h2", {}, t.scenario),
      select,
      h(
        "span",
        { class: `pill ${breaching.length ? "error" : "ok"}` },
        fill(t.breaches, { n: breaching.length, total: bia.processes.length }),
      ),
    ),
    h("p", { class: "hint" }, t.scenarioHint),
    h(
      "div",
      { class: "legend" },
      h("span", { class: "key" }, h("i", { class: "tri rto" }), "RTO"),
      h("span", { class: "key" }, h("i", { class: "tri mtpd" }), "MTPD"),
    ),
    svg,
    list,
  );
}
