import { describe, expect, test } from "vitest";
import { cleanPlan, run, testRuleCases } from "../../test/harness.js";
import type { BiaInput } from "../index.js";
import { biaCases } from "./bia.cases.js";

describe("bia/* rules: the clean plan passes, each case fails as expected", () =>
  testRuleCases(biaCases));

const findings = (code: string, plan: unknown, bia: BiaInput) =>
  run(plan, { bia })
    .diagnostics.filter((d) => d.code === code)
    .map((d) => [d.path, d.data, d.related?.map((r) => r.path)]);

describe("bia/rto-consistent", () => {
  test("a node id given twice in the BIA takes the last required RTO that is a number", () => {
    const bia: BiaInput = {
      nodes: [
        { id: "erp", requiredRtoMinutes: 600 },
        { id: "erp", requiredRtoMinutes: null }, // repeated id without a value: 600 stands
        { id: "mes", requiredRtoMinutes: 2000 },
        { id: "mes", requiredRtoMinutes: 60 }, // the last value wins
        { id: "edi", requiredRtoMinutes: 720 }, // plan PT12H = 720 minutes: not longer
        { id: "email", requiredRtoMinutes: null },
      ],
    };
    // the plan's erp and mes have PT24H = 1440 minutes = P1D; 600 minutes = PT10H
    expect(findings("bia/rto-consistent", cleanPlan(), bia)).toEqual([
      [
        "/preIncident/requirements/1/objectives/rto",
        { service: "erp", plan: "P1D", bia: "PT10H" },
        undefined,
      ],
      [
        "/preIncident/requirements/2/objectives/rto",
        { service: "mes", plan: "P1D", bia: "PT1H" },
        undefined,
      ],
    ]);
  });
});

describe("bia/rto-consistent and bia/rpo-consistent, a service given twice in the plan", () => {
  test("both requirements of the service are judged against the BIA; BIA nodes outside the plan are ignored", () => {
    const plan = cleanPlan();
    // requirement 15 repeats erp (requirement 1: RTO PT24H, RPO PT1H) with RTO PT48H and no RPO
    plan.preIncident.requirements.push({ service: "erp", objectives: { rto: "PT48H" } });
    const bia: BiaInput = {
      nodes: [
        { id: "erp", requiredRtoMinutes: 1800, requiredRpoMinutes: 30 },
        { id: "not-in-plan", requiredRtoMinutes: 1, requiredRpoMinutes: 1 },
      ],
    };
    // RTO: PT24H = 1440 ≤ 1800 passes; PT48H = 2880 > 1800 = 1·1440 + 6·60 = P1DT6H fails
    expect(findings("bia/rto-consistent", plan, bia)).toEqual([
      [
        "/preIncident/requirements/15/objectives/rto",
        { service: "erp", plan: "P2D", bia: "P1DT6H" },
        undefined,
      ],
    ]);
    // RPO: PT1H = 60 > 30 fails at requirement 1; requirement 15 states none
    expect(findings("bia/rpo-consistent", plan, bia)).toEqual([
      [
        "/preIncident/requirements/1/objectives/rpo",
        { service: "erp", plan: "PT1H", bia: "PT30M" },
        undefined,
      ],
      ["/preIncident/requirements/15", { service: "erp", bia: "PT30M" }, undefined],
    ]);
  });
});

describe("bia/rpo-consistent holds only what keeps data", () => {
  test("a service or BIA node that keeps no data is not held to an RPO", () => {
    const plan = cleanPlan();
    // edi (requirement 3, RPO PT1H) and erp (requirement 1, RPO PT1H) against a BIA asking 30 min
    const bia: BiaInput = {
      nodes: [
        { id: "edi", requiredRtoMinutes: 1440, requiredRpoMinutes: 30 },
        { id: "erp", requiredRtoMinutes: 1440, requiredRpoMinutes: 30 },
      ],
    };
    // both keep data: 60 > 30 fails twice
    expect(findings("bia/rpo-consistent", plan, bia).map((f) => f[0])).toEqual([
      "/preIncident/requirements/1/objectives/rpo",
      "/preIncident/requirements/3/objectives/rpo",
    ]);
    // the plan says edi keeps none; the BIA result says erp keeps none: no finding
    plan.preIncident.requirements[3].holdsData = false;
    const stateless: BiaInput = {
      nodes: [
        bia.nodes?.[0] as NonNullable<BiaInput["nodes"]>[number],
        { ...bia.nodes?.[1], id: "erp", holdsData: false },
      ],
    };
    expect(findings("bia/rpo-consistent", plan, stateless)).toEqual([]);
  });
});
