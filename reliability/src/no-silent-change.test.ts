// Never a silent pass on bad input, never a silent change of the user's data (issue 30):
// impossible calendar dates in every document, in provider evidence and in --now; bytes that
// are not UTF-8, UTF-16 text, CR-only line ends and unreadable paths; the CAIQ CSV round trip.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { biaDocumentKinds } from "@mamori/bia";
import { runCli } from "@mamori/cli";
import {
  analyzeMatrix,
  caiqCsvLosses,
  cloudMatrixDocumentKinds,
  importCaiqCsv,
  type ProviderAttestation,
  toCaiqCsv,
} from "@mamori/cloud-matrix";
import { BUILTIN_CATALOGS } from "@mamori/cloud-matrix/catalogs";
import { coreDocumentKinds, ISO_DATE_PATTERN, toPointer, validateDocument } from "@mamori/core";
import { validatePlan } from "@mamori/plan-validator";
import { afterAll, describe, expect, it } from "vitest";
import { pathsOf } from "./mutate.js";
import { repoDocument, samples } from "./samples.js";
import { NOW } from "./targets.js";

const s = samples();
const dir = mkdtempSync(join(tmpdir(), "mamori-silent-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function mamori(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd: dir,
    env: { NO_COLOR: "1" },
    stdoutIsTTY: false,
    stderrIsTTY: false,
  });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

const KINDS = [
  ...coreDocumentKinds,
  ...biaDocumentKinds,
  ...cloudMatrixDocumentKinds,
  ...(await import("@mamori/plan-validator")).planValidatorDocumentKinds,
];
const SAMPLE_BY_KIND: Record<string, unknown[]> = {
  Organisation: [s.organisation],
  BusinessImpactAnalysis: [s.bia],
  ResponsibilityMatrix: [s.matrixSky, s.matrixKumo],
  Catalog: Object.values(BUILTIN_CATALOGS),
  ProviderAttestation: [s.attestation],
  StatementOfApplicability: [s.soa],
  ContinuityPlan: [s.plan],
};

/** Paths of every string that is a date by the documents' own pattern. */
function datePaths(doc: unknown): (string | number)[][] {
  return pathsOf(doc).filter((p) => {
    let v: unknown = doc;
    for (const k of p) v = (v as Record<string | number, unknown>)[k];
    return typeof v === "string" && ISO_DATE_PATTERN.test(v);
  });
}

function withValue(doc: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let target = copy;
  for (const k of path.slice(0, -1)) target = target[k] as Record<string | number, unknown>;
  target[path[path.length - 1] as string | number] = value;
  return copy;
}

const IMPOSSIBLE = ["2024-02-30", "2024-13-01", "0000-01-01", "2026-11-27T24:00:00Z", "2025-02-29"];

describe("an impossible calendar date is date/invalid at its path in every document", () => {
  let checked = 0;
  for (const kind of KINDS) {
    it(`${kind.kind}: every date field, each impossible date`, () => {
      for (const sample of SAMPLE_BY_KIND[kind.kind] ?? []) {
        const paths = datePaths(sample);
        for (const [i, path] of paths.entries()) {
          const bad = IMPOSSIBLE[i % IMPOSSIBLE.length] as string;
          const r = validateDocument(kind.schema, withValue(sample, path, bad));
          expect(
            r.diagnostics.map((d) => [d.code, d.severity, d.path]),
            `${kind.kind} ${toPointer(path)} = ${bad}`,
          ).toEqual([["date/invalid", "error", toPointer(path)]]);
          expect(r.value).toBeUndefined();
          checked++;
        }
      }
    });
  }
  it("the samples hold dates to check (the plan's and the attestation's)", () => {
    expect(datePaths(s.plan).length).toBeGreaterThan(10);
    expect(datePaths(s.attestation).length).toBeGreaterThan(1);
    expect(checked).toBeGreaterThan(12);
  });
});

describe("a plan whose stale review is an error stays in error when the date is impossible", () => {
  const clean = repoDocument("examples/data-clean/plan.yaml");
  // The review dates: metadata.lastReview and the review log's.
  const reviews = datePaths(clean).filter(
    (p) => p[p.length - 1] === "lastReview" || p.includes("reviewLog"),
  );
  const setAll = (value: string) =>
    reviews.reduce<unknown>((doc, path) => withValue(doc, path, value), clean);
  it("validatePlan and mamori validate", async () => {
    expect(reviews.length).toBeGreaterThan(1);
    expect(validatePlan(clean, { now: NOW }).summary.bySeverity.error).toBe(0);
    expect(validatePlan(setAll("2020-01-01"), { now: NOW }).summary.bySeverity.error).toBe(1);
    for (const bad of IMPOSSIBLE) {
      const r = validatePlan(setAll(bad), { now: NOW });
      expect(r.summary.bySeverity.error).toBe(reviews.length);
      // (the rules still ran on the rest: an info note names what they could not see)
      const errors = r.diagnostics.filter((d) => d.severity === "error");
      expect(errors.map((d) => [d.code, d.severity, d.path]).sort()).toEqual(
        reviews.map((p) => ["date/invalid", "error", toPointer(p)]).sort(),
      );
    }
    writeFileSync(join(dir, "plan.json"), JSON.stringify(setAll("2020-02-30")));
    const cli = await mamori(["validate", "plan.json", "--now", NOW]);
    expect(cli.code).toBe(1);
    expect(cli.stdout).not.toContain("No problems found");
    expect(cli.stdout).toContain("'2020-02-30' is not a real calendar date.");
  });
});

describe("provider evidence with an impossible expiry never counts as valid", () => {
  it("analyzeMatrix with the sample attestation, each evidence's expiry made impossible", () => {
    const att = s.attestation as ProviderAttestation;
    att.evidence.forEach((e, i) => {
      const bad = structuredClone(att);
      bad.evidence[i]!.expires = "2026-02-30";
      const r = analyzeMatrix(s.matrixSky, { now: NOW, attestation: bad });
      expect(r.diagnostics.map((d) => [d.code, d.path])).toContainEqual([
        "date/invalid",
        `/evidence/${i}/expires`,
      ]);
      expect(r.evidence.some((x) => x.id === e.id && x.state === "valid")).toBe(false);
    });
  });
});

describe("an impossible --now is a usage error (exit 2), like --now garbage", () => {
  it("validate, matrix and report", async () => {
    writeFileSync(join(dir, "m.json"), JSON.stringify(s.matrixSky));
    for (const now of ["2026-02-30", "2026-11-27T24:00:00Z", "garbage"]) {
      for (const argv of [
        ["validate", "plan.json"],
        ["matrix", "m.json"],
        ["report", ".", "--out", "r.html"],
      ]) {
        const r = await mamori([...argv, "--now", now]);
        expect(r.code, `${argv[0]} --now ${now}`).toBe(2);
        expect(r.stderr).toMatch(/^mamori: --now must be (a real calendar date|an ISO 8601 date) /);
      }
    }
  });
});

describe("text is never altered silently", () => {
  it("invalid UTF-8 in an id or a name: exit 2 with the line and column, not U+FFFD", async () => {
    const bytes = Buffer.concat([
      Buffer.from("kind: BusinessImpactAnalysis\nschemaVersion: '1.0'\nprocesses:\n  - id: caf"),
      Buffer.from([0xc3, 0x28]),
      Buffer.from("\n    name: x\n"),
    ]);
    writeFileSync(join(dir, "bad-utf8.yaml"), bytes);
    const r = await mamori(["bia", "bad-utf8.yaml", "--format", "json"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      /^mamori: cannot read bad-utf8\.yaml:4:12: not valid UTF-8 \(byte 0xc3\)/,
    );
  });

  it("UTF-16 text is named as such, not 'must be an object with a kind'", async () => {
    writeFileSync(
      join(dir, "utf16.yaml"),
      Buffer.from("\uFEFFkind: BusinessImpactAnalysis\n", "utf16le"),
    );
    const r = await mamori(["bia", "utf16.yaml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("the text is UTF-16LE; mamori reads UTF-8");
  });

  it("CR-only line ends are line breaks, not 'The input is empty.'", async () => {
    const text = `# exported by an old Mac tool\r${JSON.stringify(s.bia).replace(/^/, "")}\r`;
    writeFileSync(join(dir, "cr.yaml"), text);
    const r = await mamori(["bia", "cr.yaml", "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1); // the sample's own findings
    expect(JSON.parse(r.stdout).processes.length).toBe((s.bia.processes as unknown[]).length);
  });

  it("a path that cannot be entered is not reported as 'no such file'", async () => {
    writeFileSync(join(dir, "file"), "x");
    const r = await mamori(["bia", "file/bia.yaml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "mamori: cannot read file/bia.yaml: a part of the path is not a directory\n",
    );
  });
});

describe("CAIQ CSV round trip", () => {
  const base = (controls: ProviderAttestation["controls"]): ProviderAttestation => ({
    kind: "ProviderAttestation",
    schemaVersion: "1.0",
    provider: "p",
    evidence: [],
    controls,
  });
  it("an apostrophe before a formula character, leading and trailing spaces survive", () => {
    const a = base(
      ["'=x", "'+1", "'-1", "'@x", " padded ", "  ", "＝1", " =1"].map((text, i) => ({
        control: { catalog: "ccm-v4", control: `C${i}` },
        owner: "shared" as const,
        providerImplementation: text,
        customerResponsibility: `${text}|${text}`,
      })),
    );
    expect(caiqCsvLosses(a)).toEqual([]);
    expect(importCaiqCsv(toCaiqCsv(a), { provider: "p" }).attestation).toEqual(a);
  });
  it("x- fields are warned about, not dropped silently", () => {
    const a = { ...base([]), "x-source": "portal export" } as ProviderAttestation;
    expect(caiqCsvLosses(a).map((d) => [d.code, d.severity, d.path])).toEqual([
      ["cloud-matrix/csv-cannot-carry", "warning", "/x-source"],
    ]);
  });
});
