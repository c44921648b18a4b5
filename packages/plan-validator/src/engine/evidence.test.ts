import { analyzeBia } from "@mamori/bia";
import { describe, expect, test } from "vitest";
import { cleanResults } from "../../test/evidence.js";
import { cleanPlan, loadYaml, NOW, run } from "../../test/harness.js";
import { measuredRecoveries } from "./evidence.js";

describe("measuredRecoveries: a plan's results as BIA evidence", () => {
  test("lists each measured recovery time in minutes, with its result and date", () => {
    const p = cleanPlan();
    p.training.results = cleanResults();
    const plan = run(p).plan!;
    expect(measuredRecoveries(plan)).toEqual([
      { node: "erp-db", recoveryMinutes: 300, date: "2026-10-15", source: "r-ft-2026" }, // PT5H
      { node: "erp", recoveryMinutes: 540, date: "2026-10-15", source: "r-ft-2026" }, // PT9H
      { node: "mes", recoveryMinutes: 840, date: "2026-10-15", source: "r-ft-2026" }, // PT14H
      {
        node: "backup-storage",
        recoveryMinutes: 120,
        date: "2026-09-05",
        source: "r-restore-2026",
      }, // PT2H
      { node: "edi", recoveryMinutes: 360, date: "2026-03-11", source: "r-ex-2026" }, // PT6H
      {
        node: "safety-confirmation",
        recoveryMinutes: 20,
        date: "2026-09-01",
        source: "r-safety-2026",
      }, // PT20M
    ]);
    expect(measuredRecoveries(cleanPlan())).toEqual([]);
  });

  test("the BIA uses them in place of its estimates and says from which test", () => {
    const p = cleanPlan();
    p.training.results = cleanResults();
    const evidence = measuredRecoveries(run(p).plan!);
    const bia = analyzeBia(loadYaml("examples/data-clean/bia.yaml"), { now: NOW, evidence });
    const db = bia.nodes.find((n) => n.id === "erp-db");
    expect(db?.recoveryMinutes).toBe(300);
    // The clean BIA estimates PT12H = 720 min; the switch-over of 2026-10-15 measured PT5H = 300.
    expect(db?.recoveryEvidence).toEqual({
      source: "r-ft-2026",
      date: "2026-10-15",
      measuredMinutes: 300,
      estimateMinutes: 720,
    });
  });
});
