import { describe, expect, test } from "vitest";
import { cleanPlan, run, testRuleCases } from "../../test/harness.js";
import type { BiaInput } from "../index.js";
import { recoveryCases } from "./recovery.cases.js";

describe("recovery/* rules: the clean plan passes, each case fails as expected", () =>
  testRuleCases(recoveryCases));

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
