import { describe, expect, it } from "vitest";
import { analyzeBia } from "../analyze.js";

// p (RTO 8 h = 480) depends on any-of [a, b]; a depends on z.
const doc = (bRecovery: string) => ({
  kind: "BusinessImpactAnalysis",
  schemaVersion: "1.0",
  timePoints: ["P1D"],
  unacceptableLevel: 4,
  processes: [
    { id: "p", name: "P", objectives: { rto: "PT8H" }, dependsOn: [{ anyOf: ["a", "b"] }] },
  ],
  services: [
    { id: "a", name: "A", capability: { recoveryTime: "PT100M" }, dependsOn: ["z"] },
    { id: "b", name: "B", capability: { recoveryTime: bRecovery } },
    { id: "z", name: "Z", capability: { recoveryTime: "PT500M" } },
  ],
});
const lateOf = (r: ReturnType<typeof analyzeBia>) =>
  Object.fromEntries(r.report.timeline.map((t) => [t.node, t.late]));

describe("late nodes in the recovery timeline", () => {
  it("an any-of member that is late while its partner covers it is not late (issue 21)", () => {
    // ready: z 500; a 500 + 100 = 600; b 60; p = min(600, 60) = 60.
    // due: a and b 480 (p's RTO − p's own 0); z 480 − 100 = 380.
    // a 600 > 480 and z 500 > 380, but b is back at 60 ≤ 480: the group is covered.
    const r = analyzeBia(doc("PT1H"));
    const due = Object.fromEntries(r.report.timeline.map((t) => [t.node, t.dueMinutes]));
    expect(due).toEqual({ z: 380, b: 480, a: 480, p: 480 });
    expect(lateOf(r)).toEqual({ z: false, b: false, a: false, p: false });
  });

  it("when no member is in time, every member is late, and what it waits for", () => {
    // b now 700 > 480 too: nothing covers the group. a 600 > 480, b 700 > 480, z 500 > 380;
    // p = min(600, 700) = 600 > 480.
    expect(lateOf(analyzeBia(doc("PT700M")))).toEqual({ z: true, a: true, b: true, p: true });
  });
});
