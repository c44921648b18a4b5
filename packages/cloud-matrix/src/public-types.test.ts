// Type tests of the public API (`expectTypeOf`, checked by the package's `tsc --noEmit`), with
// a runtime half on the same entries.
// The entry points by relative path: a package is type-checked before its own build.

import type { Diagnostic, LocalizedText } from "@mamori/core";
import { describe, expect, expectTypeOf, it } from "vitest";
import type * as Matrix from "./index.js";
import type * as Oscal from "./oscal.js";

describe("@mamori/cloud-matrix's public types", () => {
  it("an ownership is one of the seven words, and OWNERSHIPS lists exactly them", () => {
    expectTypeOf<Matrix.Ownership>().toEqualTypeOf<
      | "customer"
      | "provider"
      | "shared"
      | "third-party"
      | "shared-provider-third-party"
      | "not-applicable"
      | "unassigned"
    >();
    expectTypeOf<(typeof Matrix.OWNERSHIPS)[number]>().toEqualTypeOf<Matrix.Ownership>();
  });

  it("analyzeMatrix returns diagnostics in the one shape and counts keyed by ownership", () => {
    type R = ReturnType<typeof Matrix.analyzeMatrix>;
    expectTypeOf<R>().toEqualTypeOf<Matrix.MatrixResult>();
    expectTypeOf<R["diagnostics"]>().toEqualTypeOf<Diagnostic[]>();
    expectTypeOf<R["counts"]["owners"]>().toEqualTypeOf<Record<Matrix.Ownership, number>>();
    expectTypeOf<Matrix.DerivedControl["customerGuidance"]>().toEqualTypeOf<LocalizedText[]>();
  });

  it("the OSCAL exports return plain JSON; the POA&M may be nothing", () => {
    expectTypeOf<ReturnType<typeof Oscal.toOscalSsp>>().toEqualTypeOf<Oscal.OscalJson>();
    expectTypeOf<ReturnType<typeof Oscal.toOscalPoam>>().toEqualTypeOf<
      Oscal.OscalJson | undefined
    >();
  });

  it("the main entry keeps analysis and CSV/Markdown; OSCAL and catalogs have their own", async () => {
    const main = await import("./index.js");
    const oscal = await import("./oscal.js");
    const catalogs = await import("./catalogs.js");
    expect("toOscalSsp" in main).toBe(false);
    expect("CSA_CCM_V41" in main).toBe(false);
    expect("uuidV5" in main).toBe(false);
    expect(typeof oscal.toOscalSsp).toBe("function");
    // CCM v4.1 has 207 controls (CSA's published v4.1 workbook).
    expect(catalogs.CSA_CCM_V41.controls.length).toBe(207);
    expect(typeof main.toMatrixCsv).toBe("function");
  });
});
