// The responsibility-matrix view: owners per control as a heat map, layers × service models,
// and the gaps, conflicts and evidence problems found against the provider's attestation.
import { countHeatmapSvg } from "@mamori/bia/charts";
import {
  type Catalog,
  countControlsByLayer,
  type MatrixControl,
  toHeatmap,
} from "@mamori/cloud-matrix";
import { BUILTIN_CATALOGS, BUILTIN_LAYER_TEMPLATES } from "@mamori/cloud-matrix/catalogs";
import type { Locale } from "@mamori/core";
import type { Analysis } from "../documents.js";
import { h, svgFrom } from "../dom.js";
import { strings } from "../i18n.js";

const OWNER_ORDER = [
  "customer",
  "shared",
  "provider",
  "third-party",
  "shared-provider-third-party",
  "not-applicable",
  "unassigned",
] as const;

const FINDING_CODES = new Set([
  "cloud-matrix/gap",
  "cloud-matrix/conflict",
  "cloud-matrix/overlap",
  "cloud-matrix/unverified",
  "cloud-matrix/evidence-expired",
  "cloud-matrix/evidence-missing",
]);

export function renderMatrix(
  a: Analysis,
  locale: Locale,
  onSample: (sample: "skycloud" | "kumomail") => void,
): HTMLElement {
  const t = strings(locale);
  const m = a.matrix;
  const sampleButtons = h(
    "div",
    { class: "seg" },
    h("span", { class: "muted" }, `${t.sample}:`),
    h("button", { class: "btn ghost", "data-sample": "skycloud" }, "SkyCloud (IaaS)"),
    h("button", { class: "btn ghost", "data-sample": "kumomail" }, "KumoMail (SaaS)"),
  );
  sampleButtons.addEventListener("click", (e) => {
    const b = (e.target as Element).closest("button");
    const id = b?.dataset.sample;
    if (id === "skycloud" || id === "kumomail") onSample(id);
  });
  if (!m?.matrix) {
    return h(
      "section",
      { class: "view" },
      h("div", { class: "panel-head" }, sampleButtons),
      h("p", { class: "empty-state" }, t.noMatrix),
    );
  }
  const info = m.matrix;
  const head = h(
    "div",
    { class: "panel matrix-head" },
    h(
      "div",
      { class: "facts" },
      h(
        "div",
        {},
        h("span", { class: "muted" }, t.provider),
        h("strong", { class: "fact-value" }, info.provider),
      ),
      h(
        "div",
        {},
        h("span", { class: "muted" }, t.model),
        h("strong", { class: "fact-value" }, info.serviceModel.toUpperCase()),
      ),
      h(
        "div",
        {},
        h("span", { class: "muted" }, t.template),
        h("strong", { class: "fact-value" }, info.template),
      ),
      ...(["gap", "conflict", "planned", "unverified", "overlap"] as const).map((k) =>
        h(
          "div",
          { class: `fact-count ${m.counts.findings[k] ? k : ""}` },
          h("span", { class: "muted" }, t.findingNames[k] ?? k),
          h("strong", { class: "fact-value" }, m.counts.findings[k]),
        ),
      ),
    ),
    sampleButtons,
  );

  const ownerLegend = h(
    "div",
    { class: "legend" },
    ...OWNER_ORDER.filter((o) => m.counts.owners[o] > 0 || o === "unassigned").map((o) =>
      h(
        "span",
        { class: "key" },
        h("i", { class: `own ${o}` }),
        `${t.owners[o]} (${m.counts.owners[o]})`,
      ),
    ),
    h("span", { class: "key" }, h("i", { class: "ring gap" }), t.findingNames.gap),
    h("span", { class: "key" }, h("i", { class: "ring conflict" }), t.findingNames.conflict),
    h("span", { class: "key" }, h("i", { class: "ring planned" }), t.findingNames.planned),
    h("span", { class: "key" }, h("i", { class: "ring unverified" }), t.findingNames.unverified),
  );

  // Controls × owner: one cell per control, grouped by catalog, coloured by owner.
  const byCatalog = new Map<string, MatrixControl[]>();
  for (const c of m.controls) {
    const list = byCatalog.get(c.catalog) ?? [];
    list.push(c);
    byCatalog.set(c.catalog, list);
  }
  const heat = h("div", { class: "heat", "data-testid": "heatmap" });
  for (const [catalog, controls] of byCatalog) {
    const grid = h("div", { class: "heat-grid" });
    for (const c of controls) {
      const finding = c.findings.includes("conflict")
        ? "conflict"
        : c.findings.includes("gap")
          ? "gap"
          : c.findings.includes("planned")
            ? "planned"
            : c.findings.includes("unverified")
              ? "unverified"
              : c.findings.includes("overlap")
                ? "overlap"
                : "";
      const title = locale === "ja" && c.titleJa ? c.titleJa : c.title;
      grid.append(
        h(
          "div",
          {
            class: `cell own ${c.owner}${finding ? ` ring ${finding}` : ""}`,
            title: `${c.control} ${title} — ${t.owners[c.owner] ?? c.owner}${c.findings.length ? ` — ${c.findings.map((f) => t.findingNames[f] ?? f).join(", ")}` : ""}`,
            "data-control": c.control,
            "data-owner": c.owner,
          },
          h("span", { class: "cell-id" }, c.control),
          h("span", { class: "cell-title" }, title),
        ),
      );
    }
    heat.append(h("div", { class: "heat-block" }, h("h3", {}, catalog), grid));
  }

  // Layers × service models from the matrix's template.
  const [tid, tver] = info.template.split("@");
  const template = BUILTIN_LAYER_TEMPLATES.find((x) => x.id === tid && x.version === tver);
  // How many controls each owner carries per layer: the chart the CLI's report draws too.
  const counts = countHeatmapSvg(
    countControlsByLayer(m.controls, {
      locale,
      ...(template ? { layers: toHeatmap(template).layers } : {}),
    }),
    { title: t.layerCounts.replace("{template}", info.template), locale },
  );
  let layersPanel: HTMLElement | null = null;
  if (template) {
    const catalogs = Object.entries(BUILTIN_CATALOGS)
      .filter(([id]) => m.controls.some((c) => c.catalog === id))
      .map(([, c]) => c as Catalog);
    const hm = toHeatmap(template, catalogs);
    const table = h("table", { class: "layer-table" });
    table.append(
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", {}, ""),
          ...hm.models.map((mod) =>
            h("th", { class: mod === info.serviceModel ? "current" : "" }, mod.toUpperCase()),
          ),
        ),
      ),
    );
    const body = h("tbody");
    for (const layer of hm.layers) {
      const row = h(
        "tr",
        {},
        h(
          "th",
          { class: "layer-name" },
          (locale === "ja" ? layer.name.ja : undefined) ?? layer.name.en,
        ),
      );
      for (const mod of hm.models) {
        const cell = hm.cells.find((c) => c.layer === layer.id && c.model === mod);
        const owner = cell?.owner ?? "unassigned";
        row.append(
          h(
            "td",
            { class: `own ${owner}${mod === info.serviceModel ? " current" : ""}` },
            t.owners[owner] ?? owner,
          ),
        );
      }
      body.append(row);
    }
    table.append(body);
    layersPanel = h(
      "div",
      { class: "panel" },
      h("h2", {}, t.layers),
      h("p", { class: "hint" }, t.layersHint.replace("{template}", hm.template)),
      table,
    );
  }

  // Findings, most severe first.
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const findings = [...a.diagnostics.matrix, ...a.diagnostics.attestation]
    .filter((d) => FINDING_CODES.has(d.code))
    .sort((x, y) => rank[x.severity] - rank[y.severity]);
  const list = h("ol", { class: "diag-list compact", "data-testid": "matrix-findings" });
  for (const d of findings) {
    const data = (d.data ?? {}) as Record<string, unknown>;
    const kind = d.code.replace("cloud-matrix/", "");
    list.append(
      h(
        "li",
        { class: `diag ${d.severity}`, "data-code": d.code },
        h(
          "span",
          { class: `sev ${d.severity}` },
          d.severity === "error" ? "✕" : d.severity === "warning" ? "!" : "i",
        ),
        h(
          "div",
          { class: "diag-body" },
          h(
            "div",
            { class: "diag-meta" },
            h("span", { class: `tag ${kind}` }, t.findingNames[kind] ?? kind),
            typeof data.control === "string"
              ? h("code", {}, `${String(data.catalog ?? "")} ${data.control}`)
              : null,
          ),
          h("div", { class: "diag-msg" }, d.message),
        ),
      ),
    );
  }
  if (findings.length === 0) list.append(h("li", { class: "empty" }, t.none));

  return h(
    "section",
    { class: "view matrix-view", "data-testid": "matrix-view" },
    head,
    h(
      "div",
      { class: "panel" },
      h("h2", {}, t.heatmap),
      h("p", { class: "hint" }, t.heatmapHint),
      h("div", { class: "graph-scroll", "data-testid": "layer-counts" }, svgFrom(counts)),
      ownerLegend,
      heat,
    ),
    h(
      "div",
      { class: "two-col wide-left" },
      layersPanel,
      h("div", { class: "panel" }, h("h2", {}, t.findings), list),
    ),
  );
}
