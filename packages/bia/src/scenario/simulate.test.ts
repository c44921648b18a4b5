import { describe, expect, it } from "vitest";
import { analyzeBia } from "../analyze.js";
import { ScenarioSchema } from "../schema.js";
import {
  communicationsOutage,
  customScenario,
  siteLoss,
  staffAvailability,
  supplierOutage,
  wideAreaPowerOutage,
} from "./helpers.js";

const base = {
  kind: "BusinessImpactAnalysis",
  schemaVersion: "1.0",
  timePoints: ["PT4H", "P1D", "P3D"],
  unacceptableLevel: 4,
  processes: [
    {
      id: "orders",
      name: "Orders",
      wrt: "PT4H",
      // MTPD P1D = 1440; RTO explicit PT8H = 480
      objectives: { rto: "PT8H", rpo: "PT1H", rlo: 50 },
      impacts: { financial: { PT4H: 2, P1D: 4, P3D: 5 }, customer: { P1D: 3 } },
      lossPerHour: { amount: 1000, currency: "JPY" },
      dependsOn: ["db", "edi"],
    },
    {
      id: "make",
      name: "Make",
      objectives: { rto: "PT4H" },
      minimumCapacity: 60,
      impacts: { financial: { P1D: 4 } },
      // loss curve: 10,000 after 4 h, 100,000 after 1 day, then 2,000 per hour
      lossCurve: [
        { at: "PT4H", amount: 10000 },
        { at: "P1D", amount: 100000 },
      ],
      lossPerHour: { amount: 2000, currency: "JPY" },
      dependsOn: ["staff", "steel"],
    },
  ],
  services: [
    {
      id: "db",
      name: "DB",
      capability: { recoveryTime: "PT2H" },
      hosting: { type: "on-premises", site: "dc" },
      dependsOn: [{ anyOf: ["grid", "gen"] }],
    },
    { id: "edi", name: "EDI", capability: { recoveryTime: "PT1H" }, dependsOn: ["line"] },
  ],
  resources: [
    { id: "grid", name: "Grid", kind: "power" },
    { id: "gen", name: "Generator", kind: "power", power: { backupRuntime: "PT8H" } },
    { id: "line", name: "Line", kind: "communications" },
    { id: "staff", name: "Staff", kind: "people" },
  ],
  externals: [{ id: "steel", name: "Steel", kind: "supplier" }],
};

const run = (scenario: unknown) => analyzeBia({ ...base, scenarios: [scenario] }).scenarios[0];

describe("scenarios", () => {
  it("helpers build documents the schema accepts", () => {
    const made = [
      wideAreaPowerOutage({
        id: "a",
        name: "A",
        duration: "PT72H",
        rollingBlackout: [{ start: "P4D", duration: "PT3H" }],
      }),
      siteLoss({ id: "b", name: "B", site: "dc", duration: "P7D" }),
      communicationsOutage({ id: "c", name: "C", duration: "P2D", nodes: ["line"] }),
      staffAvailability({ id: "d", name: "D", duration: "P3D", percent: 40, nameJa: "出勤率" }),
      supplierOutage({ id: "e", name: "E", duration: "P14D", start: "PT1H" }),
      customScenario({ id: "f", name: "F", failures: [{ node: "edi", duration: "PT2H" }] }),
    ];
    expect(made.map((m) => ScenarioSchema.safeParse(m).success)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(made.map((m) => m.type)).toEqual([
      "power-outage",
      "site-loss",
      "communications-outage",
      "staff-availability",
      "supplier-outage",
      "custom",
    ]);
  });

  it("wide-area power outage: backup power runs dry, recovery time is added", () => {
    const s = run(wideAreaPowerOutage({ id: "q", name: "Quake", duration: "PT72H" }));
    // grid down [0, 4320); gen lasts 480 → down [480, 4320); db (any-of) down [480, 4320)
    // + recovery 120 → [480, 4440); orders down [480, 4440) = 3960 min.
    const o = s?.processes[0];
    expect(o?.down).toEqual([{ startMinutes: 480, endMinutes: 4440 }]);
    expect(o?.outageMinutes).toBe(3960);
    // RTO breached at 480 + 480 = 960, MTPD at 480 + 1440 = 1920
    expect(o?.rtoBreachAtMinutes).toBe(960);
    expect(o?.mtpdBreachAtMinutes).toBe(1920);
    // impact after 3960 min (≥ P1D 1440, < P3D 4320): financial 4, customer 3
    expect(o?.impactReached).toEqual({
      financial: 4,
      operational: null,
      "legal-regulatory": null,
      reputational: null,
      customer: 3,
      safety: null,
    });
    expect(o?.impactOverTime.map((p) => [p.atMinutes, p.levels.financial])).toEqual([
      [240, 2],
      [1440, 4],
    ]);
    // loss 1000 × 3960 / 60 = 66,000
    expect(o?.loss).toBe(66000);
    expect(s?.totalLoss).toEqual({ JPY: 66000 });
    expect(s?.diagnostics.map((d) => d.code)).toEqual([
      "bia/scenario-rto-breach",
      "bia/scenario-mtpd-breach",
    ]);
  });

  it("rolling-blackout windows shorter than backup power cause no outage", () => {
    const s = run(
      wideAreaPowerOutage({
        id: "rb",
        name: "Rolling blackout",
        duration: "PT2H",
        rollingBlackout: [{ start: "P1D", duration: "PT3H" }],
      }),
    );
    // grid down [0,120) and [1440,1620); gen lasts 480 ≥ each window → db never down.
    expect(s?.processesDown).toBe(0);
    const r = analyzeBia({
      ...base,
      scenarios: [
        wideAreaPowerOutage({
          id: "rb",
          name: "RB",
          duration: "PT2H",
          rollingBlackout: [{ start: "P1D", duration: "PT3H" }],
        }),
      ],
    });
    expect(r.power.windows.map((w) => [w.startMinutes, w.endMinutes])).toEqual([[1440, 1620]]);
  });

  it("communications outage: the line's dependents go down for the duration plus recovery", () => {
    const s = run(communicationsOutage({ id: "c", name: "Cut", duration: "PT10H" }));
    // line [0, 600) → edi + 60 → [0, 660) → orders 660 min > RTO 480, < MTPD 1440
    expect(
      s?.processes.map((p) => [p.process, p.outageMinutes, p.rtoBreached, p.mtpdBreached]),
    ).toEqual([["orders", 660, true, false]]);
    // loss 1000 × 660 / 60 = 11,000
    expect(s?.processes[0]?.loss).toBe(11000);
  });

  it("site loss takes down every node at the site", () => {
    const s = run(siteLoss({ id: "s", name: "DC fire", site: "dc", duration: "P1D" }));
    // db down [0, 1440) (own failure, no recovery added) → orders 1440: RTO breached, MTPD not (equal)
    expect(s?.processes[0]).toMatchObject({
      outageMinutes: 1440,
      rtoBreached: true,
      mtpdBreached: false,
    });
  });

  it("staff availability below the minimum capacity stops a process", () => {
    // make needs 60%; 40% → down for P3D = 4320
    const s = run(staffAvailability({ id: "st", name: "Commute", duration: "P3D", percent: 40 }));
    const o = s?.processes[0];
    expect(o?.process).toBe("make");
    expect(o?.outageMinutes).toBe(4320);
    // loss curve beyond its last point: 100,000 + 2,000 × (4320 − 1440) / 60 = 100,000 + 96,000
    expect(o?.loss).toBe(196000);
    // 70% ≥ 60%: runs degraded, not down
    expect(
      run(staffAvailability({ id: "st", name: "Commute", duration: "P3D", percent: 70 }))
        ?.processesDown,
    ).toBe(0);
  });

  it("supplier outage and custom failures; loss curve interpolates", () => {
    // steel down 12 h = 720 → make 720: curve between 240 → 10,000 and 1440 → 100,000:
    // 10,000 + (720 − 240) / (1440 − 240) × 90,000 = 10,000 + 0.4 × 90,000 = 46,000
    const s = run(supplierOutage({ id: "sup", name: "Steel", duration: "PT12H" }));
    expect(s?.processes[0]).toMatchObject({ process: "make", outageMinutes: 720, loss: 46000 });
    const c = run(
      customScenario({
        id: "x",
        name: "X",
        failures: [{ node: "edi", start: "PT1H", duration: "PT2H" }],
      }),
    );
    // edi own failure [60, 180) → orders [60, 180)
    expect(c?.processes[0]?.down).toEqual([{ startMinutes: 60, endMinutes: 180 }]);
  });

  it("reports unusable scenarios once, where the schema says what their type lacks", () => {
    const r = analyzeBia({
      ...base,
      scenarios: [
        { id: "a", name: "A", type: "site-loss", duration: "P1D" },
        { id: "b", name: "B", type: "supplier-outage", nodes: ["nowhere"], duration: "P1D" },
        { id: "c", name: "C", type: "custom" },
        { id: "d", name: "D", type: "staff-availability", duration: "P1D" },
        { id: "e", name: "E", type: "power-outage" },
        { id: "f", name: "F", type: "custom", failures: [] },
        { id: "g", name: "G", type: "site-los", site: "hq", duration: "P1D" },
      ],
    });
    expect(
      r.diagnostics.filter((d) => d.path.startsWith("/scenarios")).map((d) => [d.code, d.path]),
    ).toEqual([
      ["schema/required", "/scenarios/0/site"],
      ["bia/scenario-empty", "/scenarios/1"],
      ["document/dangling-reference", "/scenarios/1/nodes/0"],
      ["schema/required", "/scenarios/2/failures"],
      ["schema/required", "/scenarios/3/percent"],
      ["schema/required", "/scenarios/4/duration"],
      ["schema/too-small", "/scenarios/5/failures"],
      ["schema/invalid-value", "/scenarios/6/type"],
    ]);
    // A typo names the type whose fields the scenario has.
    expect(r.diagnostics.find((d) => d.path === "/scenarios/6/type")?.message).toContain(
      "site-loss",
    );
    // Nothing fails in a scenario the schema refused, and no scenario is left out.
    expect(r.scenarios.map((s) => [s.scenario, s.processesDown])).toEqual([
      ["a", 0],
      ["b", 0],
      ["c", 0],
      ["d", 0],
      ["e", 0],
      ["f", 0],
      ["g", 0],
    ]);
    expect(
      analyzeBia({ ...base, scenarios: [] }, { scenario: "zzz" }).diagnostics.map((d) => d.code),
    ).toContain("bia/unknown-scenario");
  });
});

describe("losses near the largest number", () => {
  it("stay finite (capped at Number.MAX_VALUE) instead of overflowing to Infinity", () => {
    // Found by the reliability suite: lossPerHour 1e308 × 10 hours = Infinity, written as null by JSON.
    const doc = {
      kind: "BusinessImpactAnalysis",
      schemaVersion: "1.0",
      timePoints: ["PT1H"],
      processes: [
        {
          id: "p",
          name: "P",
          lossPerHour: { amount: 1e308, currency: "JPY" },
          dependsOn: ["line"],
        },
        {
          id: "q",
          name: "Q",
          lossPerHour: { amount: 1e308, currency: "JPY" },
          dependsOn: ["line"],
        },
      ],
      services: [{ id: "line", name: "Line", capability: { recoveryTime: "PT10H" } }],
      scenarios: [
        { id: "s", name: "S", type: "custom", failures: [{ node: "line", duration: "PT10H" }] },
      ],
    };
    const r = analyzeBia(doc);
    const outcome = r.scenarios[0];
    expect(outcome?.processes[0]?.loss).toBe(Number.MAX_VALUE);
    expect(Object.values(outcome?.totalLoss ?? {})).toEqual([Number.MAX_VALUE]);
    expect(r.spofs.find((s) => s.node === "line")?.lossPerHour).toBe(Number.MAX_VALUE);
    expect(JSON.stringify(r)).not.toContain('null,"currency"');
  });
});

describe("scenario durations", () => {
  const doc = (scenario: Record<string, unknown>) => ({
    kind: "BusinessImpactAnalysis",
    schemaVersion: "1.0",
    timePoints: ["PT4H"],
    unacceptableLevel: 4,
    processes: [{ id: "p", name: "P", dependsOn: ["line"] }],
    resources: [{ id: "line", name: "Line", kind: "communications" }],
    scenarios: [scenario],
  });

  it("reports each problem once, at compile time, whichever scenario is run", () => {
    const bad = doc({ id: "cut", name: "Cut", type: "communications-outage", duration: "-PT1H" });
    for (const options of [{}, { scenario: "cut" }]) {
      const r = analyzeBia(bad, options);
      // The schema's "malformed" and the parser's "negative" are one fact: the precise one stays.
      const scenarioFindings = (ds: { code: string; path: string }[]) =>
        ds.filter((d) => d.path.startsWith("/scenarios")).map((d) => [d.code, d.path]);
      expect(scenarioFindings(r.diagnostics)).toEqual([
        ["duration/negative", "/scenarios/0/duration"],
      ]);
      expect(r.scenarios[0]?.diagnostics).toEqual([]);
    }
    const months = analyzeBia(
      doc({
        id: "x",
        name: "X",
        type: "custom",
        failures: [{ node: "line", start: "P1M", duration: "PT2H" }],
      }),
    );
    expect(
      months.diagnostics
        .filter((d) => d.path.startsWith("/scenarios"))
        .map((d) => [d.code, d.path]),
    ).toEqual([["duration/calendar-unit", "/scenarios/0/failures/0/start"]]);
    // An unusable start reads as the incident: line down 0–120, so p too.
    expect(months.scenarios[0]?.processes[0]?.down).toEqual([{ startMinutes: 0, endMinutes: 120 }]);
  });
});
