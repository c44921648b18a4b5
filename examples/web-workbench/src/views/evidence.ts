// The evidence view: the plan's exercise and test results (training.results) per service,
// held against its objectives (the plan's, or the BIA's when stricter), oldest first, the
// failing ones marked; and how many time-critical services are proven, unproven, disproven.
import type { Locale } from "@mamori/core";
import { type EvidenceSummary, resultKindLabel } from "@mamori/plan-validator";
import type { Analysis } from "../documents.js";
import { h } from "../dom.js";
import { duration } from "../format.js";
import { fill, strings } from "../i18n.js";

export function renderEvidence(a: Analysis, locale: Locale): HTMLElement {
  const t = strings(locale);
  const ev: EvidenceSummary | undefined = a.evidence;
  if (!ev) return h("section", { class: "view" }, h("p", { class: "empty-state" }, t.noPlan));
  const card = (label: string, value: number, tone: string, id: string) =>
    h(
      "div",
      { class: `card ${tone}`, "data-testid": `evidence-${id}` },
      h("div", { class: "card-value" }, value),
      h("div", { class: "card-label" }, label),
    );
  const c = ev.timeCritical;
  const summary = h(
    "div",
    { class: "cards" },
    card(t.provenCard, c.proven, "good", "proven"),
    card(t.unprovenCard, c.unproven, c.unproven ? "warn" : "good", "unproven"),
    card(t.disprovenCard, c.disproven, c.disproven ? "bad" : "good", "disproven"),
  );
  const status = { proven: t.proven, unproven: t.unproven, disproven: t.disproven };
  const rows = ev.services.map((s) => {
    const objectives = [
      s.rtoMinutes === null ? "" : `RTO ${duration(s.rtoMinutes, locale)}`,
      s.rpoMinutes === null ? "" : `RPO ${duration(s.rpoMinutes, locale)}`,
      s.rlo === null ? "" : `RLO ${s.rlo}`,
    ]
      .filter(Boolean)
      .join(" · ");
    const points =
      s.points.length === 0
        ? h("span", { class: "muted" }, t.noResults)
        : h(
            "ul",
            { class: "results" },
            ...s.points.map((p) =>
              h(
                "li",
                { class: p.failing ? "bad" : "", "data-result": p.result },
                `${p.failing ? "✗" : "✓"} ${p.date} ${resultKindLabel(p.kind, locale)}`,
                p.recoveryMinutes === null ? "" : `: ${duration(p.recoveryMinutes, locale)}`,
                p.dataLossMinutes === null
                  ? ""
                  : ` · ${fill(t.dataLost, { duration: duration(p.dataLossMinutes, locale) })}`,
                p.levelReached === null
                  ? ""
                  : ` · ${fill(t.levelReached, { level: p.levelReached })}`,
              ),
            ),
          );
    return h(
      "tr",
      { "data-service": s.service, class: s.status },
      h(
        "td",
        {},
        h("code", {}, s.service),
        s.timeCritical ? h("small", {}, ` ${t.timeCritical}`) : "",
      ),
      h(
        "td",
        {},
        h("span", { class: `status ${s.status}` }, status[s.status]),
        s.expires ? h("div", { class: "muted" }, fill(t.expires, { date: s.expires })) : "",
      ),
      h("td", {}, objectives || "—"),
      h("td", {}, points),
    );
  });
  return h(
    "section",
    { class: "view evidence-view", "data-testid": "evidence-view" },
    summary,
    h(
      "div",
      { class: "panel" },
      h("h2", {}, t.evidence),
      h("p", { class: "muted" }, t.evidenceNote),
      rows.length === 0
        ? h("p", { class: "empty-state" }, t.noResults)
        : h(
            "table",
            { class: "table evidence" },
            h(
              "thead",
              {},
              h(
                "tr",
                {},
                h("th", {}, t.service),
                h("th", {}, t.status),
                h("th", {}, t.objectives),
                h("th", {}, t.results),
              ),
            ),
            h("tbody", {}, ...rows),
          ),
    ),
  );
}
