import type { RuleCase } from "../../test/harness.js";

/**
 * Failing cases of the `backup/*` rules: a change to the clean plan and the exact findings the
 * rule must then report (run by `backup.test.ts`; the first case of a rule also gives the options
 * of its passing test).
 *
 * @category Rules
 */
export const backupCases: RuleCase[] = [
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
  {
    // A future lastDone is no evidence: the restore test counts as never done.
    rule: "backup/restore-tested",
    name: "the only restore test is dated in the future",
    mutate: (p) => {
      p.training.activities[2].lastDone = "2026-12-01";
    },
    expect: [
      {
        path: "/training/activities/2",
        messageId: "never",
        data: { activity: "restore-erp-db" },
      },
    ],
  },
  // --- numbers that must agree --------------------------------------------------------------
  {
    rule: "backup/interval-meets-rpo",
    name: "the ERP backup runs nightly against an RPO of one hour",
    mutate: (p) => {
      p.preIncident.measures[0].backup.interval = "P1D";
    },
    // erp-db and erp both state rpo PT1H (60 min) < P1D (1440 min)
    expect: ["erp", "erp-db"].map((service) => ({
      path: "/preIncident/measures/0/backup/interval",
      data: { measure: "m-erp-backup", service, interval: "P1D", driver: service, rpo: "PT1H" },
    })),
  },
  {
    rule: "backup/interval-meets-rpo",
    name: "the database's own RPO is relaxed but the ERP above it still needs one hour",
    mutate: (p) => {
      p.preIncident.measures[0].backup.interval = "PT4H";
      p.preIncident.measures[0].services = ["erp-db"];
      p.preIncident.requirements[0].objectives.rpo = "P1D";
      p.preIncident.requirements[1].holdsData = false; // erp keeps its data in erp-db
    },
    // erp-db's own P1D (1440 min) ≥ PT4H (240 min) is met; erp depends on erp-db and keeps no
    // data of its own, so its RPO PT1H (60 min) binds the database: 240 > 60. (edi, above erp,
    // also has PT1H; the first found, breadth first, names the finding.)
    expect: [
      {
        path: "/preIncident/measures/0/backup/interval",
        messageId: "dependent",
        data: {
          measure: "m-erp-backup",
          service: "erp-db",
          interval: "PT4H",
          driver: "erp",
          rpo: "PT1H",
        },
      },
    ],
  },
];
