import { validateDocument } from "@mamori/core";
import { describe, expect, it } from "vitest";
import { CLASSIC_TEN_LAYERS } from "../layers/templates.js";
import { CatalogSchema } from "../schema.js";
import { BUILTIN_CATALOGS, CSA_CCM_V4, ISO27002_2005, ISO27017_CLD } from "./builtin.js";

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
  it("every catalog validates, ids are unique, titles are bilingual, layers exist in the classic template", () => {
    const layers = new Set(CLASSIC_TEN_LAYERS.layers.map((l) => l.id));
    for (const catalog of Object.values(BUILTIN_CATALOGS)) {
      expect(validateDocument(CatalogSchema, catalog, { kind: "Catalog" }).diagnostics).toEqual([]);
      expect(new Set(catalog.controls.map((c) => c.id)).size).toBe(catalog.controls.length);
      for (const c of catalog.controls) {
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
