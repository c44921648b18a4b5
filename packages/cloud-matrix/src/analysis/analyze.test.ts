import { readFileSync } from "node:fs";
import { parseSource } from "@mamori/core/source";
import { describe, expect, it } from "vitest";
import { analyzeMatrix } from "./analyze.js";

const root = new URL("../../../../", import.meta.url);
const text = (p: string) => readFileSync(new URL(p, root), "utf8");
const yaml = (p: string) => parseSource(text(p)).data;
const NOW = "2026-11-27";

const sky = () =>
  analyzeMatrix(yaml("examples/data/matrix-skycloud.yaml"), {
    now: NOW,
    attestation: yaml("examples/data/attestations/skycloud.yaml"),
  });
const kumo = () =>
  analyzeMatrix(yaml("examples/data/matrix-kumomail.yaml"), {
    now: NOW,
    attestation: text("examples/data/attestations/kumomail-caiq.csv"),
  });

describe("analyzeMatrix on the sample organisation (now = 2026-11-27)", () => {
  it("SkyCloud: a responsibility nobody owns (14.1), a conflict (10.5), an expired certificate", () => {
    const r = sky();
    expect(r.matrix).toEqual({
      id: "skycloud-iaas",
      provider: "skycloud",
      serviceModel: "iaas",
      template: "classic-ten@1.0",
      services: ["wms", "customer-portal", "consolidation", "backup-storage"],
    });
    const errors = r.diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => [d.code, d.path, d.data?.control])).toEqual([
      ["cloud-matrix/conflict", "/overrides/0", "10.5"],
      ["cloud-matrix/gap", "/overrides/1", "14.1"],
    ]);
    // Both sides' statements are in the diagnostic.
    expect(errors[0]?.data?.customerStatement).toBe(
      "We assume SkyCloud snapshots the wms and consolidation volumes every day.",
    );
    expect(errors[0]?.data?.providerStatement).toBe(
      "Customers schedule snapshots of their volumes; SkyCloud keeps no copies of customer data.",
    );
    expect(errors[0]?.related).toEqual([{ path: "/controls/2", file: "attestation" }]);
    expect(errors[1]?.message).toBe(
      "Gap: nobody carries out iso27002-2005 14.1 (Security in business continuity management). The customer assumes provider; the provider (silent). Customer: We assume SkyCloud fails wms and customer-portal over to another region after a disaster. Provider: -",
    );
    const expired = r.diagnostics.filter((d) => d.code === "cloud-matrix/evidence-expired");
    expect(expired.map((d) => [d.path, d.file, d.data?.evidence, d.data?.expires])).toEqual([
      ["/evidence/0/expires", "attestation", "iso27001-cert", "2026-09-30"],
    ]);
    expect(r.evidence.map((e) => `${e.id}:${e.state}`)).toEqual([
      "iso27001-cert:expired",
      "soc2-2026:valid",
    ]);
    // 9.2 and CLD.9.5.1 rest only on the expired certificate -> unverified.
    expect(
      r.controls.filter((c) => c.findings.includes("unverified")).map((c) => c.control),
    ).toEqual(["9.2", "CLD.9.5.1"]);
    // 46 controls: 39 + 7. Owners: customer 26, provider 3 (9.1, 10.5, 14.1 overrides), shared 17.
    expect(r.controls).toHaveLength(46);
    expect(r.counts.owners).toMatchObject({ customer: 26, provider: 3, shared: 17, unassigned: 0 });
    // Gaps: 14.1 (error) + 12 shared controls the provider is silent on (info).
    expect(r.counts.findings).toEqual({
      gap: 13,
      conflict: 1,
      overlap: 0,
      unverified: 2,
      planned: 0,
    });
    expect(r.attestationSource).toBe("document");
    const c105 = r.controls.find((c) => c.control === "10.5");
    expect(c105?.attested).toEqual({
      owner: "customer",
      customerResponsibility:
        "Customers schedule snapshots of their volumes; SkyCloud keeps no copies of customer data.",
      evidence: [],
      verified: false,
    });
  });
  it("KumoMail (CAIQ CSV): a conflict on business continuity, evidence valid", () => {
    const r = kumo();
    expect(r.attestationSource).toBe("caiq-csv");
    const conflict = r.diagnostics.filter((d) => d.code === "cloud-matrix/conflict");
    expect(conflict.map((d) => [d.severity, d.path, d.data?.control, d.data?.attested])).toEqual([
      ["warning", "/overrides/0", "BCR", "shared"],
    ]);
    expect(r.evidence.map((e) => e.state)).toEqual(["valid", "valid"]);
    expect(r.counts.findings.conflict).toBe(1);
    expect(r.controls.find((c) => c.control === "IAM")?.attested?.verified).toBe(true);
  });
  it("keeps the contract shape and is deterministic", () => {
    const r = sky();
    const c = r.controls.find((x) => x.control === "14.1");
    expect({
      catalog: c?.catalog,
      control: c?.control,
      title: c?.title,
      clause: c?.clause,
      owner: c?.owner,
    }).toEqual({
      catalog: "iso27002-2005",
      control: "14.1",
      title: "Security in business continuity management",
      clause: "14",
      owner: "provider",
    });
    expect(JSON.stringify(sky())).toBe(JSON.stringify(r));
    expect(
      JSON.stringify(
        analyzeMatrix(yaml("examples/data/matrix-skycloud.yaml"), {
          now: new Date("2026-11-27T00:00:00Z"),
          attestation: yaml("examples/data/attestations/skycloud.yaml"),
        }),
      ),
    ).toBe(JSON.stringify(r));
  });
  it("speaks Japanese", () => {
    const r = analyzeMatrix(yaml("examples/data/matrix-skycloud.yaml"), {
      now: NOW,
      locale: "ja",
      attestation: yaml("examples/data/attestations/skycloud.yaml"),
    });
    const d = r.diagnostics.find((x) => x.code === "cloud-matrix/evidence-expired");
    expect(d?.message).toBe(
      "証跡 'iso27001-cert'（certification）は 2026-09-30 に期限切れです（確認日 2026-11-27）。",
    );
  });
});

describe("analyzeMatrix on bad input", () => {
  const base = {
    kind: "ResponsibilityMatrix",
    schemaVersion: "1.0",
    id: "m",
    provider: "p",
    serviceModel: "iaas",
    catalogs: ["iso27017"],
  };
  it("never throws and reports schema problems with paths", () => {
    expect(analyzeMatrix(null).diagnostics[0]?.code).toBe("document/not-an-object");
    const r = analyzeMatrix({
      ...base,
      serviceModel: "iaass",
      overrides: [{ control: { catalog: "iso27017", control: "CLD.6.3.1" }, owner: "everyone" }],
    });
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["schema/invalid-value", "/overrides/0/owner"],
      ["schema/invalid-value", "/serviceModel"],
    ]);
    expect(r.matrix).toBeNull();
    expect(r.controls).toEqual([]);
  });
  it("reports unknown catalogs, controls, templates and a bad now", () => {
    const r = analyzeMatrix(
      {
        ...base,
        catalogs: ["iso27017", "iso27018"],
        overrides: [{ control: { catalog: "iso27017", control: "CLD.9.9.9" }, owner: "provider" }],
      },
      { now: "tomorrow" },
    );
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["cloud-matrix/invalid-now", ""],
      ["cloud-matrix/unknown-catalog", "/catalogs/1"],
      ["cloud-matrix/unknown-control", "/overrides/0/control/control"],
    ]);
    expect(r.controls).toHaveLength(7);
    const t = analyzeMatrix({ ...base, template: { id: "classic-ten", version: "9.9" } });
    expect(t.diagnostics.map((d) => [d.code, d.message])).toEqual([
      [
        "cloud-matrix/unknown-template",
        "Layer template 'classic-ten@9.9' is not known; available: classic-ten@1.0.",
      ],
    ]);
  });
  it("uses user-defined templates and catalogs, picking the latest version unless one is named", () => {
    const owners = (o: string) => ({ data: o, ops: o });
    const template = (version: string, iaas: string) => ({
      kind: "LayerTemplate",
      schemaVersion: "1.0",
      id: "two-layer",
      version,
      layers: [
        { id: "data", name: { en: "Data" } },
        { id: "ops", name: { en: "Operations" } },
      ],
      owners: {
        saas: owners("provider"),
        paas: owners("shared"),
        iaas: { data: "customer", ops: iaas },
        "on-premises": owners("customer"),
      },
    });
    const catalog = {
      kind: "Catalog",
      schemaVersion: "1.0",
      id: "mini",
      name: { en: "Mini" },
      controls: [{ id: "ops-1", title: { en: "Run it" }, layers: ["ops"] }],
    };
    const input = { ...base, catalogs: ["mini"], template: { id: "two-layer" } };
    const opts = {
      catalogs: [catalog],
      templates: [template("2024.10", "provider"), template("2024.2", "customer")],
    };
    const latest = analyzeMatrix(input, opts);
    // 2024.10 > 2024.2 (numeric per segment) -> ops = provider.
    expect(latest.matrix?.template).toBe("two-layer@2024.10");
    expect(latest.controls.map((c) => c.owner)).toEqual(["provider"]);
    const pinned = analyzeMatrix(
      { ...input, template: { id: "two-layer", version: "2024.2" } },
      opts,
    );
    expect(pinned.controls.map((c) => c.owner)).toEqual(["customer"]);
    const bad = analyzeMatrix(input, {
      ...opts,
      templates: [{ ...template("1", "provider"), owners: { saas: {} } }],
    });
    expect(
      bad.diagnostics.filter((d) => d.file === "templates/0").map((d) => [d.code, d.path]),
    ).toEqual([
      // Sorted by path.
      ["schema/required", "/owners/iaas"],
      ["schema/required", "/owners/on-premises"],
      ["schema/required", "/owners/paas"],
    ]);
  });
  it("reports an attestation in no known form and one for another provider", () => {
    expect(
      analyzeMatrix(base, { attestation: 42 }).diagnostics.map((d) => [d.code, d.file]),
    ).toEqual([["cloud-matrix/attestation-format", "attestation"]]);
    const other = analyzeMatrix(base, {
      attestation: {
        kind: "ProviderAttestation",
        schemaVersion: "1.0",
        provider: "q",
        evidence: [],
        controls: [],
      },
    });
    expect(other.diagnostics.map((d) => d.code)).toContain(
      "cloud-matrix/attestation-provider-mismatch",
    );
  });
});

describe("a control the provider has only planned is not attested", () => {
  // SkyCloud's 9.1 (secure areas) falls to the provider by the template's facilities layer and
  // is backed by a valid SOC 2 report: clean as attested. Then the provider marks it planned.
  // 14.1 is on the provider by the customer's own override, and SkyCloud is silent on it.
  const withStatus = (status: string, plannedCompletion?: string) => {
    const attestation = yaml("examples/data/attestations/skycloud.yaml") as {
      controls: Array<Record<string, unknown>>;
    };
    const c91 = attestation.controls[0] as Record<string, unknown>;
    c91.status = status;
    if (plannedCompletion) c91.plannedCompletion = plannedCompletion;
    attestation.controls.push({
      control: { catalog: "iso27002-2005", control: "14.1" },
      owner: "provider",
      providerImplementation: "Region failover for IaaS volumes.",
      status,
      ...(plannedCompletion ? { plannedCompletion } : {}),
      evidence: ["soc2-2026"],
    });
    return analyzeMatrix(yaml("examples/data/matrix-skycloud.yaml"), { now: NOW, attestation });
  };
  const on = (r: ReturnType<typeof analyzeMatrix>, control: string) =>
    r.diagnostics.filter((d) => d.data?.control === control).map((d) => [d.code, d.severity]);

  it("implemented (or unstated): nothing to say about 9.1 or 14.1", () => {
    expect(on(sky(), "9.1")).toEqual([]);
    const r = withStatus("implemented");
    expect(on(r, "9.1")).toEqual([]);
    expect(on(r, "14.1")).toEqual([]);
  });

  it("planned: an error where the customer's override relies on it, a warning where a layer does", () => {
    const r = withStatus("planned", "2027-03-31");
    expect(on(r, "9.1")).toEqual([["cloud-matrix/planned", "warning"]]);
    expect(on(r, "14.1")).toEqual([["cloud-matrix/planned", "error"]]);
    const d = r.diagnostics.find(
      (x) => x.code === "cloud-matrix/planned" && x.data?.control === "14.1",
    );
    expect(d?.message).toBe(
      "Not attested yet: the customer relies on the provider for iso27002-2005 14.1 (Security in business continuity management), which the provider has not finished implementing (OSCAL implementation status 'planned'; planned completion: 2027-03-31). Customer: We assume SkyCloud fails wms and customer-portal over to another region after a disaster. Provider: Region failover for IaaS volumes.",
    );
    const c = r.controls.find((x) => x.control === "9.1");
    expect(c?.findings).toEqual(["planned"]);
    expect(c?.attested?.status).toBe("planned");
    expect(c?.attested?.plannedCompletion).toBe("2027-03-31");
    // the valid SOC 2 report does not make a planned control attested; it is not "unverified"
    // either (that is for claims without evidence): 9.2 and CLD.9.5.1 stay the only two
    expect(r.counts.findings).toMatchObject({ planned: 2, unverified: 2, gap: 12 });
  });

  it("partial: a warning, with no date when none is given", () => {
    const r = withStatus("partial");
    expect(on(r, "9.1")).toEqual([["cloud-matrix/planned", "warning"]]);
    expect(on(r, "14.1")).toEqual([["cloud-matrix/planned", "warning"]]);
    expect(r.diagnostics.find((x) => x.code === "cloud-matrix/planned")?.data?.completion).toBe(
      "—",
    );
  });

  it("not-applicable: the provider carries none of it, a gap", () => {
    const r = withStatus("not-applicable");
    expect(on(r, "9.1").map(([code]) => code)).toEqual(["cloud-matrix/gap"]);
    expect(on(r, "14.1")).toEqual([["cloud-matrix/gap", "error"]]);
  });
});

describe("a CSA CAIQ CSV against a matrix of CCM v4.0 controls", () => {
  const fixture = (name: string) =>
    readFileSync(new URL(`../../test-data/${name}`, import.meta.url), "utf8");
  const matrix = (serviceModel: string, overrides: unknown[] = []) => ({
    kind: "ResponsibilityMatrix",
    schemaVersion: "1.0",
    id: "kumomail-saas",
    provider: "kumomail",
    serviceModel,
    catalogs: ["ccm-v4.0"],
    overrides,
  });
  it("compares control by control; findings about the CSV point at its line and column", () => {
    const r = analyzeMatrix(
      matrix("saas", [
        {
          control: { catalog: "ccm-v4.0", control: "IAM-14" },
          owner: "provider",
          reason: "We assume KumoMail enforces MFA.",
        },
      ]),
      { now: NOW, attestation: fixture("star-caiq-v4.0.3.csv"), attestationFile: "star.csv" },
    );
    expect(r.controls).toHaveLength(197);
    // Every attested control is in the matrix's catalog: none unknown, none left uncompared.
    const codes = new Set(r.diagnostics.map((d) => d.code));
    expect(codes.has("cloud-matrix/unknown-control")).toBe(false);
    expect(codes.has("cloud-matrix/not-compared")).toBe(false);
    const conflict = r.diagnostics.find((d) => d.code === "cloud-matrix/conflict");
    expect([conflict?.path, conflict?.data?.control, conflict?.related]).toEqual([
      "/overrides/0",
      "IAM-14",
      [
        {
          path: "/controls/3",
          file: "star.csv",
          range: { start: { line: 11, column: 119 }, end: { line: 11, column: 125 } },
        },
      ],
    ]);
    // The CSV's own diagnostics are in the CSV file, at their cells.
    expect(
      r.diagnostics
        .filter((d) => d.code.startsWith("cloud-matrix/csv-") || d.code.endsWith("-ownership"))
        .map((d) => `${d.file}:${d.range?.start.line}:${d.range?.start.column} ${d.code}`),
    ).toEqual([
      "star.csv:7:45 cloud-matrix/csv-ownership-differs",
      "star.csv:12:1 cloud-matrix/csv-duplicate-row",
      "star.csv:13:1 cloud-matrix/csv-unknown-question",
      "star.csv:14:45 cloud-matrix/invalid-ownership",
    ]);
  });
  it("the matrix's service model picks the CCM sheet's ownership column", () => {
    const owner = (model: string) =>
      analyzeMatrix(matrix(model), {
        attestation: fixture("ccm-caiq-sheet-v4.0.3.csv"),
      }).controls.find((c) => c.control === "DSP-17")?.attested?.owner;
    expect([owner("saas"), owner("paas"), owner("iaas")]).toEqual([
      "customer",
      "provider",
      "provider",
    ]);
    const onPrem = analyzeMatrix(matrix("on-premises"), {
      attestation: fixture("ccm-caiq-sheet-v4.0.3.csv"),
    });
    expect(onPrem.diagnostics.filter((d) => d.file === "attestation").map((d) => d.code)).toEqual([
      "cloud-matrix/csv-service-model",
    ]);
  });
});

describe("a CCM control id under the domain-only ccm-v4 catalog", () => {
  it("says which edition holds it instead of only 'unknown control'", () => {
    const doc = yaml("examples/data/matrix-kumomail.yaml") as Record<string, any>;
    doc.overrides = [
      ...(doc.overrides ?? []),
      { control: { catalog: "ccm-v4", control: "AIS-01" }, owner: "provider", reason: "SaaS" },
    ];
    const d = analyzeMatrix(doc, { now: NOW }).diagnostics.find(
      (x) => x.code === "cloud-matrix/unknown-control",
    );
    expect(d?.message).toBe(
      "Control 'AIS-01' is not in catalog 'ccm-v4', which holds CCM's 17 domains only; it is a control of 'ccm-v4.1 / ccm-v4.0': name that catalog (the newest first).",
    );
    expect(d?.severity).toBe("error");
  });
});
