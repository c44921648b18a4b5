import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseSource } from "@mamori/core/source";
import { testRule } from "@mamori/plan-validator/testing";
import { describe, expect, test } from "vitest";
import { loadPlugins } from "./plugins.js";

const root = fileURLToPath(new URL("../../../../", import.meta.url));
const cleanPlan = () =>
  parseSource(readFileSync(`${root}examples/data-clean/plan.yaml`, "utf8")).data as {
    roles: Array<{ contact: string[] }>;
  };
const config = "packages/cli/test/fixtures/custom-rules/x.config.yaml";

describe("loadPlugins", () => {
  test("loads each rule once, whether exported by name or in a default `{ rules }`", async () => {
    const loaded = await loadPlugins(["./acme-rules.mjs"], config, root, "en");
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.rules.map((r) => r.meta.id)).toEqual(["acme/role-email"]);
  });

  test("the fixture's custom rule passes its own tests with the public rule tester", async () => {
    const [rule] = (await loadPlugins(["./acme-rules.mjs"], config, root, "en")).rules;
    const withEmail = cleanPlan();
    for (const r of withEmail.roles) r.contact = [...r.contact, "email"];
    testRule(rule!, {
      valid: [{ name: "every role has e-mail", plan: withEmail }],
      invalid: [
        {
          name: "the clean plan",
          plan: cleanPlan(),
          errors: [0, 1, 2, 4].map((i) => ({ path: `/roles/${i}` })),
        },
      ],
    });
    // and a wrong expectation fails, so the test above can fail
    expect(() => testRule(rule!, { valid: [{ plan: cleanPlan() }], invalid: [] })).toThrow(
      /valid\[0\]: expected no finding, got 4/,
    );
  });

  test("a module path that does not exist says which file it looked for, in Japanese too", async () => {
    const loaded = await loadPlugins(["./missing.mjs"], config, root, "ja");
    expect(loaded.rules).toEqual([]);
    expect(loaded.diagnostics.map((d) => [d.code, d.path, d.message])).toEqual([
      [
        "config/plugin-not-loaded",
        "/plugins/0",
        `プラグイン './missing.mjs' を読み込めませんでした: no such file (${root}packages/cli/test/fixtures/custom-rules/missing.mjs)`,
      ],
    ]);
  });
});
