import { describe, expect, test } from "vitest";
import { cleanResults } from "../../test/evidence.js";
import { type AnyPlan, cleanPlan, NOW, run } from "../../test/harness.js";
import { summarizeEvidence } from "./evidence-summary.js";

function planWith(edit: (results: AnyPlan[], p: AnyPlan) => void = () => {}) {
  const p = cleanPlan();
  p.training.results = cleanResults();
  edit(p.training.results, p);
  return run(p).plan!;
}

describe("summarizeEvidence", () => {
  test("the clean results prove all six time-critical services", () => {
    const s = summarizeEvidence(planWith(), { now: NOW });
    expect(s.timeCritical).toEqual({ proven: 6, unproven: 0, disproven: 0 });
    const erpDb = s.services.find((x) => x.service === "erp-db");
    // RTO PT24H = 1440, RPO PT1H = 60, RLO 100; the switch-over (PT5H = 300, PT40M = 40) then
    // the failback (nothing measured); latest 2026-10-17 + P1Y (failover-erp) = 2027-10-17.
    expect(erpDb).toEqual({
      service: "erp-db",
      timeCritical: true,
      rtoMinutes: 1440,
      rpoMinutes: 60,
      rlo: 100,
      points: [
        {
          result: "r-ft-2026",
          date: "2026-10-15",
          kind: "switch-over",
          outcome: "pass",
          recoveryMinutes: 300,
          dataLossMinutes: 40,
          levelReached: 100,
          failing: false,
        },
        {
          result: "r-fb-2026",
          date: "2026-10-17",
          kind: "failback",
          outcome: "pass",
          recoveryMinutes: null,
          dataLossMinutes: null,
          levelReached: null,
          failing: false,
        },
      ],
      status: "proven",
      expires: "2027-10-17",
    });
    // Only time-critical or measured services are listed: the six, in plan order.
    expect(s.services.map((x) => x.service)).toEqual([
      "erp-db",
      "erp",
      "mes",
      "edi",
      "backup-storage",
      "safety-confirmation",
    ]);
  });

  test("a miss stays visible behind a later failback; failed, expired and missing results count", () => {
    const s = summarizeEvidence(
      planWith((r) => {
        r[0].services[0].recoveryTime = "PT26H"; // erp-db: 1560 > 1440, failback after it
        r[3].services[0].outcome = "fail"; // edi fails
        r[2].date = "2026-05-01"; // backup-storage: 2026-05-01 + P6M = 2026-11-01 < now
        r.splice(4, 1); // safety-confirmation: no result
      }),
      { now: NOW },
    );
    expect(s.services.map((x) => [x.service, x.status, x.expires])).toEqual([
      ["erp-db", "disproven", null],
      ["erp", "proven", "2027-10-17"],
      ["mes", "proven", "2027-10-17"],
      ["edi", "disproven", null],
      ["backup-storage", "unproven", "2026-11-01"],
      ["safety-confirmation", "unproven", null],
    ]);
    expect(s.timeCritical).toEqual({ proven: 2, unproven: 2, disproven: 2 });
    expect(s.services[0]?.points[0]?.failing).toBe(true);
  });

  test("a BIA stricter than the plan is the objective held against", () => {
    // erp: plan PT24H = 1440, BIA 480: measured PT9H = 540 > 480.
    const s = summarizeEvidence(planWith(), {
      now: NOW,
      bia: { nodes: [{ id: "erp", type: "service", requiredRtoMinutes: 480 }] },
    });
    const erp = s.services.find((x) => x.service === "erp");
    expect([erp?.rtoMinutes, erp?.status]).toEqual([480, "disproven"]);
  });
});
