import { describe, expect, it } from "vitest";
import { compileBia } from "../model/compile.js";
import { computeMtpd } from "./mtpd.js";
import { computeRecoveryObjectives } from "./rto.js";

const doc = (processes: unknown[], extra: Record<string, unknown> = {}) => ({
  kind: "BusinessImpactAnalysis",
  schemaVersion: "1.0",
  timePoints: ["PT4H", "P1D", "P3D"],
  unacceptableLevel: 4,
  processes,
  ...extra,
});

const run = (d: unknown, margin?: number) => {
  const { model } = compileBia(d, margin === undefined ? {} : { rtoMargin: margin });
  return computeRecoveryObjectives(model, computeMtpd(model));
};

describe("computeRecoveryObjectives", () => {
  it("derives RTO = MTPD − WRT", () => {
    // MTPD P1D = 1440; WRT PT6H = 360 → RTO 1440 − 360 = 1080.
    const r = run(
      doc([
        {
          id: "p",
          name: "P",
          wrt: "PT6H",
          objectives: { rpo: "PT1H", rlo: 50 },
          impacts: { financial: { P1D: 4 } },
        },
      ]),
    );
    expect(r.objectives[0]).toEqual({
      process: "p",
      mtpdMinutes: 1440,
      wrtMinutes: 360,
      rtoMinutes: 1080,
      rtoSource: "derived",
      rtoUnmeetable: false,
      rpoMinutes: 60,
      rlo: 50,
    });
    expect(r.diagnostics).toEqual([]);
  });

  it("subtracts a margin (document or option)", () => {
    // MTPD P3D = 4320; WRT P1D = 1440; margin PT8H = 480 → 4320 − 1440 − 480 = 2400.
    const d = doc([{ id: "p", name: "P", wrt: "P1D", impacts: { financial: { P3D: 4 } } }], {
      rtoMargin: "PT8H",
    });
    expect(run(d).objectives[0]?.rtoMinutes).toBe(2400);
    // the option wins over the document: 4320 − 1440 − 120 = 2760
    expect(run(d, 120).objectives[0]?.rtoMinutes).toBe(2760);
  });

  it("is an error when an explicit RTO plus WRT exceeds MTPD", () => {
    // RTO PT20H = 1200, WRT PT6H = 360: 1200 + 360 = 1560 > MTPD 1440.
    const r = run(
      doc([
        {
          id: "p",
          name: "P",
          wrt: "PT6H",
          objectives: { rto: "PT20H", rpo: "PT1H", rlo: 50 },
          impacts: { financial: { P1D: 4 } },
        },
      ]),
    );
    expect(r.objectives[0]).toMatchObject({ rtoMinutes: 1200, rtoSource: "explicit" });
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
      ["bia/rto-exceeds-mtpd", "error", "/processes/0/objectives/rto"],
    ]);
    expect(r.diagnostics[0]?.message).toBe(
      "The RTO of 'p' (PT20H) plus its work recovery time (PT6H) is 1 day 2 hours, longer than its MTPD of 1 day.",
    );
    // exactly equal is fine: 1080 + 360 = 1440
    const ok = run(
      doc([
        {
          id: "p",
          name: "P",
          wrt: "PT6H",
          objectives: { rto: "PT18H", rpo: "PT1H", rlo: 50 },
          impacts: { financial: { P1D: 4 } },
        },
      ]),
    );
    expect(ok.diagnostics).toEqual([]);
  });

  it("is an error when WRT leaves no time, and checks RPO/RLO presence on time-critical processes", () => {
    // WRT P1D = 1440 ≥ MTPD PT4H = 240 → RTO 240 − 1440 < 0 → clamped to 0 with an error.
    const r = run(
      doc([
        { id: "p", name: "P", wrt: "P1D", impacts: { financial: { PT4H: 4 } } },
        { id: "q", name: "Q" },
      ]),
    );
    expect(r.objectives[0]?.rtoMinutes).toBe(0);
    expect(r.objectives[0]?.rtoUnmeetable).toBe(true);
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["bia/wrt-exceeds-mtpd", "/processes/0/wrt"],
      ["bia/missing-rpo", "/processes/0"],
      ["bia/missing-rlo", "/processes/0"],
      ["bia/not-time-critical", "/processes/1"],
    ]);
    expect(r.objectives[1]).toMatchObject({
      rtoMinutes: null,
      rtoSource: null,
      rtoUnmeetable: false,
    });
  });
});
