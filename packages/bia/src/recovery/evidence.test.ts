import { describe, expect, test } from "vitest";
import { analyzeBia } from "../analyze.js";

// p needs app (estimate PT2H = 120 min), which needs db (estimate PT6H = 360 min); p's RTO is
// PT8H = 480 min. With the estimates, p is back at 360 + 120 = 480 ≤ 480: no gap.
const doc = {
  kind: "BusinessImpactAnalysis",
  schemaVersion: "1.0",
  timePoints: ["P1D"],
  unacceptableLevel: 4,
  processes: [{ id: "p", name: "P", objectives: { rto: "PT8H" }, dependsOn: ["app"] }],
  services: [
    { id: "app", name: "App", capability: { recoveryTime: "PT2H" }, dependsOn: ["db"] },
    { id: "db", name: "DB", capability: { recoveryTime: "PT6H" } },
  ],
};
const NOW = "2026-11-27";
const node = (r: ReturnType<typeof analyzeBia>, id: string) => r.nodes.find((n) => n.id === id);
const codes = (r: ReturnType<typeof analyzeBia>) => r.diagnostics.map((d) => d.code);

describe("analyzeBia with evidence (measured recovery times)", () => {
  test("without the option the result is as before: no recoveryEvidence on nodes", () => {
    const r = analyzeBia(doc);
    expect(r.processes[0]?.achievableMinutes).toBe(480); // 360 + 120
    expect(r.gaps).toEqual([]);
    expect(r.nodes.some((n) => "recoveryEvidence" in n)).toBe(false);
  });

  test("a recent measurement replaces the estimate, and the node says from which test", () => {
    // db measured 420 min on 2026-10-15 (43 days before now, within P1Y):
    // p is back at 420 + 120 = 540 > 480: an RTO gap the estimate hid.
    const r = analyzeBia(doc, {
      now: NOW,
      evidence: [{ node: "db", recoveryMinutes: 420, date: "2026-10-15", source: "r-ft-2026" }],
    });
    expect(node(r, "db")?.recoveryMinutes).toBe(420);
    expect(node(r, "db")?.recoveryEvidence).toEqual({
      source: "r-ft-2026",
      date: "2026-10-15",
      measuredMinutes: 420,
      estimateMinutes: 360,
    });
    expect(node(r, "app")?.recoveryEvidence).toBeNull();
    expect(r.processes[0]?.achievableMinutes).toBe(540);
    expect(r.gaps.map((g) => [g.kind, g.node, g.requiredMinutes, g.achievableMinutes])).toEqual([
      ["rto", "p", 480, 540],
    ]);
    expect(codes(r)).toContain("bia/rto-gap");
  });

  test("the latest measurement of a node wins; a stale one leaves the estimate", () => {
    // 2026-06-01 (500) and 2026-10-15 (300): the later, 300, is used: 300 + 120 = 420.
    const latest = analyzeBia(doc, {
      now: NOW,
      evidence: [
        { node: "db", recoveryMinutes: 300, date: "2026-10-15" },
        { node: "db", recoveryMinutes: 500, date: "2026-06-01" },
      ],
    });
    expect(latest.processes[0]?.achievableMinutes).toBe(420);
    expect(node(latest, "db")?.recoveryEvidence?.source).toBeNull();
    // 2025-10-01 → 2026-11-27 is 422 days > 365 (P1Y): stale, estimate 360 + 120 = 480.
    const stale = analyzeBia(doc, {
      now: NOW,
      evidence: [{ node: "db", recoveryMinutes: 600, date: "2025-10-01", source: "r-2025" }],
    });
    expect(stale.processes[0]?.achievableMinutes).toBe(480);
    expect(node(stale, "db")?.recoveryEvidence).toBeNull();
    const d = stale.diagnostics.find((x) => x.code === "bia/evidence-stale");
    expect(d?.severity).toBe("info");
    expect(d?.path).toBe("/services/1");
    expect(d?.data).toEqual({ node: "db", date: "2025-10-01", maxAge: "P365D" });
    // With evidenceMaxAge P2Y (730 days), 422 days is recent: 600 + 120 = 720.
    const longer = analyzeBia(doc, {
      now: NOW,
      evidenceMaxAge: "P2Y",
      evidence: [{ node: "db", recoveryMinutes: 600, date: "2025-10-01" }],
    });
    expect(longer.processes[0]?.achievableMinutes).toBe(720);
  });

  test("bad evidence is a diagnostic and is not used", () => {
    const r = analyzeBia(doc, {
      now: NOW,
      locale: "ja",
      evidence: [
        { node: "crm", recoveryMinutes: 10, date: "2026-10-01" },
        { node: "db", recoveryMinutes: -5, date: "2026-10-01" },
        { node: "db", recoveryMinutes: 10, date: "2027-01-10" },
        { node: "db", recoveryMinutes: Number.NaN, date: "2026-10-01" },
        { node: "db", recoveryMinutes: 10, date: "someday" },
      ],
    });
    expect(
      codes(r)
        .filter((c) => c.startsWith("bia/evidence-"))
        .sort(),
    ).toEqual([
      "bia/evidence-future",
      "bia/evidence-invalid",
      "bia/evidence-invalid",
      "bia/evidence-invalid",
      "bia/evidence-unknown-node",
    ]);
    expect(r.processes[0]?.achievableMinutes).toBe(480);
    for (const d of r.diagnostics) expect(d.message).toBe(d.messages.ja);
  });

  test("without now no measurement is used", () => {
    const r = analyzeBia(doc, {
      evidence: [{ node: "db", recoveryMinutes: 420, date: "2026-10-15" }],
    });
    expect(codes(r)).toContain("bia/evidence-without-now");
    expect(r.processes[0]?.achievableMinutes).toBe(480);
  });

  test("the result stays JSON-clean and deterministic", () => {
    const options = {
      now: NOW,
      evidence: [{ node: "db", recoveryMinutes: 420, date: "2026-10-15", source: "r-ft-2026" }],
    };
    const a = JSON.stringify(analyzeBia(doc, options));
    expect(JSON.stringify(analyzeBia(doc, options))).toBe(a);
    expect(a).not.toContain("undefined");
  });
});
