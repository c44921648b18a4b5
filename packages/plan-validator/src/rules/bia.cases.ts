import { consistentBia } from "../../test/case-helpers.js";
import type { RuleCase } from "../../test/harness.js";

/**
 * Failing cases of the `bia/*` rules: a change to the clean plan and the exact findings the
 * rule must then report (run by `bia.test.ts`; the first case of a rule also gives the options
 * of its passing test).
 *
 * @category Rules
 */
export const biaCases: RuleCase[] = [
  {
    rule: "bia/rto-consistent",
    name: "the BIA needs the ERP database back in 4 hours",
    mutate: () => {},
    passOptions: { bia: consistentBia },
    options: {
      bia: {
        nodes: [
          {
            id: "erp-db",
            type: "service",
            requiredRtoMinutes: 240,
            requiredRpoMinutes: 60,
            dependsOn: [],
          },
          {
            id: "erp",
            type: "service",
            requiredRtoMinutes: 1440,
            requiredRpoMinutes: 60,
            dependsOn: ["erp-db"],
          },
          {
            id: "cad-pdm",
            type: "service",
            requiredRtoMinutes: 2880,
            requiredRpoMinutes: null,
            dependsOn: [],
          },
        ],
      },
    },
    // erp-db: plan PT24H = 1440 > 240 → gap; erp: 1440 = 1440 → ok; cad-pdm: P3D = 4320 > 2880 → gap
    expect: [
      {
        path: "/preIncident/requirements/0/objectives/rto",
        data: { service: "erp-db", plan: "P1D", bia: "PT4H" },
      },
      {
        path: "/preIncident/requirements/9/objectives/rto",
        data: { service: "cad-pdm", plan: "P3D", bia: "P2D" },
      },
    ],
  },
  {
    rule: "bia/rto-consistent",
    name: "a chain the BIA cannot meet is said to be infeasible, not required in no time",
    mutate: () => {},
    options: {
      bia: {
        nodes: [
          // the BIA's derived RTO is 0 when a process's work recovery exceeds its MTPD
          {
            id: "erp-db",
            type: "service",
            requiredRtoMinutes: 0,
            requiredRpoMinutes: 60,
            dependsOn: [],
          },
          {
            id: "erp",
            type: "service",
            requiredRtoMinutes: 1440,
            requiredRpoMinutes: 60,
            dependsOn: ["erp-db"],
          },
        ],
      },
    },
    expect: [
      {
        path: "/preIncident/requirements/0",
        messageId: "infeasible",
        data: { service: "erp-db" },
      },
    ],
  },
  {
    rule: "bia/rpo-consistent",
    name: "the BIA needs 15-minute data loss for the MES and the entry control states no RPO",
    mutate: () => {},
    passOptions: { bia: consistentBia },
    options: {
      bia: {
        nodes: [
          {
            id: "mes",
            type: "service",
            requiredRtoMinutes: 1440,
            requiredRpoMinutes: 15,
            dependsOn: [],
          },
          {
            id: "entry-control",
            type: "service",
            requiredRtoMinutes: null,
            requiredRpoMinutes: 1440,
            dependsOn: [],
          },
          {
            id: "erp",
            type: "service",
            requiredRtoMinutes: null,
            requiredRpoMinutes: 60,
            dependsOn: [],
          },
        ],
      },
    },
    // mes: PT4H = 240 > 15 → gap; entry-control: no rpo in the plan; erp: PT1H = 60 ≤ 60 → ok
    expect: [
      {
        path: "/preIncident/requirements/2/objectives/rpo",
        data: { service: "mes", plan: "PT4H", bia: "PT15M" },
      },
      {
        path: "/preIncident/requirements/14",
        messageId: "missing",
        data: { service: "entry-control", bia: "P1D" },
      },
    ],
  },
];
