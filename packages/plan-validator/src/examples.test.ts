import { describe, expect, test } from "vitest";
import { cleanPlan, loadYaml, run } from "../test/harness.js";

describe("the sample plans", () => {
  test("examples/data/plan.yaml gives a realistic mix of errors and warnings", () => {
    const r = run(loadYaml("examples/data/plan.yaml"));
    expect(r.diagnostics.map((d) => `${d.severity} ${d.code} ${d.path}`)).toEqual([
      "error external/evidence-current /emergency/externalServices/1/evidence/expires",
      "error communications/activation-redundant /emergency/process/activation/notifyVia",
      // activation by e-mail only: the internet went with the public carriers in 2011
      "error communications/activation-survives-public-outage /emergency/process/activation/notifyVia",
      "warning process/detection-phase /emergency/process/phases",
      "error recovery/order-dependencies /emergency/recoveryOrder/2",
      // the sample describes no primary site: the geography cannot be judged (info)
      "info site/geographic-separation /preIncident",
      "error site/power-weighed /preIncident/alternateSites/0",
      "error site/power-weighed /preIncident/alternateSites/0",
      // MES moves to Osaka (m-osaka-site) but the only failover test covers ERP and its DB
      "error training/switch-over-per-service /preIncident/measures/1/services/2",
      "warning pre-incident/investment-stated /preIncident/measures/4",
      "error power/backup-runtime /preIncident/requirements/0/power/backupRuntime",
      "error power/backup-runtime /preIncident/requirements/1/power/backupRuntime",
      "error procedures/time-critical-covered /preIncident/requirements/2",
      "error power/backup-runtime /preIncident/requirements/2/power/backupRuntime",
      "warning pre-incident/schedule-overdue /preIncident/schedule/0",
      "warning pre-incident/schedule-overdue /preIncident/schedule/1",
      "warning people/role-successor /roles/2",
      "warning scenarios/communications-outage /scenarios",
      "info scenarios/cyber-incident /scenarios",
      "error training/failover-test-cadence /training/activities/1/lastDone",
      "warning governance/overdue-findings-reported /training/activities/3/findings/1",
    ]);
    expect(r.summary.bySeverity).toEqual({ error: 12, warning: 7, info: 2 });
    // generator fuel PT8H against the 72-hour outage of the wide-area earthquake
    expect(r.diagnostics.find((d) => d.code === "power/backup-runtime")?.message).toBe(
      "Backup power for 'erp-db' lasts 8 hours, shorter than the assumed outage 3 days (scenario 'wide-area-quake').",
    );
    expect(r.summary.coverage).toEqual({ present: 29, required: 29, ratio: 1, missing: [] });
  });

  test.each(["recommended", "strict", "nist-low", "nist-moderate", "nist-high"] as const)(
    "examples/data-clean/plan.yaml passes clean with the %s preset",
    (preset) => {
      const r = run(cleanPlan(), { preset });
      expect(r.diagnostics).toEqual([]);
      expect(r.summary.coverage.ratio).toBe(1);
    },
  );

  test("the clean plan passes the cross-checks with a consistent BIA and matrix", () => {
    const r = run(cleanPlan(), {
      bia: {
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
            id: "edi",
            type: "service",
            requiredRtoMinutes: 1440,
            requiredRpoMinutes: 60,
            dependsOn: ["erp"],
          },
          {
            id: "erp",
            type: "service",
            requiredRtoMinutes: 1440,
            requiredRpoMinutes: 60,
            dependsOn: ["erp-db", "leased-line"],
          },
          {
            id: "erp-db",
            type: "service",
            requiredRtoMinutes: 1440,
            requiredRpoMinutes: 60,
            dependsOn: [],
          },
          {
            id: "leased-line",
            type: "resource",
            requiredRtoMinutes: 1440,
            requiredRpoMinutes: null,
            dependsOn: [],
          },
        ],
        recoveryOrder: ["erp-db", "leased-line", "erp", "edi", "order-intake"],
      },
      matrix: {
        controls: [{ catalog: "iso27002-2005", control: "14.1.1", clause: "14", owner: "shared" }],
      },
      organisation: {
        scope: "consolidated-group",
        companies: [{ id: "kita-seiki" }, { id: "kita-th" }, { id: "kita-mx" }],
      },
    });
    expect(r.diagnostics).toEqual([]);
    expect(r.summary.rulesRun).toEqual(
      expect.arrayContaining(["bia/rto-consistent", "bia/rpo-consistent", "matrix/clause14-owned"]),
    );
  });
});
