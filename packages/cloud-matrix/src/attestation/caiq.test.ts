import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importCaiqCsv } from "./caiq.js";
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

describe("importCaiqCsv", () => {
  it("reads the KumoMail sample: 6 controls, 2 pieces of evidence", () => {
    const r = importCaiqCsv(sample, { provider: "kumomail" });
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
    const r = importCaiqCsv(
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
    const r = importCaiqCsv("Control ID,Owner\r\nIAM,CSP-owned\r\n");
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
    const r = importCaiqCsv(csv, { locale: "ja" });
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["cloud-matrix/invalid-ownership", "/rows/0/Ownership"],
      ["cloud-matrix/csv-bad-date", "/rows/1/Evidence Issued"],
      ["cloud-matrix/csv-bad-evidence-type", "/rows/2/Evidence Type"],
      ["cloud-matrix/csv-row-length", "/rows/3"],
    ]);
    expect(r.diagnostics[3]?.message).toBe(
      "CSV の5行目のフィールド数は2で、ヘッダーの5と一致しません。",
    );
    // IAM is dropped (no owner); DSP, BCR (without evidence) and LOG remain.
    expect(r.attestation?.controls.map((c) => c.control.control)).toEqual(["DSP", "BCR", "LOG"]);
    expect(r.attestation?.evidence).toEqual([]);
  });
  it("reports an unterminated quote and returns nothing", () => {
    const r = importCaiqCsv('Control ID,Ownership\r\nIAM,"CSP-owned\r\n');
    expect(r.attestation).toBeUndefined();
    expect(r.diagnostics[0]?.code).toBe("cloud-matrix/csv-unterminated-quote");
    expect(r.diagnostics[0]?.data).toEqual({ line: 2 });
  });
});

const fixture = (name: string) =>
  readFileSync(new URL(`../../test-data/${name}`, import.meta.url), "utf8");
const at = (line: number, from: number, to: number) => ({
  start: { line, column: from },
  end: { line, column: to },
});

describe("importCaiqCsv: CSA's CAIQ answers (STAR submission layout)", () => {
  const r = importCaiqCsv(fixture("star-caiq-v4.0.3.csv"), {
    provider: "kumomail",
    file: "star.csv",
  });
  it("gathers the question rows per control: owner, texts, NA and No answers", () => {
    expect(r.layout).toBe("caiq-answers");
    expect(r.attestation?.controls).toEqual([
      {
        control: { catalog: "ccm-v4.0", control: "A&A-01" },
        owner: "shared",
        // A&A-01.1 and .2 say the same: once.
        providerImplementation: "Annual audit programme approved by the board.",
        customerResponsibility: "Customers audit their own use of the service.",
      },
      {
        control: { catalog: "ccm-v4.0", control: "BCR-08" },
        // BCR-08.1's owner; BCR-08.3's differs and is reported.
        owner: "provider",
        providerImplementation:
          "Mailboxes are backed up daily\nto a second region.\nRestore tests are planned for 2027.",
        customerResponsibility: "Customers export what they must keep longer.",
        // BCR-08.2 is answered No.
        status: "partial",
      },
      {
        control: { catalog: "ccm-v4.0", control: "DCS-01" },
        owner: "third-party",
        providerImplementation: "Data centres are run by the hosting partner.",
        status: "not-applicable",
      },
      {
        control: { catalog: "ccm-v4.0", control: "IAM-14" },
        owner: "customer",
        customerResponsibility: "Customers enforce multi-factor authentication for their users.",
      },
    ]);
  });
  it("reports each problem at its cell in the CSV (line, column, file), with the row it repeats", () => {
    // BCR-08.1 spans lines 4-5 (a quoted line break), so BCR-08.3 is on line 7; the
    // ownership cell starts after "BCR-08.3," (9), the question cell (30) and "Yes," (4): column 45.
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.path, d.range, d.file])).toEqual([
      [
        "cloud-matrix/csv-ownership-differs",
        "warning",
        "/rows/4/SSRM Control Ownership",
        at(7, 45, 63),
        "star.csv",
      ],
      [
        "cloud-matrix/csv-duplicate-row",
        "warning",
        "/rows/9/Question ID",
        at(12, 1, 9),
        "star.csv",
      ],
      [
        "cloud-matrix/csv-unknown-question",
        "warning",
        "/rows/10/Question ID",
        at(13, 1, 9),
        "star.csv",
      ],
      // UEM-01.1 gives no owner: the empty cell, where the owner belongs.
      [
        "cloud-matrix/invalid-ownership",
        "error",
        "/rows/11/SSRM Control Ownership",
        at(14, 45, 45),
        "star.csv",
      ],
    ]);
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      "CSV line 7 gives control BCR-08 the owner 'Shared CSP and CSC', line 4 gave 'CSP-owned'; line 4 is the one read.",
      "CSV line 12 repeats 'IAM-14.1' of line 11; line 11 is the one read.",
      "'IAM-14.9' is not a CAIQ question of catalog 'ccm-v4.0'.",
      "'' is not an ownership value; expected one of: customer, provider, shared, third-party, shared-provider-third-party, not-applicable, unassigned.",
    ]);
    expect(r.diagnostics[0]?.related).toEqual([
      { path: "/rows/2/SSRM Control Ownership", range: at(4, 45, 54), file: "star.csv" },
    ]);
    expect(r.diagnostics[1]?.related).toEqual([
      { path: "/rows/8/Question ID", range: at(11, 1, 9), file: "star.csv" },
    ]);
  });
  it("gives each control the range of its CCM Control ID cell", () => {
    // IAM-14.1 on line 11: 45 + "CSC-owned," (10) + "," (1) + the responsibility (62) + "," = 119.
    expect(r.ranges?.[3]).toEqual(at(11, 119, 125));
    // BCR-08.1's row starts on line 4, but its CCM Control ID cell comes after the quoted line
    // break: line 5.
    expect(r.ranges?.map((x) => x.start.line)).toEqual([2, 5, 8, 11]);
  });
  it("takes the control from the question id when there is no CCM Control ID column", () => {
    const csv = "Question ID,SSRM Control Ownership\r\nLOG-05.2,CSP-owned\r\n";
    expect(importCaiqCsv(csv, { catalog: "ccm-v4.0" }).attestation?.controls).toEqual([
      { control: { catalog: "ccm-v4.0", control: "LOG-05" }, owner: "provider" },
    ]);
  });
});

describe("importCaiqCsv: CSA's CCM / CAIQ sheet (ownership per service model)", () => {
  const sheet = fixture("ccm-caiq-sheet-v4.0.3.csv");
  const owners = (serviceModel: "iaas" | "paas" | "saas") =>
    importCaiqCsv(sheet, { serviceModel }).attestation?.controls.map(
      (c) => `${c.control.catalog}:${c.control.control}=${c.owner}`,
    );
  it("reads the column of the matrix's service model", () => {
    // CSA's typical ownership (CCM_… columns): AIS-04 Shared/Shared/CSP-Owned, BCR-08 Shared,
    // DCS-01 CSP-Owned, DSP-17 CSP-Owned/CSP-Owned/CSC-Owned.
    expect(owners("saas")).toEqual([
      "ccm-v4.0:AIS-04=provider",
      "ccm-v4.0:BCR-08=shared",
      "ccm-v4.0:DCS-01=provider",
      "ccm-v4.0:DSP-17=customer",
    ]);
    expect(owners("iaas")).toEqual([
      "ccm-v4.0:AIS-04=shared",
      "ccm-v4.0:BCR-08=shared",
      "ccm-v4.0:DCS-01=provider",
      "ccm-v4.0:DSP-17=provider",
    ]);
    expect(owners("paas")).toEqual(owners("iaas"));
  });
  it("reports the repeated question at its cell; a quoted line break moves later rows down", () => {
    const r = importCaiqCsv(sheet, { serviceModel: "saas", file: "ccm.csv" });
    expect(r.layout).toBe("ccm-sheet");
    // BCR-08.2's row spans lines 4-6, so the two DSP-17.1 rows are lines 9 and 10; the
    // question id is the fifth field, after 46 + 25 + 6 + 16 characters and 4 commas: column 98.
    expect(r.diagnostics.map((d) => [d.code, d.path, d.range, d.file, d.message])).toEqual([
      [
        "cloud-matrix/csv-duplicate-row",
        "/rows/6/CAIQ_Question ID",
        at(10, 98, 106),
        "ccm.csv",
        "CSV line 10 repeats 'DSP-17.1' of line 9; line 9 is the one read.",
      ],
    ]);
  });
  it("falls back to the Implementation Guidelines ownership columns (Shared (Independent) / (Dependent))", () => {
    const csv = [
      "Control ID,CAIQ_Question ID,Implementation Guidelines_Control Ownership by Service Delivery Model IaaS,Implementation Guidelines_PaaS,Implementation Guidelines_SaaS",
      "AIS-04,AIS-04.1,Shared (Independent),Shared (Independent),CSP-Owned",
      "BCR-08,BCR-08.1,Shared (Dependent),Shared (Dependent),Shared (Dependent)",
      "DSP-17,DSP-17.1,CSP-Owned,CSP-Owned,CSP-Owned",
    ].join("\n");
    expect(
      importCaiqCsv(csv, { serviceModel: "saas" }).attestation?.controls.map((c) => c.owner),
    ).toEqual(["provider", "shared", "provider"]);
  });
  it("needs a service model that picks a column", () => {
    for (const serviceModel of [undefined, "on-premises"] as const) {
      const r = importCaiqCsv(sheet, serviceModel ? { serviceModel } : {});
      expect(r.attestation).toBeUndefined();
      expect(r.diagnostics.map((d) => [d.code, d.path, d.range?.start])).toEqual([
        ["cloud-matrix/csv-service-model", "/header", { line: 1, column: 1 }],
      ]);
    }
  });
});

describe("importCaiqCsv: mamori's columns, located", () => {
  it("points each diagnostic at its cell, and reports a repeated control (both rows kept)", () => {
    const csv = [
      "Control ID,Ownership,Evidence Type,Evidence Issued",
      "IAM,whoever,,",
      "DSP,CSP-owned,certification,2026-13-01",
      "DSP,CSC-owned,,",
      "LOG,CSP-owned",
    ].join("\r\n");
    const r = importCaiqCsv(csv, { file: "kumo.csv" });
    expect(r.diagnostics.map((d) => [d.code, d.range, d.file])).toEqual([
      ["cloud-matrix/invalid-ownership", at(2, 5, 12), "kumo.csv"],
      ["cloud-matrix/csv-bad-date", at(3, 29, 39), "kumo.csv"],
      ["cloud-matrix/csv-duplicate-row", at(4, 1, 4), "kumo.csv"],
      // A short row: the whole row.
      ["cloud-matrix/csv-row-length", at(5, 1, 14), "kumo.csv"],
    ]);
    expect(r.attestation?.controls.map((c) => `${c.control.control}=${c.owner}`)).toEqual([
      "DSP=provider",
      "DSP=customer",
      "LOG=provider",
    ]);
    expect(r.ranges).toEqual([at(3, 1, 4), at(4, 1, 4), at(5, 1, 4)]);
  });
  it("puts the unterminated quote at its line and column", () => {
    const r = importCaiqCsv('Control ID,Ownership\r\nIAM,"CSP-owned\r\n');
    expect(r.diagnostics[0]?.range).toEqual(at(2, 5, 5));
  });
});
