import { readFileSync } from "node:fs";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { runCli } from "../run.js";

const root = new URL("../../../../", import.meta.url);

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd: root.pathname,
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
  });
  return { code, out: out.join(""), err: err.join("") };
}

const KITA = [
  "crm",
  "examples/data/matrix-skycloud.yaml",
  "--provider",
  "examples/data/attestations/skycloud.yaml",
  "--now",
  "2026-11-27",
];

describe("mamori crm", () => {
  it("says what Kita Seiki still owes SkyCloud's auditor, with the line of each responsibility", async () => {
    const { code, out } = await run(KITA);
    // SkyCloud leaves 5 responsibilities (9.2, 10.5, 10.6, CLD.8.1.5, CLD.13.1.4); the matrix
    // claims CLD.8.1.5 with the exit procedure (issued 2026-02-01, expires 2027-01-31: valid on
    // 2026-11-27) → 1 satisfied, 4 not satisfied. Provided: 9.1, 9.2, 10.6, CLD.8.1.5, CLD.9.5.1,
    // CLD.13.1.4 = 6, all inherited; 7 controls in all (10.5 provides nothing).
    expect(code).toBe(1);
    expect(out).toContain(
      "7 controls, 5 responsibilities (1 satisfied, 0 unverified, 4 not satisfied), 6 of 6 capabilities inherited",
    );
    expect(out).toContain(
      "  iso27002-2005 10.5  not satisfied  skycloud: Customers schedule snapshots of their volumes; SkyCloud keeps no copies of customer data.",
    );
    // The 10.5 responsibility is on line 30 of skycloud.yaml (its customerResponsibility).
    expect(out).toMatch(/^ {2}30:\d+ {2}error {2}Control 10\.5: the customer responsibility/m);
  });

  it("prints what the guides (en, ja) show it prints", async () => {
    for (const [guide, extra] of [
      ["docs/guides/what-do-i-still-owe.md", []],
      ["docs/ja/what-do-i-still-owe.md", ["--locale", "ja"]],
    ] as const) {
      const page = readFileSync(new URL(guide, root), "utf8");
      // The guide's console block: the command, then what it prints.
      const shown = /```console\n\$ mamori crm [^\n]*\n([\s\S]*?)```/.exec(page)?.[1] ?? "";
      const { out } = await run([...KITA, ...extra]);
      expect(out.startsWith(shown), guide).toBe(true);
      expect(shown.split("\n").length).toBeGreaterThan(5);
    }
  });

  it("counts the claim as unverified once its evidence has expired", async () => {
    const { out } = await run([...KITA.slice(0, -1), "2027-02-01", "--format", "json"]);
    const crm = JSON.parse(out);
    // 2027-02-01 is after the exit procedure's expiry (2027-01-31).
    expect(crm.summary).toMatchObject({ satisfied: 0, unverified: 1, notSatisfied: 4 });
    const d = crm.diagnostics.find(
      (x: { code: string }) => x.code === "cloud-matrix/crm-unverified",
    );
    expect(d.file).toBe("examples/data/matrix-skycloud.yaml");
    expect(d.path).toBe("/overrides/2/satisfies/0");
  });

  it("writes the CRM as CSV and as Markdown, in Japanese too", async () => {
    const csv = (await run([...KITA, "--format", "csv"])).out.trimEnd().split("\r\n");
    // Header + one row per responsibility (5) + one per control without any (9.1, CLD.9.5.1) = 8.
    expect(csv).toHaveLength(8);
    const md = (await run([...KITA, "--format", "markdown", "--locale", "ja"])).out;
    expect(md).toContain("利用者の責任5件（充足1件、未検証0件、未充足4件）");
  });

  it("writes the CRM as a workbook to filter and print", async () => {
    const { mkdtempSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { read, utils } = await import("@e965/xlsx");
    const dir = mkdtempSync(join(tmpdir(), "mamori-crm-xlsx-"));
    try {
      const out = join(dir, "crm.xlsx");
      const r = await run([...KITA, "--format", "xlsx", "--out", out]);
      expect(r.code).toBe(1); // 4 responsibilities not satisfied
      const wb = read(readFileSync(out), { type: "buffer" });
      expect(wb.SheetNames).toEqual(["Customer responsibilities", "Findings"]);
      const rows = utils.sheet_to_json<Record<string, unknown>>(
        wb.Sheets["Customer responsibilities"] as never,
      );
      // The CSV's 7 rows (5 responsibilities + 2 controls without any), as a table.
      expect(rows).toHaveLength(7);
      expect(rows.find((x) => x.control === "CLD.8.1.5")).toMatchObject({
        status: "satisfied",
        evidence: "exit-procedure",
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("audits only the customer's part against the Statement of Applicability", async () => {
    const { out } = await run([...KITA, "--soa", "examples/data/soa.yaml"]);
    // The full audit has 26 items; the 3 moved to SkyCloud alone (9.1, 10.5, 14.1) drop: 23.
    expect(out).toContain("new-control 8, ownership-moved 13, customer-guidance 2, total 23");
  });

  it("writes the leveraging SSP, valid against OSCAL 1.2.1, that reads back to the same verdicts", async () => {
    const { out } = await run([...KITA, "--format", "oscal"]);
    const ssp = JSON.parse(out);
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const valid = ajv.compile(
      JSON.parse(readFileSync(new URL("fixtures/oscal-1.2.1/oscal_ssp_schema.json", root), "utf8")),
    );
    expect(valid(ssp), JSON.stringify(valid.errors?.slice(0, 3))).toBe(true);
    const { mkdtempSync, writeFileSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const dir = mkdtempSync(join(tmpdir(), "mamori-crm-"));
    try {
      writeFileSync(join(dir, "ssp.json"), out);
      const back = JSON.parse(
        (
          await run([
            ...KITA.slice(0, 1),
            join(dir, "ssp.json"),
            ...KITA.slice(2),
            "--format",
            "json",
          ])
        ).out,
      );
      const first = JSON.parse((await run([...KITA, "--format", "json"])).out);
      expect(back.summary).toEqual(first.summary);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a missing --provider and --soa without a matrix (exit 2)", async () => {
    expect((await run(["crm", "examples/data/matrix-skycloud.yaml"])).code).toBe(2);
    const r = await run([
      "crm",
      "--provider",
      "examples/data/attestations/skycloud.yaml",
      "--soa",
      "examples/data/soa.yaml",
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--soa needs the customer's ResponsibilityMatrix");
  });
});
