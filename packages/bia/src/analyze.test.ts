import { describe, expect, it } from "vitest";
import { analyzeBia } from "./analyze.js";
import { generateBiaDocument } from "./generate.js";
import { compileBia } from "./model/compile.js";
import { impactAt } from "./objectives/mtpd.js";
import { recoveryTimeline } from "./report/report.js";

/** Three time-critical processes without RPO or RLO, rated alike but for `c`. */
const doc = {
  kind: "BusinessImpactAnalysis",
  schemaVersion: "1.0",
  timePoints: ["PT4H", "P1D", "PT24H", "P3D"],
  unacceptableLevel: 4,
  processes: ["a", "b", "c"].map((id) => ({
    id,
    name: id.toUpperCase(),
    // MTPD: level 4 at P1D (a, b) or P3D (c) → 1440 or 4320 minutes
    impacts: { financial: id === "c" ? { PT4H: 1, P3D: 4 } : { PT4H: 2, P1D: 4 } },
    dependsOn: ["app", { anyOf: ["line-a", "line-b"] }],
  })),
  services: [{ id: "app", name: "App", capability: { recoveryTime: "PT2H" } }],
  resources: [
    { id: "line-a", name: "Line A", kind: "communications" },
    { id: "line-b", name: "Line B", kind: "communications" },
  ],
  scenarios: [
    { id: "cut", name: "Cut", type: "custom", failures: [{ node: "app", duration: "P2D" }] },
  ],
};

describe("analyzeBia: diagnostics per code", () => {
  it("lists every finding under the limit", () => {
    const r = analyzeBia(doc);
    const codes = r.diagnostics.map((d) => d.code);
    expect(codes.filter((c) => c === "bia/missing-rpo")).toHaveLength(3);
    expect(codes).not.toContain("bia/diagnostics-truncated");
  });

  it("past maxDiagnosticsPerCode, lists the first ones and says how many more and where", () => {
    const r = analyzeBia(doc, { maxDiagnosticsPerCode: 2 });
    const of = (code: string) => r.diagnostics.filter((d) => d.code === code);
    // 3 processes lack an RPO and an RLO: 2 listed of each, 1 left out of each
    expect(of("bia/missing-rpo").map((d) => d.path)).toEqual(["/processes/0", "/processes/1"]);
    expect(of("bia/missing-rlo")).toHaveLength(2);
    expect(of("bia/diagnostics-truncated").map((d) => [d.severity, d.data])).toEqual([
      ["warning", { code: "bia/missing-rlo", omitted: 1, limit: 2, where: "processes" }],
      ["warning", { code: "bia/missing-rpo", omitted: 1, limit: 2, where: "processes" }],
    ]);
    // the structured result still has all three
    expect(r.processes.filter((p) => p.rpoMinutes === null)).toHaveLength(3);
  });
});

describe("analyzeBia: the cap on scenario findings", () => {
  it("is per scenario, and the truncation note sits at the scenario's path", () => {
    // 3 processes with RTO 1 h on one line; each scenario cuts the line for 10 h, so each
    // scenario breaches 3 RTOs: 2 listed + 1 counted, per scenario.
    const proc = (id: string) => ({
      id,
      name: id,
      objectives: { rto: "PT1H" },
      dependsOn: ["line"],
    });
    const r = analyzeBia(
      {
        kind: "BusinessImpactAnalysis",
        schemaVersion: "1.0",
        timePoints: ["PT4H", "P1D"],
        unacceptableLevel: 4,
        processes: [proc("p1"), proc("p2"), proc("p3")],
        resources: [{ id: "line", name: "Line", kind: "communications" }],
        scenarios: [
          { id: "cut-a", name: "A", type: "communications-outage", duration: "PT10H" },
          { id: "cut-b", name: "B", type: "communications-outage", duration: "PT10H" },
        ],
      },
      { maxDiagnosticsPerCode: 2 },
    );
    const breaches = r.diagnostics.filter((d) => d.code === "bia/scenario-rto-breach");
    expect(breaches).toHaveLength(4); // 2 per scenario
    const notes = r.diagnostics.filter(
      (d) => d.code === "bia/diagnostics-truncated" && d.data?.code === "bia/scenario-rto-breach",
    );
    expect(notes.map((d) => [d.path, d.data?.omitted])).toEqual([
      ["/scenarios/0", 1],
      ["/scenarios/1", 1],
    ]);
    // every breach is still in the structured result: 3 per scenario
    for (const sc of r.scenarios)
      expect(sc.processes.filter((p) => p.rtoBreachAtMinutes !== null)).toHaveLength(3);
  });
});

describe("analyzeBia: compact result", () => {
  const r = analyzeBia(doc);

  it("lists dependencies and any-of groups of each node", () => {
    expect(r.nodes.find((n) => n.id === "a")).toMatchObject({
      dependsOn: ["app", "line-a", "line-b"],
      anyOf: [["line-a", "line-b"]],
    });
    expect(r.nodes.find((n) => n.id === "app")).toMatchObject({ dependsOn: [], anyOf: [] });
  });

  it("has the timeline recoveryTimeline gives for its nodes and order", () => {
    expect(r.report.timeline).toEqual(recoveryTimeline(r.nodes, r.recoveryOrder));
    expect(r.report.timeline.length).toBe(6);
  });

  it("shares equal impact series between processes, frozen", () => {
    const [a, b, c] = r.report.impactSeries;
    // a and b are rated alike: one category object; c differs
    expect(a?.categories[0]).toBe(b?.categories[0]);
    expect(a?.categories[0]).not.toBe(c?.categories[0]);
    expect(Object.isFrozen(a?.categories[0])).toBe(true);
    expect(Object.isFrozen(a?.categories[0]?.points[0])).toBe(true);
    // P1D and PT24H are both 1440 minutes: the rating is read into the later one, PT24H; P1D
    // carries PT4H's 2 forward, P3D carries PT24H's 4
    expect(a?.categories[0]?.points.map((p) => [p.timePoint, p.level])).toEqual([
      ["PT4H", 2],
      ["P1D", 2],
      ["PT24H", 4],
      ["P3D", 4],
    ]);
  });

  it("gives scenario impacts as impactAt does, shared between processes alike", () => {
    const { model } = compileBia(doc);
    const [a, b, c] = r.scenarios[0]?.processes ?? [];
    // app fails for 2 days (2880 min, its recovery included): PT4H, P1D, PT24H are reached
    expect(a?.longestMinutes).toBe(2880);
    for (const [i, o] of [a, b, c].entries()) {
      expect(o?.impactOverTime.map((e) => e.atMinutes)).toEqual([240, 1440, 1440]);
      for (const e of o?.impactOverTime ?? [])
        expect(e.levels).toEqual(impactAt(model, i, e.atMinutes));
      expect(o?.impactReached).toEqual(impactAt(model, i, 2880));
    }
    // at 1440 minutes (P1D and PT24H alike) the later point's rating holds: a has 4 there,
    // c carries PT4H's 1
    expect(a?.impactOverTime[1]?.levels.financial).toBe(4);
    expect(c?.impactOverTime[1]?.levels).toEqual({
      financial: 1,
      operational: null,
      "legal-regulatory": null,
      reputational: null,
      customer: null,
      safety: null,
    });
    expect(a?.impactOverTime[0]).toBe(b?.impactOverTime[0]);
    expect(a?.impactReached).toBe(b?.impactReached);
    expect(Object.isFrozen(a?.impactReached)).toBe(true);
  });
});

describe("analyzeBia on many findings", () => {
  it("merges more than 130,000 diagnostics without overflowing the call stack", () => {
    // 90,000 processes: each is time-critical (missing RPO and RLO: 2 findings) or not
    // (not-time-critical: 1 finding): 90,000 + critical findings, about 60 % of them critical.
    // One push(...all) of ~128,000 or more overflowed the stack.
    const big = generateBiaDocument({ seed: 3, processes: 90000, services: 2, edgesPerNode: 1 });
    const critical = (big.processes as { impacts: { financial: Record<string, number> } }[]).filter(
      (p) => Object.values(p.impacts.financial).some((l) => l >= 4),
    ).length;
    const r = analyzeBia(big, { spof: false, maxDiagnosticsPerCode: Number.POSITIVE_INFINITY });
    const count = (code: string) => r.diagnostics.filter((d) => d.code === code).length;
    expect(count("bia/missing-rpo")).toBe(critical);
    expect(count("bia/missing-rlo")).toBe(critical);
    expect(count("bia/not-time-critical")).toBe(90000 - critical);
    expect(r.diagnostics.length).toBeGreaterThan(130000);
  }, 120_000); // a heavy case (90,000 processes), not a timing check: ~3 s alone, more under load
});
