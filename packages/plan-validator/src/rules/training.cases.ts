import type { RuleCase } from "../../test/harness.js";

/**
 * Failing cases of the `training/*` rules: a change to the clean plan and the exact findings the
 * rule must then report (run by `training.test.ts`; the first case of a rule also gives the options
 * of its passing test).
 *
 * @category Rules
 */
export const trainingCases: RuleCase[] = [
  {
    rule: "training/required-items",
    name: "there are no audiences",
    mutate: (p) => {
      p.training.audiences = [];
      for (const a of p.training.activities) delete a.audiences;
    },
    expect: [{ path: "/training", data: { item: "training.audiences" } }],
  },
  {
    rule: "training/business-staff",
    name: "business staff are not an audience",
    mutate: (p) => {
      p.training.audiences.pop();
      for (const a of p.training.activities) a.audiences = ["executives"];
    },
    expect: [{ path: "/training/audiences" }],
  },
  {
    rule: "training/business-staff",
    name: "the comprehensive exercise is IT-only",
    mutate: (p) => {
      p.training.activities[3].audiences = ["it-staff"];
    },
    expect: [{ path: "/training/activities", messageId: "exercise" }],
  },
  {
    rule: "training/failover-test-cadence",
    name: "the failover test was last done on 2025-09-10",
    mutate: (p) => {
      p.training.activities[1].lastDone = "2025-09-10";
    },
    // 2025-09-10 + P1Y = 2026-09-10 < 2026-11-27
    expect: [
      {
        path: "/training/activities/1/lastDone",
        data: { activity: "failover-erp", last: "2025-09-10", cadence: "P1Y", due: "2026-09-10" },
      },
    ],
  },
  {
    rule: "training/failover-test-cadence",
    name: "no failover test is planned",
    mutate: (p) => {
      p.training.activities.splice(1, 1);
    },
    expect: [{ path: "/training/activities", messageId: "missing" }],
  },
  {
    rule: "training/exercise-cadence",
    name: "the exercise is due every 6 months and was done on 2026-03-11",
    mutate: (p) => {
      p.training.activities[3].cadence = "P6M";
    },
    // 2026-03-11 + 6 months = 2026-09-11 < 2026-11-27
    expect: [
      {
        path: "/training/activities/3/lastDone",
        data: { activity: "exercise-2026", last: "2026-03-11", cadence: "P6M", due: "2026-09-11" },
      },
    ],
  },
  // --- switch-over tests, plan copies -------------------------------------------------------
  {
    rule: "training/switch-over-per-service",
    name: "the failover test names ERP and its database but not MES or the measure",
    mutate: (p) => {
      p.training.activities[1].services = ["erp", "erp-db"];
      delete p.training.activities[1].measures;
    },
    expect: [
      {
        path: "/preIncident/measures/1/services/2",
        data: { service: "mes", measure: "m-osaka-site" },
      },
    ],
  },
];
