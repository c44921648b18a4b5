// The BIA view: summary, processes and tiers, impact over time per process, the dependency
// graph (SPOFs and RTO gaps highlighted) and a scenario picker. Everything is SVG/DOM built
// with textContent; names from the document are never parsed as markup.
import { type BiaResult, DEFAULT_TIERS } from "@mamori/bia";
import {
  type ChartOptions,
  dependencyGraphSvg,
  impactChartSvg,
  nodeLabels,
  recoveryTimelineSvg,
} from "@mamori/bia/charts";
import { durationTicks, type Locale } from "@mamori/core";
import type { Analysis } from "../documents.js";
import { h, s, svgFrom } from "../dom.js";
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
  // One rule for every label (nameJa ?? name in Japanese), and one drawing of every chart,
  // shared with the CLI's HTML report: @mamori/bia/charts.
  const names = nodeLabels(bia, a.parsed.bia.data, locale);
  const name = (id: string) => names.get(id) ?? id;
  const chart: ChartOptions = { locale, labels: names };
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
      impactCharts(bia, chart),
    ),
    h(
      "div",
      { class: "panel" },
      h("h2", {}, t.graph),
      h("p", { class: "hint" }, t.graphHint),
      h("div", { class: "graph-scroll" }, svgFrom(dependencyGraphSvg(bia, chart))),
      h(
        "p",
        { class: "hint" },
        `${t.spofs}: `,
        bia.spofs.length ? bia.spofs.map((x) => name(x.node)).join(", ") : t.none,
      ),
    ),
    h(
      "div",
      { class: "panel", "data-testid": "timeline" },
      h("h2", {}, t.timeline),
      svgFrom(recoveryTimelineSvg(bia, chart)),
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
        // A process no RTO can meet (its work recovery and margin take its whole MTPD) is
        // said so, not "0分"; an explicit RTO of 0 is a target and is written as one.
        h("td", {}, p.rtoUnmeetable ? t.rtoUnmeetable : duration(p.rtoMinutes, locale)),
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

// ---- impact over time ----------------------------------------------------------------

function impactCharts(bia: BiaResult, chart: ChartOptions): HTMLElement {
  const grid = h("div", { class: "chart-grid" });
  for (const series of bia.report.impactSeries) {
    // A process with no usable impacts has no chart: skipped, not a broken view.
    const picture = svgFrom(impactChartSvg(bia, series.process, chart));
    if (picture)
      grid.append(h("figure", { class: "chart", "data-process": series.process }, picture));
  }
  return grid;
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
