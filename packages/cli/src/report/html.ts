import type { BiaResult } from "@mamori/bia";
import {
  categoryHeatmapSvg,
  countHeatmapSvg,
  dependencyGraphSvg,
  impactChartSvg,
  recoveryTimelineSvg,
} from "@mamori/bia/charts";
import {
  countControlsByLayer,
  type DifferentialAudit,
  type Heatmap,
  type MatrixResult,
} from "@mamori/cloud-matrix";
import {
  type Diagnostic,
  formatDuration,
  isSuppressed,
  type Locale,
  localize,
  sortDiagnostics,
} from "@mamori/core";
import { elideText } from "@mamori/core/internal";
import {
  type EvidenceSummary,
  PLAN_PARTS,
  type PlanResult,
  partOfFinding,
  resultKindLabel,
} from "@mamori/plan-validator";
import { escapeHtml as esc } from "./escape.js";
import { fill, labelsFor, matrixWord, type ReportLabels } from "./labels.js";
import { barChart } from "./svg.js";

/** A service model as people write it: SaaS, PaaS, IaaS, on-premises (オンプレミス). */
function serviceModelName(model: string, locale: Locale): string {
  if (model === "on-premises") return locale === "ja" ? "オンプレミス" : "on-premises";
  return /^[a-z]aas$/.test(model) ? `${model.slice(0, 1).toUpperCase()}aaS` : model;
}

/** The owner colours of the layer map (colour-blind-safe, Okabe–Ito). */
const OWNER_COLOURS: Record<string, string> = {
  customer: "#56B4E9",
  provider: "#009E73",
  shared: "#F0E442",
  "third-party": "#CC79A7",
  "shared-provider-third-party": "#E69F00",
  "not-applicable": "#dddddd",
  unassigned: "#D55E00",
};

/** Longest label repeated in tables and charts (UTF-16 units); longer ones end in "…". */
const LABEL_MAX = 80;
const short = (text: string) => elideText(text, LABEL_MAX);
/** Longest message in the findings tables: a message quoting a huge value stays readable. */
const MESSAGE_MAX = 2000;

/** Everything the report shows, already analysed. */
export interface ReportInput {
  /** Locale of the fixed texts and messages. */
  locale: Locale;
  /** The date the report is for (ISO 8601). */
  now: string;
  /** Every document read, with its problem counts. */
  documents: { file: string; kind: string; errors: number; warnings: number }[];
  /** The organisation's display name. */
  organisation?: { name: string; nameJa?: string | undefined };
  /**
   * The BIA analysis, with its located diagnostics and, optionally, the label of each node
   * and scenario (`scenario:<id>`) in the report's locale (see `nodeLabels` in `@mamori/bia/charts`); without it the
   * analysis's names are used.
   */
  bia?: {
    file: string;
    result: BiaResult;
    diagnostics: Diagnostic[];
    labels?: ReadonlyMap<string, string>;
  };
  /** One entry per responsibility matrix. */
  matrices: { file: string; result: MatrixResult; heatmap?: Heatmap; diagnostics: Diagnostic[] }[];
  /** The differential audit, when a Statement of Applicability was found. */
  audit?: DifferentialAudit;
  /** The plan validation, with its located diagnostics. */
  plan?: { file: string; result: PlanResult; diagnostics: Diagnostic[] };
  /** The plan's exercise and test results held against its objectives. */
  evidence?: EvidenceSummary;
}

const CSS = `
:root{--fg:#1d2433;--muted:#5b6475;--line:#e3e6ee;--bg:#fafbfd;--card:#fff;--accent:#0072B2;--bad:#D55E00;--warn:#E69F00}
*{box-sizing:border-box}body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI","Hiragino Sans","Noto Sans JP",sans-serif;color:var(--fg);background:var(--bg)}
header{background:#14213d;color:#fff;padding:24px 40px}header h1{margin:0;font-size:24px}header p{margin:4px 0 0;color:#c9d3ea}
main{padding:24px 40px;max-width:1200px}section{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:20px 24px;margin:0 0 24px}
h2{margin:0 0 12px;font-size:20px}h3{margin:20px 0 8px;font-size:16px}.note{color:var(--muted);margin:4px 0 12px}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:12px}.card{border:1px solid var(--line);border-radius:8px;padding:12px 14px}
.card .n{font-size:26px;font-weight:600}.card .l{color:var(--muted)}.card.bad .n{color:var(--bad)}.card.warn .n{color:var(--warn)}
table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}th{background:#f3f5f9;font-weight:600}
td.num{text-align:right;font-variant-numeric:tabular-nums}.sev-error{color:var(--bad);font-weight:600}.sev-warning{color:#a86b00;font-weight:600}.sev-info{color:var(--accent)}
tr.suppressed td{color:var(--muted)}
code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace;background:#f3f5f9;padding:1px 4px;border-radius:3px}
.charts{display:flex;flex-wrap:wrap;gap:16px}.charts svg{border:1px solid var(--line);border-radius:6px;background:#fff}
svg{max-width:100%;height:auto}svg:not(.mamori-chart) text{font:11px system-ui,"Hiragino Sans","Noto Sans JP",sans-serif;fill:#1d2433}svg:not(.mamori-chart) .chart-title{font-size:13px;font-weight:600}svg:not(.mamori-chart) .axis{fill:#5b6475}
.graph{overflow-x:auto}.graph svg{max-width:none}
svg:not(.mamori-chart) .bar{fill:#56B4E9}svg:not(.mamori-chart) .bar.late{fill:#D55E00}
.tag{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;background:#eef1f6}.tag.gap,.tag.conflict{background:#fbe0d5}.tag.unverified,.tag.overlap{background:#fdf1d4}
@page{size:A4;margin:14mm 12mm}
@media print{
body{background:#fff;font-size:10pt}header{background:none;color:var(--fg);padding:0 0 8px;border-bottom:2px solid var(--fg)}header p{color:var(--muted)}
main{padding:0;max-width:none}section{border:none;border-radius:0;padding:0;margin:0;break-before:page}section#summary{break-before:auto;margin-top:12px}
h2,h3,h4{break-after:avoid}svg,.card,tr{break-inside:avoid}thead{display:table-header-group}
.charts{display:block}.charts svg{display:block;margin:0 0 8px;border:none}svg,.graph svg{max-width:100%}.graph{overflow:visible}
*{print-color-adjust:exact;-webkit-print-color-adjust:exact}
}
`;

function money(amount: number, currency: string, locale: Locale): string {
  try {
    return new Intl.NumberFormat(locale === "ja" ? "ja-JP" : "en-US", {
      style: "currency",
      currency,
      maximumFractionDigits: 0,
    }).format(amount);
  } catch {
    return `${Math.round(amount)} ${currency}`;
  }
}

const dur = (m: number | null | undefined, locale: Locale) =>
  m === null || m === undefined ? "—" : formatDuration(m, locale);

function card(label: string, value: number | string, tone = ""): string {
  return `<div class="card ${tone}"><div class="n">${esc(value)}</div><div class="l">${esc(label)}</div></div>`;
}

function diagnosticsTable(diagnostics: readonly Diagnostic[], L: ReportLabels): string {
  if (diagnostics.length === 0) return `<p>${esc(L.none)}</p>`;
  const rows = diagnostics.map((d) => {
    const where = d.range
      ? `${d.file ?? ""}:${d.range.start.line}:${d.range.start.column}`
      : d.path || "/";
    // A finding an exception accepted stays listed, marked, with the justification.
    const suppressed = isSuppressed(d)
      ? ` <small>[${esc(L.suppressed)}: ${esc(short((d.suppressions ?? []).map((x) => x.justification).join("; ")))}]</small>`
      : "";
    return `<tr${suppressed ? ' class="suppressed"' : ""}><td><code>${esc(where)}</code></td><td class="sev-${esc(d.severity)}">${esc(L.severities[d.severity] ?? d.severity)}</td><td>${esc(elideText(d.message, MESSAGE_MAX))}${suppressed}</td><td><code>${esc(d.code)}</code></td></tr>`;
  });
  return `<table><thead><tr><th>${esc(L.where)}</th><th>${esc(L.severity)}</th><th>${esc(L.message)}</th><th>${esc(L.rule)}</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function biaSection(
  input: NonNullable<ReportInput["bia"]>,
  L: ReportLabels,
  locale: Locale,
): string {
  const { result } = input;
  const out: string[] = [`<section id="bia"><h2>${esc(L.bia)}</h2>`];
  const names = input.labels ?? new Map(result.nodes.map((n) => [n.id, n.name]));
  const label = (id: string, name: string) => names.get(id) ?? name;
  const scenarioName = (id: string, name: string) => names.get(`scenario:${id}`) ?? name;
  // A name is written in full once per node (the process table, the graph's tooltips);
  // everywhere it is repeated — paths, charts, scenarios — it is cut, so a 10 MB name costs
  // 10 MB twice, not once per place it appears.
  const nameOf = (id: string) => short(names.get(id) ?? id);

  // Tiers and objectives.
  out.push(
    `<h3>${esc(L.tiers)}</h3><table><thead><tr><th>${esc(L.process)}</th><th>${esc(L.mtpd)}</th><th>${esc(L.rto)}</th><th>${esc(L.rpo)}</th><th>${esc(L.tier)}</th><th>${esc(L.achievable)}</th><th>${esc(L.criticalPath)}</th></tr></thead><tbody>`,
  );
  for (const p of result.processes) {
    const gap =
      p.rtoMinutes !== null && p.achievableMinutes !== null && p.achievableMinutes > p.rtoMinutes;
    const tier = (locale === "ja" ? p.tierNameJa : p.tierName) ?? "—";
    out.push(
      `<tr><td>${esc(label(p.id, p.name))} <code>${esc(p.id)}</code></td><td>${esc(dur(p.mtpdMinutes, locale))}</td><td>${esc(p.rtoUnmeetable ? L.rtoUnmeetable : dur(p.rtoMinutes, locale))}</td><td>${esc(dur(p.rpoMinutes, locale))}</td><td>${esc(tier)}</td><td${gap ? ' class="sev-error"' : ""}>${esc(dur(p.achievableMinutes, locale))}${gap ? ` <span class="tag gap">${esc(L.gap)}</span>` : ""}</td><td>${esc(p.criticalPath.map(nameOf).join(" → "))}</td></tr>`,
    );
  }
  out.push("</tbody></table>");

  // Impact over time, one chart per process; the dependency graph; the recovery timeline:
  // drawn by @mamori/bia/charts, as the workbench draws them.
  const chartOptions = { locale, labels: names };
  out.push(`<h3>${esc(L.impactOverTime)}</h3><div class="charts">`);
  for (const series of result.report.impactSeries)
    out.push(impactChartSvg(result, series.process, chartOptions));
  out.push("</div>");
  out.push(
    `<h3>${esc(L.graph)}</h3><p class="note">${esc(L.graphNote)}</p><div class="graph">${dependencyGraphSvg(result, chartOptions)}</div>`,
  );
  out.push(
    `<h3>${esc(L.timeline)}</h3><p class="note">${esc(L.timelineNote)}</p>${recoveryTimelineSvg(result, chartOptions)}`,
  );

  // SPOFs.
  out.push(`<h3>${esc(L.spofs)}</h3>`);
  if (result.spofs.length === 0) out.push(`<p>${esc(L.none)}</p>`);
  else {
    out.push(
      `<table><thead><tr><th>#</th><th>${esc(L.spofs)}</th><th>${esc(L.stops)}</th></tr></thead><tbody>`,
    );
    result.spofs.forEach((s, i) => {
      out.push(
        `<tr><td class="num">${i + 1}</td><td>${esc(nameOf(s.node))} <code>${esc(s.node)}</code></td><td>${esc(s.processes.map(nameOf).join(", "))}</td></tr>`,
      );
    });
    out.push("</tbody></table>");
  }

  // Scenarios.
  out.push(`<h3>${esc(L.scenarios)}</h3>`);
  for (const sc of result.scenarios) {
    const totals = Object.entries(sc.totalLoss)
      .sort()
      .map(([c, a]) => money(a, c, locale))
      .join(", ");
    out.push(
      `<h4>${esc(scenarioName(sc.scenario, sc.name))} <code>${esc(sc.scenario)}</code></h4><p>${esc(L.down)}: ${sc.processesDown} · ${esc(L.rtoBreaches)}: ${sc.rtoBreaches} · ${esc(L.mtpdBreaches)}: ${sc.mtpdBreaches}${totals ? ` · ${esc(L.loss)}: ${esc(totals)}` : ""}</p>`,
    );
    out.push(
      `<table><thead><tr><th>${esc(L.process)}</th><th>${esc(L.outage)}</th><th>${esc(L.breachAt)}</th><th>${esc(L.mtpdBreaches)}</th><th>${esc(L.loss)}</th></tr></thead><tbody>`,
    );
    for (const p of sc.processes) {
      const loss = p.loss === null || p.currency === null ? "—" : money(p.loss, p.currency, locale);
      out.push(
        `<tr><td>${esc(nameOf(p.process))}</td><td>${esc(dur(p.outageMinutes, locale))}</td><td${p.rtoBreached ? ' class="sev-error"' : ""}>${esc(p.rtoBreached ? dur(p.rtoBreachAtMinutes, locale) : "—")}</td><td${p.mtpdBreached ? ' class="sev-error"' : ""}>${esc(p.mtpdBreached ? dur(p.mtpdBreachAtMinutes, locale) : "—")}</td><td class="num">${esc(loss)}</td></tr>`,
      );
    }
    out.push("</tbody></table>");
    const bars = sc.processes
      .filter((p) => p.loss !== null && p.loss > 0)
      .map((p) => ({
        label: nameOf(p.process),
        value: p.loss ?? 0,
        text: money(p.loss ?? 0, p.currency ?? "JPY", locale),
        highlight: p.rtoBreached,
      }));
    if (bars.length > 0)
      out.push(
        barChart(fill(L.lossByProcess, { name: short(scenarioName(sc.scenario, sc.name)) }), bars),
      );
  }

  // Power.
  out.push(
    `<h3>${esc(L.power)}</h3><p><strong>${esc(L.mustProtect)}:</strong> ${esc(result.power.mustProtect.map(nameOf).join(", ") || L.none)}</p>`,
  );
  if (result.power.shortBackup.length > 0) {
    out.push(`<p><strong>${esc(L.shortBackup)}:</strong></p><ul>`);
    for (const s of result.power.shortBackup)
      out.push(
        `<li>${esc(nameOf(s.node))}: ${esc(dur(s.runtimeMinutes, locale))} &lt; ${esc(dur(s.outageMinutes, locale))}</li>`,
      );
    out.push("</ul>");
  }
  out.push(`<h3>${esc(L.findings)}</h3>${diagnosticsTable(input.diagnostics, L)}</section>`);
  return out.join("");
}

function cloudSection(input: ReportInput, L: ReportLabels, locale: Locale): string {
  const out: string[] = [`<section id="cloud"><h2>${esc(L.cloud)}</h2>`];
  for (const m of input.matrices) {
    const info = m.result.matrix;
    out.push(
      `<h3>${esc(info?.provider ?? m.file)} — ${esc(info?.serviceModel ?? "")} <code>${esc(m.file)}</code></h3>`,
    );
    // Who runs each layer in each service model, as the matrix's layer template says.
    if (m.heatmap) {
      const hm = m.heatmap;
      const owner = new Map(hm.cells.map((c) => [`${c.layer}\u0000${c.model}`, c.owner]));
      out.push(
        categoryHeatmapSvg(
          {
            columns: hm.models.map((model) => serviceModelName(model, locale)),
            rows: hm.layers.map((l) => ({
              label: localize(l.name, locale),
              values: hm.models.map((model) => owner.get(`${l.id}\u0000${model}`) ?? null),
              note: String(l.controls),
            })),
            noteHeader: L.layerControls,
            legend: Object.entries(OWNER_COLOURS).map(([value, colour]) => ({
              value,
              label: matrixWord(value, locale),
              colour,
            })),
          },
          { title: fill(L.ownerMap, { template: hm.template }) },
        ),
      );
    }
    // How many controls each owner carries in each layer (the template's layers, in order).
    const counts = countControlsByLayer(m.result.controls, {
      locale,
      ...(m.heatmap ? { layers: m.heatmap.layers } : {}),
    });
    const template = m.heatmap?.template ?? info?.template;
    out.push(
      countHeatmapSvg(counts, {
        title: template ? fill(L.heatmap, { template }) : L.heatmapNoTemplate,
        locale,
      }),
      `<p class="note">${esc(L.heatmapNote)}</p>`,
    );
    const flagged = m.result.controls.filter(
      (c) => c.findings.length > 0 || c.owner === "unassigned",
    );
    out.push(
      `<table><thead><tr><th>${esc(L.control)}</th><th>${esc(L.owner)}</th><th>${esc(L.attested)}</th><th>${esc(L.finding)}</th></tr></thead><tbody>`,
    );
    for (const c of flagged) {
      const tags = c.findings
        .map((f) => `<span class="tag ${esc(f)}">${esc(matrixWord(f, locale))}</span>`)
        .join(" ");
      out.push(
        `<tr><td><code>${esc(`${c.catalog} ${c.control}`)}</code> ${esc(locale === "ja" && c.titleJa ? c.titleJa : c.title)}</td><td>${esc(matrixWord(c.owner, locale))}</td><td>${esc(c.attested ? matrixWord(c.attested.owner, locale) : "—")}</td><td>${tags}</td></tr>`,
      );
    }
    if (flagged.length === 0) out.push(`<tr><td colspan="4">${esc(L.none)}</td></tr>`);
    out.push("</tbody></table>");
    out.push(diagnosticsTable(m.diagnostics, L));
  }
  if (input.audit) {
    const a = input.audit;
    out.push(`<h3>${esc(L.audit)}</h3><p class="note">${esc(L.auditNote)}</p><div class="cards">`);
    for (const [k, v] of Object.entries(a.counts)) out.push(card(matrixWord(k, locale), v));
    out.push("</div>");
  }
  out.push("</section>");
  return out.join("");
}

function evidenceSection(evidence: EvidenceSummary, L: ReportLabels, locale: Locale): string {
  const out: string[] = [`<section id="evidence"><h2>${esc(L.evidence)}</h2>`];
  out.push(`<p class="note">${esc(L.evidenceNote)}</p>`);
  if (evidence.services.length === 0) {
    out.push(`<p>${esc(L.noResults)}</p></section>`);
    return out.join("");
  }
  const statusText = { proven: L.proven, unproven: L.unproven, disproven: L.disproven };
  const rows = evidence.services.map((s) => {
    const objectives = [
      s.rtoMinutes === null ? "" : `RTO ${dur(s.rtoMinutes, locale)}`,
      s.rpoMinutes === null ? "" : `RPO ${dur(s.rpoMinutes, locale)}`,
      s.rlo === null ? "" : `RLO ${s.rlo}`,
    ]
      .filter(Boolean)
      .join(" · ");
    const results =
      s.points.length === 0
        ? esc(L.noResults)
        : s.points
            .map((p) => {
              const measured = [
                p.recoveryMinutes === null ? "" : dur(p.recoveryMinutes, locale),
                p.dataLossMinutes === null
                  ? ""
                  : fill(L.dataLost, { duration: dur(p.dataLossMinutes, locale) }),
                p.levelReached === null ? "" : fill(L.levelReached, { level: p.levelReached }),
              ]
                .filter(Boolean)
                .join(", ");
              const mark = p.failing ? '<span class="sev-error">✗</span>' : "✓";
              return `${mark} ${esc(p.date)} ${esc(resultKindLabel(p.kind, locale))}${measured ? `: ${esc(measured)}` : ""}`;
            })
            .join("<br>");
    const status = `<span class="${s.status === "disproven" ? "sev-error" : s.status === "unproven" ? "sev-warning" : ""}">${esc(statusText[s.status])}</span>${s.expires ? `<br><small>${esc(fill(L.expires, { date: s.expires }))}</small>` : ""}`;
    return `<tr><td><code>${esc(short(s.service))}</code>${s.timeCritical ? ` <small>(${esc(L.timeCritical)})</small>` : ""}</td><td>${status}</td><td>${esc(objectives || "—")}</td><td>${results}</td></tr>`;
  });
  out.push(
    `<table><thead><tr><th>${esc(L.service)}</th><th>${esc(L.status)}</th><th>${esc(L.objectives)}</th><th>${esc(L.results)}</th></tr></thead><tbody>${rows.join("")}</tbody></table>`,
  );
  const bars = evidence.services.flatMap((s) =>
    s.points
      .filter((p) => p.recoveryMinutes !== null)
      .map((p) => ({
        label: elideText(`${s.service} ${p.date}`, 28),
        value: p.recoveryMinutes as number,
        text: `${dur(p.recoveryMinutes as number, locale)}${s.rtoMinutes === null ? "" : ` / RTO ${dur(s.rtoMinutes, locale)}`}`,
        highlight: p.failing,
      })),
  );
  if (bars.length > 0) out.push(`<div class="charts">${barChart(L.measuredVsRto, bars)}</div>`);
  out.push("</section>");
  return out.join("");
}

function planSection(input: NonNullable<ReportInput["plan"]>, L: ReportLabels): string {
  const { result } = input;
  const out: string[] = [`<section id="plan"><h2>${esc(L.plan)}</h2>`];
  const c = result.summary.coverage;
  out.push(`<p>${esc(fill(L.coverage, { present: c.present, required: c.required }))}</p>`);
  const parts = new Map<string, Diagnostic[]>();
  for (const d of input.diagnostics) {
    // A finding about a missing part is reported at the root, but belongs to that part (as in
    // the plan's summary.byPart).
    const part = partOfFinding(d);
    const list = parts.get(part);
    if (list) list.push(d);
    else parts.set(part, [d]);
  }
  const exceptions = result.exceptions ?? [];
  if (exceptions.length > 0) {
    // Every exception, in force or not: an auditor reads what was accepted, by whom, until when.
    const rows = exceptions.map(
      (x) =>
        `<tr><td><code>${esc(x.rule)}</code><br><small><code>${esc(short(x.path))}</code></small></td><td>${esc(short(x.reason))}</td><td><code>${esc(x.acceptedBy)}</code></td><td>${esc(x.until ?? "—")}</td><td class="${x.status === "in-force" ? "" : "sev-error"}">${esc(L.exceptionStatus[x.status] ?? x.status)}</td><td class="num">${x.suppressed}</td></tr>`,
    );
    out.push(
      `<h3 id="exceptions">${esc(L.exceptions)}</h3><p class="note">${esc(L.exceptionsNote)}</p><table><thead><tr><th>${esc(L.rule)}</th><th>${esc(L.reason)}</th><th>${esc(L.acceptedBy)}</th><th>${esc(L.until)}</th><th>${esc(L.status)}</th><th>${esc(L.suppressedCount)}</th></tr></thead><tbody>${rows.join("")}</tbody></table>`,
    );
  }
  out.push(`<h3>${esc(L.byPart)}</h3>`);
  if (parts.size === 0) out.push(`<p>${esc(L.none)}</p>`);
  // Parts in the plan's order; within one, findings by file, line and column (by path when
  // there is no position), as an editor lists them.
  for (const part of PLAN_PARTS) {
    const list = parts.get(part);
    if (!list) continue;
    out.push(
      `<h4>${esc(fill(L.partHeading, { part: L.parts[part] ?? part, count: list.length }))}</h4>${diagnosticsTable(sortDiagnostics(list), L)}`,
    );
  }
  out.push("</section>");
  return out.join("");
}

/**
 * Build the report: one self-contained HTML file (inline CSS, SVG charts, no script, no
 * external resource) that opens offline. Every string that comes from a document is escaped.
 * Deterministic: the same input gives the same bytes.
 */
export function buildReportHtml(input: ReportInput): string {
  const { locale } = input;
  const L = labelsFor(locale);
  const orgName = input.organisation
    ? locale === "ja"
      ? (input.organisation.nameJa ?? input.organisation.name)
      : input.organisation.name
    : "";
  const bia = input.bia?.result;
  const planCounts = input.plan?.result.summary.bySeverity;
  const matrixFindings = input.matrices.reduce(
    (n, m) => n + m.result.controls.filter((c) => c.findings.length > 0).length,
    0,
  );
  const tiers = bia ? new Set(bia.processes.map((p) => p.tier).filter((t) => t !== null)).size : 0;
  const cards = [
    card(L.processes, bia?.processes.length ?? 0),
    card(L.timeCritical, bia?.processes.filter((p) => p.timeCritical).length ?? 0),
    card(L.tiers, tiers),
    card(L.gaps, bia?.gaps.length ?? 0, (bia?.gaps.length ?? 0) > 0 ? "bad" : ""),
    card(L.spofs, bia?.spofs.length ?? 0, (bia?.spofs.length ?? 0) > 0 ? "warn" : ""),
    card(L.matrixFindings, matrixFindings, matrixFindings > 0 ? "warn" : ""),
    card(L.planErrors, planCounts?.error ?? 0, (planCounts?.error ?? 0) > 0 ? "bad" : ""),
    card(L.planWarnings, planCounts?.warning ?? 0, (planCounts?.warning ?? 0) > 0 ? "warn" : ""),
  ];
  // How many time-critical services a test has proven, none has, and one has disproven.
  const ev = input.evidence?.timeCritical;
  if (ev)
    cards.push(
      card(L.provenCard, ev.proven),
      card(L.unprovenCard, ev.unproven, ev.unproven > 0 ? "warn" : ""),
      card(L.disprovenCard, ev.disproven, ev.disproven > 0 ? "bad" : ""),
    );
  const docs = input.documents.map(
    (d) =>
      `<tr><td><code>${esc(d.file)}</code></td><td>${esc(d.kind)}</td><td class="num">${d.errors}</td><td class="num">${d.warnings}</td></tr>`,
  );
  const body = [
    `<section id="summary"><h2>${esc(L.summary)}</h2><div class="cards">${cards.join("")}</div>`,
    `<h3>${esc(L.documents)}</h3><table><thead><tr><th>${esc(L.file)}</th><th>${esc(L.kind)}</th><th>error</th><th>warning</th></tr></thead><tbody>${docs.join("")}</tbody></table></section>`,
    input.bia ? biaSection(input.bia, L, locale) : "",
    input.matrices.length > 0 || input.audit ? cloudSection(input, L, locale) : "",
    input.plan ? planSection(input.plan, L) : "",
    input.evidence ? evidenceSection(input.evidence, L, locale) : "",
  ].join("");
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(L.title)}${orgName ? ` — ${esc(orgName)}` : ""}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${esc(L.title)}${orgName ? ` — ${esc(orgName)}` : ""}</h1><p>${esc(fill(L.generated, { date: input.now.slice(0, 10) }))}</p></header>
<main>${body}</main>
</body>
</html>
`;
}
