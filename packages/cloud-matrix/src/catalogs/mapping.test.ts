import { describe, expect, it } from "vitest";
import { CCM_V40_TO_V41_MAPPING, migrateMatrixToCcmV41 } from "./ccm-crosswalk.js";
import { type ControlMapping, migrateMatrix } from "./mapping.js";

const matrix = (catalogs: string[], overrides: Array<[string, string, string]>) => ({
  kind: "ResponsibilityMatrix",
  schemaVersion: "1.0",
  id: "m",
  provider: "p",
  serviceModel: "saas",
  catalogs,
  overrides: overrides.map(([catalog, control, owner]) => ({
    control: { catalog, control },
    owner,
  })),
});

// A small crosswalk with every kind of entry: kept, moved (A-2 → B-2), split (A-3 →
// B-3a, B-3b), partial (A-4 subset-of B-4), no relationship, no counterpart, new (B-9).
const MAPPING: ControlMapping = {
  source: "old",
  target: "new",
  entries: [
    { sources: ["A-1"], targets: ["A-1"], relationship: "equal-to" },
    { sources: ["A-2"], targets: ["B-2"], relationship: "equivalent-to" },
    { sources: ["A-3"], targets: ["B-3a"], relationship: "equivalent-to" },
    { sources: ["A-3"], targets: ["B-3b"], relationship: "equivalent-to" },
    { sources: ["A-4"], targets: ["B-4"], relationship: "subset-of" },
    { sources: ["A-5"], targets: ["B-5"], relationship: "no-relationship" },
  ],
  sourceUnmapped: ["A-6"],
  targetUnmapped: ["B-9"],
};

describe("migrateMatrix", () => {
  it("carries each override to its target(s) and says so for every control that is not kept", () => {
    const r = migrateMatrix(
      matrix(
        ["old", "iso27017"],
        [
          ["old", "A-1", "provider"],
          ["old", "A-2", "customer"],
          ["old", "A-3", "shared"],
          ["old", "A-4", "provider"],
          ["old", "A-6", "customer"],
          ["old", "Z-1", "customer"],
          ["iso27017", "CLD.9.5.1", "customer"],
        ],
      ),
      MAPPING,
    );
    expect(r.matrix?.catalogs).toEqual(["new", "iso27017"]);
    expect(
      r.matrix?.overrides?.map((o) => `${o.control.catalog} ${o.control.control}=${o.owner}`),
    ).toEqual([
      "new A-1=provider", // kept
      "new B-2=customer", // moved
      "new B-3a=shared", // split: both targets
      "new B-3b=shared",
      "new B-4=provider", // partial: carried, to review
      // A-6 has no counterpart: left out
      "new Z-1=customer", // unknown to the mapping: carried as written, for the analysis
      "iso27017 CLD.9.5.1=customer",
    ]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
      ["cloud-matrix/mapping-moved", "info", "/overrides/1/control/control"],
      ["cloud-matrix/mapping-review", "warning", "/overrides/2/control/control"],
      ["cloud-matrix/mapping-review", "warning", "/overrides/3/control/control"],
      ["cloud-matrix/mapping-no-counterpart", "warning", "/overrides/4/control/control"],
      // controls no override names, at the catalog: A-5 (only no-relationship), then the new B-9
      ["cloud-matrix/mapping-no-counterpart", "warning", "/catalogs/0"],
      ["cloud-matrix/mapping-new", "info", "/catalogs/0"],
    ]);
    expect(r.diagnostics[0]?.message).toBe(
      "Control A-2 of old is B-2 in new (equivalent-to); the matrix follows it there.",
    );
    expect(r.diagnostics[2]?.messages.ja).toContain("subset-of");
  });

  it("leaves a matrix without the source catalog as it is, and refuses what is not a matrix", () => {
    const m = matrix(["iso27017"], [["iso27017", "CLD.9.5.1", "customer"]]);
    expect(migrateMatrix(m, MAPPING)).toEqual({ matrix: m, diagnostics: [] });
    const bad = migrateMatrix({ kind: "ResponsibilityMatrix" }, MAPPING);
    expect(bad.matrix).toBeUndefined();
    expect(bad.diagnostics.length).toBeGreaterThan(0);
  });

  it("never merges two decisions for one target control: the one already there wins, the other is reported", () => {
    const twoIntoOne: ControlMapping = {
      source: "old",
      target: "new",
      sourceUnmapped: [],
      targetUnmapped: [],
      entries: [
        { sources: ["A-1"], targets: ["B-1"], relationship: "equivalent-to" },
        { sources: ["A-2"], targets: ["B-1"], relationship: "equivalent-to" },
        { sources: ["A-3"], targets: ["B-3"], relationship: "equivalent-to" },
      ],
    };
    const r = migrateMatrix(
      matrix(
        ["old", "new"],
        [
          ["old", "A-1", "customer"],
          ["old", "A-2", "provider"], // B-1 is already A-1's: left out
          ["old", "A-3", "customer"], // B-3 is the matrix's own decision below: left out
          ["new", "B-3", "provider"],
        ],
      ),
      twoIntoOne,
    );
    // "new" was already listed: "old" is dropped, not duplicated.
    expect(r.matrix?.catalogs).toEqual(["new"]);
    expect(r.matrix?.overrides?.map((o) => `${o.control.control}=${o.owner}`)).toEqual([
      "B-1=customer",
      "B-3=provider",
    ]);
    expect(r.diagnostics.map((d) => [d.code, d.path, d.data?.kept, d.data?.owner])).toEqual([
      ["cloud-matrix/mapping-moved", "/overrides/0/control/control", undefined, undefined],
      ["cloud-matrix/mapping-moved", "/overrides/1/control/control", undefined, undefined],
      ["cloud-matrix/mapping-collision", "/overrides/1/control/control", "customer", "provider"],
      ["cloud-matrix/mapping-moved", "/overrides/2/control/control", undefined, undefined],
      ["cloud-matrix/mapping-collision", "/overrides/2/control/control", "provider", "customer"],
    ]);
  });

  it("a mapping of a catalog onto itself changes nothing", () => {
    const m = matrix(["old"], [["old", "A-2", "customer"]]);
    expect(migrateMatrix(m, { ...MAPPING, target: "old" })).toEqual({ matrix: m, diagnostics: [] });
  });

  it("the CCM crosswalk as data gives the same matrix as migrateMatrixToCcmV41", () => {
    // 181 entries: 128 kept + 53 renumbered; 16 without counterpart; 26 new (CSA's data).
    expect(CCM_V40_TO_V41_MAPPING.entries).toHaveLength(181);
    expect(CCM_V40_TO_V41_MAPPING.sourceUnmapped).toHaveLength(16);
    expect(CCM_V40_TO_V41_MAPPING.targetUnmapped).toHaveLength(26);
    const m = matrix(
      ["ccm-v4.0"],
      [
        ["ccm-v4.0", "IVS-03", "provider"],
        ["ccm-v4.0", "AIS-01", "shared"],
        ["ccm-v4.0", "IAM-16", "customer"],
      ],
    );
    const byData = migrateMatrix(m, CCM_V40_TO_V41_MAPPING);
    const byCode = migrateMatrixToCcmV41(m);
    expect(byData.matrix).toEqual(byCode.matrix);
    // The same number of findings: 53 renumbered + 16 without counterpart + 26 new = 95.
    expect(byData.diagnostics).toHaveLength(95);
    expect(byCode.diagnostics).toHaveLength(95);
  });
});
