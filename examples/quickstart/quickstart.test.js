import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const script = fileURLToPath(new URL("./quickstart.js", import.meta.url));
const run = (...args) =>
  spawnSync(process.execPath, [script, ...args], { encoding: "utf8", timeout: 60_000 });

describe("quickstart", () => {
  it("runs on the sample data and shows the gap, SPOFs, matrix findings and plan errors", () => {
    const r = run();
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ {2}Order intake +RTO 8 hours +achievable .*← GAP$/m);
    expect(r.stdout).toMatch(
      /^Single points of failure: .*leased-line|^Single points of failure: /m,
    );
    expect(r.stdout).toMatch(/^SkyCloud: .*conflict [1-9]/m);
    expect(r.stdout).toMatch(/^Plan: [1-9]\d* errors, \d+ warnings, required items \d+\/\d+$/m);
    expect(r.stdout).toMatch(/examples\/data\/plan\.yaml/);
  });
  it("speaks Japanese", () => {
    const r = run("--ja");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^業務ごとの目標復旧時間:$/m);
    expect(r.stdout).toMatch(/^計画: エラー [1-9]\d* 件/m);
  });
});
