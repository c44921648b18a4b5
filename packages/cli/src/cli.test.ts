import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseSource } from "@mamori/core/source";
import Ajv from "ajv";
import Ajv2020 from "ajv/dist/2020.js";
import Ajv04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";

// These tests run the built binary, as a user would (`npm test` builds first).
const root = fileURLToPath(new URL("../../../", import.meta.url));
const bin = join(root, "packages/cli/dist/bin/cli.js");
const data = (f: string) => join(root, "examples/data", f);
const fixture = (f: string) => join(root, "fixtures", f);

function mamori(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const sarifValidate = new Ajv04({ strict: false }).compile(
  JSON.parse(readFileSync(fixture("sarif/sarif-schema-2.1.0.json"), "utf8")),
);

describe("mamori (built binary)", () => {
  it("prints usage and version, exit 0", () => {
    const help = mamori(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("mamori validate <plan>");
    const version = mamori(["--version"]);
    expect(version.stdout.trim()).toBe(
      JSON.parse(readFileSync(join(root, "packages/cli/package.json"), "utf8")).version,
    );
    // The installed command is the committed bin/mamori.js, which npm links before any build.
    const pkg = JSON.parse(readFileSync(join(root, "packages/cli/package.json"), "utf8"));
    expect(pkg.bin).toEqual({ mamori: "./bin/mamori.js" });
    const viaBin = spawnSync(
      process.execPath,
      [join(root, "packages/cli", pkg.bin.mamori), "--version"],
      {
        encoding: "utf8",
      },
    );
    expect(viaBin.stdout.trim()).toBe(pkg.version);
  });

  it("validate: stylish output with file:line:column, exit 1 on errors, no colour when NO_COLOR", () => {
    const r = mamori([
      "validate",
      "examples/data/plan.yaml",
      "--bia",
      "examples/data/bia.yaml",
      "--now",
      "2026-11-27",
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^examples\/data\/plan\.yaml$/m);
    expect(r.stdout).toMatch(/^ {2}\d+:\d+ +error +.+ {2}site\/power-weighed$/m);
    expect(r.stdout).not.toContain("\u001b[");
    expect(r.stdout).toMatch(/✖ \d+ problems \(\d+ errors, \d+ warnings, \d+ infos\)/);
  });

  it("validate: the corrected plan passes with exit 0", () => {
    const r = mamori(["validate", "examples/data-clean/plan.yaml", "--now", "2026-11-27"]);
    expect(r.stdout).toBe("No problems found.\n");
    expect(r.code).toBe(0);
  });

  it("validate: Japanese messages", () => {
    const r = mamori([
      "validate",
      "examples/data/plan.yaml",
      "--locale",
      "ja",
      "--now",
      "2026-11-27",
      "--format",
      "json",
    ]);
    const out = JSON.parse(r.stdout);
    const d = out.diagnostics.find((x: { code: string }) => x.code === "site/power-weighed");
    expect(d.message).toBe(d.messages.ja);
    expect(d.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(d.file).toBe("examples/data/plan.yaml");
    expect(d.range.start.line).toBeGreaterThan(0);
  });

  it("validate: json is stable and sarif validates against the SARIF 2.1.0 schema", () => {
    const a = mamori([
      "validate",
      "examples/data/plan.yaml",
      "--now",
      "2026-11-27",
      "--format",
      "json",
    ]);
    const b = mamori(
      ["validate", "examples/data/plan.yaml", "--now", "2026-11-27", "--format", "json"],
      { TZ: "Asia/Tokyo" },
    );
    expect(a.stdout).toBe(b.stdout);
    const json = JSON.parse(a.stdout);
    expect(Object.keys(json)).toEqual(["diagnostics", "summary", "files"]);
    expect(json.summary.error).toBe(
      json.diagnostics.filter((d: { severity: string }) => d.severity === "error").length,
    );
    const sarif = mamori([
      "validate",
      "examples/data/plan.yaml",
      "--now",
      "2026-11-27",
      "--format",
      "sarif",
    ]);
    expect(sarif.code).toBe(1);
    const log = JSON.parse(sarif.stdout);
    expect(sarifValidate(log), JSON.stringify(sarifValidate.errors)).toBe(true);
    expect(log.runs[0].results.length).toBe(json.diagnostics.length);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      "examples/data/plan.yaml",
    );
  });

  it("validate: markdown, several files, config file", () => {
    const dir = mkdtempSync(join(tmpdir(), "mamori-cli-"));
    const config = join(dir, "config.yaml");
    writeFileSync(config, "rules:\n  site/power-weighed: off\n");
    const r = mamori([
      "validate",
      "examples/data/plan.yaml",
      "examples/data-clean/plan.yaml",
      "--config",
      config,
      "--now",
      "2026-11-27",
      "--format",
      "markdown",
    ]);
    expect(r.stdout).toContain("## examples/data/plan.yaml");
    expect(r.stdout).toContain("## examples/data-clean/plan.yaml");
    expect(r.stdout).not.toContain("site/power-weighed");
    writeFileSync(config, "rulez: {}\n");
    const bad = mamori(["validate", "examples/data/plan.yaml", "--config", config]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("unknown key 'rulez'");
  });

  it("validate: custom rules from the config's plugins, resolved beside the config file", () => {
    const config = (name: string) => `packages/cli/test/fixtures/custom-rules/${name}.config.yaml`;
    const json = (name: string, extra: string[] = []) => {
      const r = mamori([
        "validate",
        "examples/data-clean/plan.yaml",
        "--now",
        "2026-11-27",
        "--config",
        config(name),
        "--format",
        "json",
        ...extra,
      ]);
      return {
        code: r.code,
        found: (JSON.parse(r.stdout).diagnostics as Array<Record<string, unknown>>).map((d) => [
          d.severity,
          d.code,
          d.file,
          d.path,
        ]),
        stderr: r.stderr,
      };
    };
    const plan = "examples/data-clean/plan.yaml";
    // the clean plan passes every built-in rule; the custom rule, set to error, flags 4 roles
    const acme = json("acme");
    expect(acme.code).toBe(1);
    expect(acme.found).toEqual(
      [0, 1, 2, 4].map((i) => ["error", "acme/role-email", plan, `/roles/${i}`]),
    );
    // a custom rule with a built-in id is refused unless `replaces` names it
    expect(json("conflict").found).toEqual([["error", "config/rule-id-conflict", plan, ""]]);
    expect(json("replace").found).toEqual([
      ["error", "backup/offsite", plan, "/preIncident/measures/0"],
    ]);
    // a bad module is a diagnostic in the config file, not a crash; the good one still runs
    const broken = json("broken");
    expect(broken.stderr).toBe("");
    expect(broken.found).toEqual([
      ...[0, 1, 2, 4].map((i) => ["warning", "acme/role-email", plan, `/roles/${i}`]),
      ...[
        ["config/invalid-plugin", 0],
        ["config/plugin-not-loaded", 1],
        ["config/invalid-plugin", 2],
        ["config/plugin-not-loaded", 3],
        ["config/plugin-not-loaded", 4],
      ].map(([code, i]) => ["error", code, config("broken"), `/plugins/${i}`]),
    ]);
    // the custom rule's docs url is its SARIF helpUri, beside the built-in rules' pages
    const sarif = mamori([
      "validate",
      "examples/data/plan.yaml",
      "--now",
      "2026-11-27",
      "--config",
      config("acme"),
      "--format",
      "sarif",
    ]);
    const rules = JSON.parse(sarif.stdout).runs[0].tool.driver.rules as Array<{
      id: string;
      helpUri?: string;
    }>;
    expect(rules.find((r) => r.id === "acme/role-email")?.helpUri).toBe(
      "https://acme.example/rules/role-email",
    );
    expect(rules.find((r) => r.id === "power/backup-runtime")?.helpUri).toBe(
      "https://mamori.dev/rules/power/backup-runtime",
    );
    // in Japanese too
    const ja = mamori([
      "validate",
      plan,
      "--now",
      "2026-11-27",
      "--config",
      config("conflict"),
      "--locale",
      "ja",
    ]);
    expect(ja.stdout).toContain("カスタムルール 'backup/offsite' の ID は組み込みルールと同じため");
  });

  it("exit 2 with one clear line for usage and unreadable input, never a stack trace", () => {
    const cases: [string[], RegExp][] = [
      [["validate", "nope.yaml"], /^mamori: cannot read nope\.yaml: no such file\n$/],
      [["frobnicate"], /^mamori: unknown command 'frobnicate'/],
      [["validate"], /needs at least one plan file/],
      [
        ["validate", "examples/data/plan.yaml", "--format", "xml"],
        /--format must be one of stylish, json, sarif, markdown/,
      ],
      [["validate", "examples/data/plan.yaml", "--locale", "fr"], /--locale must be en or ja/],
      [
        ["validate", "examples/data/plan.yaml", "--now", "yesterday"],
        /--now must be an ISO 8601 date/,
      ],
      [
        ["validate", "examples/data/plan.yaml", "--bogus"],
        /unknown option '--bogus' \(see --help\)/,
      ],
      [["validate", "README.md"], /^mamori: cannot read README\.md/],
    ];
    for (const [args, message] of cases) {
      const r = mamori(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
    const dir = mkdtempSync(join(tmpdir(), "mamori-cli-"));
    const broken = join(dir, "broken.yaml");
    writeFileSync(broken, "kind: ContinuityPlan\nmetadata:\n  owner: [unclosed\n");
    const r = mamori(["validate", broken]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.yaml:\d+:\d+: /);
    const big = join(dir, "big.json");
    writeFileSync(big, `{"kind":"ContinuityPlan","x-pad":"${"a".repeat(21 * 1024 * 1024)}"}`);
    const tooBig = mamori(["validate", big]);
    expect(tooBig.code).toBe(2);
    expect(tooBig.stderr).toMatch(/too large/);
  });

  it("bia: text, json, markdown and csv on the sample, with its gap, SPOF and breach", () => {
    const t = mamori(["bia", "examples/data/bia.yaml"]);
    expect(t.code).toBe(1);
    expect(t.stdout).toMatch(/^order-intake .* GAP$/m);
    expect(t.stdout).toMatch(/^ {2}leased-line: /m);
    const j = JSON.parse(mamori(["bia", "examples/data/bia.yaml", "--format", "json"]).stdout);
    expect(j.gaps.map((g: { node: string }) => g.node)).toContain("order-intake");
    expect(j.spofs.map((s: { node: string }) => s.node)).toContain("leased-line");
    expect(
      j.scenarios.find((s: { scenario: string }) => s.scenario === "quake-72h").rtoBreaches,
    ).toBeGreaterThan(0);
    const csv = mamori(["bia", "examples/data/bia.yaml", "--format", "csv"]).stdout;
    expect(csv.split("\r\n")[0]).toBe(
      "process,name,time-critical,MTPD,RTO,RPO,tier,achievable,gap",
    );
    const md = mamori([
      "bia",
      "examples/data/bia.yaml",
      "--format",
      "markdown",
      "--locale",
      "ja",
      "--scenario",
      "quake-72h",
    ]).stdout;
    expect(md).toContain("# 事業影響度分析");
    expect(md).toContain("## シナリオ:");
    expect(
      mamori(["bia", "examples/data/bia.yaml", "--scenario", "nope", "--format", "json"]).code,
    ).toBe(1);
  });

  it("matrix: text, json, csv, markdown, oscal (schema-valid) and --from-oscal", () => {
    const t = mamori([
      "matrix",
      "examples/data/matrix-skycloud.yaml",
      "--attestation",
      "examples/data/attestations/skycloud.yaml",
      "--soa",
      "examples/data/soa.yaml",
      "--now",
      "2026-11-27",
    ]);
    expect(t.code).toBe(1);
    expect(t.stdout).toMatch(/conflict/);
    expect(t.stdout).toMatch(/Differential audit:/);
    const csv = mamori([
      "matrix",
      "examples/data/matrix-kumomail.yaml",
      "--attestation",
      "examples/data/attestations/kumomail-caiq.csv",
      "--format",
      "csv",
    ]);
    expect(csv.stdout.split("\r\n").length).toBeGreaterThan(5);
    const md = mamori([
      "matrix",
      "examples/data/matrix-skycloud.yaml",
      "--format",
      "markdown",
      "--locale",
      "ja",
    ]);
    expect(md.stdout.startsWith("## ")).toBe(true);
    const oscal = JSON.parse(
      mamori(["matrix", "examples/data/matrix-skycloud.yaml", "--format", "oscal"]).stdout,
    );
    const ssp = new Ajv({ strict: false, allErrors: true });
    addFormats(ssp);
    const validate = ssp.compile(
      JSON.parse(readFileSync(fixture("oscal/oscal_ssp_schema.json"), "utf8")),
    );
    expect(validate(oscal), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // last-modified is the analysis date, not 1970
    const dated = JSON.parse(
      mamori([
        "matrix",
        "examples/data/matrix-skycloud.yaml",
        "--format",
        "oscal",
        "--now",
        "2026-11-27",
      ]).stdout,
    );
    expect(dated["system-security-plan"].metadata["last-modified"]).toBe(
      "2026-11-27T00:00:00.000Z",
    );
    // without --now, the run's own time (after this test started, not 1970)
    expect(Date.parse(oscal["system-security-plan"].metadata["last-modified"])).toBeGreaterThan(
      Date.parse("2026-01-01T00:00:00Z"),
    );
    const from = mamori([
      "matrix",
      "--from-oscal",
      "fixtures/oscal/oscal_leveraged-example_ssp.json",
      "--format",
      "json",
    ]);
    expect(from.code).toBe(0);
    expect(JSON.parse(from.stdout).attestation.kind).toBe("ProviderAttestation");
  });

  it("matrix --from-oscal twice composes the chain; a repeated single-value option is refused", () => {
    const chain = mamori([
      "matrix",
      "--from-oscal",
      "fixtures/oscal/oscal_leveraged-example_ssp.json",
      "--from-oscal",
      "fixtures/oscal/oscal_leveraging-example_ssp.json",
      "--format",
      "json",
    ]);
    const out = JSON.parse(chain.stdout);
    // NIST's pair: the SaaS inherits one capability of the IaaS (…002001) and satisfies one
    // responsibility (…002002); the other responsibility (…001002) reaches the end customer.
    expect(out.chain.map((c: { control: string }) => c.control)).toEqual(["ac-2"]);
    expect(out.chain[0].inherited.map((i: { providedUuid: string }) => i.providedUuid)).toEqual([
      "11111111-0000-4000-9009-002001002001",
    ]);
    expect(
      out.chain[0].passedOn.map((p: { responsibilityUuid: string }) => p.responsibilityUuid),
    ).toEqual(["11111111-0000-4000-9009-002001001002"]);
    // a warning (passed on), no error: exit 0; diagnostics carry their own file and line
    expect(chain.code).toBe(0);
    const warn = out.diagnostics.find(
      (d: { code: string }) => d.code === "cloud-matrix/chain-unsatisfied",
    );
    expect(warn.file).toMatch(/oscal_leveraged-example_ssp\.json$/);
    expect(warn.range.start.line).toBeGreaterThan(1);
    const three = mamori([
      "matrix",
      "--from-oscal",
      "a.json",
      "--from-oscal",
      "b.json",
      "--from-oscal",
      "c.json",
    ]);
    expect(three.code).toBe(2);
    expect(three.stderr).toContain("--from-oscal takes one SSP, or two");
    // before: the second --attestation silently replaced the first
    const twice = mamori([
      "matrix",
      "examples/data/matrix-skycloud.yaml",
      "--attestation",
      "examples/data/attestations/skycloud.yaml",
      "-a",
      "examples/data/attestations/kumomail-caiq.csv",
    ]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain("--attestation was given more than once; it takes one value");
    expect(
      mamori(["validate", "examples/data/plan.yaml", "--now", "2026-11-27", "--now=2026-11-28"])
        .stderr,
    ).toContain("--now was given more than once");
  });

  it("validate and matrix --format poam: an OSCAL 1.2.1 plan of action from the open findings", () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const valid = ajv.compile(
      JSON.parse(readFileSync(fixture("oscal-1.2.1/oscal_poam_schema.json"), "utf8")),
    );
    const plan = mamori([
      "validate",
      "examples/data/plan.yaml",
      "--now",
      "2026-11-27",
      "--format",
      "poam",
    ]);
    const poam = JSON.parse(plan.stdout);
    expect(valid(poam), JSON.stringify(valid.errors?.slice(0, 3))).toBe(true);
    // the same run's findings: one item per error and warning (infos are not actions)
    const json = JSON.parse(
      mamori(["validate", "examples/data/plan.yaml", "--now", "2026-11-27", "--format", "json"])
        .stdout,
    );
    const p = poam["plan-of-action-and-milestones"];
    expect(p["poam-items"]).toHaveLength(json.summary.error + json.summary.warning);
    // site/power-weighed reports twice at one place with the same data: still two uuids
    const uuids = p["poam-items"].map((i: { uuid: string }) => i.uuid);
    expect(new Set(uuids).size).toBe(uuids.length);
    expect(p["system-id"].id).toBe("kita-seiki-it-bcp");
    expect(p.metadata["last-modified"]).toBe("2026-11-27T00:00:00.000Z");
    const matrix = JSON.parse(
      mamori([
        "matrix",
        "examples/data/matrix-skycloud.yaml",
        "--attestation",
        "examples/data/attestations/skycloud.yaml",
        "--now",
        "2026-11-27",
        "--format",
        "poam",
      ]).stdout,
    );
    expect(valid(matrix), JSON.stringify(valid.errors?.slice(0, 3))).toBe(true);
    expect(
      matrix["plan-of-action-and-milestones"]["poam-items"].map((i: { title: string }) => i.title),
    ).toContain("cloud-matrix/gap: iso27002-2005 14.1");
    // a clean plan has nothing to plan: no output, and a line that says so
    const clean = mamori([
      "validate",
      "examples/data-clean/plan.yaml",
      "--now",
      "2026-11-27",
      "--format",
      "poam",
    ]);
    expect(clean.stdout).toBe("");
    expect(clean.stderr).toContain("no open finding");
    expect(clean.code).toBe(0);
  });

  it("matrix: a finding against a CSV attestation points at the CSV's own row", () => {
    const r = mamori([
      "matrix",
      "examples/data/matrix-kumomail.yaml",
      "--attestation",
      "examples/data/attestations/kumomail-caiq.csv",
      "--now",
      "2026-11-27",
      "--format",
      "json",
    ]);
    const conflict = JSON.parse(r.stdout).diagnostics.find(
      (d: { code: string }) => d.code === "cloud-matrix/conflict",
    );
    // the CSV's header is line 1; the business-continuity row is its 4th line
    expect(conflict.related).toEqual([
      {
        path: "/controls/2",
        file: "examples/data/attestations/kumomail-caiq.csv",
        range: { start: { line: 4, column: 1 }, end: { line: 4, column: 4 } },
      },
    ]);
  });

  it("schema: writes every document's JSON Schema (draft 2020-12)", () => {
    const dir = mkdtempSync(join(tmpdir(), "mamori-schema-"));
    const r = mamori(["schema", "--out", dir]);
    expect(r.code).toBe(0);
    const files = r.stdout
      .trim()
      .split("\n")
      .slice(0, -1)
      .map((l) => l.split("  ")[0]!);
    expect(files.length).toBeGreaterThanOrEqual(4);
    const ajv = new Ajv2020({ strict: false });
    for (const f of files)
      expect(ajv.validateSchema(JSON.parse(readFileSync(f, "utf8")))).toBe(true);
  });

  it("report: an evidence section holds the plan's test results against its objectives", () => {
    const dir = mkdtempSync(join(tmpdir(), "mamori-evidence-"));
    const plan = parseSource(readFileSync(join(root, "examples/data-clean/plan.yaml"), "utf8"))
      .data as any;
    // One switch-over test of the failover activity (cadence P1Y): erp-db back in 5 h and erp
    // in 2 h, both within their RTO of P1D (24 h); MES in 30 h, over its 24 h RTO.
    plan.training.results = [
      {
        id: "r-ft-2026",
        date: "2026-10-15",
        kind: "switch-over",
        activity: "failover-erp",
        outcome: "pass",
        services: [
          { service: "erp-db", recoveryTime: "PT5H", dataLoss: "PT40M" },
          { service: "erp", recoveryTime: "PT2H" },
          { service: "mes", recoveryTime: "PT30H" },
        ],
      },
    ];
    // MES's slow switch-over is a known risk the CEO accepted until the new hardware arrives.
    plan.exceptions = [
      {
        rule: "evidence/rto-met",
        target: "mes",
        reason: "MES moves to new Osaka hardware in March 2027",
        acceptedBy: "ceo",
        until: "2027-03-31",
      },
    ];
    writeFileSync(join(dir, "plan.json"), JSON.stringify(plan, null, 2));
    writeFileSync(
      join(dir, "bia.yaml"),
      readFileSync(join(root, "examples/data-clean/bia.yaml"), "utf8"),
    );
    const out = join(dir, "report.html");
    const r = mamori(["report", dir, "--out", out, "--now", "2026-11-27"]);
    expect(r.stderr).toBe("");
    const html = readFileSync(out, "utf8");
    const card = (label: string) =>
      new RegExp(`<div class="n">(\\d+)</div><div class="l">${label}</div>`).exec(html)?.[1];
    // Time-critical services of the clean plan: erp-db, erp, mes, edi, backup-storage and
    // safety-confirmation. Proven: erp-db, erp (5 h, 2 h ≤ 24 h, passed 2026-10-15, within
    // P1Y). Disproven: mes (30 h > 24 h). Unproven: the other three (no result).
    // (counted once, in the summary; the evidence section lists the services)
    expect([
      card("Time-critical services proven"),
      card("Time-critical services unproven"),
      card("Time-critical services disproven"),
    ]).toEqual(["2", "3", "1"]);
    const section = html.slice(html.indexOf('<section id="evidence">'));
    expect(section).toContain("proof expires 2027-10-15");
    expect(section).toMatch(
      /<code>mes<\/code>.*?<span class="sev-error">✗<\/span> 2026-10-15 switch-over test: 1 day 6 hours/s,
    );
    // the finding itself stays in the plan section, marked suppressed with the reason; the
    // exception is listed: in force (the CEO is management; 2027-03-31 is after now), 1 finding
    expect(html).toMatch(
      /<tr class="suppressed">.*?\[suppressed: MES moves to new Osaka hardware in March 2027\].*?evidence\/rto-met/s,
    );
    const exceptions = html.slice(html.indexOf('<h3 id="exceptions">'));
    expect(exceptions).toMatch(
      /<code>evidence\/rto-met<\/code>.*?<code>ceo<\/code><\/td><td>2027-03-31<\/td><td class="">in force<\/td><td class="num">1<\/td>/s,
    );
  });

  it("report: writes the HTML report and a summary; escapes document strings", () => {
    const dir = mkdtempSync(join(tmpdir(), "mamori-report-"));
    const out = join(dir, "report.html");
    const r = mamori(["report", "examples/data", "--out", out, "--now", "2026-11-27"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/processes: 10 \(\d+ time-critical\)/);
    const html = readFileSync(out, "utf8");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain("<svg");
    expect(html).not.toMatch(/<script/i);
    // Evil names: copy the BIA with a process named like an XSS payload (its Japanese name
    // too: the Japanese report labels a process with nameJa ?? name).
    const evilDir = mkdtempSync(join(tmpdir(), "mamori-evil-"));
    const bia = readFileSync(data("bia.yaml"), "utf8")
      .replace("name: Order intake", 'name: "<img src=x onerror=alert(1)>"')
      .replace("nameJa: 受注", 'nameJa: "<img src=x onerror=alert(1)>"');
    expect(bia).toContain("onerror");
    writeFileSync(join(evilDir, "bia.yaml"), bia);
    const evilOut = join(evilDir, "r.html");
    mamori(["report", evilDir, "--out", evilOut, "--now", "2026-11-27", "--locale", "ja"]);
    const evil = readFileSync(evilOut, "utf8");
    expect(evil).not.toContain("<img src=x");
    expect(evil).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(evil).toContain('lang="ja"');
  });

  it("report: a finding about a missing part is listed under that part", () => {
    const dir = mkdtempSync(join(tmpdir(), "mamori-report-parts-"));
    writeFileSync(
      join(dir, "plan.yaml"),
      'kind: ContinuityPlan\nschemaVersion: "1.0"\nid: p\nmetadata: { organisation: o }\n',
    );
    const out = join(dir, "r.html");
    expect(mamori(["report", dir, "--out", out, "--now", "2026-11-27"]).code).toBe(1);
    const headings = [...readFileSync(out, "utf8").matchAll(/<h4>([^<]*)<\/h4>/g)].map((m) => m[1]);
    // as in summary.byPart of the same plan: metadata 7, governance 1, preIncident 4,
    // emergency 11, training 5, maintenance 3, scenarios 1 — nothing left under "document"
    expect(headings).toEqual([
      "metadata (7)",
      "governance (1)",
      "preIncident (4)",
      "emergency (11)",
      "training (5)",
      "maintenance (3)",
      "scenarios (1)",
    ]);
  });

  it("init: writes one small organisation that every command reads without errors, and never overwrites", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "mamori-init-")), "docs");
    // written as of a day years after the templates' own (2026-11-27): their dates move with it
    const now = ["--now", "2031-05-20"];
    const r = mamori(["init", dir, ...now]);
    expect(r.code).toBe(0);
    // the four files written, one a line, then what to edit and the commands that check it
    expect(r.stdout.split("\n").filter((l) => /^\S+\.yaml$/.test(l))).toEqual(
      ["organisation.yaml", "bia.yaml", "matrix.yaml", "plan.yaml"].map((n) => join(dir, n)),
    );
    expect(r.stdout).toContain(`mamori report ${dir} --out report.html`);
    // 2026-10-01 + (2031-05-20 − 2026-11-27 = 1635 days) = 2031-03-24
    expect(readFileSync(join(dir, "plan.yaml"), "utf8")).toContain('lastReview: "2031-03-24"');
    const f = (name: string) => join(dir, name);
    // the plan agrees with the BIA and the matrix: not a finding at all
    const plan = mamori([
      "validate",
      f("plan.yaml"),
      "--bia",
      f("bia.yaml"),
      "--matrix",
      f("matrix.yaml"),
      ...now,
      "--format",
      "json",
    ]);
    expect(plan.code).toBe(0);
    expect(JSON.parse(plan.stdout).diagnostics).toEqual([]);
    expect(JSON.parse(plan.stdout).summary).toEqual({ error: 0, warning: 0, info: 0 });
    const bia = mamori(["bia", f("bia.yaml"), "--format", "json"]);
    expect(bia.code).toBe(0);
    const result = JSON.parse(bia.stdout);
    // outpatient care: impact 4 (patient) first at P3D → MTPD 3 days = 4320 min; RTO = MTPD − WRT
    // = 4320 − 240 = 4080 min (2 days 20 hours)
    expect(result.processes.map((p: { id: string }) => p.id)).toEqual([
      "outpatient-care",
      "appointments",
    ]);
    expect(result.diagnostics.filter((d: { severity: string }) => d.severity === "error")).toEqual(
      [],
    );
    const matrix = mamori(["matrix", f("matrix.yaml")]);
    expect(matrix.code).toBe(0);
    expect(matrix.stdout).toContain("No problems found.");
    const report = mamori(["report", dir, "--out", f("report.html"), ...now]);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain("plan: 0 errors, 0 warnings");
    expect(report.stdout).toContain("mamori report: Sakura Clinic");
    const again = mamori(["init", dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already has organisation\.yaml/);
  });
});
