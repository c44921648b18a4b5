// The CLI's SARIF as GitHub code scanning reads it: checked with Microsoft's SARIF multitool
// (`validate --rule-kind "Sarif;Gh"`, the rule set for GitHub's ingestion requirements), from
// the npm registry like every other tool here. Runs the built binary, as a user would.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { rules } from "@mamori/plan-validator";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const bin = join(root, "packages/cli/dist/bin/cli.js");
const dir = mkdtempSync(join(tmpdir(), "mamori-sarif-gh-"));
const planRules = new Set(Object.keys(rules));

/** The multitool's native executable for this platform (its npm package ships it prebuilt). */
function multitool(): string {
  const require = createRequire(import.meta.url);
  const exe = join(
    dirname(require.resolve(`@microsoft/sarif-multitool-${process.platform}/package.json`)),
    process.platform === "win32" ? "Sarif.Multitool.exe" : "Sarif.Multitool",
  );
  // npm's install-script policy may have skipped the package's own chmod.
  if (process.platform !== "win32" && (statSync(exe).mode & 0o100) === 0) chmodSync(exe, 0o755);
  return exe;
}

function sarif(args: string[]): string {
  const r = spawnSync(process.execPath, [bin, ...args, "--format", "sarif"], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    timeout: 60_000,
  });
  expect(r.status, r.stderr).toBe(1); // the sample plan has findings
  return r.stdout;
}

/** Findings of the multitool's SARIF and GitHub rules on `log`, as `level ruleId` strings. */
function check(name: string, log: string): string[] {
  const input = join(dir, `${name}.sarif`);
  const output = join(dir, `${name}.validation.sarif`);
  writeFileSync(input, log);
  const r = spawnSync(
    multitool(),
    ["validate", input, "--rule-kind", "Sarif;Gh", "-o", output, "--log", "ForceOverwrite"],
    // .NET needs no ICU in invariant mode: nothing beyond the npm package is required.
    {
      encoding: "utf8",
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: "1" },
      timeout: 120_000,
    },
  );
  expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
  const report = JSON.parse(readFileSync(output, "utf8"));
  return report.runs.flatMap((run: { results?: Array<{ level?: string; ruleId: string }> }) =>
    (run.results ?? []).map((x) => `${x.level ?? "warning"} ${x.ruleId}`),
  );
}

describe("SARIF for GitHub code scanning (Microsoft SARIF multitool, Sarif;Gh rules)", () => {
  it("the plan's findings with the BIA cross-checks, in English and Japanese: nothing to report", () => {
    const args = [
      "validate",
      "examples/data/plan.yaml",
      "--bia",
      "examples/data/bia.yaml",
      "--now",
      "2026-11-27",
    ];
    const en = sarif(args);
    const ja = sarif([...args, "--locale", "ja"]);
    const found = [...check("en", en), ...check("ja", ja)];
    console.log(`sarif-multitool Sarif;Gh: ${found.length} findings on 2 logs`);
    expect(found).toEqual([]);
    // what the rules check, so the test cannot pass on an empty log
    const run = JSON.parse(en).runs[0];
    expect(run.results.length).toBeGreaterThan(10);
    for (const rule of run.tool.driver.rules) {
      expect(rule.fullDescription.text, rule.id).toBeTruthy();
      expect(rule.help.text, rule.id).toBeTruthy();
      expect(rule.help.markdown, rule.id).toBeTruthy();
      // plan rules link to their page; other codes (schema/…, bia/…) have no page to link to
      if (planRules.has(rule.id))
        expect(rule.helpUri, rule.id).toBe(`https://mamori.dev/rules/${rule.id}`);
      else expect(rule.helpUri, rule.id).toBeUndefined();
    }
    expect(run.tool.driver.semanticVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(run.results[0].partialFingerprints["mamoriFindingHash/v1"]).toMatch(/^[0-9a-f]{16}$/);
  });

  it("an absolute path in the working directory becomes relative to %SRCROOT%", () => {
    const log = sarif(["validate", join(root, "examples/data/plan.yaml"), "--now", "2026-11-27"]);
    expect(check("absolute", log)).toEqual([]);
    const run = JSON.parse(log).runs[0];
    expect(run.results[0].locations[0].physicalLocation.artifactLocation).toEqual({
      uri: "examples/data/plan.yaml",
      uriBaseId: "%SRCROOT%",
    });
    expect(run.originalUriBaseIds["%SRCROOT%"].uri).toMatch(/^file:\/\/\/.*\/$/);
  });
});
