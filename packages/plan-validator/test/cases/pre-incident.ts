import type { RuleCase } from "../harness.js";

/** Failing cases of the pre-incident plan rules (requirements, power, sites, schedule, investment, backup). */
export const preIncidentCases: RuleCase[] = [
  {
    rule: "pre-incident/required-items",
    name: "schedule and investment are missing",
    mutate: (p) => {
      delete p.preIncident.schedule;
      p.preIncident.investment = [];
    },
    expect: [
      { path: "/preIncident", data: { item: "preIncident.investment" } },
      { path: "/preIncident", data: { item: "preIncident.schedule" } },
    ],
  },
  {
    rule: "power/classified",
    name: "the file server has no power class",
    mutate: (p) => {
      delete p.preIncident.requirements[13].power;
    },
    expect: [{ path: "/preIncident/requirements/13", data: { service: "file-server" } }],
  },
  {
    rule: "power/backup-runtime",
    name: "the ERP database's generator lasts 8 hours against a 72-hour outage",
    mutate: (p) => {
      p.preIncident.requirements[0].power.backupRuntime = "PT8H";
    },
    // longest power loss: wide-area-quake powerOutage PT72H = long-power-outage PT72H = 4320 min (first wins);
    // 480 min < 4320 min
    expect: [
      {
        path: "/preIncident/requirements/0/power/backupRuntime",
        data: { service: "erp-db", runtime: "PT8H", outage: "P3D", scenario: "wide-area-quake" },
      },
    ],
  },
  {
    rule: "power/backup-runtime",
    name: "a 5-day outage is assumed and a protect system states no runtime",
    mutate: (p) => {
      p.scenarios[1].duration = "P5D";
      delete p.preIncident.requirements[5].power.backupRuntime;
    },
    // long-power-outage strikes only sendai-hq and sendai-dc: P5D = 7200 min > PT72H =
    // 4320 min fails the three protect systems hosted there (erp-db, erp, mes: indexes 0-2).
    // edi (tokyo-dc), backup-storage, wms, customer-portal and email (cloud) run on their
    // provider's power and are not struck. safety-confirmation (index 5, a SaaS) is struck only
    // by the planned outage, which names no site: PT3H, and it states no runtime at all.
    expect: [
      {
        path: "/preIncident/requirements/0/power/backupRuntime",
        data: { service: "erp-db", runtime: "P3D", outage: "P5D", scenario: "long-power-outage" },
      },
      {
        path: "/preIncident/requirements/1/power/backupRuntime",
        data: { service: "erp", runtime: "P3D", outage: "P5D", scenario: "long-power-outage" },
      },
      {
        path: "/preIncident/requirements/2/power/backupRuntime",
        data: { service: "mes", runtime: "P3D", outage: "P5D", scenario: "long-power-outage" },
      },
      {
        path: "/preIncident/requirements/5/power",
        messageId: "missing",
        data: { service: "safety-confirmation", outage: "PT3H" },
      },
    ],
  },
  {
    rule: "site/power-weighed",
    name: "the Osaka site was chosen without weighing power and states no supply",
    mutate: (p) => {
      p.preIncident.alternateSites[0].selectionCriteria = ["security", "distance"];
      delete p.preIncident.alternateSites[0].powerSupply;
    },
    expect: [
      {
        path: "/preIncident/alternateSites/0",
        messageId: "supply",
        data: { site: "osaka-backup" },
      },
      { path: "/preIncident/alternateSites/0", data: { site: "osaka-backup" } },
    ],
  },
  {
    rule: "site/selection-documented",
    name: "distance and security are not stated",
    mutate: (p) => {
      delete p.preIncident.alternateSites[0].distanceKm;
      delete p.preIncident.alternateSites[0].security;
    },
    expect: [
      {
        path: "/preIncident/alternateSites/0",
        data: { site: "osaka-backup", missing: "distanceKm, security" },
      },
    ],
  },
  {
    rule: "pre-incident/schedule-overdue",
    name: "the WAN backup milestone due 2026-09-30 is not done",
    mutate: (p) => {
      delete p.preIncident.schedule[1].done;
      delete p.preIncident.schedule[2].done; // due 2027-03-31: not yet overdue
    },
    expect: [
      {
        path: "/preIncident/schedule/1",
        data: { milestone: "Mobile WAN backup in service", due: "2026-09-30" },
      },
    ],
  },
  {
    rule: "pre-incident/investment-stated",
    name: "the satellite phones have no investment line",
    mutate: (p) => {
      p.preIncident.investment.pop();
    },
    expect: [{ path: "/preIncident/measures/4", data: { measure: "m-satellite" } }],
  },
  {
    rule: "backup/offsite",
    name: "the ERP backup stays on site",
    mutate: (p) => {
      p.preIncident.measures[0].backup.offsite = false;
    },
    expect: [{ path: "/preIncident/measures/0", data: { measure: "m-erp-backup" } }],
  },
  {
    rule: "backup/restore-tested",
    name: "the restore test (cadence P6M) was last done on 2026-05-01",
    mutate: (p) => {
      p.training.activities[2].lastDone = "2026-05-01";
    },
    // 2026-05-01 + 6 months = 2026-11-01 < 2026-11-27
    expect: [
      {
        path: "/training/activities/2/lastDone",
        data: { activity: "restore-erp-db", last: "2026-05-01", cadence: "P6M", due: "2026-11-01" },
      },
    ],
  },
  {
    rule: "backup/restore-tested",
    name: "no restore test is planned",
    mutate: (p) => {
      p.training.activities.splice(2, 1);
    },
    expect: [{ path: "/training/activities", messageId: "missing" }],
  },
  {
    rule: "backup/restore-tested",
    name: "the restore test was never done",
    mutate: (p) => {
      delete p.training.activities[2].lastDone;
    },
    expect: [
      { path: "/training/activities/2", messageId: "never", data: { activity: "restore-erp-db" } },
    ],
  },
];
