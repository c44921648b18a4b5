import type { RuleCase } from "../../test/harness.js";

/**
 * Failing cases of the `people/*` rules: a change to the clean plan and the exact findings the
 * rule must then report (run by `people.test.ts`; the first case of a rule also gives the options
 * of its passing test).
 *
 * @category Rules
 */
export const peopleCases: RuleCase[] = [
  {
    rule: "people/role-successor",
    name: "the Director of IT has no successor",
    mutate: (p) => {
      delete p.roles[2].successors;
    },
    expect: [{ path: "/roles/2", data: { role: "it-director" } }],
  },
  {
    rule: "people/activation-successor",
    name: "the CEO, the activation authority, has no successor",
    mutate: (p) => {
      p.roles[0].successors = [];
    },
    expect: [{ path: "/emergency/organisation/activationAuthority", data: { role: "ceo" } }],
  },
  {
    rule: "people/safety-confirmation",
    name: "the method was last tested on 2025-11-26",
    mutate: (p) => {
      p.emergency.safetyConfirmation.lastTested = "2025-11-26";
    },
    // 2025-11-26 + 1 year = 2026-11-26 < 2026-11-27
    expect: [
      {
        path: "/emergency/safetyConfirmation/lastTested",
        messageId: "untested",
        data: { since: "2025-11-26" },
      },
    ],
  },
  {
    rule: "people/safety-confirmation",
    name: "no method is stated",
    mutate: (p) => {
      p.emergency.safetyConfirmation = { lastTested: "2026-09-01" };
    },
    expect: [{ path: "/emergency/safetyConfirmation" }],
  },
  {
    rule: "people/staff-unavailability",
    name: "every scenario assumes all staff available",
    mutate: (p) => {
      p.scenarios[0].impacts.staffAvailable = 100;
      delete p.scenarios[4].impacts;
    },
    expect: [{ path: "/scenarios" }],
  },
  // --- people -----------------------------------------------------------------------------
  {
    rule: "people/activation-successor",
    name: "the CEO's successor role is held by the CEO, and hands back to the CEO",
    mutate: (p) => {
      p.roles[1].holder = "H. Kitamura"; // ciso, the CEO's only successor
      p.roles[1].successors = ["ceo"];
    },
    // ceo → ciso (H. Kitamura again) → ceo: nobody else can activate the plan
    expect: [
      {
        path: "/emergency/organisation/activationAuthority",
        messageId: "same-person",
        data: { role: "ceo", person: "H. Kitamura", successors: "'ciso'" },
      },
    ],
  },
  {
    rule: "people/activation-successor",
    name: "the CEO is listed as the CEO's own successor",
    mutate: (p) => {
      p.roles[0].successors = ["ceo"];
    },
    expect: [
      {
        path: "/emergency/organisation/activationAuthority",
        messageId: "self",
        data: { role: "ceo" },
      },
    ],
  },
  {
    rule: "people/role-successor",
    name: "the IT operations lead is the Director of IT under another spelling",
    mutate: (p) => {
      p.roles[3].holder = "y.  SUZUKI"; // folds to "y suzuki", as "Y. Suzuki" does
    },
    // it-director → it-ops-lead → it-director: one person in two roles, no one else
    expect: [
      {
        path: "/roles/2",
        messageId: "same-person",
        data: { role: "it-director", person: "Y. Suzuki", successors: "'it-ops-lead'" },
      },
      {
        path: "/roles/3",
        messageId: "same-person",
        data: { role: "it-ops-lead", person: "y.  SUZUKI", successors: "'it-director'" },
      },
    ],
  },
];
