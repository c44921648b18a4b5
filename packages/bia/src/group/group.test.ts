import { describe, expect, it } from "vitest";
import { analyzeGroup } from "./group.js";

const bia = (extra: Record<string, unknown>) => ({
  kind: "BusinessImpactAnalysis",
  schemaVersion: "1.0",
  timePoints: ["PT4H", "P1D", "P3D"],
  unacceptableLevel: 4,
  processes: [],
  ...extra,
});

describe("analyzeGroup", () => {
  const hq = bia({
    processes: [
      {
        id: "procurement",
        name: "Procurement",
        objectives: { rto: "P1D" },
        dependsOn: ["erp", "kita-th:rayong-line"],
      },
    ],
    services: [{ id: "erp", name: "ERP", capability: { recoveryTime: "PT4H" } }],
    // placeholder the subsidiary's own BIA replaces in a group analysis
    externals: [
      {
        id: "kita-th:rayong-line",
        name: "Rayong line",
        kind: "group-company",
        capability: { recoveryTime: "PT1H" },
      },
    ],
  });
  const th = bia({
    processes: [
      {
        id: "machining",
        name: "Machining",
        objectives: { rto: "PT8H" },
        dependsOn: ["rayong-line"],
      },
    ],
    services: [{ id: "mes-th", name: "MES (TH)", capability: { recoveryTime: "PT10H" } }],
    resources: [
      {
        id: "rayong-line",
        name: "Rayong line",
        kind: "facility",
        capability: { recoveryTime: "PT20H" },
        dependsOn: ["mes-th"],
      },
    ],
  });

  it("resolves orgId:nodeId across the members' documents", () => {
    const r = analyzeGroup([
      { orgId: "kita-seiki", document: hq },
      { orgId: "kita-th", document: th },
    ]);
    expect(r.nodes.map((n) => n.id).sort()).toEqual([
      "kita-seiki:erp",
      "kita-seiki:procurement",
      "kita-th:machining",
      "kita-th:mes-th",
      "kita-th:rayong-line",
    ]);
    // the real rayong-line: mes-th 600 + 1200 = 1800 (not the placeholder's 60)
    // procurement = max(erp 240, rayong-line 1800) = 1800 > RTO 1440 → gap across companies
    const p = r.processes.find((x) => x.id === "kita-seiki:procurement");
    expect(p?.achievableMinutes).toBe(1800);
    expect(r.gaps.find((g) => g.node === "kita-seiki:procurement")?.path).toEqual([
      "kita-seiki:procurement",
      "kita-th:rayong-line",
      "kita-th:mes-th",
    ]);
    // rayong-line must be back by min(procurement 1440, machining 480) = 480
    expect(r.nodes.find((n) => n.id === "kita-th:rayong-line")?.requiredRtoMinutes).toBe(480);
    // diagnostics point into the member's document
    expect(
      r.diagnostics.find((d) => d.code === "bia/rto-gap" && d.data?.process === "kita-th:machining")
        ?.path,
    ).toBe("/1/document/processes/0");
  });

  it("analyses a member alone with the placeholder, and reports dangling refs per member", () => {
    const alone = analyzeGroup([{ orgId: "kita-seiki", document: hq }]);
    // placeholder recovery 60 → procurement max(240, 60) = 240
    expect(alone.processes[0]?.achievableMinutes).toBe(240);
    const bad = analyzeGroup([
      { orgId: "x", document: bia({ processes: [{ id: "p", name: "P", dependsOn: ["nope"] }] }) },
    ]);
    expect(bad.diagnostics.map((d) => [d.code, d.path])).toContainEqual([
      "document/dangling-reference",
      "/0/document/processes/0/dependsOn/0",
    ]);
  });
});

describe("analyzeGroup with tier tables", () => {
  it("uses the first member's table and warns about a different one", () => {
    const p = { id: "p", name: "P", objectives: { rto: "PT6H" } };
    const gold = [{ id: "gold", upTo: "P1D", name: "Gold" }];
    const r = analyzeGroup([
      { orgId: "hq", document: bia({ processes: [p], tiers: gold }) },
      { orgId: "th", document: bia({ processes: [p], tiers: [{ id: "x", name: "X" }] }) },
      { orgId: "mx", document: bia({ processes: [p], tiers: gold }) },
    ]);
    // 6 h = 360 ≤ 1440: gold, in every member
    expect(r.processes.map((x) => x.tier)).toEqual(["gold", "gold", "gold"]);
    expect(r.diagnostics.filter((d) => d.code === "bia/tiers-differ").map((d) => d.path)).toEqual([
      "/1/document/tiers",
    ]);
  });
});
