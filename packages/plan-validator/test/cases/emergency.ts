import type { RuleCase } from "../harness.js";

/** Failing cases of the emergency response plan rules. */
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
    rule: "process/detection-phase",
    name: "the process starts at activation",
    mutate: (p) => {
      p.emergency.process.phases.shift();
    },
    expect: [{ path: "/emergency/process/phases" }],
  },
  {
    rule: "process/failback-defined",
    name: "there is no failback phase and the ERP procedure has no failback",
    mutate: (p) => {
      p.emergency.process.phases.splice(5, 1);
      delete p.emergency.procedures[2].failback;
    },
    expect: [
      { path: "/emergency/procedures/2", messageId: "procedure", data: { procedure: "proc-erp" } },
      { path: "/emergency/process/phases" },
    ],
  },
  {
    rule: "process/activation-rto-criterion",
    name: "activation waits for the site to be unusable",
    mutate: (p) => {
      p.emergency.process.activation.criteria.shift();
    },
    expect: [{ path: "/emergency/process/activation/criteria" }],
  },
  {
    rule: "process/escalation-triggers",
    name: "no escalation is defined",
    mutate: (p) => {
      p.emergency.process.escalation = [];
    },
    expect: [{ path: "/emergency/process" }],
  },
  {
    rule: "communications/independent-means",
    name: "e-mail and groupware chat both ride on the internet",
    mutate: (p) => {
      p.emergency.communications = [
        { id: "mobile", kind: "email", network: "internet" },
        { id: "satellite-phone", kind: "messaging", network: "internet" },
        { id: "email", kind: "email", network: "internet" },
        { id: "landline", kind: "messaging", network: "internet" },
      ];
    },
    expect: [{ path: "/emergency/communications", data: { count: 1 } }],
  },
  {
    rule: "communications/activation-redundant",
    name: "activation goes out by e-mail only",
    mutate: (p) => {
      p.emergency.process.activation.notifyVia = ["email"];
    },
    expect: [{ path: "/emergency/process/activation/notifyVia", data: { count: 1 } }],
  },
  {
    rule: "communications/activation-redundant",
    name: "activation names two means on the same network",
    mutate: (p) => {
      p.emergency.communications[3].network = "mobile-network";
      p.emergency.process.activation.notifyVia = ["mobile", "landline"];
    },
    expect: [{ path: "/emergency/process/activation/notifyVia", data: { count: 1 } }],
  },
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
    rule: "emergency/plan-copies-offline",
    name: "the only copy is on the intranet",
    mutate: (p) => {
      p.emergency.planCopies = [{ location: "Intranet", medium: "intranet" }];
    },
    expect: [{ path: "/emergency/planCopies" }],
  },
  {
    rule: "security/emergency-cia-balance",
    name: "confidentiality and the rationale are not stated",
    mutate: (p) => {
      delete p.emergency.securityLevel.confidentiality;
      delete p.emergency.securityLevel.rationale;
    },
    expect: [{ path: "/emergency/securityLevel", data: { missing: "confidentiality, rationale" } }],
  },
  {
    rule: "external/provider-evidence",
    name: "KumoMail has no evidence and SkyCloud is not listed",
    mutate: (p) => {
      delete p.emergency.externalServices[2].evidence;
      p.emergency.externalServices.shift();
    },
    // SkyCloud hosts backup-storage (4), wms (6), customer-portal (7), consolidation (11)
    expect: [
      { path: "/emergency/externalServices/1", data: { provider: "kumomail" } },
      {
        path: "/preIncident/requirements/11/hosting/provider",
        messageId: "unlisted",
        data: { service: "consolidation", provider: "skycloud" },
      },
      {
        path: "/preIncident/requirements/4/hosting/provider",
        messageId: "unlisted",
        data: { service: "backup-storage", provider: "skycloud" },
      },
      {
        path: "/preIncident/requirements/6/hosting/provider",
        messageId: "unlisted",
        data: { service: "wms", provider: "skycloud" },
      },
      {
        path: "/preIncident/requirements/7/hosting/provider",
        messageId: "unlisted",
        data: { service: "customer-portal", provider: "skycloud" },
      },
    ],
  },
  {
    rule: "external/evidence-current",
    name: "the data centre's audit report expired on 2026-06-30",
    mutate: (p) => {
      p.emergency.externalServices[1].evidence.expires = "2026-06-30";
    },
    expect: [
      {
        path: "/emergency/externalServices/1/evidence/expires",
        data: { provider: "tokyo-dc-operator", expires: "2026-06-30" },
      },
    ],
  },
  {
    rule: "procedures/ordered-steps",
    name: "one procedure has no steps and a step has no owner",
    mutate: (p) => {
      p.emergency.procedures[3].steps = [];
      delete p.emergency.procedures[1].steps[1].owner;
    },
    expect: [
      {
        path: "/emergency/procedures/1/steps/1",
        messageId: "owner",
        data: { procedure: "proc-erp-db", step: 2 },
      },
      { path: "/emergency/procedures/3", data: { procedure: "proc-edi" } },
    ],
  },
  {
    rule: "procedures/time-critical-covered",
    name: "the MES has no procedure",
    mutate: (p) => {
      p.emergency.procedures.splice(4, 1);
    },
    expect: [{ path: "/preIncident/requirements/2", data: { service: "mes" } }],
  },
  {
    rule: "procedures/time-critical-covered",
    name: "the BIA makes the warehouse system time-critical through shipping",
    mutate: () => {},
    options: {
      bia: {
        processes: [
          { id: "shipping", timeCritical: true, rtoMinutes: 2880, rpoMinutes: 240 },
          { id: "payroll", timeCritical: false, rtoMinutes: 10080, rpoMinutes: 1440 },
        ],
        nodes: [
          { id: "shipping", type: "process", dependsOn: ["wms", "carrier"] },
          { id: "payroll", type: "process", dependsOn: ["payroll-system"] },
          { id: "wms", type: "service", dependsOn: ["erp", "skycloud-tokyo-region"] },
          { id: "erp", type: "service", dependsOn: ["erp-db"] },
          { id: "erp-db", type: "service", dependsOn: [] },
          { id: "carrier", type: "external", dependsOn: [] },
          { id: "payroll-system", type: "service", dependsOn: [] },
        ],
        recoveryOrder: ["erp-db", "erp", "wms", "shipping"],
      },
    },
    // shipping → wms (no procedure), erp and erp-db (covered); payroll is not time-critical
    expect: [
      {
        path: "/preIncident/requirements/6",
        messageId: "bia",
        data: { service: "wms", process: "shipping" },
      },
    ],
  },
  {
    rule: "recovery/order-dependencies",
    name: "the ERP is recovered before its database",
    mutate: (p) => {
      p.emergency.recoveryOrder = [
        "backup-storage",
        "safety-confirmation",
        "erp",
        "erp-db",
        "edi",
        "mes",
      ];
    },
    expect: [
      { path: "/emergency/recoveryOrder/2", data: { service: "erp", dependency: "erp-db" } },
    ],
  },
  {
    rule: "recovery/order-dependencies",
    name: "the BIA says EDI depends on the customer portal, which comes later",
    mutate: () => {},
    options: {
      bia: { nodes: [{ id: "edi", type: "service", dependsOn: ["customer-portal", "erp"] }] },
    },
    // order: ... erp(3), edi(4), mes(5), wms(6), customer-portal(7)
    expect: [
      {
        path: "/emergency/recoveryOrder/4",
        data: { service: "edi", dependency: "customer-portal" },
      },
    ],
  },
];
