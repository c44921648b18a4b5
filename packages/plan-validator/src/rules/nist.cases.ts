import type { RuleCase } from "../../test/harness.js";

/**
 * Failing cases of the `nist/*` rules: a change to the clean plan and the exact findings the
 * rule must then report (run by `nist.test.ts`; the first case of a rule also gives the options
 * of its passing test).
 *
 * @category Rules
 */
export const nistCases: RuleCase[] = [
  {
    rule: "nist/contact-list",
    name: "the auditor has no contact means and no holder",
    mutate: (p) => {
      delete p.roles[6].contact;
      delete p.roles[6].holder;
    },
    expect: [{ path: "/roles/6", data: { role: "auditor", missing: "holder, contact" } }],
  },
  {
    rule: "nist/alternate-site",
    name: "no alternate site is defined",
    mutate: (p) => {
      delete p.preIncident.alternateSites;
      delete p.preIncident.measures[1].site;
    },
    expect: [{ path: "/preIncident" }],
  },
  {
    rule: "nist/tabletop-exercise",
    name: "the only exercise was done on 2025-11-01",
    mutate: (p) => {
      p.training.activities[3].lastDone = "2025-11-01";
    },
    // 2025-11-01 + P1Y = 2026-11-01 < now; one year before now is 2025-11-27
    expect: [{ path: "/training", data: { since: "2025-11-27" } }],
  },
  {
    rule: "nist/functional-exercise",
    name: "the comprehensive exercise became a tabletop",
    mutate: (p) => {
      p.training.activities[3].kind = "tabletop-exercise";
    },
    expect: [{ path: "/training", data: { since: "2025-11-27" } }],
  },
  {
    rule: "nist/full-scale-exercise",
    name: "the comprehensive exercise became a functional one",
    mutate: (p) => {
      p.training.activities[3].kind = "functional-exercise";
    },
    expect: [{ path: "/training", data: { since: "2025-11-27" } }],
  },
];
