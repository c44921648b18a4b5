import { describe, expect, it } from "vitest";
import { analyzeBia } from "../analyze.js";
import { compileBia } from "../model/compile.js";
import { computeMtpd, impactAt } from "./mtpd.js";

const doc = (processes: unknown[], extra: Record<string, unknown> = {}) => ({
  kind: "BusinessImpactAnalysis",
  schemaVersion: "1.0",
  timePoints: ["PT1H", "PT4H", "P1D", "P3D", "P1W", "P1M"],
  unacceptableLevel: 4,
  processes,
  ...extra,
});

describe("computeMtpd", () => {
  it("is the earliest time point where any category reaches the unacceptable level", () => {
    const { model, diagnostics } = compileBia(
      doc([
        {
          id: "orders",
          name: "Orders",
          // financial reaches 4 at P3D, customer at P1D: the earlier wins → P1D = 24 × 60 = 1440.
          impacts: { financial: { PT4H: 2, P1D: 3, P3D: 4 }, customer: { PT1H: 1, P1D: 4 } },
        },
      ]),
    );
    expect(diagnostics).toEqual([]);
    expect(computeMtpd(model)).toEqual([
      {
        process: "orders",
        mtpdMinutes: 1440,
        timePoint: "P1D",
        categories: ["customer"],
        timeCritical: true,
      },
    ]);
  });

  it("carries a missing time point forward from the previous rating", () => {
    // financial 4 at PT4H, nothing later: still 4 at P1D; MTPD = PT4H = 240.
    const { model } = compileBia(
      doc([{ id: "p", name: "P", impacts: { financial: { PT4H: 4 } } }]),
    );
    expect(computeMtpd(model)[0]?.mtpdMinutes).toBe(240);
    expect(impactAt(model, 0, 3 * 1440).financial).toBe(4);
    // before the first rated point there is no rating
    expect(impactAt(model, 0, 30).financial).toBeNull();
  });

  it("uses a category's own unacceptable level", () => {
    // safety is unacceptable from 2: safety 2 at PT1H → MTPD 60 (financial never reaches 4).
    const { model } = compileBia(
      doc([{ id: "p", name: "P", impacts: { safety: { PT1H: 2 }, financial: { P1W: 3 } } }], {
        categories: [{ id: "financial" }, { id: "safety", unacceptableLevel: 2 }],
      }),
    );
    expect(computeMtpd(model)[0]).toMatchObject({ mtpdMinutes: 60, categories: ["safety"] });
  });

  it("says a process that never reaches the level is not time-critical", () => {
    const { model } = compileBia(doc([{ id: "p", name: "P", impacts: { financial: { P1M: 3 } } }]));
    expect(computeMtpd(model)[0]).toEqual({
      process: "p",
      mtpdMinutes: null,
      timePoint: null,
      categories: [],
      timeCritical: false,
    });
  });

  it("warns when a rating falls over time and rejects unknown time points, categories and levels", () => {
    const { diagnostics } = compileBia(
      doc([
        {
          id: "p",
          name: "P",
          impacts: {
            financial: { PT4H: 3, P1D: 2, PT2H: 1 },
            weather: { P1D: 1 },
            customer: { P1D: 9 },
          },
        },
      ]),
    );
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["bia/unknown-impact-level", "/processes/0/impacts/customer/P1D"],
      ["bia/impact-decreases", "/processes/0/impacts/financial/P1D"],
      ["bia/unknown-time-point", "/processes/0/impacts/financial/PT2H"],
      ["bia/unknown-category", "/processes/0/impacts/weather"],
    ]);
  });
  it("refuses a declared category whose id starts with x- instead of silently ignoring its ratings", () => {
    // `x-` keys in `impacts` are extension data; a category "x-esg" could never be rated.
    const { model, diagnostics } = compileBia(
      doc([{ id: "p", name: "P", impacts: { "x-esg": { PT4H: 4 }, financial: { P1D: 4 } } }], {
        categories: [{ id: "x-esg" }, { id: "financial" }],
      }),
    );
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["bia/reserved-category-id", "/categories/0/id"],
    ]);
    expect(diagnostics[0]?.messages.ja).toContain("x-esg");
    // Only "financial" is a category: it reaches 4 at P1D = 1,440 minutes.
    expect(computeMtpd(model)[0]?.mtpdMinutes).toBe(1440);
  });
});

describe("mtpdTriggeredBy in the result (issue 21)", () => {
  it("names the category that set the MTPD, all of them on a tie, none without an MTPD", () => {
    const r = analyzeBia(
      doc([
        // financial reaches 4 at P3D, customer at P1D: customer sets the MTPD (1440)
        {
          id: "orders",
          name: "Orders",
          impacts: { financial: { PT4H: 2, P1D: 3, P3D: 4 }, customer: { PT1H: 1, P1D: 4 } },
        },
        // both reach 4 at PT4H: both set it (240)
        { id: "pay", name: "Pay", impacts: { financial: { PT4H: 4 }, customer: { PT4H: 5 } } },
        // never reaches 4: no MTPD
        { id: "design", name: "Design", impacts: { financial: { P1M: 3 } } },
      ]),
    );
    expect(r.processes.map((p) => [p.id, p.mtpdMinutes, p.mtpdTriggeredBy])).toEqual([
      ["orders", 1440, ["customer"]],
      ["pay", 240, ["financial", "customer"]],
      ["design", null, []],
    ]);
    expect(JSON.parse(JSON.stringify(r)).processes[0].mtpdTriggeredBy).toEqual(["customer"]);
  });
});
