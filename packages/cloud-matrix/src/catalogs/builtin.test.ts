import { validateDocument } from "@mamori/core";
import { describe, expect, it } from "vitest";
import { CLASSIC_TEN_LAYERS } from "../layers/templates.js";
import { CatalogSchema } from "../schema.js";
import {
  BUILTIN_CATALOGS,
  CSA_CCM_V4,
  CSA_CCM_V40,
  CSA_CCM_V41,
  ISO27002_2005,
  ISO27017_CLD,
} from "./builtin.js";
import { caiqQuestionIds } from "./caiq-questions.js";

const perGroup = (ids: readonly string[]) => {
  const out: Record<string, number> = {};
  for (const id of ids) {
    const g = id.slice(0, id.lastIndexOf("-"));
    out[g] = (out[g] ?? 0) + 1;
  }
  return out;
};

describe("built-in catalogs", () => {
  it("ISO/IEC 27002:2005 has clauses 5-15 and their 39 control objectives", () => {
    expect(ISO27002_2005.groups?.map((g) => g.id)).toEqual([
      "5",
      "6",
      "7",
      "8",
      "9",
      "10",
      "11",
      "12",
      "13",
      "14",
      "15",
    ]);
    // Objectives per clause: 1+2+2+3+2+10+7+6+2+1+3 = 39.
    expect(ISO27002_2005.controls).toHaveLength(39);
    const perClause = new Map<string, number>();
    for (const c of ISO27002_2005.controls)
      perClause.set(c.clause as string, (perClause.get(c.clause as string) ?? 0) + 1);
    expect([...perClause.values()]).toEqual([1, 2, 2, 3, 2, 10, 7, 6, 2, 1, 3]);
    const bc = ISO27002_2005.controls.find((c) => c.id === "14.1");
    expect(bc?.clause).toBe("14");
    expect(bc?.title.ja).toBe("事業継続管理における情報セキュリティ");
  });
  it("ISO/IEC 27017 has the seven CLD controls mapped to 2005 clauses", () => {
    expect(ISO27017_CLD.controls.map((c) => `${c.id}@${c.clause}`)).toEqual([
      "CLD.6.3.1@6",
      "CLD.8.1.5@7",
      "CLD.9.5.1@11",
      "CLD.9.5.2@11",
      "CLD.12.1.5@10",
      "CLD.12.4.5@10",
      "CLD.13.1.4@10",
    ]);
  });
  it("CSA CCM v4 has its 17 domains", () => {
    expect(CSA_CCM_V4.controls.map((c) => c.id)).toEqual([
      "A&A",
      "AIS",
      "BCR",
      "CCC",
      "CEK",
      "DCS",
      "DSP",
      "GRC",
      "HRS",
      "IAM",
      "IPY",
      "IVS",
      "LOG",
      "SEF",
      "STA",
      "TVM",
      "UEM",
    ]);
    expect(CSA_CCM_V4.controls.find((c) => c.id === "IPY")?.clause).toBeNull();
  });
  it("CSA CCM v4.0 has 197 controls in 17 domains and 261 CAIQ v4.0.x questions", () => {
    expect(CSA_CCM_V40.id).toBe("ccm-v4.0");
    expect(CSA_CCM_V40.controls).toHaveLength(197);
    expect(CSA_CCM_V40.groups?.map((g) => g.id)).toEqual(CSA_CCM_V4.controls.map((c) => c.id));
    // Controls per domain as CSA publishes them (v4.0.13): 6+7+11+9+21+15+19+8+13+16+4+9+13+8+14+10+14 = 197.
    expect(perGroup(CSA_CCM_V40.controls.map((c) => c.id))).toEqual({
      "A&A": 6,
      AIS: 7,
      BCR: 11,
      CCC: 9,
      CEK: 21,
      DCS: 15,
      DSP: 19,
      GRC: 8,
      HRS: 13,
      IAM: 16,
      IPY: 4,
      IVS: 9,
      LOG: 13,
      SEF: 8,
      STA: 14,
      TVM: 10,
      UEM: 14,
    });
    expect(CSA_CCM_V40.controls.every((c) => c.id.startsWith(`${c.group}-`))).toBe(true);
    expect(CSA_CCM_V40.controls[0]).toEqual({
      id: "A&A-01",
      title: { en: "Audit and Assurance Policy and Procedures" },
      group: "A&A",
      clause: "15",
      layers: CSA_CCM_V4.controls[0]?.layers,
    });
    expect(CSA_CCM_V40.controls.at(-1)?.id).toBe("UEM-14");
    const bcr = CSA_CCM_V40.controls.filter((c) => c.group === "BCR");
    expect(bcr.map((c) => c.title.en)).toContain("Business Continuity Planning");
    expect(CSA_CCM_V40.controls.find((c) => c.id === "IPY-04")?.clause).toBeNull();
    expect(CSA_CCM_V40.groups?.find((g) => g.id === "BCR")?.title).toEqual({
      en: "Business Continuity Management and Operational Resilience",
      ja: "事業継続と運用レジリエンス",
    });

    const questions = caiqQuestionIds("ccm-v4.0");
    expect(questions).toHaveLength(261);
    expect(new Set(questions).size).toBe(261);
    expect(questions.slice(0, 4)).toEqual(["A&A-01.1", "A&A-01.2", "A&A-02.1", "A&A-03.1"]);
    expect(questions.at(-1)).toBe("UEM-14.1");
    // Every control has at least one question; the 261 fall per domain as in CAIQ v4.0.3.
    const controls = new Set(questions.map((q) => q.slice(0, q.lastIndexOf("."))));
    expect([...controls]).toEqual(CSA_CCM_V40.controls.map((c) => c.id));
    expect(perGroup([...questions.map((q) => q.slice(0, q.lastIndexOf(".")))])).toEqual({
      "A&A": 8,
      AIS: 11,
      BCR: 18,
      CCC: 11,
      CEK: 23,
      DCS: 23,
      DSP: 24,
      GRC: 9,
      HRS: 20,
      IAM: 21,
      IPY: 8,
      IVS: 14,
      LOG: 18,
      SEF: 11,
      STA: 15,
      TVM: 12,
      UEM: 15,
    });
    expect(questions.filter((q) => q.startsWith("IVS-03."))).toEqual([
      "IVS-03.1",
      "IVS-03.2",
      "IVS-03.3",
      "IVS-03.4",
      "IVS-03.5",
    ]);
    expect(caiqQuestionIds("ccm-v4")).toEqual([]);
  });
  it("CSA CCM v4.1 has 207 controls in 17 domains (IVS renamed I&S) and 283 CAIQ v4.1 questions", () => {
    expect(CSA_CCM_V41.id).toBe("ccm-v4.1");
    expect(CSA_CCM_V41.controls).toHaveLength(207);
    // 6+8+11+9+21+18+19+8+13+15+4+9+14+10+16+12+14 = 207.
    expect(perGroup(CSA_CCM_V41.controls.map((c) => c.id))).toEqual({
      "A&A": 6,
      AIS: 8,
      BCR: 11,
      CCC: 9,
      CEK: 21,
      DCS: 18,
      DSP: 19,
      GRC: 8,
      HRS: 13,
      IAM: 15,
      IPY: 4,
      "I&S": 9,
      LOG: 14,
      SEF: 10,
      STA: 16,
      TVM: 12,
      UEM: 14,
    });
    expect(CSA_CCM_V41.groups?.find((g) => g.id === "I&S")?.title).toEqual({
      en: "Infrastructure Security",
      ja: "インフラのセキュリティ",
    });
    // The id-level differences issue 28 lists (what they mean is CCM_V40_TO_V41's business).
    const v40 = new Set(CSA_CCM_V40.controls.map((c) => c.id));
    const v41 = new Set(CSA_CCM_V41.controls.map((c) => c.id));
    expect([...v41].filter((id) => !v40.has(id))).toEqual([
      "AIS-08",
      "DCS-16",
      "DCS-17",
      "DCS-18",
      "I&S-01",
      "I&S-02",
      "I&S-03",
      "I&S-04",
      "I&S-05",
      "I&S-06",
      "I&S-07",
      "I&S-08",
      "I&S-09",
      "LOG-14",
      "SEF-09",
      "SEF-10",
      "STA-15",
      "STA-16",
      "TVM-11",
      "TVM-12",
    ]);
    expect([...v40].filter((id) => !v41.has(id))).toEqual([
      "IAM-16",
      "IVS-01",
      "IVS-02",
      "IVS-03",
      "IVS-04",
      "IVS-05",
      "IVS-06",
      "IVS-07",
      "IVS-08",
      "IVS-09",
    ]);
    const questions = caiqQuestionIds("ccm-v4.1");
    expect(questions).toHaveLength(283);
    expect(new Set(questions).size).toBe(283);
    expect(questions.filter((q) => q.startsWith("I&S-01."))).toEqual(["I&S-01.1", "I&S-01.2"]);
  });
  it("every catalog validates, ids are unique, titles are bilingual, layers exist in the classic template", () => {
    const layers = new Set(CLASSIC_TEN_LAYERS.layers.map((l) => l.id));
    for (const catalog of Object.values(BUILTIN_CATALOGS)) {
      expect(validateDocument(CatalogSchema, catalog, { kind: "Catalog" }).diagnostics).toEqual([]);
      expect(new Set(catalog.controls.map((c) => c.id)).size).toBe(catalog.controls.length);
      for (const c of catalog.controls) {
        // CSA's control titles are shipped as published (English); mamori's own are bilingual.
        if (c.group === undefined || !catalog.id.startsWith("ccm-"))
          expect(c.title.ja, c.id).toBeTruthy();
        for (const l of c.layers) expect(layers.has(l), `${c.id}: ${l}`).toBe(true);
      }
    }
  });
  it("carries cloud-user guidance and provider expectations for some controls", () => {
    const backup = ISO27002_2005.controls.find((c) => c.id === "10.5");
    expect(backup?.customerGuidance?.ja).toBe(
      "自ら取得するバックアップと事業者が保持する複製を区別し、復元を試験する。",
    );
    expect(ISO27002_2005.controls.filter((c) => c.customerGuidance).map((c) => c.id)).toEqual([
      "6.2",
      "10.2",
      "10.5",
      "14.1",
      "15.3",
    ]);
  });
});
