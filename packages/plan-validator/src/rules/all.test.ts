import { readdirSync } from "node:fs";
import { checkMessageCatalog } from "@mamori/core";
import { describe, expect, test } from "vitest";
import { planMessages, ruleDocs } from "../index.js";
import { builtinRules } from "../rules/all.js";
import { allCases } from "./all.cases.js";

describe("built-in rules", () => {
  test("there are at least 30 rules, with unique ids, sorted", () => {
    const ids = builtinRules.map((r) => r.meta.id);
    expect(ids.length).toBeGreaterThanOrEqual(30);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  test("every rule has at least one failing case (and so a passing test on the clean plan)", () => {
    const covered = new Set(allCases.map((c) => c.rule));
    const running = builtinRules.filter((r) => !r.meta.deprecated);
    expect(running.map((r) => r.meta.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  test("every case names a real rule", () => {
    const ids = new Set(builtinRules.map((r) => r.meta.id));
    expect(allCases.map((c) => c.rule).filter((id) => !ids.has(id))).toEqual([]);
  });

  test.each(builtinRules.filter((r) => !r.meta.deprecated).map((r) => [r.meta.id, r] as const))(
    "%s: metadata and documentation are complete in en and ja",
    (_id, r) => {
      expect(checkMessageCatalog(r.meta.messages)).toEqual([]);
      expect(r.meta.references.length).toBeGreaterThan(0);
      const docs = ruleDocs(r);
      // the rationale cites a survey figure (a percentage) or a standard clause/section/control
      expect(docs?.rationale.en).toMatch(
        /\d+(?:\.\d+)?%|ISO\/IEC \d+|SP 800-\d+|CP-\d|section|clause/,
      );
      expect(docs?.rationale.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(docs?.description.en).toMatch(/^[A-Z].*\.$/);
      expect(docs?.description.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    },
  );

  test("the package message catalog has en/ja parity and holds every rule's messages", () => {
    expect(checkMessageCatalog(planMessages)).toEqual([]);
    for (const r of builtinRules) {
      for (const key of Object.keys(r.meta.messages.en))
        expect(planMessages.en[key]).toBe(r.meta.messages.en[key]);
    }
  });

  test("a catalog with a placeholder mismatch is caught (the parity check can fail)", () => {
    expect(checkMessageCatalog({ en: { a: "{service}" }, ja: { a: "{svc}" } })).toEqual([
      "'a': placeholders differ: en {service}, ja {svc}",
    ]);
  });
});

describe("rule files by id prefix", () => {
  const dir = new URL("./", import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));
  const ruleFiles = files.filter((f) => !/\.(docs|test|cases)\.ts$/.test(f) && f !== "all.ts");

  test("every rule is exported by src/rules/<prefix>.ts, and such a file holds only its prefix", async () => {
    const where = new Map<string, string>();
    for (const file of ruleFiles) {
      const mod = (await import(`./${file}`)) as Record<string, unknown>;
      for (const value of Object.values(mod)) {
        const id = (value as { meta?: { id?: unknown } } | null)?.meta?.id;
        if (typeof id === "string") where.set(id, file);
      }
    }
    const misplaced = builtinRules
      .map((r) => [r.meta.id, where.get(r.meta.id)] as const)
      .filter(([id, file]) => file !== `${id.split("/")[0]}.ts`);
    expect(misplaced).toEqual([]);
    expect([...where.keys()].sort()).toEqual(builtinRules.map((r) => r.meta.id));
  });

  test("every rule file has its docs, its cases and its tests beside it", () => {
    const prefixes = [...new Set(builtinRules.map((r) => r.meta.id.split("/")[0]))].sort();
    expect(ruleFiles.map((f) => f.slice(0, -3)).sort()).toEqual(prefixes);
    for (const p of prefixes) {
      expect(files).toContain(`${p}.docs.ts`);
      expect(files).toContain(`${p}.test.ts`);
      expect(files).toContain(`${p}.cases.ts`);
    }
  });
});
