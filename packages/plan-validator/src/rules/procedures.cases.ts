import type { RuleCase } from "../../test/harness.js";

/**
 * Failing cases of the `procedures/*` rules: a change to the clean plan and the exact findings the
 * rule must then report (run by `procedures.test.ts`; the first case of a rule also gives the options
 * of its passing test).
 *
 * @category Rules
 */
export const proceduresCases: RuleCase[] = [
  {
    rule: "procedures/ordered-steps",
    name: "one procedure has no steps and a step has no owner",
    mutate: (p) => {
      p.emergency.procedures[3].steps = [];
      delete p.emergency.procedures[1].steps[1].owner;
    },
    expect: [
      {
        path: "/emergency/procedures/1/steps/1",
        messageId: "owner",
        data: { procedure: "proc-erp-db", step: 2 },
      },
      { path: "/emergency/procedures/3", data: { procedure: "proc-edi" } },
    ],
  },
  {
    rule: "procedures/time-critical-covered",
    name: "the MES has no procedure",
    mutate: (p) => {
      p.emergency.procedures.splice(4, 1);
    },
    expect: [{ path: "/preIncident/requirements/2", data: { service: "mes" } }],
  },
  {
    rule: "procedures/time-critical-covered",
    name: "the BIA makes the warehouse system time-critical through shipping",
    mutate: () => {},
    options: {
      bia: {
        processes: [
          { id: "shipping", timeCritical: true, rtoMinutes: 2880, rpoMinutes: 240 },
          { id: "payroll", timeCritical: false, rtoMinutes: 10080, rpoMinutes: 1440 },
        ],
        nodes: [
          { id: "shipping", type: "process", dependsOn: ["wms", "carrier"] },
          { id: "payroll", type: "process", dependsOn: ["payroll-system"] },
          { id: "wms", type: "service", dependsOn: ["erp", "skycloud-tokyo-region"] },
          { id: "erp", type: "service", dependsOn: ["erp-db"] },
          { id: "erp-db", type: "service", dependsOn: [] },
          { id: "carrier", type: "external", dependsOn: [] },
          { id: "payroll-system", type: "service", dependsOn: [] },
        ],
        recoveryOrder: ["erp-db", "erp", "wms", "shipping"],
      },
    },
    // shipping → wms (no procedure), erp and erp-db (covered); payroll is not time-critical
    expect: [
      {
        path: "/preIncident/requirements/6",
        messageId: "bia",
        data: { service: "wms", process: "shipping" },
      },
    ],
  },
];
