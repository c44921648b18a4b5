import { describe, expect, it } from "vitest";
import { analyzeBia } from "../analyze.js";

const doc = {
  kind: "BusinessImpactAnalysis",
  schemaVersion: "1.0",
  timePoints: ["PT4H", "P1D"],
  unacceptableLevel: 4,
  processes: [
    { id: "make", name: "Make", objectives: { rto: "PT2H" }, dependsOn: ["mes"] },
    { id: "plan", name: "Plan", objectives: { rto: "P2D" }, dependsOn: ["files"] },
  ],
  services: [
    {
      id: "mes",
      name: "MES",
      hosting: { type: "on-premises" },
      power: { class: "may-stop" },
      dependsOn: ["db"],
    },
    {
      id: "db",
      name: "DB",
      hosting: { type: "on-premises" },
      power: { class: "protect", backupRuntime: "PT8H" },
    },
    { id: "app", name: "App", hosting: { type: "on-premises" }, dependsOn: ["db"] },
    { id: "files", name: "Files", hosting: { type: "on-premises" }, power: { class: "may-stop" } },
    { id: "saas", name: "SaaS", hosting: { type: "cloud" } },
  ],
  resources: [
    {
      id: "gen",
      name: "Generator",
      kind: "power",
      power: { class: "protect", backupRuntime: "PT2H" },
    },
  ],
  scenarios: [
    {
      id: "outage",
      name: "Outage",
      type: "power-outage",
      duration: "PT72H",
      rollingBlackout: [{ start: "P4D", duration: "PT3H" }],
    },
  ],
};

describe("analyzePower", () => {
  it("finds nodes that must be protect, protect nodes whose backup is too short, and a blackout plan", () => {
    const r = analyzeBia(doc);
    // make (RTO 2 h) is tier 1: mes and db carry it. app is not needed by tier 1.
    expect(r.power.mustProtect).toEqual(["db", "mes"]);
    expect(r.power.protect).toEqual(["db", "gen", "mes"]);
    // files is may-stop and not needed by tier 1
    expect(r.power.mayStop).toEqual(["files"]);
    // 72 h = 4320 min; db runs 8 h = 480, gen 2 h = 120 on backup
    expect(r.power.shortBackup).toEqual([
      { node: "db", runtimeMinutes: 480, outageMinutes: 4320 },
      { node: "gen", runtimeMinutes: 120, outageMinutes: 4320 },
    ]);
    // window P4D = 5760 .. +3 h = 5940; db 480 ≥ 180 keeps, gen 120 < 180 at risk, mes has no runtime
    expect(r.power.windows).toEqual([
      {
        startMinutes: 5760,
        endMinutes: 5940,
        stop: ["files"],
        keep: ["db"],
        atRisk: ["gen", "mes"],
      },
    ]);
    const codes = r.diagnostics
      .filter((d) => d.code.includes("power") || d.code.includes("blackout"))
      .map((d) => [d.code, d.path]);
    expect(codes).toEqual([
      ["bia/blackout-at-risk", "/resources/0"],
      ["bia/backup-power-short", "/resources/0/power/backupRuntime"],
      ["bia/power-class-conflict", "/services/0/power/class"],
      ["bia/backup-power-short", "/services/1/power/backupRuntime"],
    ]);
    expect(
      r.diagnostics.find(
        (d) => d.code === "bia/backup-power-short" && d.path.startsWith("/services"),
      )?.messages.ja,
    ).toBe("'db' の非常用電源は8時間しか持たず、想定停電3日（シナリオ 'outage'）より短いです。");
  });

  it("asks to classify an unclassified node that carries a top-tier process", () => {
    const d = structuredClone(doc);
    delete (d.services[0] as { power?: unknown }).power;
    const r = analyzeBia(d);
    expect(
      r.diagnostics.filter((x) => x.code === "bia/power-class-missing").map((x) => x.path),
    ).toEqual(["/services/0"]);
  });
});
