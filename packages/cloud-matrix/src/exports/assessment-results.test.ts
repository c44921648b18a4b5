import { readFileSync } from "node:fs";
import type { Diagnostic } from "@mamori/core";
import { parseSource } from "@mamori/core/source";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { analyzeMatrix } from "../analysis/analyze.js";
import { toOscalAssessmentResults } from "./assessment-results.js";

const root = new URL("../../../../", import.meta.url);
const text = (p: string) => readFileSync(new URL(p, root), "utf8");
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const arValid = ajv.compile(
  JSON.parse(text("fixtures/oscal-1.2.1/oscal_assessment-results_schema.json")),
);
const errors = () => JSON.stringify(arValid.errors?.slice(0, 3));

const diag = (d: Partial<Diagnostic> & Pick<Diagnostic, "code" | "severity">): Diagnostic => ({
  message: `${d.code} happened`,
  messages: { en: `${d.code} happened`, ja: `${d.code} が起きました` },
  path: "/controls/0",
  ...d,
});

describe("toOscalAssessmentResults", () => {
  const gap = diag({
    code: "cloud-matrix/gap",
    severity: "error",
    path: "/overrides/1",
    data: { catalog: "iso27017", control: "CLD.9.5.1" },
  });
  const accepted = diag({
    code: "cloud-matrix/unconfirmed",
    severity: "warning",
    path: "/overrides/2",
    suppressions: [{ kind: "external", status: "accepted", justification: "Contract clause 7" }],
  });
  const note = diag({ code: "cloud-matrix/shared-silent", severity: "info", path: "/overrides/3" });

  it("observes every finding, concludes on the open ones only, and is valid OSCAL 1.2.1", () => {
    const ar = toOscalAssessmentResults([note, accepted, gap], {
      system: "kita-seiki-it",
      start: "2026-11-27T09:00:00Z",
    }) as any;
    expect(arValid(ar), errors()).toBe(true);
    const doc = ar["assessment-results"];
    expect(doc.metadata["oscal-version"]).toBe("1.2.1");
    expect(doc.metadata["last-modified"]).toBe("2026-11-27T09:00:00Z");
    expect(doc["import-ap"]).toEqual({ href: "#" });
    const [result] = doc.results;
    expect([result.start, result.end]).toEqual(["2026-11-27T09:00:00Z", "2026-11-27T09:00:00Z"]);
    // 3 diagnostics → 3 observations, in mamori's sorted order (errors first): the open error
    // is a finding, the suppressed warning a mitigation with its justification, the info a discovery.
    expect(result.observations.map((o: any) => [o.title, o.types, o.methods])).toEqual([
      ["cloud-matrix/gap: iso27017 CLD.9.5.1", ["finding"], ["EXAMINE"]],
      ["cloud-matrix/unconfirmed: /overrides/2", ["mitigation"], ["EXAMINE"]],
      ["cloud-matrix/shared-silent: /overrides/3", ["discovery"], ["EXAMINE"]],
    ]);
    expect(result.observations[1].remarks).toBe("Accepted exception: Contract clause 7");
    expect(result.observations.every((o: any) => o.collected === "2026-11-27T09:00:00Z")).toBe(
      true,
    );
    // 1 open error → 1 finding, on the control, not satisfied, linked to its observation.
    expect(result.findings).toHaveLength(1);
    const [finding] = result.findings;
    expect(finding.target).toEqual({
      type: "objective-id",
      "target-id": "CLD.9.5.1",
      status: { state: "not-satisfied", reason: "fail" },
    });
    expect(finding["related-observations"]).toEqual([
      { "observation-uuid": result.observations[0].uuid },
    ]);
    expect(result["reviewed-controls"]["control-selections"]).toEqual([
      { description: "Every control of the documents mamori analysed.", "include-all": {} },
    ]);
  });

  it("lists the reviewed controls it is given, once each, as OSCAL tokens", () => {
    const ar = toOscalAssessmentResults([], {
      controls: ["CLD.9.5.1", "6.1.1", "CLD.9.5.1"],
    }) as any;
    expect(arValid(ar), errors()).toBe(true);
    // "6.1.1" starts with a digit: OSCAL tokens start with a letter or "_".
    expect(ar["assessment-results"].results[0]["reviewed-controls"]).toEqual({
      "control-selections": [
        { "include-controls": [{ "control-id": "_6.1.1" }, { "control-id": "CLD.9.5.1" }] },
      ],
    });
  });

  it("a clean analysis is a valid result with no findings, not nothing", () => {
    const ar = toOscalAssessmentResults([], { system: "clean" }) as any;
    expect(arValid(ar), errors()).toBe(true);
    const [result] = ar["assessment-results"].results;
    expect(result.findings).toBeUndefined();
    expect(result.observations).toBeUndefined();
    expect(ar["assessment-results"].metadata["last-modified"]).toBe("1970-01-01T00:00:00Z");
  });

  it("uuids: the same on every run, unique, different for another system", () => {
    const a = JSON.stringify(toOscalAssessmentResults([gap, gap, accepted], { system: "a" }));
    expect(JSON.stringify(toOscalAssessmentResults([gap, gap, accepted], { system: "a" }))).toBe(a);
    const uuids = [...a.matchAll(/"(?:observation-)?uuid":"([0-9a-f-]{36})"/g)].map((m) => m[1]);
    // document, result, 3 observations, 2 findings, 2 related-observation references
    expect(uuids).toHaveLength(9);
    expect(new Set(uuids).size).toBe(7);
    const b = JSON.stringify(toOscalAssessmentResults([gap, gap, accepted], { system: "b" }));
    expect(b).not.toContain(uuids[0] as string);
  });

  it("the SkyCloud sample's findings make a schema-valid result, whatever the messages hold", () => {
    const r = analyzeMatrix(parseSource(text("examples/data/matrix-skycloud.yaml")).data, {
      now: "2026-11-27",
      attestation: parseSource(text("examples/data/attestations/skycloud.yaml")).data,
    });
    const ar = toOscalAssessmentResults(r.diagnostics, {
      system: "kita-seiki-it",
      controls: r.controls.map((c) => c.control),
    }) as any;
    expect(arValid(ar), errors()).toBe(true);
    const [result] = ar["assessment-results"].results;
    expect(result.observations).toHaveLength(r.diagnostics.length);
    expect(result.findings ?? []).toHaveLength(
      r.diagnostics.filter((d) => d.severity !== "info" && !d.suppressions?.length).length,
    );
    const hostile = diag({
      code: "x/y",
      severity: "error",
      message: "",
      path: "",
      data: { control: "\n" },
    });
    expect(arValid(toOscalAssessmentResults([hostile], { system: " \n " })), errors()).toBe(true);
  });
});
