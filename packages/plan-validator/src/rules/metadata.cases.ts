import type { RuleCase } from "../../test/harness.js";

/**
 * Failing cases of the `metadata/*` rules: a change to the clean plan and the exact findings the
 * rule must then report (run by `metadata.test.ts`; the first case of a rule also gives the options
 * of its passing test).
 *
 * @category Rules
 */
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
    rule: "metadata/approval",
    name: "the plan's own owner approves it",
    mutate: (p) => {
      p.metadata.approval.approver = "it-director";
    },
    expect: [
      {
        path: "/metadata/approval/approver",
        messageId: "not-management",
        data: { approver: "it-director", person: "Y. Suzuki" },
      },
    ],
  },
  {
    rule: "metadata/approval",
    name: "nothing says who management is",
    mutate: (p) => {
      delete p.roles[0].management;
      delete p.governance.direct;
      delete p.governance.evaluate;
    },
    expect: [
      {
        path: "/metadata/approval/approver",
        messageId: "management-unknown",
        severity: "info",
        data: { approver: "ceo" },
      },
    ],
  },
];
