import { describe, expect, test } from "vitest";
import { cleanPlan, run, testRuleCases } from "../../test/harness.js";
import type { BiaInput } from "../index.js";
import { proceduresCases } from "./procedures.cases.js";

describe("procedures/* rules: the clean plan passes, each case fails as expected", () =>
  testRuleCases(proceduresCases));

const findings = (code: string, plan: unknown, bia: BiaInput) =>
  run(plan, { bia })
    .diagnostics.filter((d) => d.code === code)
    .map((d) => [d.path, d.data, d.related?.map((r) => r.path)]);

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
