import { describe, expect, it } from "vitest";
import { formatHelp, type OptionSpec } from "./args.js";
import { runCli } from "./run.js";

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd: process.cwd(),
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
  });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

describe("the command line's own help and errors", () => {
  it("mamori with no arguments prints the usage on standard error and exits 2", async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^mamori .* — information-security governance documents, checked\n/);
    // Asked for, help is on standard output and exits 0.
    const asked = await run(["--help"]);
    expect([asked.code, asked.stderr]).toEqual([0, ""]);
    expect(asked.stdout).toBe(r.stderr);
  });

  it("every subcommand's --help lists its options with a sentence each", async () => {
    for (const command of ["validate", "bia", "matrix", "report", "schema", "init"]) {
      const r = await run([command, "--help"]);
      expect(r.code, command).toBe(0);
      expect(r.stdout, command).toMatch(new RegExp(`^usage: mamori ${command} `));
      // The common options are on every command, each with its sentence.
      expect(r.stdout, command).toMatch(/\n {2}-h, --help +Print this help and exit\.\n/);
      expect(r.stdout, command).toMatch(/ {6}--locale <en\|ja> +Language of messages and output/);
    }
    const bia = await run(["bia", "--help"]);
    expect(bia.stdout).toMatch(/ {2}-s, --scenario <id> +Simulate this scenario of the BIA/);
    const validate = await run(["validate", "--help"]);
    expect(validate.stdout).toMatch(/ {2}-c, --config <file> +A config file/);
    const matrix = await run(["matrix", "--help"]);
    expect(matrix.stdout).toMatch(/--from-oscal <ssp\.json> +.* May be given more than once\./);
  });

  it("a command without output formats refuses --format instead of ignoring it", async () => {
    const r = await run(["schema", "--out", "x", "--format", "json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("mamori: unknown option '--format' (see --help)\n");
    expect((await run(["schema", "--help"])).stdout).not.toContain("--format");
  });

  it("a mistyped option is a usage error that names the closest one", async () => {
    const r = await run(["bia", "examples/data/bia.yaml", "--fromat", "json"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      "mamori: unknown option '--fromat'; did you mean '--format'? (see --help)\n",
    );
    const far = await run(["matrix", "m.yaml", "--zzzzzz"]);
    expect(far.stderr).toBe("mamori: unknown option '--zzzzzz' (see --help)\n");
    const scenario = await run(["bia", "b.yaml", "--scenaro=x"]);
    expect(scenario.stderr).toBe(
      "mamori: unknown option '--scenaro'; did you mean '--scenario'? (see --help)\n",
    );
  });

  it("formatHelp aligns the flags and puts the command's own options first", () => {
    const options: Record<string, OptionSpec> = {
      out: { type: "string", short: "o", value: "dir", help: "Where to write." },
      dry: { type: "boolean", help: "Write nothing." },
    };
    const text = formatHelp("usage: mamori x", options);
    const lines = text.split("\n");
    expect(lines.slice(0, 3)).toEqual(["usage: mamori x", "", "options:"]);
    // The widest flag is "    --locale <en|ja>" (20 characters): every text starts 2 after it.
    expect(lines[3]).toBe(`  ${"-o, --out <dir>".padEnd(20)}  Where to write.`);
    expect(lines[3]).toBe("  -o, --out <dir>       Where to write.");
    expect(lines[4]).toBe("      --dry             Write nothing.");
    expect(lines[5]).toBe("  -h, --help            Print this help and exit.");
  });
});

describe("mamori validate --format assessment-results", () => {
  it("writes the plan's findings as OSCAL assessment results, dated --now", async () => {
    const r = await run([
      "validate",
      "examples/data/plan.yaml",
      "--format",
      "assessment-results",
      "--now",
      "2026-11-27",
    ]);
    const ar = JSON.parse(r.stdout)["assessment-results"];
    expect(ar.metadata["oscal-version"]).toBe("1.2.1");
    const [result] = ar.results;
    expect(result.start).toBe("2026-11-27T00:00:00.000Z");
    // No reviewed controls given for a plan: every control.
    expect(result["reviewed-controls"]["control-selections"][0]["include-all"]).toEqual({});
    // One observation per finding; each open error or warning also a finding.
    expect(result.observations.length).toBeGreaterThan(0);
    expect(result.findings.length).toBe(
      result.observations.filter((o: { types: string[] }) => o.types[0] === "finding").length,
    );
    expect(r.code).toBe(
      result.findings.some((f: { props: { name: string; value: string }[] }) =>
        f.props.some((p) => p.name === "severity" && p.value === "error"),
      )
        ? 1
        : 0,
    );
  });
});
