import { withException, withResults } from "../../test/case-helpers.js";
import type { RuleCase } from "../../test/harness.js";

/**
 * Failing cases of the `references/*` rules: a change to the clean plan and the exact findings the
 * rule must then report (run by `references.test.ts`; the first case of a rule also gives the options
 * of its passing test).
 *
 * @category Rules
 */
export const referencesCases: RuleCase[] = [
  {
    rule: "references/resolve",
    name: "a successor, a procedure's service, a notification means and an audience do not exist",
    mutate: (p) => {
      p.roles[0].successors = ["cfo"];
      p.emergency.procedures[0].service = "backup-storag";
      p.emergency.process.activation.notifyVia = ["mobile", "pager", "satellite-phone"];
      p.training.activities[0].audiences = ["executives", "contractors"];
      p.preIncident.investment[0].measure = "m-nothing";
      p.preIncident.measures[1].site = "nagoya-backup";
    },
    expect: [
      {
        path: "/emergency/procedures/0/service",
        messageId: "service",
        data: { ref: "backup-storag" },
      },
      {
        path: "/emergency/process/activation/notifyVia/1",
        messageId: "communications",
        data: { ref: "pager" },
      },
      {
        path: "/preIncident/investment/0/measure",
        messageId: "measure",
        data: { ref: "m-nothing" },
      },
      { path: "/preIncident/measures/1/site", messageId: "site", data: { ref: "nagoya-backup" } },
      { path: "/roles/0/successors/0", messageId: "role", data: { ref: "cfo" } },
      {
        path: "/training/activities/0/audiences/1",
        messageId: "audience",
        data: { ref: "contractors" },
      },
    ],
  },
  {
    rule: "references/unique-ids",
    name: "a role and a service requirement are repeated",
    mutate: (p) => {
      p.roles.push({ ...p.roles[1] });
      p.preIncident.requirements.push({ ...p.preIncident.requirements[0] });
    },
    expect: [
      { path: "/preIncident/requirements/15/service", data: { id: "erp-db" } },
      { path: "/roles/7/id", data: { id: "ciso" } },
    ],
  },
  {
    rule: "references/resolve",
    name: "a result names an unknown service, activity, scenario, site, audience and owner",
    mutate: withResults((_p, r) => {
      r[0].services[0].service = "erp-dbx";
      r[0].activity = "failover-crm";
      r[0].scenario = "meteor";
      r[0].scope.sites = ["nagoya"];
      r[0].scope.audiences = ["interns"];
      r[0].issues[0].service = "crm";
      r[0].issues[0].correctiveAction.owner = "ghost";
    }),
    expect: [
      {
        path: "/training/results/0/activity",
        messageId: "activity",
        data: { ref: "failover-crm" },
      },
      {
        path: "/training/results/0/issues/0/correctiveAction/owner",
        messageId: "role",
        data: { ref: "ghost" },
      },
      { path: "/training/results/0/issues/0/service", messageId: "service", data: { ref: "crm" } },
      { path: "/training/results/0/scenario", messageId: "scenario", data: { ref: "meteor" } },
      {
        path: "/training/results/0/scope/audiences/0",
        messageId: "audience",
        data: { ref: "interns" },
      },
      { path: "/training/results/0/scope/sites/0", messageId: "anySite", data: { ref: "nagoya" } },
      {
        path: "/training/results/0/services/0/service",
        messageId: "service",
        data: { ref: "erp-dbx" },
      },
    ],
  },
  {
    rule: "references/resolve",
    name: "an exception is accepted by a role the plan does not have",
    mutate: withException((e) => {
      e.acceptedBy = "board";
    }),
    expect: [{ path: "/exceptions/0/acceptedBy", messageId: "role", data: { ref: "board" } }],
  },
];
