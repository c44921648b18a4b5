import { analyzeBia } from "@mamori/bia";
import { describe, expect, it } from "vitest";
import { buildReportHtml } from "./html.js";

// MTPD 4 hours (level 4 at PT4H), work recovery 1 day: RTO = 240 − 1440 < 0, clamped to 0.
const result = analyzeBia({
  kind: "BusinessImpactAnalysis",
  schemaVersion: "1.0",
  timePoints: ["PT4H", "P1D"],
  unacceptableLevel: 4,
  processes: [
    {
      id: "billing",
      name: "Billing",
      wrt: "P1D",
      objectives: { rpo: "PT1H", rlo: 50 },
      impacts: { financial: { PT4H: 4 } },
      dependsOn: ["app"],
    },
  ],
  services: [{ id: "app", name: "App", capability: { recoveryTime: "PT2H" } }],
});

const rtoCell = (html: string) =>
  /<tr><td>Billing <code>billing<\/code><\/td><td>[^<]*<\/td><td>([^<]*)<\/td>/.exec(html)?.[1];

describe("the report's process table, for a process no RTO can meet", () => {
  it("says so in the RTO column (en, ja), not 0 minutes", () => {
    const build = (locale: "en" | "ja") =>
      buildReportHtml({
        locale,
        now: "2026-01-01",
        documents: [],
        matrices: [],
        bia: { file: "b", result, diagnostics: [] },
      });
    expect(result.processes[0]?.rtoMinutes).toBe(0);
    expect(rtoCell(build("en"))).toBe("none can meet the MTPD");
    expect(rtoCell(build("ja"))).toBe("設定不能（MTPD不足）");
  });

  it("a process with an RTO keeps its duration (the failure case)", () => {
    // work recovery 1 hour: RTO = 240 − 60 = 180 minutes
    const met = analyzeBia({
      kind: "BusinessImpactAnalysis",
      schemaVersion: "1.0",
      timePoints: ["PT4H", "P1D"],
      unacceptableLevel: 4,
      processes: [
        { id: "billing", name: "Billing", wrt: "PT1H", impacts: { financial: { PT4H: 4 } } },
      ],
    });
    const html = buildReportHtml({
      locale: "en",
      now: "2026-01-01",
      documents: [],
      matrices: [],
      bia: { file: "b", result: met, diagnostics: [] },
    });
    expect(rtoCell(html)).toBe("3 hours");
  });
});

describe("the report's process table, for an explicit RTO of 0", () => {
  it("writes the target, 0 minutes: back at once is a target, not 'none can meet'", () => {
    // rto PT0S with a work recovery of 1 hour against an MTPD of 4 hours: 0 + 60 ≤ 240.
    const explicit = analyzeBia({
      kind: "BusinessImpactAnalysis",
      schemaVersion: "1.0",
      timePoints: ["PT4H", "P1D"],
      unacceptableLevel: 4,
      processes: [
        {
          id: "billing",
          name: "Billing",
          wrt: "PT1H",
          objectives: { rto: "PT0S", rpo: "PT1H", rlo: 50 },
          impacts: { financial: { PT4H: 4 } },
        },
      ],
    });
    const html = buildReportHtml({
      locale: "en",
      now: "2026-01-01",
      documents: [],
      matrices: [],
      bia: { file: "b", result: explicit, diagnostics: [] },
    });
    expect(explicit.processes[0]).toMatchObject({ rtoMinutes: 0, rtoUnmeetable: false });
    expect(rtoCell(html)).toBe("0 minutes");
  });
});
