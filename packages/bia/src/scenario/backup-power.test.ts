import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeBia } from "../analyze.js";
import { ScenarioSchema } from "../schema.js";
import { customScenario, wideAreaPowerOutage } from "./helpers.js";
import { intersect } from "./intervals.js";

// Issue 21: a power outage must honour backup power — a listed node's, a server's own —
// and take a node down only once its backup has run out, from that moment.

const doc = (extra: Record<string, unknown>) => ({
  kind: "BusinessImpactAnalysis",
  schemaVersion: "1.0",
  timePoints: ["PT4H", "P1D"],
  unacceptableLevel: 4,
  processes: [
    { id: "p", name: "P", objectives: { rto: "PT8H", rpo: "PT1H", rlo: 50 }, dependsOn: ["srv"] },
  ],
  ...extra,
});
const outage = (more: Record<string, unknown> = {}) => ({
  id: "out",
  name: "72-hour outage",
  type: "power-outage",
  duration: "PT72H",
  ...more,
});
const downOf = (r: ReturnType<typeof analyzeBia>, id = "p") =>
  r.scenarios[0]?.processes.find((x) => x.process === id)?.down ?? [];
const codes = (r: ReturnType<typeof analyzeBia>, prefix: string) =>
  r.diagnostics.filter((d) => d.code.startsWith(prefix)).map((d) => [d.code, d.path]);

describe("power outage: a listed node's backup power", () => {
  // srv draws on gen only
  const fed = (runtime: string, scenario: Record<string, unknown>) =>
    doc({
      resources: [
        {
          id: "srv",
          name: "Server",
          kind: "server",
          capability: { recoveryTime: "PT2H" },
          dependsOn: ["gen"],
        },
        { id: "gen", name: "Generator", kind: "power", power: { backupRuntime: runtime } },
      ],
      scenarios: [scenario],
    });

  it("a generator of 96 h listed in a 72-hour outage does not fail, and says so", () => {
    // gen's supply is cut for [0, 4320); its fuel lasts 96 h = 5760 > 4320: nothing runs out.
    const listed = analyzeBia(fed("PT96H", outage({ nodes: ["gen"] })));
    expect(listed.scenarios[0]?.processesDown).toBe(0);
    expect(codes(listed, "bia/scenario-backup")).toEqual([
      ["bia/scenario-backup-covers", "/scenarios/0/nodes/0"],
    ]);
    expect(listed.power.shortBackup).toEqual([]);
    // the default nodes give the same answer: one result, one answer
    const byDefault = analyzeBia(fed("PT96H", outage()));
    expect(byDefault.scenarios[0]?.processesDown).toBe(0);
  });

  it("a generator of 8 h listed in a 72-hour outage fails from 8 h to 72 h", () => {
    // gen down [480, 4320) (8 h × 60 = 480, 72 h × 60 = 4320); srv + 2 h recovery = 120:
    // [480, 4440); p [480, 4440) = 3960 min.
    const r = analyzeBia(fed("PT8H", outage({ nodes: ["gen"] })));
    expect(downOf(r)).toEqual([{ startMinutes: 480, endMinutes: 4440 }]);
    expect(r.scenarios[0]?.processes[0]?.outageMinutes).toBe(3960);
    const note = r.diagnostics.find((d) => d.code === "bia/scenario-backup-runs-out");
    expect(note?.path).toBe("/scenarios/0/nodes/0");
    expect(note?.message).toBe(
      "In scenario 'out', 'gen' loses its supply and runs on its backup power (8 hours): it fails when that runs out, from 8 hours.",
    );
    // and the same with the default nodes
    expect(downOf(analyzeBia(fed("PT8H", outage())))).toEqual([
      { startMinutes: 480, endMinutes: 4440 },
    ]);
  });
});

describe("power outage: a server's own backup power", () => {
  const server = (power: Record<string, unknown> | undefined, dependsOn?: unknown[]) => ({
    id: "srv",
    name: "Server",
    kind: "server",
    capability: { recoveryTime: "PT2H" },
    ...(power ? { power } : {}),
    ...(dependsOn ? { dependsOn } : {}),
  });
  const grid = { id: "grid", name: "Grid", kind: "power" };
  const gen = { id: "gen", name: "Generator", kind: "power", power: { backupRuntime: "PT8H" } };

  it("protect with 96 h on the grid: not down in a 72-hour outage, as the power analysis says", () => {
    // grid down [0, 4320); srv's backup lasts 5760 from the start > 4320: srv stays up.
    const r = analyzeBia(
      doc({
        resources: [server({ class: "protect", backupRuntime: "PT96H" }, ["grid"]), grid],
        scenarios: [outage()],
      }),
    );
    expect(r.scenarios[0]?.processesDown).toBe(0);
    expect(r.power.shortBackup).toEqual([]);
    expect(r.power.protect).toContain("srv");
  });

  it("protect with 8 h on the grid: down from 8 h, as the power analysis says", () => {
    // grid down [0, 4320); srv's backup runs out at 480 → srv down [480, 4320) + own 120
    // → [480, 4440); p [480, 4440); the power analysis: 480 < 4320, short.
    const r = analyzeBia(
      doc({
        resources: [server({ class: "protect", backupRuntime: "PT8H" }, ["grid"]), grid],
        scenarios: [outage()],
      }),
    );
    expect(downOf(r)).toEqual([{ startMinutes: 480, endMinutes: 4440 }]);
    expect(r.power.shortBackup).toEqual([
      { node: "srv", runtimeMinutes: 480, outageMinutes: 4320 },
    ]);
  });

  it("with no power supply in the BIA it is on the grid; listed, the same", () => {
    // srv has no dependency on a power resource: the default nodes cut its supply [0, 4320);
    // 8 h of backup → down [480, 4320). The scenario fails it directly, so it is back when
    // power is (recoverAfterFailure is off): p [480, 4320).
    const alone = doc({
      resources: [server({ class: "protect", backupRuntime: "PT8H" })],
      scenarios: [outage()],
    });
    expect(downOf(analyzeBia(alone))).toEqual([{ startMinutes: 480, endMinutes: 4320 }]);
    const listed = { ...alone, scenarios: [outage({ nodes: ["srv"] })] };
    const r = analyzeBia(listed);
    expect(downOf(r)).toEqual([{ startMinutes: 480, endMinutes: 4320 }]);
    expect(codes(r, "bia/scenario-backup")).toEqual([
      ["bia/scenario-backup-runs-out", "/scenarios/0/nodes/0"],
    ]);
  });

  it("its own backup or the generator's: down only once both have run out", () => {
    // supply = any-of [grid, gen]: grid [0, 4320), gen dry [480, 4320) → supply down [480, 4320).
    // own 4 h: runs out at 240 from the start of the outage → down [480, 4320) (the generator
    // still ran): + 120 → [480, 4440).
    const run = (own: string) =>
      downOf(
        analyzeBia(
          doc({
            resources: [
              server({ class: "protect", backupRuntime: own }, [{ anyOf: ["grid", "gen"] }]),
              grid,
              gen,
            ],
            scenarios: [outage()],
          }),
        ),
      );
    expect(run("PT4H")).toEqual([{ startMinutes: 480, endMinutes: 4440 }]);
    // own 12 h = 720 outlasts the generator's 480: down [720, 4320) + 120 → [720, 4440).
    expect(run("PT12H")).toEqual([{ startMinutes: 720, endMinutes: 4440 }]);
  });

  it("may-stop: the runtime is not counted, and that is said", () => {
    // may-stop is shut down when its supply fails: down [0, 4320) + 120 = [0, 4440).
    const r = analyzeBia(
      doc({
        resources: [server({ class: "may-stop", backupRuntime: "PT96H" }, ["grid"]), grid],
        scenarios: [outage()],
      }),
    );
    expect(downOf(r)).toEqual([{ startMinutes: 0, endMinutes: 4440 }]);
    expect(codes(r, "bia/scenario-backup")).toEqual([
      ["bia/scenario-backup-not-counted", "/resources/0/power/backupRuntime"],
    ]);
    // cut directly (listed, no supply in the BIA): down [0, 4320), said once
    const listed = analyzeBia(
      doc({
        resources: [server({ class: "may-stop", backupRuntime: "PT96H" })],
        scenarios: [outage({ nodes: ["srv"] })],
      }),
    );
    expect(downOf(listed)).toEqual([{ startMinutes: 0, endMinutes: 4320 }]);
    expect(codes(listed, "bia/scenario-backup")).toEqual([
      ["bia/scenario-backup-not-counted", "/resources/0/power/backupRuntime"],
    ]);
    // its supply untouched (the outage cuts another feed): nothing to say
    const elsewhere = analyzeBia(
      doc({
        resources: [server({ class: "may-stop", backupRuntime: "PT96H" }, ["grid"]), grid],
        scenarios: [outage({ nodes: ["other"] })],
        externals: [{ id: "other", name: "Other", kind: "partner" }],
      }),
    );
    expect(elsewhere.scenarios[0]?.processesDown).toBe(0);
    expect(codes(elsewhere, "bia/scenario-backup")).toEqual([]);
  });

  it("a rolling blackout: the backup carries each window anew", () => {
    // windows [0, 180) and [1440, 1740) (3 h and 5 h); own backup 4 h = 240:
    // the first is carried whole; the second is down [1680, 1740) + 120 → [1680, 1860).
    const r = analyzeBia(
      doc({
        resources: [server({ class: "protect", backupRuntime: "PT4H" }, ["grid"]), grid],
        scenarios: [
          outage({
            duration: "PT3H",
            rollingBlackout: [{ start: "P1D", duration: "PT5H" }],
          }),
        ],
      }),
    );
    expect(downOf(r)).toEqual([{ startMinutes: 1680, endMinutes: 1860 }]);
  });
});

describe("recoverAfterFailure", () => {
  const d = (scenario: Record<string, unknown>) =>
    doc({
      resources: [
        { id: "srv", name: "Server", kind: "server", capability: { recoveryTime: "PT2H" } },
      ],
      scenarios: [scenario],
    });
  const fail = {
    id: "x",
    name: "X",
    type: "custom",
    failures: [{ node: "srv", duration: "PT10H" }],
  };

  it("the helpers carry it, and the schema accepts what they make", () => {
    const made = [
      customScenario({ ...fail, failures: fail.failures, recoverAfterFailure: true }),
      wideAreaPowerOutage({ id: "o", name: "O", duration: "PT72H", recoverAfterFailure: false }),
    ];
    expect(made.map((m) => m.recoverAfterFailure)).toEqual([true, false]);
    expect(made.map((m) => ScenarioSchema.safeParse(m).success)).toEqual([true, true]);
  });

  it("is off by default: a node failed directly is back when the failure ends", () => {
    // srv failed [0, 600) → p [0, 600)
    expect(downOf(analyzeBia(d(fail)))).toEqual([{ startMinutes: 0, endMinutes: 600 }]);
  });

  it("on, the node needs its own recovery time after the failure", () => {
    // srv [0, 600) + its recovery 120 → [0, 720) → p [0, 720)
    expect(downOf(analyzeBia(d({ ...fail, recoverAfterFailure: true })))).toEqual([
      { startMinutes: 0, endMinutes: 720 },
    ]);
    // as an analysis default; a scenario's own false wins
    expect(downOf(analyzeBia(d(fail), { recoverAfterFailure: true }))).toEqual([
      { startMinutes: 0, endMinutes: 720 },
    ]);
    expect(
      downOf(analyzeBia(d({ ...fail, recoverAfterFailure: false }), { recoverAfterFailure: true })),
    ).toEqual([{ startMinutes: 0, endMinutes: 600 }]);
  });

  it("a power-outage node whose backup ran out recovers after the outage", () => {
    // srv on the grid, 8 h of backup: down [480, 4320); + 120 once power is back → [480, 4440)
    // p depends on it directly and has no recovery of its own: [480, 4440)
    const r = analyzeBia(
      doc({
        resources: [
          {
            id: "srv",
            name: "Server",
            kind: "server",
            capability: { recoveryTime: "PT2H" },
            power: { class: "protect", backupRuntime: "PT8H" },
          },
        ],
        scenarios: [outage({ nodes: ["srv"], recoverAfterFailure: true })],
      }),
    );
    expect(downOf(r)).toEqual([{ startMinutes: 480, endMinutes: 4440 }]);
  });
});

describe("property: backup power never adds downtime", () => {
  // Random BIAs with power resources, servers with and without their own backup, any-of
  // groups and cycles; the same document with every backup runtime set to 0 is the no-backup
  // case. Each process's downtime with backups must lie inside its no-backup downtime.
  const hours = fc.integer({ min: 0, max: 120 });
  const arb = fc.record({
    power: fc.array(fc.option(hours, { nil: undefined }), { minLength: 1, maxLength: 3 }),
    servers: fc.array(
      fc.record({
        cls: fc.constantFrom(undefined, "protect", "may-stop"),
        runtime: fc.option(hours, { nil: undefined }),
        recovery: fc.option(fc.integer({ min: 0, max: 24 }), { nil: undefined }),
        deps: fc.array(fc.oneof(fc.nat(20), fc.tuple(fc.nat(20), fc.nat(20))), { maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    processes: fc.array(fc.array(fc.nat(20), { minLength: 1, maxLength: 3 }), {
      minLength: 1,
      maxLength: 3,
    }),
    duration: fc.integer({ min: 1, max: 120 }),
    windows: fc.array(fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 8 })), {
      maxLength: 2,
    }),
    listed: fc.option(fc.array(fc.nat(20), { maxLength: 3 }), { nil: undefined }),
    recoverAfterFailure: fc.boolean(),
  });

  it("scenario downtime never exceeds the no-backup case", () => {
    fc.assert(
      fc.property(arb, (g) => {
        const powerIds = g.power.map((_, i) => `pw${i}`);
        const serverIds = g.servers.map((_, i) => `s${i}`);
        const all = [...powerIds, ...serverIds];
        const pick = (i: number) => all[i % all.length] as string;
        const build = (noBackup: boolean) => {
          const rt = (h: number | undefined) =>
            h === undefined ? undefined : noBackup ? "PT0S" : `PT${h}H`;
          const resources = [
            ...g.power.map((h, i) => ({
              id: powerIds[i],
              name: `Power ${i}`,
              kind: "power",
              ...(h === undefined ? {} : { power: { backupRuntime: rt(h) } }),
            })),
            ...g.servers.map((s, i) => {
              const me = serverIds[i] as string;
              const dependsOn = s.deps
                .map((d) => (typeof d === "number" ? pick(d) : { anyOf: [pick(d[0]), pick(d[1])] }))
                .filter((d) => (typeof d === "string" ? d !== me : !d.anyOf.includes(me)));
              const power: Record<string, unknown> = {};
              if (s.cls !== undefined) power.class = s.cls;
              if (s.runtime !== undefined) power.backupRuntime = rt(s.runtime);
              return {
                id: me,
                name: `Server ${i}`,
                kind: "server",
                ...(s.recovery === undefined
                  ? {}
                  : { capability: { recoveryTime: `PT${s.recovery}H` } }),
                ...(Object.keys(power).length > 0 ? { power } : {}),
                ...(dependsOn.length > 0 ? { dependsOn } : {}),
              };
            }),
          ];
          return {
            kind: "BusinessImpactAnalysis",
            schemaVersion: "1.0",
            timePoints: ["PT4H", "P1D"],
            unacceptableLevel: 4,
            processes: g.processes.map((deps, i) => ({
              id: `p${i}`,
              name: `P${i}`,
              objectives: { rto: "PT8H" },
              dependsOn: [...new Set(deps.map(pick))],
            })),
            resources,
            scenarios: [
              {
                id: "out",
                name: "Outage",
                type: "power-outage",
                duration: `PT${g.duration}H`,
                recoverAfterFailure: g.recoverAfterFailure,
                ...(g.windows.length > 0
                  ? {
                      rollingBlackout: g.windows.map(([s, d]) => ({
                        start: `PT${s}H`,
                        duration: `PT${d}H`,
                      })),
                    }
                  : {}),
                ...(g.listed ? { nodes: [...new Set(g.listed.map(pick))] } : {}),
              },
            ],
          };
        };
        const flat = (r: ReturnType<typeof analyzeBia>, id: string) =>
          downOf(r, id).flatMap((x) => [x.startMinutes, x.endMinutes]);
        const withBackup = analyzeBia(build(false));
        const without = analyzeBia(build(true));
        for (const p of g.processes.keys()) {
          const a = flat(withBackup, `p${p}`);
          const b = flat(without, `p${p}`);
          expect(intersect(a, b)).toEqual(a);
        }
      }),
      { numRuns: 120, seed: 20261207 },
    );
  });
});
