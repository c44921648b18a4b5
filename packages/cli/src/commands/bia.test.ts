import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../run.js";

const dir = mkdtempSync(join(tmpdir(), "mamori-bia-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]) {
  const out: string[] = [];
  const code = await runCli(argv, {
    stdout: (t) => out.push(t),
    stderr: (t) => out.push(t),
    cwd: dir,
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
  });
  return { code, stdout: out.join("") };
}

function bia(name: string): string {
  return JSON.stringify({
    kind: "BusinessImpactAnalysis",
    schemaVersion: "1.0",
    timePoints: ["PT4H", "P1D"],
    unacceptableLevel: 4,
    categories: [{ id: "financial", name: "Financial" }],
    processes: [
      { id: "p1", name, impacts: { financial: { PT4H: 2, P1D: 4 } }, dependsOn: ["s1"] },
      { id: "p2", name: "Second", impacts: { financial: { P1D: 2 } }, dependsOn: ["s1"] },
    ],
    itServices: [
      { id: "s1", name: "Service", class: "core", capability: { recoveryTime: "PT2H" } },
    ],
  });
}

describe("mamori bia: text output", () => {
  it("cuts a long name in the table and writes it in full once, below", async () => {
    const long = `${"n".repeat(100)}-end`;
    writeFileSync(join(dir, "long.json"), bia(long));
    const r = await run(["bia", "long.json"]);
    const lines = r.stdout.split("\n");
    // "process" pads the id column to 7, then two spaces; the name is cut to 59 characters and "…".
    expect(lines[1]).toMatch(/^p1 {7}n{59}… {2}/);
    expect(lines.filter((l) => l.includes(long))).toEqual([`  p1: ${long}`]);
    expect(r.stdout).toContain("Names shortened above, in full:");
  });

  it("replaces terminal controls and bidi overrides in document strings", async () => {
    writeFileSync(join(dir, "evil.json"), bia("\u001b]0;pwned\u0007\u001b[2Jrev\u202eerse"));
    for (const format of ["text", "markdown"]) {
      const r = await run(["bia", "evil.json", "--format", format]);
      expect(r.stdout).not.toMatch(/[\u0007\u001b\u202e]/);
      expect(r.stdout).toContain("\uFFFD");
    }
  });
});

describe("mamori bia: a process no RTO can meet", () => {
  // MTPD 4 hours (level 4 at PT4H), work recovery 1 day: RTO = 240 − 1440 < 0, clamped to 0.
  const doc = JSON.stringify({
    kind: "BusinessImpactAnalysis",
    schemaVersion: "1.0",
    timePoints: ["PT4H", "P1D"],
    unacceptableLevel: 4,
    categories: [{ id: "financial", name: "Financial" }],
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

  it("says so in the table and the findings, in en and ja, text and markdown", async () => {
    writeFileSync(join(dir, "unmeetable.json"), doc);
    const expected = {
      en: ["none can meet the MTPD", "no RTO for it can meet the most urgent of them"],
      ja: ["設定不能（MTPD不足）", "どの目標復旧時間（RTO）を設定しても満たせません"],
    };
    for (const locale of ["en", "ja"] as const)
      for (const format of ["text", "markdown"]) {
        const r = await run(["bia", "unmeetable.json", "--format", format, "--locale", locale]);
        for (const text of expected[locale]) expect(r.stdout).toContain(text);
        expect(r.stdout).not.toMatch(/0 minutes|within 0|0分以内/);
      }
  });
});
