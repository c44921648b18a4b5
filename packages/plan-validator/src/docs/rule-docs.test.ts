import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, test } from "vitest";
import { defineRule, ruleDocs } from "../index.js";
import { builtinRuleDocs } from "../rules/all.docs.js";
import { builtinRules } from "../rules/all.js";

const entry = fileURLToPath(new URL("../index.ts", import.meta.url));

/** Bundle `export { <names> } from "@mamori/plan-validator"` (its source) for browsers, as an app would. */
async function bundle(names: string): Promise<string> {
  const out = await build({
    stdin: {
      contents: `export { ${names} } from ${JSON.stringify(entry)};`,
      loader: "js",
      resolveDir: fileURLToPath(new URL(".", import.meta.url)),
    },
    bundle: true,
    platform: "browser",
    format: "esm",
    minify: true,
    charset: "utf8",
    write: false,
    logLevel: "error",
  });
  return out.outputFiles[0]?.text ?? "";
}

describe("rule documentation", () => {
  test("every built-in rule is documented, apart from its meta, and every entry names a rule", () => {
    const ids = builtinRules.map((r) => r.meta.id);
    expect([...builtinRuleDocs().keys()].sort()).toEqual(ids);
    for (const r of builtinRules) {
      expect(r.meta.description).toBeUndefined();
      expect(r.meta.rationale).toBeUndefined();
      expect(ruleDocs(r)).toBe(builtinRuleDocs().get(r.meta.id));
    }
    expect(
      ruleDocs(builtinRules.find((r) => r.meta.id === "people/activation-successor")!),
    ).toEqual({
      description: {
        en: "The activation authority has a successor who is another person, found through the successors' own successors if need be; a role listed as its own successor, or a successor role held by the same person (`holder`), leaves no successor.",
        ja: "発動権限者に、別の人である後継者がいる（後継者の後継者もたどる）。自分自身を後継者とする場合や、同じ人（`holder`）が兼ねる役割を後継者とする場合は、後継者がいないものとする。",
      },
      rationale: {
        en: "If the one person who may activate the plan is hurt or unreachable, the plan never runs; 50.7% of firms stopped in 2011 because staff were hurt or could not commute.",
        ja: "計画を発動できる唯一の人が負傷・連絡不能になれば、計画は発動されない。2011年には 50.7% が従業員の負傷や出社困難で停止した。",
      },
      url: "https://mamori.dev/rules/people/activation-successor",
    });
  });

  test("the docs of the rules built from one template are filled in per rule", () => {
    const docs = builtinRuleDocs();
    expect(docs.get("nist/functional-exercise")?.description.en).toBe(
      "A functional exercise (functional-exercise or comprehensive-exercise) was done within the last 12 months.",
    );
    expect(docs.get("bia/rto-consistent")?.description.ja).toBe(
      "計画の各サービスの目標復旧時間（RTO）が、BIA が求める値以下である。",
    );
    // bia/rpo-consistent keeps the template's rationale and says which nodes an RPO binds.
    expect(docs.get("bia/rpo-consistent")?.rationale).toEqual(
      docs.get("bia/rto-consistent") && {
        en: docs.get("bia/rto-consistent")?.rationale.en.replaceAll("RTO", "RPO"),
        ja: docs
          .get("bia/rto-consistent")
          ?.rationale.ja?.replaceAll("目標復旧時間（RTO）", "目標復旧ポイント（RPO）"),
      },
    );
    expect(docs.get("bia/rpo-consistent")?.description.en).toMatch(/`holdsData: false`/);
    expect(docs.get("training/required-items")?.description.en).toBe(
      "Every required item of the education and training plan is present and non-empty: `training.audiences`, `training.activities`.",
    );
  });

  test("a rule's own docs come first; a custom rule without docs has none", () => {
    const base = builtinRules.find((r) => r.meta.id === "backup/offsite")!;
    const own = {
      description: { en: "Backups leave the building.", ja: "バックアップを建物外に置く。" },
      rationale: { en: "Acme policy 9.", ja: "Acme 規程 9。" },
    };
    // a replacement of a built-in rule (same id) with its own docs
    expect(ruleDocs(defineRule({ meta: { ...base.meta, ...own }, check() {} }))).toEqual({
      ...own,
      url: "https://mamori.dev/rules/backup/offsite",
    });
    // the same replacement without docs falls back to the built-in docs of that id
    expect(ruleDocs({ meta: { ...base.meta }, check() {} })?.rationale.en).toMatch(
      /^ISO\/IEC 27002/,
    );
    const bare = defineRule({
      meta: {
        ...base.meta,
        id: "acme/bare",
        messages: { en: { "acme/bare": "x" }, ja: { "acme/bare": "x" } },
      },
      check() {},
    });
    expect(ruleDocs(bare)).toBeUndefined();
    // built-in docs are shared, so they cannot be changed by one caller for the next
    const shared = ruleDocs(base)!;
    expect(Object.isFrozen(shared) && Object.isFrozen(shared.description)).toBe(true);
  });

  // The reason the docs live apart: an app that bundles only validatePlan must not carry them.
  test("a browser bundle of validatePlan carries no rule documentation; one of ruleDocs does", async () => {
    const rationale = "Communications were the bottleneck in 2011";
    const description = "連絡手段の独立した通信網が"; // a message: it must stay
    const plain = await bundle("validatePlan");
    expect(plain).toContain(description);
    expect(plain).not.toContain(rationale);
    expect(plain).not.toContain("独立した通信網による連絡手段が二つ以上ある"); // the ja description
    const withDocs = await bundle("validatePlan, ruleDocs");
    expect(withDocs).toContain(rationale);
    expect(withDocs.length - plain.length).toBeGreaterThan(20_000);
  });
});
