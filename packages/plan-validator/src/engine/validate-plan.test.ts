import { describe, expect, test } from "vitest";
import * as z from "zod/mini";
import { cleanPlan, run } from "../../test/harness.js";
import { defineRule, presets, type ValidatePlanOptions, validatePlan } from "../index.js";
import { builtinRules } from "../rules/all.js";
import { REQUIRED_ITEMS } from "./required-items.js";

describe("validatePlan", () => {
  test("never throws on bad input and says why", () => {
    expect(validatePlan(undefined).diagnostics.map((d) => d.code)).toEqual([
      "document/not-an-object",
    ]);
    expect(validatePlan({}).diagnostics.map((d) => d.code)).toEqual(["document/kind-missing"]);
    const wrong = validatePlan({ kind: "BusinessImpactAnalysis", schemaVersion: "1.0" });
    expect(wrong.diagnostics[0]?.code).toBe("document/kind-mismatch");
    expect(wrong.plan).toBeUndefined();
    expect(wrong.summary.coverage).toEqual({
      present: 0,
      required: REQUIRED_ITEMS.length,
      ratio: 0,
      missing: REQUIRED_ITEMS.map((i) => i.item),
    });
  });

  test("an unknown key is an error naming the closest known key", () => {
    const plan = cleanPlan();
    plan.emergency.planCopys = plan.emergency.planCopies;
    const d = run(plan).diagnostics.find((x) => x.code === "schema/unknown-key");
    expect(d?.path).toBe("/emergency/planCopys");
    expect(d?.message).toContain("planCopies");
  });

  test("a minimal plan reports the missing required items and its coverage", () => {
    const r = run({
      kind: "ContinuityPlan",
      schemaVersion: "1.0",
      id: "p",
      metadata: { organisation: "o", owner: "x", version: "1" },
    });
    // present: metadata.owner and metadata.version → 2 of 29
    expect(r.summary.coverage.present).toBe(2);
    expect(r.summary.coverage.required).toBe(29);
    expect(r.summary.coverage.ratio).toBeCloseTo(2 / 29, 10);
    expect(r.summary.coverage.missing).not.toContain("metadata.owner");
    const codes = new Set(r.diagnostics.map((d) => d.code));
    for (const c of [
      "pre-incident/required-items",
      "emergency/required-items",
      "training/required-items",
      "maintenance/required-items",
      "governance/processes-assigned",
      "metadata/approval",
    ]) {
      expect(codes).toContain(c);
    }
    // the owner 'x' is not a role
    expect(r.diagnostics.find((d) => d.code === "references/resolve")?.path).toBe(
      "/metadata/owner",
    );
  });

  test("summary counts by severity and by part add up", () => {
    const plan = cleanPlan();
    delete plan.roles[2].successors; // warning in /roles
    plan.emergency.process.activation.notifyVia = ["satellite-phone"]; // one network: error in /emergency
    plan.scenarios.pop(); // info in /scenarios
    const r = run(plan);
    expect(r.summary.bySeverity).toEqual({ error: 1, warning: 1, info: 1 });
    expect(r.summary.byPart).toMatchObject({
      roles: 1,
      emergency: 1,
      scenarios: 1,
      metadata: 0,
      document: 0,
    });
    expect(Object.values(r.summary.byPart).reduce((a, b) => a + b, 0)).toBe(3);
  });

  test("severity is set by config; off disables a rule", () => {
    const plan = cleanPlan();
    // satellite alone: one network (activation-redundant), yet it survives a public outage
    plan.emergency.process.activation.notifyVia = ["satellite-phone"];
    expect(
      run(plan, { rules: { "communications/activation-redundant": "warning" } }).diagnostics.map(
        (d) => d.severity,
      ),
    ).toEqual(["warning"]);
    expect(
      run(plan, { rules: { "communications/activation-redundant": "off" } }).diagnostics,
    ).toEqual([]);
  });

  test("the strict preset raises warnings to errors and infos to warnings", () => {
    const plan = cleanPlan();
    delete plan.roles[2].successors;
    plan.scenarios.pop();
    const r = run(plan, { preset: "strict" });
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ["people/role-successor", "error"],
      ["scenarios/cyber-incident", "warning"],
    ]);
    expect(presets.recommended["people/role-successor"]).toBe("warning");
  });

  test("NIST profiles add the ISCP template's sections by impact level", () => {
    const plan = cleanPlan();
    plan.training.activities[3].kind = "tabletop-exercise";
    const nist = (preset: "nist-low" | "nist-moderate" | "nist-high") =>
      run(plan, { preset })
        .diagnostics.map((d) => d.code)
        .filter((c) => c.startsWith("nist/"));
    expect(nist("nist-low")).toEqual([]);
    expect(nist("nist-moderate")).toEqual(["nist/functional-exercise"]);
    expect(nist("nist-high")).toEqual(["nist/full-scale-exercise", "nist/functional-exercise"]);
    expect(run(plan).summary.rulesRun.some((id) => id.startsWith("nist/"))).toBe(false);
  });

  test("configuration mistakes are diagnostics, not throws", () => {
    const r = validatePlan(cleanPlan(), {
      now: "2026-13-01",
      // @ts-expect-error: wrong preset name and setting on purpose
      preset: ["recommended", "nist-extreme"],
      // @ts-expect-error: wrong setting on purpose
      rules: { "power/backup-runtme": "error", "power/classified": "fatal" },
    });
    expect(r.diagnostics.map((d) => [d.code, d.message])).toEqual([
      [
        "config/invalid-now",
        "The option 'now' (2026-13-01) is not a valid ISO 8601 date; date-based rules were skipped.",
      ],
      [
        "config/invalid-setting",
        "Rule 'power/classified' is set to 'fatal'; use 'error', 'warning', 'info' or 'off'.",
      ],
      [
        "config/unknown-preset",
        "Unknown preset 'nist-extreme'; use one of: recommended, strict, nist-low, nist-moderate, nist-high.",
      ],
      [
        "config/unknown-rule",
        "Unknown rule 'power/backup-runtme' in the configuration; did you mean 'power/backup-runtime'?",
      ],
    ]);
  });

  test("rule options: ESLint-style entries, checked against what the rule declares", () => {
    // Osaka is 623 km from Sendai (haversine of the clean plan's coordinates): a minimum of
    // 600 km passes, 650 km fails for each of the two Sendai primary sites.
    const codes = (rules: ValidatePlanOptions["rules"]) =>
      run(cleanPlan(), { rules }).diagnostics.map((d) => `${d.severity} ${d.code}`);
    expect(codes({ "site/geographic-separation": ["warning", { minDistanceKm: 600 }] })).toEqual(
      [],
    );
    expect(codes({ "site/geographic-separation": ["warning", { minDistanceKm: 650 }] })).toEqual([
      "warning site/geographic-separation",
      "warning site/geographic-separation",
    ]);
    const r = run(cleanPlan(), {
      rules: {
        // an option the rule does not have, and a value of the wrong type: both reported,
        // the rule then runs with its defaults (100 km: Osaka passes)
        "site/geographic-separation": ["error", { minDistance: 50, minDistanceKm: "far" }],
        // a rule with no options at all
        "backup/offsite": ["error", { strict: true }],
        // a tuple with a bad setting is an invalid setting, like a bad string
        // @ts-expect-error: wrong setting on purpose
        "power/classified": ["fatal", {}],
      },
    });
    expect(r.diagnostics.map((d) => [d.code, d.message])).toEqual([
      [
        "config/invalid-option",
        "Option 'minDistanceKm' of rule 'site/geographic-separation' cannot be far; it needs a value of the type of its default. The default was used.",
      ],
      [
        "config/invalid-setting",
        `Rule 'power/classified' is set to '["fatal",{}]'; use 'error', 'warning', 'info' or 'off'.`,
      ],
      [
        "config/unknown-option",
        "Rule 'backup/offsite' takes no options; the option 'strict' was ignored.",
      ],
      [
        "config/unknown-option",
        "Rule 'site/geographic-separation' has no option 'minDistance'; its options are: minDistanceKm. The option was ignored.",
      ],
    ]);
    // options that are not an object of option names
    expect(
      run(cleanPlan(), {
        // @ts-expect-error: options of the wrong shape on purpose
        rules: { "site/geographic-separation": ["error", 300] },
      }).diagnostics.map((d) => [d.code, d.messages.ja]),
    ).toEqual([
      [
        "config/invalid-option",
        "ルール 'site/geographic-separation' のオプションは、オプション名をキーとするオブジェクトで指定してください（300 は指定できません）。既定値を使いました。",
      ],
    ]);
  });

  test("a report capped at info stays info whatever the rule is set to", () => {
    const plan = cleanPlan();
    delete plan.preIncident.primarySites;
    delete plan.preIncident.alternateSites[0].backsUp;
    delete plan.emergency.planCopies[0].site;
    // the scenarios name the primary sites removed above: without them, no dangling references
    for (const s of plan.scenarios) delete s.impacts?.sites;
    const r = run(plan, { preset: "strict" });
    // strict raises the rule to error, yet "add primary sites" is only ever an info
    expect(r.diagnostics.map((d) => `${d.severity} ${d.code} ${d.path}`)).toEqual([
      "info site/geographic-separation /preIncident",
    ]);
  });

  test("without now, date rules do not judge dates", () => {
    const plan = cleanPlan();
    plan.training.activities[1].lastDone = "2020-01-01";
    // only the note naming the date rules that did not run (those on in `recommended`)
    const without = validatePlan(plan);
    expect(without.diagnostics.map((d) => `${d.severity} ${d.code} ${d.path}`)).toEqual([
      "info config/now-missing ",
    ]);
    expect(without.diagnostics[0]?.data?.rules).toBe(
      "dates/not-in-future, evidence/failed-retested, evidence/time-critical-proven, exceptions/expired, external/evidence-current, governance/overdue-findings-reported, pre-incident/schedule-overdue",
    );
    expect(without.diagnostics[0]?.messages.ja).toMatch(
      /^'now' の指定がないため、日付を判定する次のルールは実行されませんでした: dates\/not-in-future, /,
    );
    expect(
      validatePlan(plan, { now: new Date("2026-11-27T00:00:00Z") }).diagnostics.map((d) => d.code),
    ).toEqual(["training/failover-test-cadence"]);
    // an invalid now has its own error, and no second note
    expect(validatePlan(plan, { now: "2026-13-01" }).diagnostics.map((d) => d.code)).toEqual([
      "config/invalid-now",
    ]);
  });

  test("messages come in the requested locale, with both locales kept", () => {
    const plan = cleanPlan();
    plan.emergency.process.activation.notifyVia = ["email"];
    const [d] = run(plan, { locale: "ja" }).diagnostics;
    expect(d?.message).toBe(
      "発動の連絡が1系統の通信網にしか依存していません。一つの途絶で止まります。",
    );
    expect(d?.messages.en).toBe(
      "Activation is notified through 1 independent network(s) only; a single outage would stop it.",
    );
  });

  test("is deterministic: the same input gives the same JSON, whatever the time zone", () => {
    const plan = cleanPlan();
    plan.training.activities[1].lastDone = "2025-01-31";
    plan.training.activities[1].cadence = "P1M";
    const a = JSON.stringify(run(plan));
    const b = JSON.stringify(run(structuredClone(plan)));
    expect(a).toBe(b);
    // 2025-01-31 + P1M = 2025-02-28 in UTC (not March, not the 27th)
    expect(a).toContain("2025-02-28");
  });

  test("custom rules report with their own messages and config; a crashing rule is a diagnostic", () => {
    const noPager = defineRule({
      meta: {
        id: "acme/no-pager",
        category: "acme",
        defaultSeverity: "warning",
        description: { en: "Pagers are not used.", ja: "ポケットベルを使わない。" },
        rationale: {
          en: "Acme policy 7 (pagers were retired in 2019).",
          ja: "Acme 規程 7（ポケベルは2019年に廃止）。",
        },
        references: ["Acme policy 7"],
        messages: {
          en: { "acme/no-pager": "'{id}' is a pager." },
          ja: { "acme/no-pager": "'{id}' はポケットベルです。" },
        },
      },
      check(ctx) {
        (ctx.plan.emergency?.communications ?? []).forEach((c, i) => {
          if (c.kind === "other" && c.network === "paging")
            ctx.report({ path: `/emergency/communications/${i}`, data: { id: c.id } });
        });
      },
    });
    const crash = defineRule({
      meta: {
        ...noPager.meta,
        id: "acme/crash",
        messages: { en: { "acme/crash": "x" }, ja: { "acme/crash": "x" } },
      },
      check() {
        throw new Error("boom");
      },
    });
    const plan = cleanPlan();
    plan.emergency.communications.push({ id: "pager", kind: "other", network: "paging" });
    const r = run(plan, { customRules: [noPager, crash], locale: "ja" });
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([
      [
        "config/rule-crashed",
        "error",
        "",
        "ルール 'acme/crash' が計画の検査中に失敗しました: boom",
      ],
      ["acme/no-pager", "warning", "/emergency/communications/4", "'pager' はポケットベルです。"],
    ]);
    expect(r.diagnostics[1]?.ref).toBe("Acme policy 7");
    expect(
      run(plan, { customRules: [noPager], rules: { "acme/no-pager": "off" } }).diagnostics,
    ).toEqual([]);
  });

  test("defineRule refuses incomplete metadata", () => {
    const meta = builtinRules[0]!.meta;
    expect(() => defineRule({ meta: { ...meta, id: "Bad Id" }, check() {} })).toThrow(
      /category\/name/,
    );
    expect(() =>
      defineRule({
        meta: { ...meta, messages: { en: { [meta.id]: "{a}" }, ja: { [meta.id]: "{b}" } } },
        check() {},
      }),
    ).toThrow(/placeholders differ/);
    expect(() => defineRule({ meta: { ...meta, id: "x/y" }, check() {} })).toThrow(
      /no message keyed by the rule id/,
    );
    const description = { en: "Checks x.", ja: "x を検査する。" };
    expect(() =>
      defineRule({ meta: { ...meta, description, rationale: { en: "x", ja: " " } }, check() {} }),
    ).toThrow(/meta.rationale needs English and Japanese text/);
    expect(() => defineRule({ meta: { ...meta, description }, check() {} })).toThrow(
      /give meta.description and meta.rationale together, or neither/,
    );
    // documentation is optional: the built-in rules keep theirs apart (see ruleDocs)
    expect(meta.description).toBeUndefined();
    expect(defineRule({ meta: { ...meta }, check() {} }).meta.id).toBe(meta.id);
  });

  test("defineRule refuses an option whose schema is not a Standard Schema or rejects its default", () => {
    const meta = { ...builtinRules[0]!.meta, id: builtinRules[0]!.meta.id };
    const description = { en: "Days.", ja: "日数。" };
    expect(() =>
      defineRule({
        meta: {
          ...meta,
          options: { days: { schema: z.number().check(z.positive()), default: 0, description } },
        },
        check() {},
      }),
    ).toThrow(/the default of option 'days' fails its schema/);
    expect(() =>
      defineRule({
        // @ts-expect-error: not a schema on purpose
        meta: { ...meta, options: { days: { schema: { parse() {} }, default: 1, description } } },
        check() {},
      }),
    ).toThrow(/not a Standard Schema/);
  });

  test("a custom rule may not take a built-in id unless `replaces` names it", () => {
    const offsite = builtinRules.find((r) => r.meta.id === "backup/offsite")!;
    const mine = defineRule({
      meta: {
        ...offsite.meta,
        messages: { en: { "backup/offsite": "Mine." }, ja: { "backup/offsite": "独自。" } },
      },
      check(ctx) {
        ctx.report({ path: "/preIncident" });
      },
    });
    const conflict = run(cleanPlan(), { customRules: [mine] });
    expect(conflict.diagnostics.map((d) => [d.severity, d.code, d.data])).toEqual([
      ["error", "config/rule-id-conflict", { rule: "backup/offsite" }],
    ]);
    expect(conflict.diagnostics[0]?.messages.ja).toContain("組み込みルールと同じ");
    const replaced = run(cleanPlan(), { customRules: [mine], replaces: ["backup/offsite"] });
    expect(replaced.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ["backup/offsite", "Mine."],
    ]);
    const twice = run(cleanPlan(), {
      customRules: [mine, mine],
      replaces: ["backup/offsite"],
    });
    expect(twice.diagnostics.map((d) => [d.code, d.data])).toEqual([
      ["config/rule-id-conflict", { rule: "backup/offsite" }],
      ["backup/offsite", undefined],
    ]);
  });
});
