import { describe, expect, test } from "vitest";
import { cleanPlan, run, testRuleCases } from "../../test/harness.js";
import { referencesCases } from "./references.cases.js";

describe("references/* rules: the clean plan passes, each case fails as expected", () =>
  testRuleCases(referencesCases));

describe("references/resolve: every place a plan refers to an id", () => {
  test("reports each dangling reference at its own pointer, with the kind of target", () => {
    const p = cleanPlan();
    p.metadata.owner = "ghost-owner";
    p.metadata.approval.approver = "ghost-approver";
    p.roles[2].successors = ["it-ops-lead", "ghost-successor"];
    p.roles[3].contact = ["ghost-means"];
    p.governance.monitor = ["ghost-monitor"];
    p.governance.implement = ["it-director", "ghost-implementer"];
    p.preIncident.measures[2].services = ["erp", "ghost-service"];
    p.preIncident.measures[4].site = "ghost-site";
    p.preIncident.schedule[1].measure = "ghost-measure";
    p.preIncident.investment[3].measure = "ghost-funded";
    p.emergency.organisation.activationAuthority = "ghost-authority";
    p.emergency.organisation.teams[1].lead = "ghost-lead";
    p.emergency.organisation.teams[0].members[2] = "ghost-member";
    p.emergency.process.phases[3].owner = "ghost-phase-owner";
    p.emergency.process.activation.notifyVia = ["mobile", "ghost-notify"];
    p.emergency.process.escalation[1].to = "ghost-escalation";
    p.emergency.procedures[3].service = "ghost-procedure-service";
    p.emergency.procedures[1].steps[1].owner = "ghost-step-owner";
    p.emergency.recoveryOrder.push("ghost-recovered");
    p.emergency.safetyConfirmation.service = "ghost-safety";
    p.emergency.externalServices[2].services = ["email", "ghost-hosted"];
    p.training.activities[2].audiences = ["it-staff", "ghost-audience"];
    p.training.activities[1].services = ["erp", "ghost-tested"];
    p.training.activities[3].findings[1].owner = "ghost-finding-owner";
    p.training.activities[1].findings[0].reportedTo = "ghost-reported-to";
    p.maintenance.organisation.owner = "ghost-maintainer";
    p.maintenance.organisation.members[1] = "ghost-maintenance-member";
    p.maintenance.inspections[2].owner = "ghost-inspector";
    p.maintenance.inspections[0].findings = [
      { id: "f-in-1", description: "Two successors left", owner: "ghost-inspection-finding" },
    ];
    p.maintenance.reviewLog[0].by = "ghost-reviewer";
    p.maintenance.reviewLog[0].findings[0].reportedTo = "ghost-review-reported-to";
    const found = run(p)
      .diagnostics.filter((d) => d.code === "references/resolve")
      .map((d) => [d.path, d.data?.ref, d.messages.en]);
    const role = (ref: string) => `'${ref}' is not a role of the plan.`;
    const service = (ref: string) =>
      `'${ref}' is not a service with a continuity requirement in the plan.`;
    const means = (ref: string) => `'${ref}' is not a communications means of the plan.`;
    // sorted by pointer, as validatePlan returns diagnostics
    expect(found).toEqual([
      ["/emergency/externalServices/2/services/1", "ghost-hosted", service("ghost-hosted")],
      ["/emergency/organisation/activationAuthority", "ghost-authority", role("ghost-authority")],
      ["/emergency/organisation/teams/0/members/2", "ghost-member", role("ghost-member")],
      ["/emergency/organisation/teams/1/lead", "ghost-lead", role("ghost-lead")],
      ["/emergency/procedures/1/steps/1/owner", "ghost-step-owner", role("ghost-step-owner")],
      [
        "/emergency/procedures/3/service",
        "ghost-procedure-service",
        service("ghost-procedure-service"),
      ],
      ["/emergency/process/activation/notifyVia/1", "ghost-notify", means("ghost-notify")],
      ["/emergency/process/escalation/1/to", "ghost-escalation", role("ghost-escalation")],
      ["/emergency/process/phases/3/owner", "ghost-phase-owner", role("ghost-phase-owner")],
      ["/emergency/recoveryOrder/9", "ghost-recovered", service("ghost-recovered")],
      ["/emergency/safetyConfirmation/service", "ghost-safety", service("ghost-safety")],
      ["/governance/implement/1", "ghost-implementer", role("ghost-implementer")],
      ["/governance/monitor/0", "ghost-monitor", role("ghost-monitor")],
      [
        "/maintenance/inspections/0/findings/0/owner",
        "ghost-inspection-finding",
        role("ghost-inspection-finding"),
      ],
      ["/maintenance/inspections/2/owner", "ghost-inspector", role("ghost-inspector")],
      [
        "/maintenance/organisation/members/1",
        "ghost-maintenance-member",
        role("ghost-maintenance-member"),
      ],
      ["/maintenance/organisation/owner", "ghost-maintainer", role("ghost-maintainer")],
      ["/maintenance/reviewLog/0/by", "ghost-reviewer", role("ghost-reviewer")],
      [
        "/maintenance/reviewLog/0/findings/0/reportedTo",
        "ghost-review-reported-to",
        role("ghost-review-reported-to"),
      ],
      ["/metadata/approval/approver", "ghost-approver", role("ghost-approver")],
      ["/metadata/owner", "ghost-owner", role("ghost-owner")],
      [
        "/preIncident/investment/3/measure",
        "ghost-funded",
        "'ghost-funded' is not a measure of the plan.",
      ],
      ["/preIncident/measures/2/services/1", "ghost-service", service("ghost-service")],
      [
        "/preIncident/measures/4/site",
        "ghost-site",
        "'ghost-site' is not an alternate site of the plan.",
      ],
      [
        "/preIncident/schedule/1/measure",
        "ghost-measure",
        "'ghost-measure' is not a measure of the plan.",
      ],
      ["/roles/2/successors/1", "ghost-successor", role("ghost-successor")],
      ["/roles/3/contact/0", "ghost-means", means("ghost-means")],
      [
        "/training/activities/1/findings/0/reportedTo",
        "ghost-reported-to",
        role("ghost-reported-to"),
      ],
      ["/training/activities/1/services/1", "ghost-tested", service("ghost-tested")],
      [
        "/training/activities/2/audiences/1",
        "ghost-audience",
        "'ghost-audience' is not a training audience of the plan.",
      ],
      [
        "/training/activities/3/findings/1/owner",
        "ghost-finding-owner",
        role("ghost-finding-owner"),
      ],
    ]);
  });
});
