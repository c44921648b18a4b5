import { describe, expect, it } from "vitest";
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
});
