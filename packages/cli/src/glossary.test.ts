import { biaMessages } from "@mamori/bia";
import { cloudMatrixMessages } from "@mamori/cloud-matrix";
import { coreMessages } from "@mamori/core";
import { planMessages } from "@mamori/plan-validator";
import { describe, expect, it } from "vitest";
import { labelsFor } from "./report/labels.js";

/**
 * The glossary: each term's Japanese as the IT service continuity guideline writes it, and
 * every way a Japanese text could render the same term. A term rendered two ways across the
 * message catalogues (and the report's labels) fails, as does a full name written without
 * its abbreviation (the abbreviation alone is allowed after the first use).
 */
const GLOSSARY: { term: string; preferred: string; renderings: RegExp }[] = [
  {
    term: "MTPD",
    preferred: "最大許容停止時間（MTPD）",
    renderings: /最大許容停止時間(?:（MTPD）)?|最大許容中断時間|許容停止時間/g,
  },
  {
    term: "RTO",
    preferred: "目標復旧時間（RTO）",
    renderings: /目標復旧時間(?:（RTO）)?|復旧目標時間|目標回復時間/g,
  },
  {
    term: "RPO",
    preferred: "目標復旧ポイント（RPO）",
    renderings: /目標復旧ポイント(?:（RPO）)?|目標復旧時点|復旧目標時点|復旧ポイント目標/g,
  },
  {
    term: "RLO",
    preferred: "目標復旧レベル（RLO）",
    renderings: /目標復旧レベル(?:（RLO）)?|復旧目標レベル/g,
  },
  {
    term: "time-critical",
    preferred: "時間的に重要",
    renderings:
      /時間的に重要|時間的制約(?:の厳しい|のある)?|時間制約のある|時間的に重大|時間的に逼迫/g,
  },
];

/** Every Japanese text of the catalogues and the report's labels, named by where it is. */
function japaneseTexts(): [string, string][] {
  const out: [string, string][] = [];
  for (const [name, catalog] of Object.entries({
    core: coreMessages,
    bia: biaMessages,
    "cloud-matrix": cloudMatrixMessages,
    "plan-validator": planMessages,
  }))
    for (const [key, text] of Object.entries(catalog.ja)) out.push([`${name} ${key}`, text]);
  const walk = (prefix: string, v: unknown) => {
    if (typeof v === "string") out.push([prefix, v]);
    else if (v && typeof v === "object")
      for (const [k, x] of Object.entries(v)) walk(`${prefix}.${k}`, x);
  };
  walk("cli report", labelsFor("ja"));
  return out;
}

describe("glossary: one Japanese rendering per term in every message catalogue", () => {
  const texts = japaneseTexts();
  for (const g of GLOSSARY) {
    it(`${g.term} is always ${g.preferred}`, () => {
      const uses = new Map<string, string[]>();
      for (const [where, text] of texts)
        for (const m of text.match(g.renderings) ?? [])
          uses.set(m, [...(uses.get(m) ?? []), where]);
      const others = [...uses].filter(([r]) => r !== g.preferred);
      expect(
        others.map(([r, where]) => `${r}: ${where.slice(0, 5).join(", ")}`),
        `${g.term} must be written ${g.preferred}`,
      ).toEqual([]);
    });
  }

  it("catches a term used two ways", () => {
    const both = ["目標復旧時間（RTO）は4時間", "目標復旧時間 4時間"].join("\n");
    expect(new Set(both.match(GLOSSARY[1]!.renderings))).toEqual(
      new Set(["目標復旧時間（RTO）", "目標復旧時間"]),
    );
  });
});
