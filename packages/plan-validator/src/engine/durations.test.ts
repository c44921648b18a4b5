import { defineMessages } from "@mamori/core";
import { describe, expect, it } from "vitest";
import { createDiagnosticWithDurations, humaniseDuration } from "./durations.js";

describe("humaniseDuration", () => {
  it("writes durations as the BIA's messages do, in both locales", () => {
    expect(humaniseDuration("PT6H", "ja")).toBe("6時間");
    expect(humaniseDuration("P2D", "ja")).toBe("2日");
    expect(humaniseDuration("P1DT12H", "ja")).toBe("1日12時間");
    expect(humaniseDuration("PT6H", "en")).toBe("6 hours");
    expect(humaniseDuration("P2D", "en")).toBe("2 days");
  });
  it("keeps years and months as such", () => {
    expect(humaniseDuration("P6M", "ja")).toBe("6か月");
    expect(humaniseDuration("P1Y", "ja")).toBe("1年");
    expect(humaniseDuration("P6M", "en")).toBe("6 months");
    // A zero cadence in years or months is written in its own unit (date-fns wrote nothing).
    expect(humaniseDuration("P0Y", "en")).toBe("0 years");
    expect(humaniseDuration("P0M", "ja")).toBe("0か月");
    expect(humaniseDuration("P1Y6M", "ja")).toBe("1年6か月");
  });
  it("leaves anything else alone", () => {
    for (const t of ["P", "PT", "erp", "PT6", "2026-01-01", "P1DT"])
      expect(humaniseDuration(t, "ja")).toBe(t);
  });
});

describe("createDiagnosticWithDurations", () => {
  it("humanises the messages and keeps data in ISO 8601", () => {
    const m = defineMessages({
      en: { "x/late": "'{id}' is back after {rto}." },
      ja: { "x/late": "'{id}' の復旧は {rto} 後です。" },
    });
    const d = createDiagnosticWithDurations(m, "ja", {
      code: "x/late",
      severity: "error",
      path: "/a",
      data: { id: "erp", rto: "PT6H" },
    });
    expect(d.message).toBe("'erp' の復旧は 6時間 後です。");
    expect(d.messages).toEqual({
      en: "'erp' is back after 6 hours.",
      ja: "'erp' の復旧は 6時間 後です。",
    });
    expect(d.data).toEqual({ id: "erp", rto: "PT6H" });
  });
});
