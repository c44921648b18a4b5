import type { BiaInput } from "../../src/index.js";
import type { RuleCase } from "../harness.js";

/** A BIA the clean plan agrees with: every required objective is met exactly or with room. */
const consistentBia: BiaInput = {
  processes: [{ id: "order-intake", timeCritical: true, rtoMinutes: 1440, rpoMinutes: 60 }],
  nodes: [
    {
      id: "order-intake",
      type: "process",
      requiredRtoMinutes: 1440,
      requiredRpoMinutes: 60,
      dependsOn: ["erp", "edi"],
    },
    {
      id: "erp",
      type: "service",
      requiredRtoMinutes: 1440,
      requiredRpoMinutes: 60,
      dependsOn: ["erp-db"],
    },
    {
      id: "erp-db",
      type: "service",
      requiredRtoMinutes: 1440,
      requiredRpoMinutes: 60,
      dependsOn: [],
    },
    {
      id: "edi",
      type: "service",
      requiredRtoMinutes: 1440,
      requiredRpoMinutes: 60,
      dependsOn: ["erp"],
    },
    // plan: cad-pdm P3D = 4320 min ≤ 10080; P1D = 1440 ≤ 1440
    {
      id: "cad-pdm",
      type: "service",
      requiredRtoMinutes: 10080,
      requiredRpoMinutes: 1440,
      dependsOn: [],
    },
  ],
  recoveryOrder: ["erp-db", "erp", "edi", "order-intake"],
};

/** Failing cases of the training, maintenance, scenario, cross-check and NIST rules. */
export const trainingCases: RuleCase[] = [
  {
    rule: "training/required-items",
    name: "there are no audiences",
    mutate: (p) => {
      p.training.audiences = [];
      for (const a of p.training.activities) delete a.audiences;
    },
    expect: [{ path: "/training", data: { item: "training.audiences" } }],
  },
  {
    rule: "training/business-staff",
    name: "business staff are not an audience",
    mutate: (p) => {
      p.training.audiences.pop();
      for (const a of p.training.activities) a.audiences = ["executives"];
    },
    expect: [{ path: "/training/audiences" }],
  },
  {
    rule: "training/business-staff",
    name: "the comprehensive exercise is IT-only",
    mutate: (p) => {
      p.training.activities[3].audiences = ["it-staff"];
    },
    expect: [{ path: "/training/activities", messageId: "exercise" }],
  },
  {
    rule: "training/failover-test-cadence",
    name: "the failover test was last done on 2025-09-10",
    mutate: (p) => {
      p.training.activities[1].lastDone = "2025-09-10";
    },
    // 2025-09-10 + P1Y = 2026-09-10 < 2026-11-27
    expect: [
      {
        path: "/training/activities/1/lastDone",
        data: { activity: "failover-erp", last: "2025-09-10", cadence: "P1Y", due: "2026-09-10" },
      },
    ],
  },
  {
    rule: "training/failover-test-cadence",
    name: "no failover test is planned",
    mutate: (p) => {
      p.training.activities.splice(1, 1);
    },
    expect: [{ path: "/training/activities", messageId: "missing" }],
  },
  {
    rule: "training/exercise-cadence",
    name: "the exercise is due every 6 months and was done on 2026-03-11",
    mutate: (p) => {
      p.training.activities[3].cadence = "P6M";
    },
    // 2026-03-11 + 6 months = 2026-09-11 < 2026-11-27
    expect: [
      {
        path: "/training/activities/3/lastDone",
        data: { activity: "exercise-2026", last: "2026-03-11", cadence: "P6M", due: "2026-09-11" },
      },
    ],
  },
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
    rule: "scenarios/wide-area-long-duration",
    name: "the long outage is regional and the quake lasts two days",
    mutate: (p) => {
      p.scenarios[0].duration = "PT48H";
      p.scenarios[1].area = "regional";
      p.scenarios[4].area = "regional";
    },
    expect: [{ path: "/scenarios" }],
  },
  {
    rule: "scenarios/wide-area-long-duration",
    name: "the only wide-area scenario of 72 hours or more is the pandemic",
    mutate: (p) => {
      p.scenarios[0].duration = "PT48H"; // wide-area quake: 48 h < 72 h
      p.scenarios[1].area = "regional"; // long power outage: no longer wide-area
      // scenarios[4], the pandemic (P30D, wide-area), takes no power, line or site
    },
    expect: [{ path: "/scenarios" }],
  },
  {
    rule: "scenarios/wide-area-long-duration",
    name: "there are no scenarios",
    mutate: (p) => {
      delete p.scenarios;
    },
    expect: [{ path: "", messageId: "missing" }],
  },
  {
    rule: "scenarios/communications-outage",
    name: "no scenario cuts communications",
    mutate: (p) => {
      p.scenarios.splice(3, 1);
      p.scenarios[0].impacts.communications = false;
    },
    expect: [{ path: "/scenarios" }],
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
  {
    rule: "scenarios/cyber-incident",
    name: "no cyber incident is assumed",
    mutate: (p) => {
      p.scenarios.pop();
    },
    expect: [{ path: "/scenarios" }],
  },
  {
    rule: "bia/rto-consistent",
    name: "the BIA needs the ERP database back in 4 hours",
    mutate: () => {},
    passOptions: { bia: consistentBia },
    options: {
      bia: {
        nodes: [
          {
            id: "erp-db",
            type: "service",
            requiredRtoMinutes: 240,
            requiredRpoMinutes: 60,
            dependsOn: [],
          },
          {
            id: "erp",
            type: "service",
            requiredRtoMinutes: 1440,
            requiredRpoMinutes: 60,
            dependsOn: ["erp-db"],
          },
          {
            id: "cad-pdm",
            type: "service",
            requiredRtoMinutes: 2880,
            requiredRpoMinutes: null,
            dependsOn: [],
          },
        ],
      },
    },
    // erp-db: plan PT24H = 1440 > 240 → gap; erp: 1440 = 1440 → ok; cad-pdm: P3D = 4320 > 2880 → gap
    expect: [
      {
        path: "/preIncident/requirements/0/objectives/rto",
        data: { service: "erp-db", plan: "P1D", bia: "PT4H" },
      },
      {
        path: "/preIncident/requirements/9/objectives/rto",
        data: { service: "cad-pdm", plan: "P3D", bia: "P2D" },
      },
    ],
  },
  {
    rule: "bia/rpo-consistent",
    name: "the BIA needs 15-minute data loss for the MES and the entry control states no RPO",
    mutate: () => {},
    passOptions: { bia: consistentBia },
    options: {
      bia: {
        nodes: [
          {
            id: "mes",
            type: "service",
            requiredRtoMinutes: 1440,
            requiredRpoMinutes: 15,
            dependsOn: [],
          },
          {
            id: "entry-control",
            type: "service",
            requiredRtoMinutes: null,
            requiredRpoMinutes: 1440,
            dependsOn: [],
          },
          {
            id: "erp",
            type: "service",
            requiredRtoMinutes: null,
            requiredRpoMinutes: 60,
            dependsOn: [],
          },
        ],
      },
    },
    // mes: PT4H = 240 > 15 → gap; entry-control: no rpo in the plan; erp: PT1H = 60 ≤ 60 → ok
    expect: [
      {
        path: "/preIncident/requirements/14",
        messageId: "missing",
        data: { service: "entry-control", bia: "P1D" },
      },
      {
        path: "/preIncident/requirements/2/objectives/rpo",
        data: { service: "mes", plan: "PT4H", bia: "PT15M" },
      },
    ],
  },
  {
    rule: "matrix/clause14-owned",
    name: "a clause 14 control is unassigned",
    mutate: () => {},
    passOptions: {
      matrix: {
        controls: [
          { catalog: "iso27002-2005", control: "14.1.1", clause: "14", owner: "shared" },
          { catalog: "iso27002-2005", control: "14.1.4", clause: "14", owner: "customer" },
          { catalog: "iso27002-2005", control: "10.5.1", clause: "10", owner: "unassigned" },
        ],
      },
    },
    options: {
      matrix: {
        controls: [
          { catalog: "iso27002-2005", control: "14.1.1", clause: "14", owner: "shared" },
          { catalog: "iso27002-2005", control: "14.1.4", clause: "14", owner: "unassigned" },
          { catalog: "iso27002-2005", control: "10.5.1", clause: "10", owner: "unassigned" },
          { catalog: "iso27017", control: "14.1.3", clause: "14.1", owner: "customer" },
        ],
      },
    },
    // only 14.1.4 is both clause 14 and unassigned (10.5.1 is clause 10)
    expect: [
      {
        path: "/emergency/externalServices",
        data: { catalog: "iso27002-2005", control: "14.1.4" },
      },
    ],
  },
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
