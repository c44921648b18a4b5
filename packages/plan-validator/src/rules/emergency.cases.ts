import type { RuleCase } from "../../test/harness.js";

/**
 * Failing cases of the `emergency/*` rules: a change to the clean plan and the exact findings the
 * rule must then report (run by `emergency.test.ts`; the first case of a rule also gives the options
 * of its passing test).
 *
 * @category Rules
 */
export const emergencyCases: RuleCase[] = [
  {
    rule: "emergency/required-items",
    name: "there are no teams, no activation authority and no communications",
    mutate: (p) => {
      delete p.emergency.organisation;
      delete p.emergency.communications;
      delete p.roles[0].contact;
      delete p.roles[1].contact;
      for (const r of p.roles) delete r.contact;
      delete p.emergency.process.activation.notifyVia;
    },
    options: { rules: { "nist/contact-list": "off" } },
    expect: [
      { path: "/emergency", data: { item: "emergency.communications" } },
      {
        path: "/emergency",
        data: { item: "emergency.organisation.activationAuthority" },
      },
      { path: "/emergency", data: { item: "emergency.organisation.teams" } },
    ],
  },
  {
    rule: "emergency/plan-copies-offline",
    name: "the only copy is on the intranet",
    mutate: (p) => {
      p.emergency.planCopies = [{ location: "Intranet", medium: "intranet" }];
    },
    expect: [{ path: "/emergency/planCopies" }],
  },
  {
    rule: "emergency/plan-copies-offline",
    name: "the only paper copy is in the Sendai head office",
    mutate: (p) => {
      p.emergency.planCopies = [
        { location: "Server room binder", site: "sendai-hq", medium: "paper" },
        { location: "Intranet", medium: "intranet" },
      ];
    },
    expect: [
      { path: "/emergency/planCopies", messageId: "at-primary", data: { sites: "'sendai-hq'" } },
    ],
  },
  {
    rule: "emergency/plan-copies-offline",
    name: "the only offline copy does not say where it is kept",
    mutate: (p) => {
      p.emergency.planCopies = [
        { location: "Encrypted USB keys", medium: "offline-media" },
        { location: "Intranet", medium: "intranet" },
      ];
    },
    expect: [
      {
        path: "/emergency/planCopies/0",
        messageId: "site-unknown",
        severity: "info",
        data: { location: "Encrypted USB keys" },
      },
    ],
  },
];
