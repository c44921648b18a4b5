import { describe, expect, it } from "vitest";
import { findCycles } from "../graph/cycles.js";
import { compileBia } from "../model/compile.js";
import { computeMtpd } from "./mtpd.js";
import { propagateObjectives } from "./propagate.js";
import { computeRecoveryObjectives } from "./rto.js";

describe("propagateObjectives", () => {
  it("rolls due times down: min over dependents of (due − dependent's own recovery time)", () => {
    const { model } = compileBia({
      kind: "BusinessImpactAnalysis",
      schemaVersion: "1.0",
      timePoints: ["P1D"],
      unacceptableLevel: 4,
      processes: [
        { id: "a", name: "A", objectives: { rto: "PT8H", rpo: "PT1H" }, dependsOn: ["app"] },
        { id: "b", name: "B", objectives: { rto: "PT12H", rpo: "PT4H" }, dependsOn: ["app", "db"] },
      ],
      services: [
        { id: "app", name: "App", capability: { recoveryTime: "PT2H" }, dependsOn: ["db"] },
        {
          id: "db",
          name: "DB",
          capability: { recoveryTime: "PT3H" },
          objectives: { rpo: "PT30M" },
        },
      ],
    });
    const obj = computeRecoveryObjectives(model, computeMtpd(model)).objectives;
    const r = propagateObjectives(model, obj, findCycles(model));
    const at = (id: string) => model.indexOf.get(id) as number;
    // app: dependents a (480, a process adds no time) and b (720) → min(480, 720) = 480.
    expect(r.rto[at("app")]).toBe(480);
    // db: via app 480 − 120 = 360; via b 720 − 0 = 720 → 360.
    expect(r.rto[at("db")]).toBe(360);
    // RPO: app = min(60, 240) = 60; db = min(own 30, app 60, b 240) = 30.
    expect(r.rpo[at("app")]).toBe(60);
    expect(r.rpo[at("db")]).toBe(30);
  });

  it("never follows an edge inside a component, even one that is no reported cycle", () => {
    // A hand-built model (compile drops self-dependencies): p → s, and s → s. Kahn's sort
    // cannot finish, so Tarjan runs; s alone is a component of one node, not a cycle, so
    // `cycles` is empty. s's own edge must still be skipped: s is due at min(own 6 h = 360,
    // via p 480 − 0) = 360, not 360 − 120 = 240 through itself.
    const { model: base } = compileBia({
      kind: "BusinessImpactAnalysis",
      schemaVersion: "1.0",
      timePoints: ["P1D"],
      unacceptableLevel: 4,
      processes: [{ id: "p", name: "P", objectives: { rto: "PT8H" }, dependsOn: ["s"] }],
      services: [
        {
          id: "s",
          name: "S",
          capability: { recoveryTime: "PT2H" },
          objectives: { rto: "PT6H" },
          dependsOn: ["t"],
        },
      ],
      resources: [{ id: "t", name: "T", kind: "server" }],
    });
    expect(base.ids).toEqual(["p", "s", "t"]);
    // Members [s, t] become [s, s]; dependents: s ← p, s (revStart 0, 0, 2, 2; rev [0, 1]).
    const model = {
      ...base,
      members: Int32Array.from([1, 1]),
      revStart: Int32Array.from([0, 0, 2, 2]),
      rev: Int32Array.from([0, 1]),
    };
    const cycles = findCycles(model);
    expect(cycles.cycles).toEqual([]);
    const obj = computeRecoveryObjectives(model, computeMtpd(model)).objectives;
    expect(propagateObjectives(model, obj, cycles).rto[1]).toBe(360);
  });
});
