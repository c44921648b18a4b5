import { readFileSync } from "node:fs";
import { createDiagnostic, type Diagnostic } from "@mamori/core";
import { parseSource } from "@mamori/core/source";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { analyzeMatrix } from "../analysis/analyze.js";
import { cloudMatrixMessages } from "../messages.js";
import { toOscalPoam } from "./poam.js";

const root = new URL("../../../../", import.meta.url);
const text = (p: string) => readFileSync(new URL(p, root), "utf8");
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const poamValid = ajv.compile(JSON.parse(text("fixtures/oscal-1.2.1/oscal_poam_schema.json")));

const sky = () =>
  analyzeMatrix(parseSource(text("examples/data/matrix-skycloud.yaml")).data, {
    now: "2026-11-27",
    attestation: parseSource(text("examples/data/attestations/skycloud.yaml")).data,
  });

describe("toOscalPoam", () => {
  it("one item per open finding of the SkyCloud matrix, valid against OSCAL 1.2.1", () => {
    const r = sky();
    const poam = toOscalPoam(r.diagnostics, {
      system: "kita-seiki-it",
      lastModified: "2026-11-27T00:00:00Z",
    }) as any;
    expect(poamValid(poam), JSON.stringify(poamValid.errors?.slice(0, 3))).toBe(true);
    const items = poam["plan-of-action-and-milestones"]["poam-items"];
    // errors and warnings only: infos (the 12 silent shared controls) are not actions
    const open = r.diagnostics.filter((d) => d.severity !== "info");
    expect(items).toHaveLength(open.length);
    expect(open.length).toBeGreaterThan(0);
    const gap = items.find((i: any) => i.title === "cloud-matrix/gap: iso27002-2005 14.1");
    expect(gap.description).toMatch(/^Gap: nobody carries out iso27002-2005 14\.1/);
    expect(gap.props.map((p: any) => `${p.name}=${p.value}`)).toContain("severity=error");
    // uuids: unique, and the same on every run
    const uuids = items.map((i: any) => i.uuid);
    expect(new Set(uuids).size).toBe(uuids.length);
    expect(
      (toOscalPoam(sky().diagnostics, { system: "kita-seiki-it" }) as any)[
        "plan-of-action-and-milestones"
      ]["poam-items"].map((i: any) => i.uuid),
    ).toEqual(uuids);
  });

  it("keeps a finding's uuid whatever its file is called, and tells apart findings alike", () => {
    const d = (file: string, message: string): Diagnostic => ({
      code: "site/power-weighed",
      severity: "error",
      message,
      messages: { en: message, ja: message },
      path: "/preIncident/alternateSites/0",
      file,
      data: { site: "osaka-backup" },
    });
    const uuids = (list: Diagnostic[]) =>
      (toOscalPoam(list, { system: "plan" }) as any)["plan-of-action-and-milestones"][
        "poam-items"
      ].map((i: { uuid: string }) => i.uuid);
    const a = uuids([
      d("examples/data/plan.yaml", "power not weighed"),
      d("examples/data/plan.yaml", "no supply"),
    ]);
    const b = uuids([
      d("./examples/data/plan.yaml", "power not weighed"),
      d("./examples/data/plan.yaml", "no supply"),
    ]);
    expect(new Set(a).size).toBe(2); // two findings alike in code, place and data
    expect(b).toEqual(a); // the same, however the file name was typed
  });

  it("leaves out suppressed and info findings; with nothing open there is nothing to plan", () => {
    const d = (severity: "error" | "warning" | "info", suppressed = false): Diagnostic => ({
      ...createDiagnostic(cloudMatrixMessages, "en", {
        code: "cloud-matrix/gap",
        severity,
        path: "/overrides/1",
        data: {
          catalog: "iso27002-2005",
          control: "14.1",
          title: "BCM",
          assumed: "provider",
          attested: "(silent)",
          customerStatement: "-",
          providerStatement: "-",
        },
      }),
      ...(suppressed
        ? {
            suppressions: [
              { kind: "inSource" as const, status: "accepted" as const, justification: "Accepted" },
            ],
          }
        : {}),
    });
    expect(toOscalPoam([d("info"), d("error", true)])).toBeUndefined();
    expect(toOscalPoam([])).toBeUndefined();
    const one = toOscalPoam([d("info"), d("warning")]) as any;
    expect(one["plan-of-action-and-milestones"]["poam-items"]).toHaveLength(1);
    expect(poamValid(one)).toBe(true);
  });
});
