// Type tests of the public API: `expectTypeOf` assertions are checked by `tsc --noEmit` (the
// package's typecheck, which `npm test` runs), and the runtime half checks the same entries.
// The entry points by relative path: a package is type-checked before its own build (turbo
// builds only its dependencies first), so it cannot import itself by name.

import { describe, expect, expectTypeOf, it } from "vitest";
import type * as Domain from "./domain.js";
import type * as Core from "./index.js";

describe("@mamori/core's public types", () => {
  it("validateDocument's value is the schema's output type, or undefined", () => {
    type Result = ReturnType<typeof Core.validateDocument<typeof Domain.IdSchema>>;
    expectTypeOf<Result["value"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Result["diagnostics"]>().toEqualTypeOf<Core.Diagnostic[]>();
    type Org = ReturnType<typeof Core.validateDocument<typeof Core.OrganisationSchema>>["value"];
    expectTypeOf<Org>().toEqualTypeOf<Core.Organisation | undefined>();
  });

  it("a Diagnostic has the one shape: code, severity, message in both locales, pointer path", () => {
    expectTypeOf<Core.Severity>().toEqualTypeOf<"error" | "warning" | "info">();
    expectTypeOf<Core.Locale>().toEqualTypeOf<"en" | "ja">();
    expectTypeOf<Core.Diagnostic["messages"]>().toEqualTypeOf<Record<"en" | "ja", string>>();
    expectTypeOf<Core.Diagnostic>().toHaveProperty("path").toEqualTypeOf<string>();
    expectTypeOf<Core.Diagnostic>().toHaveProperty("range").toEqualTypeOf<Core.Range | undefined>();
  });

  it("one LocalizedText: English always, Japanese optional", () => {
    expectTypeOf<{ en: string }>().toExtend<Core.LocalizedText>();
    expectTypeOf<{ ja: string }>().not.toExtend<Core.LocalizedText>();
    expectTypeOf<typeof Core.localize>().returns.toEqualTypeOf<string>();
  });

  it("durations and dates: parse results carry a value or diagnostics", () => {
    expectTypeOf<Core.DurationResult["minutes"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Domain.DurationText>().toEqualTypeOf<string>();
  });

  it("the main entry no longer exports what moved to /domain and /internal", async () => {
    const core = await import("./index.js");
    const domain = await import("./domain.js");
    const internal = await import("./internal.js");
    expectTypeOf(core).not.toHaveProperty("issuesToDiagnostics");
    expectTypeOf(core).not.toHaveProperty("DurationSchema");
    expect("issuesToDiagnostics" in core).toBe(false);
    expect("DurationSchema" in core).toBe(false);
    expect(typeof domain.DurationSchema.safeParse).toBe("function");
    expect(typeof internal.issuesToDiagnostics).toBe("function");
    // The document schema and its type stay on the main entry.
    expect(core.OrganisationSchema.safeParse({}).success).toBe(false);
  });
});
