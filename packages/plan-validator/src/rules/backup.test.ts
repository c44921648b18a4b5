import { describe, expect, test } from "vitest";
import { casesFor } from "../../test/cases/index.js";
import { cleanPlan, run, testRuleCases } from "../../test/harness.js";
import type { BiaInput } from "../index.js";

describe("backup/* rules: the clean plan passes, each case fails as expected", () =>
  testRuleCases(casesFor("backup")));

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
