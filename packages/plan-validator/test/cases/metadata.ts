import type { RuleCase } from "../harness.js";

/** Failing cases of the metadata, references and governance rules. */
export const metadataCases: RuleCase[] = [
  {
    rule: "metadata/required-items",
    name: "owner and version are missing",
    mutate: (p) => {
      delete p.metadata.owner;
      p.metadata.version = " ";
    },
    expect: [
      { path: "/metadata", data: { item: "metadata.owner" } },
      { path: "/metadata", data: { item: "metadata.version" } },
    ],
  },
  {
    rule: "metadata/approval",
    name: "there is no approval",
    mutate: (p) => {
      delete p.metadata.approval;
    },
    expect: [{ path: "/metadata" }],
  },
  {
    rule: "metadata/approval",
    name: "the approval has no approver and is dated after now",
    mutate: (p) => {
      p.metadata.approval = { date: "2026-12-01" };
    },
    // 2026-12-01 is after now (2026-11-27)
    expect: [
      { path: "/metadata/approval", messageId: "approver" },
      {
        path: "/metadata/approval/date",
        messageId: "future",
        data: { date: "2026-12-01", now: "2026-11-27" },
      },
    ],
  },
  {
    rule: "metadata/bcp-purpose",
    name: "purpose is blank and nothing to protect is listed",
    mutate: (p) => {
      p.metadata.bcp = { purpose: "", protect: [] };
    },
    expect: [{ path: "/metadata/bcp" }, { path: "/metadata/bcp", messageId: "protect" }],
  },
  {
    rule: "metadata/bia-referenced",
    name: "no BIA is referenced",
    mutate: (p) => {
      delete p.metadata.bia;
    },
    expect: [{ path: "/metadata" }],
  },
  {
    rule: "metadata/scope-coverage",
    name: "a group plan lists no members",
    mutate: (p) => {
      delete p.metadata.members;
    },
    expect: [{ path: "/metadata", data: { scope: "consolidated-group", what: "members" } }],
  },
  {
    rule: "metadata/scope-coverage",
    name: "the organisation profile has a company and a critical partner the plan omits",
    mutate: (p) => {
      p.metadata.scope = "value-chain";
      p.metadata.members = ["kita-seiki", "kita-th"];
      p.metadata.criticalPartners = ["skycloud"];
    },
    options: {
      organisation: {
        scope: "value-chain",
        companies: [{ id: "kita-seiki" }, { id: "kita-th" }, { id: "kita-mx" }],
        partners: [
          { id: "skycloud", critical: true },
          { id: "resin-supplier", critical: false },
          { id: "steel-supplier", critical: true },
        ],
      },
    },
    expect: [
      { path: "/metadata/criticalPartners", messageId: "partner", data: { id: "steel-supplier" } },
      { path: "/metadata/members", messageId: "company", data: { id: "kita-mx" } },
    ],
  },
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
];
