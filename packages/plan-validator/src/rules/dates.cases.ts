import { withException, withResults } from "../../test/case-helpers.js";
import type { RuleCase } from "../../test/harness.js";

/**
 * Failing cases of the `dates/*` rules: a change to the clean plan and the exact findings the
 * rule must then report (run by `dates.test.ts`; the first case of a rule also gives the options
 * of its passing test).
 *
 * @category Rules
 */
export const datesCases: RuleCase[] = [
  // --- dates ------------------------------------------------------------------------------
  {
    rule: "dates/not-in-future",
    name: "the last review and a restore test are dated after now",
    mutate: (p) => {
      p.metadata.lastReview = "2027-01-15";
      p.training.activities[2].lastDone = "2026-12-01";
    },
    expect: [
      {
        path: "/metadata/lastReview",
        data: { field: "lastReview", date: "2027-01-15", now: "2026-11-27" },
      },
      {
        path: "/training/activities/2/lastDone",
        data: { field: "lastDone", date: "2026-12-01", now: "2026-11-27" },
      },
    ],
  },
  {
    rule: "dates/not-in-future",
    name: "a result is dated 2027-01-10, after now",
    mutate: withResults((_p, r) => {
      r[4].date = "2027-01-10";
    }),
    expect: [
      {
        path: "/training/results/4/date",
        data: { field: "date", date: "2027-01-10", now: "2026-11-27" },
      },
    ],
  },
  {
    rule: "dates/not-in-future",
    name: "an exception is accepted on 2026-12-01, after now",
    mutate: withException((e) => {
      e.accepted = "2026-12-01";
    }),
    expect: [
      {
        path: "/exceptions/0/accepted",
        data: { field: "accepted", date: "2026-12-01", now: "2026-11-27" },
      },
    ],
  },
];
