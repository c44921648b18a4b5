import { describe, expect, it } from "vitest";
import { analyzeMatrix } from "../analysis/analyze.js";
import type { ProviderAttestation } from "../schema.js";
import { checkEvidence } from "./evidence.js";

const att: ProviderAttestation = {
  kind: "ProviderAttestation",
  schemaVersion: "1.0",
  provider: "skycloud",
  controls: [],
  evidence: [
    { id: "cert", type: "certification", issued: "2023-10-01", expires: "2026-09-30" },
    { id: "soc2", type: "third-party-audit", issued: "2026-03-31", expires: "2027-03-30" },
    { id: "future", type: "self-attestation", issued: "2027-01-01" },
    {
      id: "timed",
      type: "self-attestation",
      issued: "2025-01-01",
      expires: "2026-11-27T09:00:00+09:00",
    },
  ],
};

describe("checkEvidence", () => {
  it("judges each piece of evidence on the given day", () => {
    const r = checkEvidence(att, new Date("2026-11-27T00:00:00Z"));
    expect(r.evidence.map((e) => `${e.id}:${e.state}`)).toEqual([
      "cert:expired",
      "soc2:valid",
      "future:not-yet-valid",
      "timed:expired",
    ]);
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["cloud-matrix/evidence-expired", "/evidence/0/expires"],
      ["cloud-matrix/evidence-not-yet-valid", "/evidence/2/issued"],
      ["cloud-matrix/evidence-expired", "/evidence/3/expires"],
    ]);
    expect(r.diagnostics[0]?.message).toBe(
      "Evidence 'cert' (certification) expired on 2026-09-30; checked on 2026-11-27.",
    );
  });
  it("treats a date-only expiry as valid through that day (UTC)", () => {
    const last = checkEvidence(att, new Date("2026-09-30T23:59:59Z"));
    const next = checkEvidence(att, new Date("2026-10-01T00:00:00Z"));
    expect(last.evidence[0]?.state).toBe("valid");
    expect(next.evidence[0]?.state).toBe("expired");
  });
  it("compares date-times with offsets as instants", () => {
    // 2026-11-27T09:00+09:00 is 2026-11-27T00:00Z.
    expect(checkEvidence(att, new Date("2026-11-26T23:59:59Z")).evidence[3]?.state).toBe("valid");
  });

  it("never counts evidence with an impossible date as valid", () => {
    const bad: ProviderAttestation = {
      ...att,
      evidence: [
        { id: "feb30", type: "certification", issued: "2023-10-01", expires: "2026-02-30" },
        { id: "month13", type: "certification", issued: "2024-13-01" },
      ],
    };
    const r = checkEvidence(bad, new Date("2026-11-27T00:00:00Z"), { file: "a.yaml" });
    expect(r.evidence.map((e) => e.state)).toEqual(["unreadable", "unreadable"]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.path, d.file])).toEqual([
      ["date/invalid", "error", "/evidence/0/expires", "a.yaml"],
      ["date/invalid", "error", "/evidence/1/issued", "a.yaml"],
    ]);
  });
});

describe("analyzeMatrix with an attestation whose expiry is impossible", () => {
  it("reports date/invalid at the expiry and verifies nothing with it", () => {
    const r = analyzeMatrix(
      {
        kind: "ResponsibilityMatrix",
        schemaVersion: "1.0",
        id: "m",
        provider: "skycloud",
        serviceModel: "iaas",
        catalogs: ["iso27017"],
      },
      {
        now: "2026-11-27",
        attestation: {
          ...att,
          evidence: [
            { id: "cert", type: "certification", issued: "2023-10-01", expires: "2026-02-30" },
          ],
          controls: [
            {
              control: { catalog: "iso27017", control: "CLD.9.5.1" },
              owner: "provider",
              evidence: ["cert"],
            },
          ],
        },
      },
    );
    const bad = r.diagnostics.filter((d) => d.code === "date/invalid");
    expect(bad.map((d) => [d.path, d.file])).toEqual([["/evidence/0/expires", "attestation"]]);
    expect(r.evidence.filter((e) => e.state === "valid")).toEqual([]);
  });
});
