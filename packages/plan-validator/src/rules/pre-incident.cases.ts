import type { RuleCase } from "../../test/harness.js";

/**
 * Failing cases of the `pre-incident/*` rules: a change to the clean plan and the exact findings the
 * rule must then report (run by `pre-incident.test.ts`; the first case of a rule also gives the options
 * of its passing test).
 *
 * @category Rules
 */
export const preIncidentCases: RuleCase[] = [
  {
    rule: "pre-incident/required-items",
    name: "schedule and investment are missing",
    mutate: (p) => {
      delete p.preIncident.schedule;
      p.preIncident.investment = [];
    },
    expect: [
      { path: "/preIncident", data: { item: "preIncident.investment" } },
      { path: "/preIncident", data: { item: "preIncident.schedule" } },
    ],
  },
  {
    rule: "pre-incident/schedule-overdue",
    name: "the WAN backup milestone due 2026-09-30 is not done",
    mutate: (p) => {
      delete p.preIncident.schedule[1].done;
      delete p.preIncident.schedule[2].done; // due 2027-03-31: not yet overdue
    },
    expect: [
      {
        path: "/preIncident/schedule/1",
        data: { milestone: "Mobile WAN backup in service", due: "2026-09-30" },
      },
    ],
  },
  {
    rule: "pre-incident/investment-stated",
    name: "the satellite phones have no investment line",
    mutate: (p) => {
      p.preIncident.investment.pop();
    },
    expect: [{ path: "/preIncident/measures/4", data: { measure: "m-satellite" } }],
  },
];
