import { checkMessageCatalog } from "@mamori/core";
import { describe, expect, test } from "vitest";
import { emergencyCases } from "../../test/cases/emergency.js";
import { evidenceCases } from "../../test/cases/evidence.js";
import { exceptionCases } from "../../test/cases/exceptions.js";
import { meaningCases } from "../../test/cases/meaning.js";
import { metadataCases } from "../../test/cases/metadata.js";
import { preIncidentCases } from "../../test/cases/pre-incident.js";
import { trainingCases } from "../../test/cases/training.js";
import { builtinRules, planMessages, ruleDocs } from "../index.js";

const allCases = [
  ...metadataCases,
  ...preIncidentCases,
  ...emergencyCases,
  ...trainingCases,
  ...meaningCases,
  ...evidenceCases,
  ...exceptionCases,
];

describe("built-in rules", () => {
  test("there are at least 30 rules, with unique ids, sorted", () => {
    const ids = builtinRules.map((r) => r.meta.id);
    expect(ids.length).toBeGreaterThanOrEqual(30);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  test("every rule has at least one failing case (and so a passing test on the clean plan)", () => {
    const covered = new Set(allCases.map((c) => c.rule));
    expect(builtinRules.map((r) => r.meta.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  test("every case names a real rule", () => {
    const ids = new Set(builtinRules.map((r) => r.meta.id));
    expect(allCases.map((c) => c.rule).filter((id) => !ids.has(id))).toEqual([]);
  });

  test.each(builtinRules.map((r) => [r.meta.id, r] as const))(
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
