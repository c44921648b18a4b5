import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCaiqCsv } from "./caiq.js";
import { parseOwnership } from "./ownership.js";

const sample = readFileSync(
  new URL("../../../../examples/data/attestations/kumomail-caiq.csv", import.meta.url),
  "utf8",
);

describe("parseOwnership", () => {
  it("reads mamori's and CCM's spellings", () => {
    expect(
      [
        "CSP-owned",
        "CSC-owned",
        "Shared CSP and CSC",
        "Third-party outsourced",
        "Shared CSP and 3rd-party",
        "N/A",
        "shared",
        "Provider",
        " customer ",
      ].map(parseOwnership),
    ).toEqual([
      "provider",
      "customer",
      "shared",
      "third-party",
      "shared-provider-third-party",
      "not-applicable",
      "shared",
      "provider",
      "customer",
    ]);
    expect(parseOwnership("maybe")).toBeUndefined();
  });
});

describe("parseCaiqCsv", () => {
  it("reads the KumoMail sample: 6 controls, 2 pieces of evidence", () => {
    const r = parseCaiqCsv(sample, { provider: "kumomail" });
    expect(r.diagnostics).toEqual([]);
    const a = r.attestation;
    expect(a?.provider).toBe("kumomail");
    expect(a?.controls.map((c) => `${c.control.catalog}:${c.control.control}=${c.owner}`)).toEqual([
      "ccm-v4:IAM=shared",
      "ccm-v4:DSP=customer",
      "ccm-v4:BCR=shared",
      "ccm-v4:DCS=provider",
      "ccm-v4:UEM=customer",
      "iso27017:CLD.9.5.1=provider",
    ]);
    expect(a?.controls[0]?.providerImplementation).toBe(
      "Single sign-on with multi-factor authentication, enforced per tenant.",
    );
    expect(a?.controls[3]?.evidence).toEqual(["kumo-soc2"]);
    expect(a?.evidence).toEqual([
      { id: "kumo-iso27017", type: "certification", issued: "2025-06-01", expires: "2028-05-31" },
      { id: "kumo-soc2", type: "third-party-audit", issued: "2026-01-15", expires: "2027-01-14" },
    ]);
  });
  it("uses the default catalog and strips our own formula neutralising", () => {
    const r = parseCaiqCsv(
      "Control ID,Ownership,Provider Implementation\r\nIAM,CSP-owned,'=SUM(A1)\r\n",
    );
    expect(r.attestation?.controls).toEqual([
      {
        control: { catalog: "ccm-v4", control: "IAM" },
        owner: "provider",
        providerImplementation: "=SUM(A1)",
      },
    ]);
    expect(r.attestation?.provider).toBe("unknown");
  });
  it("reports a missing required column", () => {
    const r = parseCaiqCsv("Control ID,Owner\r\nIAM,CSP-owned\r\n");
    expect(r.attestation).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.code, d.path, d.message])).toEqual([
      ["cloud-matrix/csv-missing-column", "/header", "The CSV header has no 'Ownership' column."],
    ]);
  });
  it("reports an ownership outside the set, bad dates and evidence types, and ragged rows", () => {
    const csv = [
      "Control ID,Ownership,Evidence Type,Evidence Issued,Evidence Expires",
      "IAM,whoever,,,",
      "DSP,CSP-owned,certification,2026-13-01,",
      "BCR,CSP-owned,pinky-promise,2026-01-01,",
      "LOG,CSP-owned",
    ].join("\r\n");
    const r = parseCaiqCsv(csv, { locale: "ja" });
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["cloud-matrix/invalid-ownership", "/rows/0/Ownership"],
      ["cloud-matrix/csv-bad-date", "/rows/1/Evidence Issued"],
      ["cloud-matrix/csv-bad-evidence-type", "/rows/2/Evidence Type"],
      ["cloud-matrix/csv-row-length", "/rows/3"],
    ]);
    expect(r.diagnostics[3]?.message).toBe(
      "CSV の 5 行目のフィールド数は 2 で、ヘッダーの 5 と一致しません。",
    );
    // IAM is dropped (no owner); DSP, BCR (without evidence) and LOG remain.
    expect(r.attestation?.controls.map((c) => c.control.control)).toEqual(["DSP", "BCR", "LOG"]);
    expect(r.attestation?.evidence).toEqual([]);
  });
  it("reports an unterminated quote and returns nothing", () => {
    const r = parseCaiqCsv('Control ID,Ownership\r\nIAM,"CSP-owned\r\n');
    expect(r.attestation).toBeUndefined();
    expect(r.diagnostics[0]?.code).toBe("cloud-matrix/csv-unterminated-quote");
    expect(r.diagnostics[0]?.data).toEqual({ line: 2 });
  });
});
