import { describe, expect, it } from "vitest";
import { CSA_CCM_V40, CSA_CCM_V41 } from "./builtin.js";
import { CCM_V40_TO_V41, ccmTypicalOwnership, migrateMatrixToCcmV41 } from "./ccm-crosswalk.js";

const matrix = (overrides: unknown[] = [], catalogs = ["iso27017", "ccm-v4.0"]) => ({
  kind: "ResponsibilityMatrix",
  schemaVersion: "1.0",
  id: "kumomail-saas",
  provider: "kumomail",
  serviceModel: "saas",
  catalogs,
  overrides,
});

describe("CCM_V40_TO_V41 (derived from CSA's v4.0.13 and v4.1.0 data)", () => {
  it("accounts for every control of both versions exactly once", () => {
    const v40 = CCM_V40_TO_V41.filter((c) => c.v40 !== null).map((c) => c.v40);
    const v41 = CCM_V40_TO_V41.filter((c) => c.v41 !== null).map((c) => c.v41);
    expect(v40).toEqual(CSA_CCM_V40.controls.map((c) => c.id));
    expect([...v41].sort()).toEqual(CSA_CCM_V41.controls.map((c) => c.id).sort());
    const counts: Record<string, number> = {};
    for (const c of CCM_V40_TO_V41) counts[c.change] = (counts[c.change] ?? 0) + 1;
    // 128 + 53 + 16 = 197 (v4.0); 128 + 53 + 26 = 207 (v4.1).
    expect(counts).toEqual({ same: 128, renumbered: 53, "no-counterpart": 16, new: 26 });
  });
  it("follows the IVS → I&S rename and the controls CSA renumbered", () => {
    const of = (v40: string) => CCM_V40_TO_V41.find((c) => c.v40 === v40);
    expect(of("IVS-01")).toEqual({ v40: "IVS-01", v41: "I&S-01", change: "renumbered" });
    // v4.1 put a new policy control first, so v4.0's DCS-01..06 moved up by one.
    expect(of("DCS-01")).toEqual({ v40: "DCS-01", v41: "DCS-02", change: "renumbered" });
    // Not gone: "Authorization Mechanisms" is IAM-15 in v4.1.
    expect(of("IAM-16")).toEqual({ v40: "IAM-16", v41: "IAM-15", change: "renumbered" });
    // Retitled, same specification: STA-11 "Internal Compliance Testing" is v4.1's STA-13.
    expect(of("STA-11")?.v41).toBe("STA-13");
    expect(of("AIS-06")?.change).toBe("same");
    // Title and text changed: no counterpart shown by the data, though the id still exists.
    expect(of("AIS-04")).toEqual({ v40: "AIS-04", v41: null, change: "no-counterpart" });
    expect(CCM_V40_TO_V41.filter((c) => c.change === "no-counterpart").map((c) => c.v40)).toEqual([
      "AIS-04",
      "AIS-05",
      "CEK-03",
      "CEK-08",
      "DCS-07",
      "DCS-11",
      "IAM-02",
      "IAM-06",
      "IAM-07",
      "IAM-08",
      "IAM-11",
      "IAM-12",
      "IAM-13",
      "IAM-15",
      "LOG-09",
      "TVM-02",
    ]);
    expect(CCM_V40_TO_V41.filter((c) => c.change === "new").map((c) => c.v41)).toContain("AIS-08");
  });
});

describe("ccmTypicalOwnership", () => {
  it("reads CSA's typical ownership per service model", () => {
    // DSP-17 in v4.0: CSP-Owned for IaaS and PaaS, CSC-Owned for SaaS.
    expect(
      ["iaas", "paas", "saas"].map((m) => ccmTypicalOwnership("ccm-v4.0", "DSP-17", m as "saas")),
    ).toEqual(["provider", "provider", "customer"]);
    expect(ccmTypicalOwnership("ccm-v4.1", "BCR-08", "iaas")).toBe("shared");
    expect(ccmTypicalOwnership("ccm-v4.1", "BCR-08", "on-premises")).toBeUndefined();
    expect(ccmTypicalOwnership("ccm-v4", "BCR", "saas")).toBeUndefined();
    expect(ccmTypicalOwnership("ccm-v4.1", "IVS-01", "saas")).toBeUndefined();
  });
  it("differs by service model for 13 v4.1 controls", () => {
    const differ = CSA_CCM_V41.controls.filter(
      (c) =>
        new Set(
          (["iaas", "paas", "saas"] as const).map((m) => ccmTypicalOwnership("ccm-v4.1", c.id, m)),
        ).size > 1,
    );
    expect(differ).toHaveLength(13);
  });
});

describe("migrateMatrixToCcmV41", () => {
  it("leaves a matrix without ccm-v4.0 as it is", () => {
    const m = matrix([], ["ccm-v4", "iso27017"]);
    expect(migrateMatrixToCcmV41(m)).toEqual({ matrix: m, diagnostics: [] });
  });
  it("gives one diagnostic per renumbered, unmatched or new control, never dropping silently", () => {
    const r = migrateMatrixToCcmV41(
      matrix([
        { control: { catalog: "ccm-v4.0", control: "IVS-03" }, owner: "provider" },
        { control: { catalog: "ccm-v4.0", control: "AIS-04" }, owner: "shared" },
        { control: { catalog: "ccm-v4.0", control: "BCR-08" }, owner: "provider" },
        { control: { catalog: "iso27017", control: "CLD.9.5.1" }, owner: "provider" },
      ]),
    );
    expect(r.matrix?.catalogs).toEqual(["iso27017", "ccm-v4.1"]);
    // IVS-03 follows its control; AIS-04 has no counterpart and is left out (reported);
    // BCR-08 keeps its id; the ISO override is untouched.
    expect(r.matrix?.overrides?.map((o) => `${o.control.catalog}:${o.control.control}`)).toEqual([
      "ccm-v4.1:I&S-03",
      "ccm-v4.1:BCR-08",
      "iso27017:CLD.9.5.1",
    ]);
    // 53 renumbered + 16 without counterpart + 26 new = 95, each once.
    expect(r.diagnostics).toHaveLength(95);
    const at = (path: string) =>
      r.diagnostics.filter((d) => d.path === path).map((d) => [d.code, d.severity, d.message]);
    expect(at("/overrides/0/control/control")).toEqual([
      [
        "cloud-matrix/ccm-renumbered",
        "info",
        "CCM v4.0 control IVS-03 ('Network Security') is I&S-03 in v4.1 ('Network Security'); the v4.1 matrix follows it there.",
      ],
    ]);
    expect(at("/overrides/1/control/control")).toEqual([
      [
        "cloud-matrix/ccm-no-counterpart",
        "warning",
        "CCM v4.0 control AIS-04 ('Secure Application Design and Development') has no v4.1 counterpart in CSA's data (v4.1 AIS-04 is 'Secure Application Development Lifecycle'): map it yourself; an override of it is left out.",
      ],
    ]);
    expect(at("/overrides/2/control/control")).toEqual([]);
    const onCatalog = r.diagnostics.filter((d) => d.path === "/catalogs/1");
    expect(onCatalog).toHaveLength(93);
    expect(onCatalog.filter((d) => d.code === "cloud-matrix/ccm-new")).toHaveLength(26);
    expect(
      onCatalog.find((d) => d.code === "cloud-matrix/ccm-new" && d.data?.control === "AIS-08")
        ?.messages.ja,
    ).toBe(
      "CCM v4.1 の管理策 AIS-08（'API Security'）は新設です。CSA のデータで対応する v4.0 の管理策はありません。",
    );
  });
  it("reports an invalid matrix like the analysis does", () => {
    const r = migrateMatrixToCcmV41({ kind: "ResponsibilityMatrix" });
    expect(r.matrix).toBeUndefined();
    expect(r.diagnostics.length).toBeGreaterThan(0);
  });
});
