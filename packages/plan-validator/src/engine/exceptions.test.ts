import { readFileSync } from "node:fs";
import { formatJson, formatStylish, hasErrors, toSarif } from "@mamori/core";
import Ajv04 from "ajv-draft-04";
import { describe, expect, test } from "vitest";
import { cleanResults } from "../../test/evidence.js";
import { type AnyPlan, cleanPlan, repoPath, run } from "../../test/harness.js";

/** The clean plan with results in which erp-db took PT26H (26 × 60 = 1560 > 1440 = PT24H). */
function slowPlan(): AnyPlan {
  const p = cleanPlan();
  p.training.results = cleanResults();
  p.training.results[0].services[0].recoveryTime = "PT26H";
  return p;
}

const accepted = {
  rule: "evidence/rto-met",
  target: "erp-db",
  reason: "ERP database restore takes 26 h until the Osaka standby is live",
  acceptedBy: "ceo",
  until: "2027-03-31",
};

const RTO_PATH = "/training/results/0/services/0/recoveryTime";

describe("validatePlan with exceptions", () => {
  test("an exception in force keeps the finding, marked suppressed, and it does not count", () => {
    const p = slowPlan();
    p.exceptions = [accepted];
    const r = run(p);
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([["evidence/rto-met", RTO_PATH]]);
    expect(r.diagnostics[0]?.suppressions).toEqual([
      {
        kind: "inSource",
        status: "accepted",
        justification: accepted.reason,
        source: "/exceptions/0",
        acceptedBy: "ceo",
        until: "2027-03-31",
      },
    ]);
    expect(r.summary.bySeverity).toEqual({ error: 0, warning: 0, info: 0 });
    expect(r.summary.byPart.training).toBe(0);
    expect(r.summary.suppressed).toBe(1);
    expect(hasErrors(r.diagnostics)).toBe(false);
    expect(r.exceptions).toEqual([
      {
        path: "/exceptions/0",
        rule: "evidence/rto-met",
        acceptedBy: "ceo",
        until: "2027-03-31",
        reason: accepted.reason,
        status: "in-force",
        suppressed: 1,
      },
    ]);
    // JSON-clean: no undefined, no class instances.
    expect(JSON.parse(JSON.stringify(r.diagnostics))).toEqual(r.diagnostics);
  });

  test("without exceptions the result has neither summary.suppressed nor exceptions", () => {
    const r = run(slowPlan());
    expect(r.summary.bySeverity.error).toBe(1);
    expect("suppressed" in r.summary).toBe(false);
    expect("exceptions" in r).toBe(false);
    expect(r.diagnostics[0]?.suppressions).toBeUndefined();
  });

  test("a path covers the findings at it and below it; another path covers nothing", () => {
    const p = slowPlan();
    p.exceptions = [
      { ...accepted, target: undefined, path: "/training/results/0" },
      { ...accepted, target: undefined, path: "/training/results/1" },
    ];
    delete p.exceptions[0].target;
    delete p.exceptions[1].target;
    const r = run(p);
    expect(r.diagnostics[0]?.suppressions?.map((s) => s.source)).toEqual(["/exceptions/0"]);
    expect(r.exceptions?.map((e) => e.suppressed)).toEqual([1, 0]);
  });

  test("a target that is not named by the finding covers nothing", () => {
    const p = slowPlan();
    p.exceptions = [{ ...accepted, target: "mes" }];
    const r = run(p);
    expect(r.diagnostics[0]?.suppressions).toBeUndefined();
    expect(r.summary.bySeverity.error).toBe(1);
  });

  test("a target covers findings inside the item with its id", () => {
    const p = cleanPlan();
    p.preIncident.requirements[0].power.backupRuntime = "PT8H"; // power/backup-runtime on erp-db
    const before = run(p).diagnostics.filter((d) => d.code === "power/backup-runtime");
    expect(before.length).toBeGreaterThan(0);
    p.exceptions = [{ ...accepted, rule: "power/backup-runtime" }];
    const after = run(p).diagnostics.filter((d) => d.code === "power/backup-runtime");
    expect(after.every((d) => d.suppressions?.length === 1)).toBe(true);
  });

  test("an expired exception suppresses nothing and is a finding", () => {
    const p = slowPlan();
    p.exceptions = [{ ...accepted, until: "2026-11-01" }]; // 2026-11-01 < 2026-11-27
    const r = run(p);
    expect(r.diagnostics.map((d) => [d.code, d.path, d.suppressions])).toEqual([
      ["exceptions/expired", "/exceptions/0/until", undefined],
      ["evidence/rto-met", RTO_PATH, undefined],
    ]);
    expect(r.exceptions?.[0]?.status).toBe("expired");
    expect(r.summary.suppressed).toBe(0);
  });

  test("an exception accepted by an implementer suppresses nothing, not even the finding about itself", () => {
    const p = slowPlan();
    p.exceptions = [
      { ...accepted, acceptedBy: "it-director" },
      // An exception cannot silence the finding about another exception.
      { ...accepted, rule: "exceptions/authority", target: undefined },
    ];
    delete p.exceptions[1].target;
    const r = run(p);
    expect(r.diagnostics.filter((d) => d.suppressions)).toEqual([]);
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["exceptions/authority", "/exceptions/0/acceptedBy"],
      ["exceptions/authority", "/exceptions/0/acceptedBy"],
      ["evidence/rto-met", RTO_PATH],
    ]);
    expect(r.exceptions?.map((e) => [e.status, e.suppressed])).toEqual([
      ["unauthorised", 0],
      ["in-force", 0],
    ]);
  });

  test("an exception naming an unknown rule is an error with a suggestion", () => {
    const p = slowPlan();
    p.exceptions = [{ ...accepted, rule: "evidence/rto-mte" }];
    const r = run(p, { locale: "ja" });
    const d = r.diagnostics.find((x) => x.code === "exceptions/unknown-rule");
    expect(d?.path).toBe("/exceptions/0/rule");
    expect(d?.data).toEqual({ rule: "evidence/rto-mte", suggestion: "evidence/rto-met" });
    expect(d?.messages.en).toBe(
      "The exception names rule 'evidence/rto-mte', which does not exist; did you mean 'evidence/rto-met'? It suppresses nothing.",
    );
    expect(d?.message).toBe(d?.messages.ja);
    expect(r.exceptions?.[0]?.status).toBe("unknown-rule");
  });

  test("a schema problem cannot be excepted", () => {
    const p = slowPlan();
    p.training.results[0].services[1].dataLoss = "40 minutes";
    p.exceptions = [{ ...accepted, rule: "duration/malformed", target: undefined }];
    delete p.exceptions[0].target;
    const r = run(p);
    expect(r.diagnostics.some((d) => d.code === "duration/malformed" && !d.suppressions)).toBe(
      true,
    );
  });

  test("text, JSON and SARIF say suppressed; the SARIF log validates against SARIF 2.1.0", () => {
    const p = slowPlan();
    p.exceptions = [accepted];
    const diagnostics = run(p).diagnostics.map((d) => ({ ...d, file: "plan.yaml" }));
    expect(formatStylish(diagnostics)).toContain("evidence/rto-met  [suppressed]");
    expect(formatStylish(diagnostics)).toContain(
      "0 problems (0 errors, 0 warnings, 0 infos); 1 suppressed",
    );
    expect(JSON.parse(formatJson(diagnostics)).summary).toEqual({
      error: 0,
      warning: 0,
      info: 0,
      suppressed: 1,
    });
    const schema = JSON.parse(
      readFileSync(repoPath("fixtures/sarif/sarif-schema-2.1.0.json"), "utf8"),
    );
    const validate = new Ajv04({ allErrors: true, strict: false }).compile(schema);
    const log = JSON.parse(JSON.stringify(toSarif(diagnostics)));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results[0].suppressions[0]).toMatchObject({
      kind: "inSource",
      status: "accepted",
      justification: accepted.reason,
    });
  });
});
