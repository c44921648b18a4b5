import type { RuleCase } from "../../test/harness.js";

/**
 * Failing cases of the `maintenance/*` rules: a change to the clean plan and the exact findings the
 * rule must then report (run by `maintenance.test.ts`; the first case of a rule also gives the options
 * of its passing test).
 *
 * @category Rules
 */
export const maintenanceCases: RuleCase[] = [
  {
    rule: "maintenance/required-items",
    name: "purpose and inspections are missing",
    mutate: (p) => {
      delete p.maintenance.purpose;
      delete p.maintenance.inspections;
    },
    expect: [
      { path: "/maintenance", data: { item: "maintenance.inspections" } },
      { path: "/maintenance", data: { item: "maintenance.purpose" } },
    ],
  },
  {
    rule: "maintenance/review-interval",
    name: "the last review was on 2025-10-20",
    mutate: (p) => {
      p.metadata.lastReview = "2025-10-20";
      p.maintenance.reviewLog[0].date = "2025-10-20";
    },
    // 2025-10-20 + 12 months = 2026-10-20 < 2026-11-27; the metadata date is found first and kept on a tie
    expect: [{ path: "/metadata/lastReview", data: { last: "2025-10-20", due: "2026-10-20" } }],
  },
  {
    rule: "maintenance/review-interval",
    name: "the last review is not stated",
    mutate: (p) => {
      delete p.metadata.lastReview;
    },
    expect: [{ path: "/metadata", messageId: "missing" }],
  },
  {
    rule: "maintenance/inspection-defined",
    name: "an inspection has no owner",
    mutate: (p) => {
      delete p.maintenance.inspections[1].owner;
    },
    expect: [
      {
        path: "/maintenance/inspections/1",
        data: { item: "Generator fuel and UPS batteries", missing: "owner" },
      },
    ],
  },
  {
    rule: "maintenance/review-interval",
    name: "the only reviews are dated in the future",
    mutate: (p) => {
      p.metadata.lastReview = "2027-01-15";
      p.maintenance.reviewLog[0].date = "2027-01-15";
    },
    expect: [{ path: "/metadata/lastReview", messageId: "none-past", data: { now: "2026-11-27" } }],
  },
];
