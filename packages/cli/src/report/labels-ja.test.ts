import { analyzeBia } from "@mamori/bia";
import { nodeLabels } from "@mamori/bia/charts";
import { describe, expect, it } from "vitest";
import { buildReportHtml } from "./html.js";

const doc = {
  kind: "BusinessImpactAnalysis",
  schemaVersion: "1.0",
  id: "b",
  timePoints: ["PT4H", "P1D"],
  processes: [
    {
      id: "order",
      name: "Order intake",
      nameJa: "受注",
      impacts: { financial: { PT4H: 2, P1D: 4 } },
      dependsOn: ["erp"],
    },
    { id: "pay", name: "Payroll", impacts: { financial: { PT4H: 1, P1D: 4 } } },
  ],
  services: [
    { id: "erp", name: "ERP", nameJa: "基幹システム", capability: { recoveryTime: "PT2H" } },
  ],
  scenarios: [
    { id: "q", name: "Quake", nameJa: "大地震", type: "site-loss", site: "x", duration: "P1D" },
  ],
};

describe("the report labels nodes by nodeLabels: nameJa ?? name in Japanese", () => {
  const result = analyzeBia(doc);
  it("uses nameJa in Japanese, name otherwise and in English", () => {
    const ja = nodeLabels(result, doc, "ja");
    expect(ja.get("order")).toBe("受注");
    expect(ja.get("erp")).toBe("基幹システム");
    expect(ja.get("pay")).toBe("Payroll");
    expect(nodeLabels(result, doc, "en").get("order")).toBe("Order intake");
  });
  it("the Japanese report shows them", () => {
    const html = buildReportHtml({
      locale: "ja",
      now: "2026-01-01",
      documents: [],
      matrices: [],
      bia: { file: "bia.yaml", result, diagnostics: [], labels: nodeLabels(result, doc, "ja") },
    });
    expect(html).toContain("受注 <code>order</code>");
    expect(html).not.toContain("Order intake");
    // the charts too: the impact chart's title, the graph's box, the timeline's row
    expect(html).toContain('aria-label="「受注」が停止した場合の影響"');
    expect(html).toMatch(/data-node="erp"><title>基幹システム \(erp\) — 単一障害点<\/title>/);
    expect(html).toMatch(/class="axis" fill="#5b6475">基幹システム<\/text>/);
  });
});
