import { describe, expect, test } from "vitest";
import { cleanResults } from "../../test/evidence.js";
import { cleanPlan, run, testRuleCases } from "../../test/harness.js";
import { evidenceCases } from "./evidence.cases.js";

describe("evidence/* rules: the clean plan passes, each case fails as expected", () =>
  testRuleCases(evidenceCases));

describe("evidence rules: what they do not flag", () => {
  const codes = (plan: unknown) =>
    run(plan, { preset: "nist-high" }).diagnostics.map((d) => `${d.code} ${d.path}`);

  test("the clean plan with the clean results gives no diagnostic at all", () => {
    const p = cleanPlan();
    p.training.results = cleanResults();
    expect(codes(p)).toEqual([]);
  });

  test("an older result over the RTO is superseded by a later one within it", () => {
    const p = cleanPlan();
    p.training.results = cleanResults();
    // 2025-10-15: PT30H = 1800 > 1440, but the latest (2026-10-15) PT5H = 300 ≤ 1440 counts.
    // The failure of 2025 was re-run (2026-10-15 passed), so failed-retested is quiet too.
    p.training.results.push({
      id: "r-ft-2025",
      date: "2025-10-15",
      kind: "switch-over",
      activity: "failover-erp",
      outcome: "fail",
      services: [{ service: "erp-db", recoveryTime: "PT30H" }],
    });
    expect(codes(p)).toEqual([]);
  });

  test("a later result dated after now does not supersede (and is dates/not-in-future's)", () => {
    const p = cleanPlan();
    p.training.results = cleanResults();
    // 2027-02-01 is after 2026-11-27: its PT30H is no evidence; only the date is reported.
    p.training.results.push({
      id: "r-ft-2027",
      date: "2027-02-01",
      kind: "switch-over",
      outcome: "fail",
      services: [{ service: "erp-db", recoveryTime: "PT30H" }],
    });
    expect(codes(p)).toEqual(["dates/not-in-future /training/results/5/date"]);
  });

  test("a service that keeps no data has no RPO to meet", () => {
    const p = cleanPlan();
    p.training.results = cleanResults();
    // backup-storage RPO PT1H = 60; PT2H = 120 > 60 would be a finding if it held data.
    p.preIncident.requirements[4].holdsData = false;
    p.training.results[2].services[0].dataLoss = "PT2H";
    expect(codes(p)).toEqual([]);
  });

  test("a failure not yet past retestWithin is not reported", () => {
    const p = cleanPlan();
    p.training.results = cleanResults();
    // 2026-10-01 + P3M = 2027-01-01 > 2026-11-27: the re-run is not due yet.
    p.training.results.push({ id: "r-tt", date: "2026-10-01", kind: "tabletop", outcome: "fail" });
    expect(codes(p)).toEqual([]);
  });

  test("a plan that records no results is judged on its schedule only", () => {
    expect(codes(cleanPlan())).toEqual([]);
  });

  test("a negative or malformed recovery time is a schema diagnostic at its path", () => {
    const p = cleanPlan();
    p.training.results = cleanResults();
    p.training.results[0].services[0].recoveryTime = "-PT1H";
    p.training.results[0].services[1].dataLoss = "40 minutes";
    const found = run(p).diagnostics.filter((d) => d.code.startsWith("duration/"));
    expect(found.map((d) => [d.code, d.path])).toEqual([
      ["duration/malformed", "/training/results/0/services/0/recoveryTime"],
      ["duration/malformed", "/training/results/0/services/1/dataLoss"],
    ]);
  });

  test("an unknown key in a result is reported and an x- key is kept", () => {
    const p = cleanPlan();
    p.training.results = cleanResults();
    p.training.results[0].measured = "PT5H";
    p.training.results[0]["x-ticket"] = "BCP-42";
    const r = run(p);
    expect(
      r.diagnostics.filter((d) => d.code.startsWith("schema/")).map((d) => [d.code, d.path]),
    ).toEqual([["schema/unknown-key", "/training/results/0/measured"]]);
    expect(r.plan?.training?.results?.[0]).toHaveProperty("x-ticket", "BCP-42");
  });
});
