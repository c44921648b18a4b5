import { describe, expect, it } from "vitest";
import { analyzeBia } from "../analyze.js";

describe("computeRecoveryOrder", () => {
  const doc = {
    kind: "BusinessImpactAnalysis",
    schemaVersion: "1.0",
    timePoints: ["P1D"],
    unacceptableLevel: 4,
    processes: [
      { id: "slow", name: "Slow", objectives: { rto: "P3D" }, dependsOn: ["z-app"] },
      { id: "fast", name: "Fast", objectives: { rto: "PT4H" }, dependsOn: ["y-app", "shared"] },
      { id: "idle", name: "Idle" },
    ],
    services: [
      { id: "z-app", name: "Z", dependsOn: ["shared"] },
      { id: "y-app", name: "Y" },
      { id: "shared", name: "Shared" },
      { id: "b-unused", name: "B" },
      { id: "a-unused", name: "A" },
    ],
  };

  it("puts dependencies first, then the earliest due time, then tier, then id", () => {
    // Due: fast 240, y-app 240, shared min(240, z-app 4320) = 240, z-app 4320, slow 4320.
    // Ready at start: idle(∞), y-app(240), shared(240), b-unused(∞), a-unused(∞).
    // shared < y-app by id (same due, same tier) → shared; then y-app; fast becomes ready (240)
    // → fast; z-app (4320); slow (4320); then the ones without due time, by id.
    expect(analyzeBia(doc).recoveryOrder).toEqual([
      "shared",
      "y-app",
      "fast",
      "z-app",
      "slow",
      "a-unused",
      "b-unused",
      "idle",
    ]);
  });

  it("is identical on every run and for any input order", () => {
    const shuffled = {
      ...doc,
      services: [...doc.services].reverse(),
      processes: [...doc.processes].reverse(),
    };
    expect(analyzeBia(shuffled).recoveryOrder).toEqual(analyzeBia(doc).recoveryOrder);
    expect(JSON.stringify(analyzeBia(doc))).toBe(JSON.stringify(analyzeBia(doc)));
  });
});
