// Type tests of the public API: checked by `tsc` (npm run typecheck); at run time
// expectTypeOf does nothing, so each also asserts a value computed by hand.
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  analyzeBia,
  type BiaResult,
  type Scenario,
  type ScenarioFailure,
  type ScenarioType,
  siteLoss,
  staffAvailability,
  wideAreaPowerOutage,
} from "./index.js";
import { type BiaModel, compileBia, type ExpandedScenario } from "./model.js";

describe("public types", () => {
  it("BiaResult: plain JSON data", () => {
    const r = analyzeBia({
      kind: "BusinessImpactAnalysis",
      schemaVersion: "1.0",
      timePoints: ["PT4H", "P1D"],
      unacceptableLevel: 4,
      processes: [{ id: "p", name: "P", wrt: "PT4H", impacts: { financial: { P1D: 4 } } }],
    });
    expectTypeOf(analyzeBia).returns.toEqualTypeOf<BiaResult>();
    expectTypeOf(r.processes[0]!.rtoMinutes).toEqualTypeOf<number | null>();
    expectTypeOf(r.processes[0]!.rtoSource).toEqualTypeOf<"explicit" | "derived" | null>();
    expectTypeOf(r.recoveryOrder).toEqualTypeOf<string[]>();
    expectTypeOf<BiaResult["nodes"][number]["type"]>().toEqualTypeOf<
      "process" | "service" | "resource" | "external"
    >();
    expectTypeOf<BiaResult["scenarios"][number]["totalLoss"]>().toEqualTypeOf<
      Record<string, number>
    >();
    // No Map, Set or typed array anywhere in a result.
    type NotJson =
      | Map<unknown, unknown>
      | Set<unknown>
      | ArrayBufferView
      | ((...a: never[]) => unknown);
    // Every type a value of T can hold (unknown, as in a diagnostic's data, holds nothing known).
    type Values<T> = unknown extends T
      ? never
      : T extends NotJson
        ? T
        : T extends readonly (infer E)[]
          ? Values<E>
          : T extends object
            ? Values<T[keyof T]>
            : T;
    type Found = Extract<Values<BiaResult>, NotJson>;
    expectTypeOf<Found>().toEqualTypeOf<never>();
    // …and the check finds one where there is one (the model's typed arrays).
    expectTypeOf<Extract<Values<{ model: BiaModel }>, NotJson>>().not.toEqualTypeOf<never>();
    // MTPD 1 day (level 4 at P1D) − WRT 4 h = RTO 20 h.
    expect(r.processes[0]?.rtoMinutes).toBe(1200);
  });

  it("Scenario: a union that narrows on type", () => {
    expectTypeOf<Scenario["type"]>().toEqualTypeOf<ScenarioType>();
    expectTypeOf<Extract<Scenario, { type: "site-loss" }>["site"]>().toEqualTypeOf<string>();
    expectTypeOf<
      Extract<Scenario, { type: "staff-availability" }>["percent"]
    >().toEqualTypeOf<number>();
    expectTypeOf<Extract<Scenario, { type: "custom" }>["failures"]>().toEqualTypeOf<
      ScenarioFailure[]
    >();
    // Power outages: with a duration, or rolling blackouts only.
    expectTypeOf<Extract<Scenario, { type: "power-outage" }>["duration"]>().toEqualTypeOf<
      string | undefined
    >();
    const where = (s: Scenario): string | null => {
      if (s.type === "site-loss") {
        expectTypeOf(s.site).toEqualTypeOf<string>();
        return s.site;
      }
      if (s.type === "staff-availability") {
        expectTypeOf(s.percent).toEqualTypeOf<number>();
        return `${s.percent}%`;
      }
      return null;
    };
    // @ts-expect-error: a site loss needs its site
    const noSite: Scenario = { id: "a", name: "A", type: "site-loss", duration: "P1D" };
    // @ts-expect-error: a staff-availability scenario needs its percent
    const noPercent: Scenario = { id: "s", name: "S", type: "staff-availability", duration: "P1D" };
    expect([noSite.type, noPercent.type]).toEqual(["site-loss", "staff-availability"]);
    const fire = siteLoss({ id: "fire", name: "Fire", site: "dc", duration: "P3D" });
    expectTypeOf(fire.site).toEqualTypeOf<string>();
    expectTypeOf(staffAvailability).returns.toHaveProperty("percent");
    expectTypeOf(wideAreaPowerOutage).returns.toMatchTypeOf<Scenario>();
    expect(where(fire)).toBe("dc");
    expect(where(staffAvailability({ id: "s", name: "S", duration: "P1D", percent: 40 }))).toBe(
      "40%",
    );
  });

  it("@mamori/bia/model: the compiled model, not JSON data", () => {
    const { model } = compileBia(null);
    expectTypeOf(model).toEqualTypeOf<BiaModel>();
    expectTypeOf(model.groupStart).toEqualTypeOf<Int32Array>();
    expectTypeOf<ExpandedScenario["down"]>().toEqualTypeOf<Map<number, number[]>>();
    expect(model.n).toBe(0);
  });
});
