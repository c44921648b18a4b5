import { describe, expect, it } from "vitest";
import { analyzeBia } from "../analyze.js";
import { nodeLabels } from "./labels.js";

const doc = {
  kind: "BusinessImpactAnalysis",
  schemaVersion: "1.0",
  timePoints: ["PT4H"],
  processes: [{ id: "pay", name: "Payroll", nameJa: "給与計算", impacts: {}, dependsOn: ["hr"] }],
  services: [{ id: "hr", name: "HR system", nameJa: "", capability: { recoveryTime: "PT1H" } }],
  scenarios: [
    {
      id: "quake",
      name: "Earthquake",
      nameJa: "地震",
      type: "custom",
      failures: [{ node: "hr", duration: "P1D" }],
    },
  ],
};

describe("nodeLabels", () => {
  const result = analyzeBia(doc);
  it("is nameJa ?? name in Japanese (an empty nameJa does not count), name in English", () => {
    const ja = nodeLabels(result, doc, "ja");
    expect([ja.get("pay"), ja.get("hr"), ja.get("scenario:quake")]).toEqual([
      "給与計算",
      "HR system",
      "地震",
    ]);
    const en = nodeLabels(result, doc, "en");
    expect([en.get("pay"), en.get("hr"), en.get("scenario:quake")]).toEqual([
      "Payroll",
      "HR system",
      "Earthquake",
    ]);
  });

  it("ignores a document that is not an object and ids the analysis does not have", () => {
    expect(nodeLabels(result, null, "ja").get("pay")).toBe("Payroll");
    const extra = { ...doc, services: [...doc.services, { id: "ghost", nameJa: "幽霊" }] };
    expect(nodeLabels(result, extra, "ja").has("ghost")).toBe(false);
  });
});
