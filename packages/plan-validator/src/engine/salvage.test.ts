import { describe, expect, test } from "vitest";
import { cleanPlan, run } from "../../test/harness.js";
import { validatePlan } from "../index.js";

const lines = (plan: unknown) =>
  run(plan).diagnostics.map((d) => `${d.severity} ${d.code} ${d.path}`);

describe("a plan with schema errors is still checked", () => {
  test("a schema error in one part does not hide the rule findings of the others", () => {
    const plan = cleanPlan();
    plan.roles[1].holder = 42; // schema: a holder is text
    plan.emergency.process.activation.notifyVia = ["email"]; // a rule finding elsewhere
    expect(lines(plan)).toEqual([
      // the rules ran without /roles/1/holder, which alone was taken out
      "info config/rules-partial ",
      "error communications/activation-redundant /emergency/process/activation/notifyVia",
      "error communications/activation-survives-public-outage /emergency/process/activation/notifyVia",
      "error schema/invalid-type /roles/1/holder",
    ]);
    const r = run(plan);
    expect(r.diagnostics[0]?.data).toEqual({ parts: "'/roles/1/holder'" });
    // the plan handed back is the one as written: the salvage is only for the rules
    expect(r.plan).toBeUndefined();
    expect(r.summary.rulesRun.length).toBeGreaterThan(0);
  });

  test("a list that lost an item makes no dangling references of the ids it held", () => {
    const plan = cleanPlan();
    delete plan.roles[2].id; // required: the whole of /roles goes
    const r = run(plan);
    expect(r.diagnostics.map((d) => `${d.severity} ${d.code} ${d.path}`)).toEqual([
      "info config/rules-partial ",
      "error schema/required /roles/2/id",
    ]);
    expect(r.diagnostics[0]?.data).toEqual({ parts: "'/roles'" });
    // no references/resolve for the 20-odd role references, no "no successor" warnings
    expect(r.diagnostics.some((d) => d.code === "references/resolve")).toBe(false);
  });

  test("a part that cannot be read is left out, with the findings about its absence", () => {
    const plan = cleanPlan();
    plan.training = "see the binder"; // the whole part is of the wrong type
    plan.emergency.process.activation.notifyVia = ["email"];
    const r = run(plan);
    const codes = r.diagnostics.map((d) => `${d.code} ${d.path}`);
    expect(codes).toContain(
      "communications/activation-redundant /emergency/process/activation/notifyVia",
    );
    // the training plan exists but is wrong: it is not also "missing"
    expect(codes.filter((c) => c.startsWith("training/") || c.startsWith("backup/"))).toEqual([]);
    expect(r.summary.byPart.training).toBe(1); // the schema error at /training
  });

  test("without a usable id, kind or metadata, no rule runs", () => {
    const plan = cleanPlan();
    plan.metadata = [];
    const r = run(plan);
    expect(r.diagnostics.map((d) => `${d.code} ${d.path}`)).toEqual([
      "schema/invalid-type /metadata",
    ]);
    expect(r.summary.rulesRun).toEqual([]);
    expect(run({ ...cleanPlan(), kind: "Plan" }).summary.rulesRun).toEqual([]);
  });

  test("hostile values do not crash the salvage", () => {
    const plan = cleanPlan();
    plan.roles = { length: 3 };
    plan.scenarios[0] = null;
    plan.preIncident.requirements[0].objectives = "fast";
    const r = validatePlan(plan, { now: "2026-11-27", locale: "ja" });
    expect(r.diagnostics[0]?.code).toBe("config/rules-partial");
    expect(r.diagnostics[0]?.data).toEqual({
      parts: "'/preIncident/requirements/0/objectives', '/roles', '/scenarios'",
    });
    expect(r.diagnostics[0]?.message).toMatch(
      /^ルールはスキーマに適合した計画の部分に対して実行しました。/,
    );
  });
});

describe("summary.byPart", () => {
  test("counts a missing part under that part, not under the document", () => {
    const r = validatePlan({
      kind: "ContinuityPlan",
      schemaVersion: "1.0",
      id: "p",
      metadata: { organisation: "o" },
    });
    // by hand, from the findings of an empty plan:
    // metadata: approval, 2 bcp-purpose, 2 required-items (owner, version), review-interval,
    //   bia-referenced = 7
    // governance: processes-assigned = 1; preIncident: 4 required items = 4
    // emergency: 7 required items + plan-copies-offline + safety-confirmation
    //   + escalation-triggers + emergency-cia-balance = 11
    // training: 2 required items + restore-tested + failover-test-cadence + exercise-cadence = 5
    // maintenance: 3 required items = 3; scenarios: wide-area-long-duration = 1
    // document: the note that the date rules were skipped = 1
    expect(r.summary.byPart).toEqual({
      document: 1,
      metadata: 7,
      roles: 0,
      governance: 1,
      preIncident: 4,
      emergency: 11,
      training: 5,
      maintenance: 3,
      scenarios: 1,
    });
    // 7 + 1 + 4 + 11 + 5 + 3 + 1 + 1 = 33 = every diagnostic
    expect(r.diagnostics).toHaveLength(33);
  });
});

describe("scenario sites", () => {
  test("a scenario naming a site the plan does not describe is a dangling reference", () => {
    const plan = cleanPlan();
    plan.scenarios[5].impacts.sites = ["sendai-dc", "sendai-hqq"];
    const [d, ...rest] = run(plan, { locale: "ja" }).diagnostics;
    expect(rest).toEqual([]);
    expect(d?.code).toBe("references/resolve");
    expect(d?.path).toBe("/scenarios/5/impacts/sites/1");
    expect(d?.messages.en).toBe("'sendai-hqq' is not a primary or alternate site of the plan.");
    expect(d?.message).toBe("'sendai-hqq' は計画の主要拠点にも代替拠点にもありません。");
    // an alternate site is a site too
    plan.scenarios[5].impacts.sites = ["osaka-backup"];
    expect(run(plan).diagnostics).toEqual([]);
  });
});
