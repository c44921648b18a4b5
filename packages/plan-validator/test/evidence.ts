// Exercise and test results consistent with the clean plan (examples/data-clean/plan.yaml) at
// NOW = 2026-11-27: every time-critical service passed within its cadence, every measurement
// is within the plan's objectives and the clean BIA's, the switched-over services were failed
// back, the scenarios vary and business staff took part in the full-scale exercise.
//
// Objectives of the clean plan (requirements) and the clean BIA (required, minutes):
//   erp-db   RTO PT24H (1440; BIA 2520)  RPO PT1H (60; BIA 60)  RLO 100
//   erp      RTO PT24H (1440; BIA 2640)  RPO PT1H (60; BIA 60)  RLO 80
//   mes      RTO PT24H (1440; BIA 2880)  RPO PT4H (240; BIA 240) RLO 60
//   edi      RTO PT12H (720; BIA 2880)   RPO PT1H (60; BIA 60)  RLO 100
//   backup-storage RTO PT12H (720; BIA 1800) RPO PT1H (60)
//   safety-confirmation RTO PT1H (60; BIA 120) RPO PT24H

// biome-ignore lint/suspicious/noExplicitAny: fixtures are edited freely by the cases
type Result = any;

/** A fresh copy of the clean results (indexes 0–4 as listed). */
export function cleanResults(): Result[] {
  return [
    {
      // 0: cadence P1Y (failover-erp): 2026-10-15 + P1Y = 2027-10-15 > 2026-11-27
      id: "r-ft-2026",
      date: "2026-10-15",
      kind: "switch-over",
      activity: "failover-erp",
      scenario: "wide-area-quake",
      scope: { sites: ["osaka-backup"], audiences: ["it-staff"] },
      outcome: "pass",
      services: [
        // PT5H = 300 ≤ 1440; PT40M = 40 ≤ 60; 100 ≥ 100
        { service: "erp-db", recoveryTime: "PT5H", dataLoss: "PT40M", levelReached: 100 },
        // PT9H = 540 ≤ 1440; 80 ≥ 80
        { service: "erp", recoveryTime: "PT9H", dataLoss: "PT40M", levelReached: 80 },
        // PT14H = 840 ≤ 1440; PT3H = 180 ≤ 240; 60 ≥ 60
        { service: "mes", recoveryTime: "PT14H", dataLoss: "PT3H", levelReached: 60 },
      ],
      issues: [
        {
          id: "i-ft-1",
          description: "Log apply took 5 h against a 4 h step estimate",
          service: "erp-db",
          // due 2027-01-31 is after 2026-11-27: not overdue
          correctiveAction: {
            description: "Pre-stage the shipped logs in Osaka",
            owner: "it-ops-lead",
            due: "2027-01-31",
            status: "in-progress",
          },
        },
      ],
    },
    {
      // 1
      id: "r-fb-2026",
      date: "2026-10-17",
      kind: "failback",
      activity: "failover-erp",
      scope: { sites: ["sendai-dc", "sendai-hq"], audiences: ["it-staff"] },
      outcome: "pass",
      services: [{ service: "erp-db" }, { service: "erp" }, { service: "mes" }],
    },
    {
      // 2: cadence P6M (restore-erp-db): 2026-09-05 + P6M = 2027-03-05 > 2026-11-27
      id: "r-restore-2026",
      date: "2026-09-05",
      kind: "restore",
      activity: "restore-erp-db",
      outcome: "pass",
      services: [
        // PT2H = 120 ≤ 720; PT30M = 30 ≤ 60
        { service: "backup-storage", recoveryTime: "PT2H", dataLoss: "PT30M" },
      ],
    },
    {
      // 3: cadence P1Y (exercise-2026): 2026-03-11 + P1Y = 2027-03-11 > 2026-11-27
      id: "r-ex-2026",
      date: "2026-03-11",
      kind: "full-scale",
      activity: "exercise-2026",
      scenario: "long-power-outage",
      scope: { sites: ["sendai-hq", "osaka-backup"], audiences: ["executives", "business-staff"] },
      outcome: "pass",
      services: [
        // PT6H = 360 ≤ 720; PT30M = 30 ≤ 60; 100 ≥ 100
        { service: "edi", recoveryTime: "PT6H", dataLoss: "PT30M", levelReached: 100 },
      ],
      issues: [
        {
          id: "i-ex-1",
          description: "Sales could not reach two customers' EDI contacts",
          correctiveAction: { owner: "sales-head", due: "2026-06-30", status: "done" },
        },
      ],
    },
    {
      // 4: no activity: maxAge P1Y: 2026-09-01 + P1Y = 2027-09-01 > 2026-11-27
      id: "r-safety-2026",
      date: "2026-09-01",
      kind: "safety-confirmation-drill",
      scenario: "wide-area-quake",
      scope: { audiences: ["executives", "it-staff", "business-staff"] },
      outcome: "pass",
      // PT20M = 20 ≤ 60
      services: [{ service: "safety-confirmation", recoveryTime: "PT20M" }],
    },
  ];
}
