import { strictBia, withResults } from "../../test/case-helpers.js";
import type { RuleCase } from "../../test/harness.js";

/**
 * Failing cases of the `evidence/*` rules: a change to the clean plan and the exact findings the
 * rule must then report (run by `evidence.test.ts`; the first case of a rule also gives the options
 * of its passing test).
 *
 * @category Rules
 */
export const evidenceCases: RuleCase[] = [
  {
    rule: "evidence/rto-met",
    name: "erp-db took PT26H against an RTO of PT24H",
    // PT26H = 26 × 60 = 1560 min > PT24H = 1440 min
    mutate: withResults((_p, r) => {
      r[0].services[0].recoveryTime = "PT26H";
    }),
    expect: [
      {
        path: "/training/results/0/services/0/recoveryTime",
        data: {
          service: "erp-db",
          result: "r-ft-2026",
          date: "2026-10-15",
          measured: "PT26H",
          objective: "PT24H",
        },
      },
    ],
  },
  {
    rule: "evidence/rto-met",
    name: "erp took PT9H, within the plan's PT24H but over the BIA's 480 minutes",
    // PT9H = 540 min ≤ 1440 (plan), but 540 > 480 (BIA) = PT8H
    mutate: withResults(() => {}),
    options: { bia: strictBia },
    expect: [
      {
        path: "/training/results/0/services/1/recoveryTime",
        messageId: "bia",
        data: {
          service: "erp",
          result: "r-ft-2026",
          date: "2026-10-15",
          measured: "PT9H",
          objective: "PT8H",
        },
      },
    ],
  },
  {
    rule: "evidence/rpo-met",
    name: "mes lost PT5H of data against an RPO of PT4H",
    // PT5H = 300 min > PT4H = 240 min
    mutate: withResults((_p, r) => {
      r[0].services[2].dataLoss = "PT5H";
    }),
    expect: [
      {
        path: "/training/results/0/services/2/dataLoss",
        data: {
          service: "mes",
          result: "r-ft-2026",
          date: "2026-10-15",
          measured: "PT5H",
          objective: "PT4H",
        },
      },
    ],
  },
  {
    rule: "evidence/rpo-met",
    name: "erp-db lost PT40M, within the plan's PT1H but over the BIA's 30 minutes",
    // PT40M = 40 min ≤ 60 (plan), but 40 > 30 (BIA) = PT30M; erp's 40 ≤ its BIA 60
    mutate: withResults(() => {}),
    options: { bia: strictBia },
    expect: [
      {
        path: "/training/results/0/services/0/dataLoss",
        messageId: "bia",
        data: {
          service: "erp-db",
          result: "r-ft-2026",
          date: "2026-10-15",
          measured: "PT40M",
          objective: "PT30M",
        },
      },
    ],
  },
  {
    rule: "evidence/rlo-met",
    name: "erp reached 70 % against an RLO of 80 %",
    // 70 < 80
    mutate: withResults((_p, r) => {
      r[0].services[1].levelReached = 70;
    }),
    expect: [
      {
        path: "/training/results/0/services/1/levelReached",
        data: {
          service: "erp",
          result: "r-ft-2026",
          date: "2026-10-15",
          level: 70,
          objective: 80,
        },
      },
    ],
  },
  {
    rule: "evidence/rlo-met",
    name: "erp's level is a name and its RLO a percentage (info: cannot compare)",
    mutate: withResults((_p, r) => {
      r[0].services[1].levelReached = "orders only";
    }),
    expect: [
      {
        path: "/training/results/0/services/1/levelReached",
        messageId: "named",
        severity: "info",
        data: {
          service: "erp",
          result: "r-ft-2026",
          date: "2026-10-15",
          level: "orders only",
          objective: 80,
        },
      },
    ],
  },
  {
    rule: "evidence/failed-retested",
    name: "a tabletop failed on 2026-05-20 and none passed since",
    // 2026-05-20 + P3M = 2026-08-20 < 2026-11-27
    mutate: withResults((_p, r) => {
      r.push({ id: "r-tt-2026", date: "2026-05-20", kind: "tabletop", outcome: "fail" });
    }),
    expect: [
      {
        path: "/training/results/5/outcome",
        messageId: "result",
        data: { result: "r-tt-2026", date: "2026-05-20", kind: "tabletop", due: "2026-08-20" },
      },
    ],
  },
  {
    rule: "evidence/failed-retested",
    name: "the restore of 2026-09-05 failed and retestWithin is P1M",
    // 2026-09-05 + P1M = 2026-10-05 < 2026-11-27; no later result names backup-storage
    mutate: withResults((_p, r) => {
      r[2].outcome = "fail";
    }),
    options: { rules: { "evidence/failed-retested": ["warning", { retestWithin: "P1M" }] } },
    expect: [
      {
        path: "/training/results/2/services/0",
        data: {
          service: "backup-storage",
          result: "r-restore-2026",
          date: "2026-09-05",
          due: "2026-10-05",
        },
      },
    ],
  },
  {
    rule: "evidence/corrective-actions",
    name: "a corrective action in progress was due on 2026-11-01",
    // 2026-11-01 < 2026-11-27 and the status is not done
    mutate: withResults((_p, r) => {
      r[0].issues[0].correctiveAction.due = "2026-11-01";
    }),
    expect: [
      {
        path: "/training/results/0/issues/0/correctiveAction/due",
        data: { issue: "i-ft-1", result: "r-ft-2026", due: "2026-11-01", status: "in-progress" },
      },
    ],
  },
  {
    rule: "evidence/corrective-actions",
    name: "a corrective action has no owner, and another issue has no action",
    mutate: withResults((_p, r) => {
      delete r[0].issues[0].correctiveAction.owner;
      delete r[3].issues[0].correctiveAction;
    }),
    expect: [
      {
        path: "/training/results/0/issues/0/correctiveAction",
        messageId: "incomplete",
        data: { issue: "i-ft-1", result: "r-ft-2026", missing: "owner" },
      },
      {
        path: "/training/results/3/issues/0",
        messageId: "missing",
        data: { issue: "i-ex-1", result: "r-ex-2026" },
      },
    ],
  },
  {
    rule: "evidence/time-critical-proven",
    name: "the safety-confirmation drill is not recorded",
    mutate: withResults((_p, r) => {
      r.splice(4, 1);
    }),
    expect: [
      {
        path: "/preIncident/requirements/5",
        messageId: "unproven",
        data: { service: "safety-confirmation" },
      },
    ],
  },
  {
    rule: "evidence/time-critical-proven",
    name: "the restore passed on 2026-05-01 and its activity's cadence is P6M",
    // 2026-05-01 + P6M = 2026-11-01 < 2026-11-27: expired
    mutate: withResults((_p, r) => {
      r[2].date = "2026-05-01";
    }),
    expect: [
      {
        path: "/preIncident/requirements/4",
        data: {
          service: "backup-storage",
          result: "r-restore-2026",
          date: "2026-05-01",
          cadence: "P6M",
          due: "2026-11-01",
        },
      },
    ],
  },
  {
    rule: "evidence/time-critical-proven",
    name: "the drill without an activity passed on 2025-10-01 (maxAge P1Y), edi failed and a pass is dated in the future",
    // safety: 2025-10-01 + P1Y = 2026-10-01 < 2026-11-27: expired.
    // edi: its only entry failed: unproven. backup-storage: 2027-01-10 is after now: no evidence.
    mutate: withResults((_p, r) => {
      r[4].date = "2025-10-01";
      r[3].services[0].outcome = "fail";
      r[2].date = "2027-01-10";
    }),
    expect: [
      { path: "/preIncident/requirements/3", messageId: "unproven", data: { service: "edi" } },
      {
        path: "/preIncident/requirements/4",
        messageId: "unproven",
        data: { service: "backup-storage" },
      },
      {
        path: "/preIncident/requirements/5",
        data: {
          service: "safety-confirmation",
          result: "r-safety-2026",
          date: "2025-10-01",
          cadence: "P1Y",
          due: "2026-10-01",
        },
      },
    ],
  },
  {
    rule: "evidence/scenario-variety",
    name: "all three results that name a scenario name the wide-area earthquake",
    mutate: withResults((_p, r) => {
      r[3].scenario = "wide-area-quake";
    }),
    expect: [{ path: "/training/results", data: { count: 3, scenario: "wide-area-quake" } }],
  },
  {
    rule: "evidence/failback-exercised",
    name: "the failback test leaves out mes",
    mutate: withResults((_p, r) => {
      r[1].services.pop();
    }),
    expect: [
      {
        path: "/training/results/0/services/2",
        data: { service: "mes", result: "r-ft-2026" },
      },
    ],
  },
  {
    rule: "evidence/failback-exercised",
    name: "a switch-over names no service and no failback is recorded",
    mutate: withResults((_p, r) => {
      r.splice(1, 1);
      delete r[0].services;
    }),
    expect: [{ path: "/training/results/0", messageId: "none", data: { result: "r-ft-2026" } }],
  },
  {
    rule: "evidence/business-staff-exercised",
    name: "the full-scale exercise had executives only",
    mutate: withResults((_p, r) => {
      r[3].scope.audiences = ["executives"];
    }),
    expect: [{ path: "/training/results" }],
  },
  {
    rule: "evidence/business-staff-exercised",
    name: "business staff took part only in a functional exercise",
    mutate: withResults((_p, r) => {
      r[3].kind = "functional";
    }),
    expect: [{ path: "/training/results" }],
  },
];
