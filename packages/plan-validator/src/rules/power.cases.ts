import type { RuleCase } from "../../test/harness.js";

/**
 * Failing cases of the `power/*` rules: a change to the clean plan and the exact findings the
 * rule must then report (run by `power.test.ts`; the first case of a rule also gives the options
 * of its passing test).
 *
 * @category Rules
 */
export const powerCases: RuleCase[] = [
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
    rule: "power/backup-runtime",
    name: "a five-day Sendai outage also names EDI (in Tokyo) among its failing nodes",
    mutate: (p) => {
      p.scenarios[1].duration = "P5D";
      p.scenarios[1].impacts.nodes = ["edi"];
    },
    // the scenario strikes sendai-hq/sendai-dc (erp-db, erp, mes) and, by name, edi (index 3):
    // P3D (4320 min) of backup power < P5D (7200 min) for all four
    expect: [0, 1, 2, 3].map((i) => ({
      path: `/preIncident/requirements/${i}/power/backupRuntime`,
      data: {
        service: ["erp-db", "erp", "mes", "edi"][i] as string,
        runtime: "P3D",
        outage: "P5D",
        scenario: "long-power-outage",
      },
    })),
  },
];
