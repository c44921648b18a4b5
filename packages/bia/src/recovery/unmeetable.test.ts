import { describe, expect, it } from "vitest";
import { analyzeBia } from "../analyze.js";

// Billing's MTPD is 4 hours (level 4, the unacceptable level, at PT4H) and its work recovery
// takes 1 day: RTO = 240 − 1440 < 0, clamped to 0 — no RTO can meet it. It depends on `app`
// (2 hours to recover), which depends on `disk` (no recovery time stated).
const doc = {
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
  services: [
    { id: "app", name: "App", capability: { recoveryTime: "PT2H" }, dependsOn: ["disk"] },
    { id: "disk", name: "Disk" },
  ],
};

const messages = (locale: "en" | "ja", code: string) =>
  analyzeBia(doc, { locale })
    .diagnostics.filter((d) => d.code === code)
    .map((d) => d.message);

describe("a chain no RTO can meet is said so, not 'within 0 minutes'", () => {
  it("keeps the codes and the data (RTO PT0S for tools)", () => {
    const r = analyzeBia(doc);
    expect(r.processes[0]?.rtoMinutes).toBe(0);
    expect(r.processes[0]?.rtoUnmeetable).toBe(true);
    const spof = r.diagnostics.find(
      (d) => d.code === "bia/single-point-of-failure" && d.data?.id === "app",
    );
    expect(spof?.data).toMatchObject({ rto: "PT0S", count: 1, processes: "billing" });
  });

  it("single point of failure, in English and Japanese", () => {
    const en = messages("en", "bia/single-point-of-failure");
    // app and disk each stop billing alone
    expect(en).toHaveLength(2);
    expect(en[0]).toBe(
      "'app' is a single point of failure: alone it stops 1 process(es) (billing); no RTO for it can meet the most urgent of them, whose work recovery time and margin take its whole MTPD (see bia/wrt-exceeds-mtpd).",
    );
    const ja = messages("ja", "bia/single-point-of-failure");
    expect(ja[0]).toContain("どの目標復旧時間（RTO）を設定しても満たせません");
    for (const m of [...en, ...ja]) {
      expect(m).not.toMatch(/within 0|0 minutes|0分以内/);
    }
  });

  it("RTO gap and missing recovery time, in English and Japanese", () => {
    // billing: app 2 h (disk, with no time stated, adds 0 and is off the critical path) = 2 hours at the earliest, against an RTO of 0
    expect(messages("en", "bia/rto-gap")).toEqual([
      "'billing' can be recovered after 2 hours at the earliest, but no RTO can meet its MTPD: its work recovery time and margin take the whole MTPD (see bia/wrt-exceeds-mtpd). Critical path: billing → app.",
    ]);
    expect(messages("ja", "bia/rto-gap")[0]).toContain(
      "どの目標復旧時間（RTO）を設定しても満たせません",
    );
    const missing = [
      ...messages("en", "bia/missing-recovery-time"),
      ...messages("ja", "bia/missing-recovery-time"),
    ];
    expect(missing).toHaveLength(2);
    expect(missing[0]).toBe(
      "'disk' states no recovery time (it is counted as 0), and no time is left for it: what depends on it must be back before it could be (a process that depends on it has an RTO of 0, or work recovery and margin that take its whole MTPD, or nodes between whose recovery takes its whole RTO).",
    );
    expect(missing[1]).toContain("これに充てられる時間は残っていません");
    for (const m of missing) expect(m).not.toMatch(/within 0|0 minutes|0分/);
  });

  it("a chain that can be met keeps the 'within' wording (the failure case)", () => {
    // wrt 1 hour: RTO = 240 − 60 = 180 minutes = 3 hours
    const ok = analyzeBia({
      ...doc,
      processes: [{ ...(doc.processes[0] as object), wrt: "PT1H" }],
    } as typeof doc);
    const m = ok.diagnostics.find(
      (d) => d.code === "bia/single-point-of-failure" && d.data?.id === "app",
    )?.message;
    expect(m).toBe(
      "'app' is a single point of failure: alone it stops 1 process(es) (billing); the most urgent must be back within 3 hours.",
    );
  });

  it("an explicit RTO of 0 is a target, not an unmeetable one", () => {
    // billing states rto PT0S and wrt 1 hour against an MTPD of 4 hours: 0 + 60 ≤ 240, a
    // target ("back at once") that app's 2 hours miss. Nothing may say no RTO can meet it.
    const r = analyzeBia({
      ...doc,
      processes: [
        {
          ...(doc.processes[0] as object),
          wrt: "PT1H",
          objectives: { rto: "PT0S", rpo: "PT1H", rlo: 50 },
        },
      ],
    } as unknown);
    expect(r.processes[0]).toMatchObject({
      rtoMinutes: 0,
      rtoSource: "explicit",
      rtoUnmeetable: false,
    });
    const gap = r.diagnostics.find((d) => d.code === "bia/rto-gap")?.message;
    expect(gap).toBe(
      "'billing' can be recovered after 2 hours at the earliest, later than its RTO of 0 minutes. Critical path: billing → app.",
    );
    const spof = r.diagnostics.find(
      (d) => d.code === "bia/single-point-of-failure" && d.data?.id === "app",
    )?.message;
    expect(spof).toBe(
      "'app' is a single point of failure: alone it stops 1 process(es) (billing); the most urgent must be back within 0 minutes.",
    );
    expect(r.diagnostics.some((d) => d.code === "bia/wrt-exceeds-mtpd")).toBe(false);
  });

  it("the margin can leave no time: MTPD 4 h, work recovery 3 h, margin 1 h", () => {
    // RTO = 240 − 180 − 60 = 0: the work recovery time alone fits, the margin takes the rest.
    const r = analyzeBia(
      { ...doc, processes: [{ ...(doc.processes[0] as object), wrt: "PT3H" }] } as typeof doc,
      { rtoMargin: 60 },
    );
    expect(r.processes[0]).toMatchObject({
      rtoMinutes: 0,
      rtoSource: "derived",
      rtoUnmeetable: true,
    });
    expect(r.diagnostics.find((d) => d.code === "bia/rto-gap")?.message).toContain(
      "its work recovery time and margin take the whole MTPD",
    );
  });

  it("a service whose chain uses up a met RTO: no time left, and no process is called unmeetable", () => {
    // billing: wrt 1 hour, RTO = 240 − 60 = 180 minutes (met by nothing slower); app takes 5 hours,
    // so disk's required RTO is 180 − 300 < 0. billing's RTO can be met in principle: it is not
    // unmeetable, its gap is the plain one, and disk's info says no time is left for it.
    const r = analyzeBia({
      ...doc,
      processes: [{ ...(doc.processes[0] as object), wrt: "PT1H" }],
      services: [
        { id: "app", name: "App", capability: { recoveryTime: "PT5H" }, dependsOn: ["disk"] },
        { id: "disk", name: "Disk" },
      ],
    } as typeof doc);
    expect(r.processes[0]).toMatchObject({ rtoMinutes: 180, rtoUnmeetable: false });
    expect(r.diagnostics.find((d) => d.code === "bia/rto-gap")?.message).toBe(
      "'billing' can be recovered after 5 hours at the earliest, later than its RTO of 3 hours. Critical path: billing → app.",
    );
    const disk = r.diagnostics.find((d) => d.code === "bia/missing-recovery-time")?.message;
    expect(disk).toContain("no time is left for it");
    expect(disk).not.toContain("wrt-exceeds-mtpd");
  });
});
