import type { RuleCase } from "../../test/harness.js";

/**
 * Failing cases of the `recovery/*` rules: a change to the clean plan and the exact findings the
 * rule must then report (run by `recovery.test.ts`; the first case of a rule also gives the options
 * of its passing test).
 *
 * @category Rules
 */
export const recoveryCases: RuleCase[] = [
  {
    rule: "recovery/order-dependencies",
    name: "the ERP is recovered before its database",
    mutate: (p) => {
      p.emergency.recoveryOrder = [
        "backup-storage",
        "safety-confirmation",
        "erp",
        "erp-db",
        "edi",
        "mes",
      ];
    },
    expect: [
      { path: "/emergency/recoveryOrder/2", data: { service: "erp", dependency: "erp-db" } },
    ],
  },
  {
    rule: "recovery/order-dependencies",
    name: "the BIA says EDI depends on the customer portal, which comes later",
    mutate: () => {},
    options: {
      bia: { nodes: [{ id: "edi", type: "service", dependsOn: ["customer-portal", "erp"] }] },
    },
    // order: ... erp(3), edi(4), mes(5), wms(6), customer-portal(7)
    expect: [
      {
        path: "/emergency/recoveryOrder/4",
        data: { service: "edi", dependency: "customer-portal" },
      },
    ],
  },
];
