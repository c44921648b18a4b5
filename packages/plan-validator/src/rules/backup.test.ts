import { describe, expect, test } from "vitest";
import { cleanPlan, run, testRuleCases } from "../../test/harness.js";
import type { BiaInput } from "../index.js";
import { testRule } from "../testing.js";
import { backupCases } from "./backup.cases.js";
import { backupOffsite } from "./backup.js";

describe("backup/* rules: the clean plan passes, each case fails as expected", () =>
  testRuleCases(backupCases));

const findings = (code: string, plan: unknown, bia: BiaInput) =>
  run(plan, { bia })
    .diagnostics.filter((d) => d.code === code)
    .map((d) => [d.path, d.data, d.related?.map((r) => r.path)]);

describe("backup/interval-meets-rpo holds only what keeps data", () => {
  test("a backup of a node the BIA says keeps no data is not held to the RPO above it", () => {
    const plan = cleanPlan();
    // a weekly configuration backup of EDI, whose RPO is PT1H (60 min < P7D)
    plan.preIncident.measures[0].services = ["edi"];
    plan.preIncident.measures[0].backup.interval = "P7D";
    const bia = (holdsData: boolean): BiaInput => ({
      nodes: [{ id: "edi", requiredRtoMinutes: 1440, requiredRpoMinutes: 60, holdsData }],
    });
    expect(findings("backup/interval-meets-rpo", plan, bia(true)).map((f) => f[0])).toEqual([
      "/preIncident/measures/0/backup/interval",
    ]);
    expect(findings("backup/interval-meets-rpo", plan, bia(false))).toEqual([]);
  });
});

describe("backup/offsite with testRule", () => {
  test("a backup measure without an off-site copy is flagged; other measures are not", () => {
    const onSite = cleanPlan();
    onSite.preIncident.measures[0].backup.offsite = false;
    const unstated = cleanPlan();
    delete unstated.preIncident.measures[0].backup;
    const notBackup = cleanPlan();
    notBackup.preIncident.measures[1].backup = { offsite: false };
    testRule(backupOffsite, {
      valid: [
        { name: "the clean plan", plan: cleanPlan() },
        { name: "an alternate site", plan: notBackup },
      ],
      invalid: [
        {
          name: "offsite: false",
          plan: onSite,
          errors: [
            {
              path: "/preIncident/measures/0",
              data: { measure: "m-erp-backup" },
              severity: "warning",
            },
          ],
        },
        {
          name: "no backup details",
          plan: unstated,
          errors: [{ path: "/preIncident/measures/0", data: { measure: "m-erp-backup" } }],
        },
      ],
    });
  });
});
