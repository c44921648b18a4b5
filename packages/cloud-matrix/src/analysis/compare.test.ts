import { describe, expect, it } from "vitest";
import type { DerivedControl } from "../derive/derive.js";
import type { Ownership } from "../model.js";
import type { AttestedControl } from "../schema.js";
import { compareWithAttestation } from "./compare.js";

const derived = (owner: Ownership, source: "layers" | "override" = "override"): DerivedControl => ({
  catalog: "c",
  control: "x",
  title: "X",
  clause: null,
  owner,
  layersOwned: { customer: [], provider: [] },
  reason: { source, layers: [] },
  customerGuidance: [],
  providerExpectations: [],
});

function run(
  assumed: Ownership,
  attested: Ownership | undefined,
  opts: { source?: "layers" | "override"; evidence?: string[] } = {},
) {
  const controls: AttestedControl[] =
    attested === undefined
      ? []
      : [
          {
            control: { catalog: "c", control: "x" },
            owner: attested,
            evidence: opts.evidence ?? ["ok"],
          },
        ];
  const r = compareWithAttestation(
    [derived(assumed, opts.source)],
    { kind: "ProviderAttestation", schemaVersion: "1.0", provider: "p", evidence: [], controls },
    [
      { id: "ok", type: "certification", state: "valid", issued: "2026-01-01", expires: null },
      {
        id: "old",
        type: "certification",
        state: "expired",
        issued: "2020-01-01",
        expires: "2021-01-01",
      },
    ],
    { matrixPath: () => "/overrides/0" },
  );
  return r.diagnostics.map((d) => `${d.code.replace("cloud-matrix/", "")}:${d.severity}`);
}

describe("compareWithAttestation decision table", () => {
  it("gap: nobody does it", () => {
    expect(run("unassigned", "provider")).toEqual(["gap:error"]);
    expect(run("provider", undefined)).toEqual(["gap:error"]);
    expect(run("provider", undefined, { source: "layers" })).toEqual(["gap:warning"]);
    expect(run("provider", "not-applicable")).toEqual(["gap:error"]);
    expect(run("shared", undefined)).toEqual(["gap:info"]);
  });
  it("conflict: the provider leaves to the customer what the customer expects from it", () => {
    expect(run("provider", "customer")).toEqual(["conflict:error"]);
    expect(run("third-party", "customer")).toEqual(["conflict:error"]);
    expect(run("shared", "customer")).toEqual(["conflict:warning"]);
    // The provider wants a customer share the customer does not plan.
    expect(run("provider", "shared")).toEqual(["conflict:warning"]);
  });
  it("overlap: the customer does it itself and the provider also claims it", () => {
    expect(run("customer", "provider")).toEqual(["overlap:info"]);
    expect(run("customer", "shared")).toEqual(["overlap:info"]);
  });
  it("unverified: claimed without valid evidence", () => {
    expect(run("provider", "provider", { evidence: [] })).toEqual(["unverified:warning"]);
    expect(run("provider", "provider", { evidence: ["old"] })).toEqual(["unverified:warning"]);
    expect(run("provider", "provider", { evidence: ["nope"] })).toEqual([
      "evidence-unknown:error",
      "unverified:warning",
    ]);
  });
  it("agreement gives nothing", () => {
    expect(run("provider", "provider")).toEqual([]);
    expect(run("shared", "shared")).toEqual([]);
    expect(run("customer", "customer")).toEqual([]);
    expect(run("customer", undefined)).toEqual([]);
    expect(run("not-applicable", "provider")).toEqual([]);
  });
  it("reports attested controls outside the matrix", () => {
    const r = compareWithAttestation(
      [derived("provider")],
      {
        kind: "ProviderAttestation",
        schemaVersion: "1.0",
        provider: "p",
        evidence: [],
        controls: [
          { control: { catalog: "c", control: "x" }, owner: "provider" },
          { control: { catalog: "c", control: "zz" }, owner: "provider" },
          { control: { catalog: "nist-800-53", control: "ac-2" }, owner: "shared" },
        ],
      },
      [],
      { matrixPath: () => "" },
    );
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
      ["cloud-matrix/unknown-control", "error", "/controls/1/control/control"],
      ["cloud-matrix/not-compared", "info", "/controls/2/control"],
      ["cloud-matrix/unverified", "warning", ""],
    ]);
  });
});

describe("compareWithAttestation in Japanese", () => {
  it("names owners, the silent provider and the layers in Japanese; data keeps the values", () => {
    const control: DerivedControl = {
      ...derived("provider", "layers"),
      titleJa: "エックス",
      reason: { source: "layers", layers: [{ layer: "applications", owner: "provider" }] },
    };
    const r = compareWithAttestation(
      [control],
      {
        kind: "ProviderAttestation",
        schemaVersion: "1.0",
        provider: "p",
        evidence: [],
        controls: [],
      },
      [],
      { matrixPath: () => "/overrides/0" },
      "ja",
    );
    const d = r.diagnostics[0];
    expect(d?.message).toBe(
      "ギャップ: c x（エックス）を誰も実施しません。利用者の想定は「事業者」、事業者の表明は「表明なし」です。利用者: レイヤー: applications=事業者 事業者: -",
    );
    expect(d?.messages.en).toBe(
      "Gap: nobody carries out c x (X). The customer assumes provider; the provider (silent). Customer: layers: applications=provider Provider: -",
    );
    expect(d?.data).toMatchObject({ assumed: "provider", attested: "(silent)" });
  });
});
