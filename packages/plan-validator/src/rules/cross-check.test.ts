import { describe, expect, test } from "vitest";
import { cleanPlan, run } from "../../test/harness.js";
import type { BiaInput } from "../index.js";

const findings = (code: string, plan: unknown, bia: BiaInput) =>
  run(plan, { bia })
    .diagnostics.filter((d) => d.code === code)
    .map((d) => [d.path, d.data, d.related?.map((r) => r.path)]);

describe("recovery/order-dependencies", () => {
  test("joins the plan's and the BIA's edges, judges a service at its first position, skips dependencies outside the order", () => {
    const plan = cleanPlan();
    // erp (0) depends on erp-db (2) in the plan; the BIA adds edi (3) and zzz (not in the order);
    // mes (1) depends on edi (3) in the BIA; the second erp (4) is a repeat and is not judged.
    plan.emergency.recoveryOrder = ["erp", "mes", "erp-db", "edi", "erp"];
    const bia: BiaInput = {
      nodes: [
        { id: "erp", dependsOn: ["edi", "zzz", "erp-db"] },
        { id: "mes", dependsOn: ["edi"] },
        { id: "edi", dependsOn: ["erp"] }, // edi (3) after erp (0): in order
      ],
    };
    expect(findings("recovery/order-dependencies", plan, bia)).toEqual([
      [
        "/emergency/recoveryOrder/0",
        { service: "erp", dependency: "edi" },
        ["/emergency/recoveryOrder/3"],
      ],
      [
        "/emergency/recoveryOrder/0",
        { service: "erp", dependency: "erp-db" },
        ["/emergency/recoveryOrder/2"],
      ],
      [
        "/emergency/recoveryOrder/1",
        { service: "mes", dependency: "edi" },
        ["/emergency/recoveryOrder/3"],
      ],
    ]);
  });
});

describe("recovery/order-dependencies, repeated services and ids without a requirement", () => {
  test("a service given twice joins both requirements' edges; an id of the order with no requirement is judged too", () => {
    const plan = cleanPlan();
    // positions: mes 0, erp 1, x-gateway 2 (no requirement in the plan), erp-db 3
    plan.emergency.recoveryOrder = ["mes", "erp", "x-gateway", "erp-db"];
    // requirement 15 repeats mes (requirement 2: mes → erp) with one more edge
    plan.preIncident.requirements.push({
      ...plan.preIncident.requirements[2],
      dependsOn: ["x-gateway"],
    });
    const bia: BiaInput = { nodes: [{ id: "x-gateway", dependsOn: ["erp-db", "erp"] }] };
    // mes (0) → erp (1) and x-gateway (2); erp (1) → erp-db (3); x-gateway (2) → erp-db (3),
    // while x-gateway → erp (1 ≤ 2) is in order
    expect(findings("recovery/order-dependencies", plan, bia)).toEqual([
      [
        "/emergency/recoveryOrder/0",
        { service: "mes", dependency: "erp" },
        ["/emergency/recoveryOrder/1"],
      ],
      [
        "/emergency/recoveryOrder/0",
        { service: "mes", dependency: "x-gateway" },
        ["/emergency/recoveryOrder/2"],
      ],
      [
        "/emergency/recoveryOrder/1",
        { service: "erp", dependency: "erp-db" },
        ["/emergency/recoveryOrder/3"],
      ],
      [
        "/emergency/recoveryOrder/2",
        { service: "x-gateway", dependency: "erp-db" },
        ["/emergency/recoveryOrder/3"],
      ],
    ]);
  });

  test("an empty order has nothing to judge", () => {
    const plan = cleanPlan();
    plan.emergency.recoveryOrder = [];
    expect(
      findings("recovery/order-dependencies", plan, { nodes: [{ id: "erp", dependsOn: ["mes"] }] }),
    ).toEqual([]);
  });
});

describe("procedures/time-critical-covered with a BIA", () => {
  test("walks dependencies of time-critical processes only, through any node type, and reports services without a procedure by id", () => {
    const bia: BiaInput = {
      processes: [
        { id: "order", timeCritical: true },
        { id: "billing", timeCritical: true },
        { id: "hr", timeCritical: false },
      ],
      nodes: [
        { id: "order", type: "process", dependsOn: ["wms", "net"] },
        { id: "net", type: "resource", dependsOn: ["portal-x"] },
        { id: "portal-x", type: "service" }, // no requirement in the plan either
        { id: "wms", type: "service", dependsOn: ["erp"] }, // erp has a procedure
        { id: "billing", type: "process", dependsOn: ["customer-portal", "wms"] },
        { id: "customer-portal", type: "service" },
        { id: "hr", type: "process", dependsOn: ["payroll-system"] }, // not time-critical
        { id: "payroll-system", type: "service" },
      ],
    };
    // wms and portal-x are first reached from 'order', customer-portal from 'billing';
    // wms is requirement 6 and customer-portal requirement 7 of the clean plan
    expect(findings("procedures/time-critical-covered", cleanPlan(), bia)).toEqual([
      ["/emergency/procedures", { service: "portal-x", process: "order" }, undefined],
      ["/preIncident/requirements/6", { service: "wms", process: "order" }, undefined],
      [
        "/preIncident/requirements/7",
        { service: "customer-portal", process: "billing" },
        undefined,
      ],
    ]);
  });
});

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

describe("backup/interval-meets-rpo holds only what keeps data", () => {
  test("a backup of a node the BIA says keeps no data is not held to the RPO above it", () => {
    const plan = cleanPlan();
    // a weekly configuration backup of EDI, whose RPO is PT1H (60 min < P7D)
    plan.preIncident.measures[0].services = ["edi"];
    plan.preIncident.measures[0].backup.interval = "P7D";
    const bia = (holdsData: boolean): BiaInput => ({
      nodes: [{ id: "edi", requiredRtoMinutes: 1440, requiredRpoMinutes: 60, holdsData }],
    });
    expect(findings("backup/interval-meets-rpo", plan, bia(true)).map((f) => f[0])).toEqual([
      "/preIncident/measures/0/backup/interval",
    ]);
    expect(findings("backup/interval-meets-rpo", plan, bia(false))).toEqual([]);
  });
});
