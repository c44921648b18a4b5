import { checkMessageCatalog } from "@mamori/core";
import { expect, test } from "vitest";
import * as z from "zod/mini";
import { cleanPlan, run } from "../../test/harness.js";
import { defineRule, formatRuleReference } from "../index.js";
import { testRule } from "../testing.js";

// The worked example of docs/rules/custom-rules.md, kept here so it is known to run.
const satellitePhone = defineRule({
  meta: {
    id: "acme/satellite-phone",
    category: "acme",
    defaultSeverity: "warning",
    description: {
      en: "The plan's communications include a satellite phone.",
      ja: "連絡手段に衛星電話が含まれている。",
    },
    rationale: {
      en: "Acme BCP policy 3.1: in 2011, 50.2% of firms stopped for cut communications; satellite links stayed up.",
      ja: "Acme BCP 規程 3.1: 2011年には 50.2% が通信途絶で停止したが、衛星回線は維持された。",
    },
    references: ["Acme BCP policy 3.1"],
    messages: {
      en: {
        "acme/satellite-phone": "None of the {count} communications means is a satellite phone.",
      },
      ja: { "acme/satellite-phone": "{count} 件の連絡手段に衛星電話がありません。" },
    },
  },
  check(ctx) {
    const means = ctx.plan.emergency?.communications ?? [];
    if (means.length > 0 && !means.some((m) => m.kind === "satellite-phone")) {
      ctx.report({ path: "/emergency/communications", data: { count: means.length } });
    }
  },
});

test("the worked custom rule fails without a satellite phone and passes with one", () => {
  const plan = cleanPlan();
  expect(run(plan, { customRules: [satellitePhone] }).diagnostics).toEqual([]);
  // the clean plan has 4 means; drop the satellite phone (index 1) → 3 remain
  plan.emergency.communications.splice(1, 1);
  plan.roles.forEach((r: { contact?: string[] }) => {
    r.contact = ["mobile", "email"];
  });
  plan.emergency.process.activation.notifyVia = ["mobile", "landline"];
  const r = run(plan, {
    customRules: [satellitePhone],
    // The built-in communications/activation-survives-public-outage now also flags an
    // activation by mobile and landline only; off here, to show the custom rule alone.
    rules: {
      "acme/satellite-phone": "error",
      "communications/activation-survives-public-outage": "off",
    },
    locale: "ja",
  });
  expect(r.diagnostics).toEqual([
    {
      code: "acme/satellite-phone",
      severity: "error",
      message: "3 件の連絡手段に衛星電話がありません。",
      messages: {
        en: "None of the 3 communications means is a satellite phone.",
        ja: "3 件の連絡手段に衛星電話がありません。",
      },
      path: "/emergency/communications",
      ref: "Acme BCP policy 3.1",
      data: { count: 3 },
    },
  ]);
  expect(checkMessageCatalog(satellitePhone.meta.messages)).toEqual([]);
  expect(formatRuleReference("en", [satellitePhone])).toContain("## acme/satellite-phone");
});

// The option example of docs/rules/custom-rules.md: a schema per option, types inferred.
const offlineCopies = defineRule({
  meta: {
    id: "acme/offline-copies",
    category: "acme",
    defaultSeverity: "warning",
    references: ["Acme BCP policy 3.4"],
    url: "https://acme.example/rules/offline-copies",
    options: {
      min: {
        schema: z.int().check(z.positive()),
        default: 4,
        description: { en: "Fewest offline copies.", ja: "紙などの写しの最小数。" },
      },
    },
    messages: {
      en: { "acme/offline-copies": "The plan has {count} offline copies; Acme wants {min}." },
      ja: { "acme/offline-copies": "計画の写しは {count} 部です。Acme は {min} 部を求めます。" },
    },
  },
  check(ctx) {
    const min = ctx.options.min; // number, from the schema
    const count = (ctx.plan.emergency?.planCopies ?? []).length;
    if (count < min) ctx.report({ path: "/emergency/planCopies", data: { count, min } });
  },
});

test("the worked option example: configured, checked against its schema, tested with testRule", () => {
  const copies = cleanPlan().emergency.planCopies.length;
  expect(copies).toBe(4);
  testRule(offlineCopies, {
    valid: [{ plan: cleanPlan() }, { plan: cleanPlan(), options: { ruleOptions: { min: 4 } } }],
    invalid: [
      {
        plan: cleanPlan(),
        options: { ruleOptions: { min: 5 } },
        errors: [{ path: "/emergency/planCopies", data: { count: 4, min: 5 } }],
      },
    ],
  });
  const bad = run(cleanPlan(), {
    customRules: [offlineCopies],
    rules: { "acme/offline-copies": ["warning", { min: 0 }] },
  });
  expect(bad.diagnostics.map((d) => [d.code, d.data?.option, d.data?.value])).toEqual([
    ["config/invalid-option", "min", "0"],
  ]);
  expect(formatRuleReference("en", [offlineCopies])).toContain(
    '- `min` (default `4`; schema `{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991}`): Fewest offline copies.',
  );
});
