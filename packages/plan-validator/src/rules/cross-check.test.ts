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
