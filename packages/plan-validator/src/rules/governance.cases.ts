import type { RuleCase } from "../../test/harness.js";

/**
 * Failing cases of the `governance/*` rules: a change to the clean plan and the exact findings the
 * rule must then report (run by `governance.test.ts`; the first case of a rule also gives the options
 * of its passing test).
 *
 * @category Rules
 */
export const governanceCases: RuleCase[] = [
  {
    rule: "governance/processes-assigned",
    name: "nobody monitors or oversees",
    mutate: (p) => {
      p.governance.monitor = [];
      delete p.governance.oversee;
    },
    expect: [
      { path: "/governance", data: { process: "monitor" } },
      { path: "/governance", data: { process: "oversee" } },
    ],
  },
  {
    rule: "governance/processes-assigned",
    name: "the plan has no governance",
    mutate: (p) => {
      delete p.governance;
    },
    expect: [{ path: "", messageId: "missing" }],
  },
  {
    rule: "governance/auditor-independent",
    name: "the auditor also implements",
    mutate: (p) => {
      p.governance.implement.push("auditor");
    },
    expect: [{ path: "/governance/oversee/0", data: { role: "auditor" } }],
  },
  {
    rule: "governance/findings-owned",
    name: "an exercise finding has no owner and a review finding no due date",
    mutate: (p) => {
      delete p.training.activities[3].findings[0].owner;
      delete p.maintenance.reviewLog[0].findings[0].due;
    },
    expect: [
      { path: "/maintenance/reviewLog/0/findings/0", data: { finding: "f-rv-1", missing: "due" } },
      { path: "/training/activities/3/findings/0", data: { finding: "f-ex-1", missing: "owner" } },
    ],
  },
  {
    rule: "governance/overdue-findings-reported",
    name: "an open finding due 2026-09-30 was not reported",
    mutate: (p) => {
      delete p.training.activities[3].findings[1].reportedTo;
    },
    // due 2026-09-30 < now 2026-11-27, status open, no reportedTo
    expect: [
      { path: "/training/activities/3/findings/1", data: { finding: "f-ex-2", due: "2026-09-30" } },
    ],
  },
  {
    rule: "governance/auditor-independent",
    name: "the head of internal audit is also the IT operations lead",
    mutate: (p) => {
      p.roles[6].holder = "K. Abe";
    },
    expect: [
      {
        path: "/governance/oversee/0",
        messageId: "person",
        data: { role: "auditor", person: "K. Abe", implementer: "it-ops-lead" },
      },
    ],
  },
];
