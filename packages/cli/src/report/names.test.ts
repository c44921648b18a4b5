import { analyzeBia } from "@mamori/bia";
import { describe, expect, it } from "vitest";
import { buildReportHtml } from "./html.js";
import { biaLabels } from "./names.js";

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

describe("biaLabels: a node's label in Japanese is nameJa ?? name", () => {
  const result = analyzeBia(doc);
  it("uses nameJa in Japanese, name otherwise and in English", () => {
    const ja = biaLabels(result, doc, "ja");
    expect(ja.get("order")).toBe("受注");
    expect(ja.get("erp")).toBe("基幹システム");
    expect(ja.get("pay")).toBe("Payroll");
    expect(biaLabels(result, doc, "en").get("order")).toBe("Order intake");
  });
  it("the Japanese report shows them", () => {
    const html = buildReportHtml({
      locale: "ja",
      now: "2026-01-01",
      documents: [],
      matrices: [],
      bia: { file: "bia.yaml", result, diagnostics: [], labels: biaLabels(result, doc, "ja") },
    });
    expect(html).toContain("受注 <code>order</code>");
    expect(html).not.toContain("Order intake");
  });
});
