import { describe, expect, it } from "vitest";
import { analyzeBia } from "../analyze.js";
import { findCycles } from "../graph/cycles.js";
import { compileBia } from "../model/compile.js";
import { computeAchievableRecovery, criticalPath } from "./achievable.js";

const doc = {
  kind: "BusinessImpactAnalysis",
  schemaVersion: "1.0",
  timePoints: ["P1D"],
  unacceptableLevel: 4,
  processes: [
    {
      id: "orders",
      name: "Orders",
      objectives: { rto: "PT8H", rpo: "PT1H", rlo: 50 },
      dependsOn: ["erp", { anyOf: ["line-a", "line-b"] }],
    },
  ],
  services: [
    { id: "erp", name: "ERP", capability: { recoveryTime: "PT2H" }, dependsOn: ["erp-db", "net"] },
    {
      id: "erp-db",
      name: "DB",
      capability: { recoveryTime: "PT12H", backupInterval: "PT1H", replicationLag: "PT30M" },
    },
    { id: "net", name: "Net", capability: { recoveryTime: "PT1H" } },
  ],
  resources: [
    { id: "line-a", name: "A", kind: "network", capability: { recoveryTime: "P1D" } },
    { id: "line-b", name: "B", kind: "network", capability: { recoveryTime: "PT3H" } },
  ],
};

describe("computeAchievableRecovery", () => {
  it("takes the max over groups, the min inside an any-of group, plus own recovery time", () => {
    const { model } = compileBia(doc);
    const a = computeAchievableRecovery(model, findCycles(model));
    const at = (id: string) => model.indexOf.get(id) as number;
    // erp = max(erp-db 720, net 60) + 120 = 840
    expect(a.ready[at("erp")]).toBe(840);
    // orders = max(erp 840, min(line-a 1440, line-b 180) = 180) + 0 = 840
    expect(a.ready[at("orders")]).toBe(840);
    expect(a.start[at("erp")]).toBe(720);
    expect(criticalPath(model, a, at("orders"))).toEqual(["orders", "erp", "erp-db"]);
  });

  it("reports an RTO gap with the critical path and an RPO gap", () => {
    const r = analyzeBia(doc);
    // 840 > RTO 480 → gap; erp-db data loss 60 + 30 = 90 > required RPO 60 → gap.
    expect(r.gaps).toEqual([
      {
        kind: "rto",
        node: "orders",
        requiredMinutes: 480,
        achievableMinutes: 840,
        path: ["orders", "erp", "erp-db"],
      },
      { kind: "rpo", node: "erp-db", requiredMinutes: 60, achievableMinutes: 90, path: ["erp-db"] },
    ]);
    const gap = r.diagnostics.find((d) => d.code === "bia/rto-gap");
    expect(gap?.path).toBe("/processes/0");
    expect(gap?.message).toBe(
      "'orders' can be recovered after 14 hours at the earliest, later than its RTO of 8 hours. Critical path: orders → erp → erp-db.",
    );
    expect(r.diagnostics.find((d) => d.code === "bia/rpo-gap")?.path).toBe(
      "/services/1/capability",
    );
    expect(r.processes[0]?.achievableMinutes).toBe(840);
  });

  it("finds no gap when capability meets the objective", () => {
    // RTO PT14H = 840 = achievable 840: not a gap (only later is).
    const ok = structuredClone(doc) as typeof doc;
    (ok.processes[0] as { objectives: { rto: string } }).objectives.rto = "PT14H";
    expect(analyzeBia(ok).gaps.filter((g) => g.kind === "rto")).toEqual([]);
  });
});
