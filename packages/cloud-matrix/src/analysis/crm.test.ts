import { readFileSync } from "node:fs";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { formatCrmMarkdown, toCrmCsv } from "../exports/crm.js";
import { toOscalLeveragingSsp } from "../exports/oscal-leveraging.js";
import { uuidV5 } from "../util/uuid.js";
import { type CrmResult, computeCrm } from "./crm.js";

const root = new URL("../../../../", import.meta.url);
const json = (p: string): unknown => JSON.parse(readFileSync(new URL(p, root), "utf8"));
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const sspValid = ajv.compile(json("fixtures/oscal-1.2.1/oscal_ssp_schema.json") as object);

/** The verdicts of a CRM without paths: what a read-back must reproduce. */
const verdicts = (crm: CrmResult) =>
  crm.controls.map((c) => ({
    control: `${c.catalog} ${c.control}`,
    inherited: c.provided.filter((p) => p.inherited).map((p) => p.uuid),
    responsibilities: c.responsibilities.map((r) => ({
      uuid: r.uuid,
      status: r.status,
      reason: r.reason,
      by: r.by.map((b) => ({ statement: b.statement, evidence: b.evidence })),
    })),
  }));

describe("computeCrm on NIST's leveraged and leveraging example SSPs", () => {
  const leveraged = json("fixtures/oscal/oscal_leveraged-example_ssp.json");
  const leveraging = json("fixtures/oscal/oscal_leveraging-example_ssp.json");
  const crm = computeCrm({ provider: leveraged, customer: leveraging });
  const ac2 = crm.controls[0];

  it("lists what the IaaS provides for ac-2 and what the SaaS inherits", () => {
    // The leveraged SSP's ac-2 statement a has two by-components, each exporting one provided
    // capability (…002001001001, …002001002001); the leveraging SSP inherits the second only.
    expect(crm.controls.map((c) => c.control)).toEqual(["ac-2"]);
    expect(ac2?.provided.map((p) => [p.uuid, p.inherited])).toEqual([
      ["11111111-0000-4000-9009-002001001001", false],
      ["11111111-0000-4000-9009-002001002001", true],
    ]);
  });

  it("judges each responsibility: one unclaimed, one claimed without evidence", () => {
    // Responsibility …001002 (of the first capability): the SaaS's satisfied entry meant for it
    // points at the capability …001001 instead, so nobody claims it → not satisfied.
    // Responsibility …002002: satisfied entry …002001002003 claims it, with no link to any
    // evidence → unverified (no evidence).
    expect(ac2?.responsibilities.map((r) => [r.uuid, r.status, r.reason])).toEqual([
      ["11111111-0000-4000-9009-002001001002", "not-satisfied", undefined],
      ["11111111-0000-4000-9009-002001002002", "unverified", "no-evidence"],
    ]);
    expect(ac2?.responsibilities[1]?.by[0]?.statement).toBe(
      "Description of how the responsibility was satisfied.",
    );
    expect(ac2?.owes).toBe(true);
    // 1 control, 2 provided, 1 inherited, 2 responsibilities: 0 satisfied + 1 unverified + 1 not.
    expect(crm.summary).toEqual({
      controls: 1,
      provided: 2,
      inherited: 1,
      responsibilities: 2,
      satisfied: 0,
      unverified: 1,
      notSatisfied: 1,
      owed: 1,
    });
  });

  it("reports the misdirected satisfied entry, the unverified claim and the unmet responsibility", () => {
    expect(crm.diagnostics.map((d) => [d.code, d.severity, d.file])).toEqual([
      ["cloud-matrix/oscal-satisfied-not-responsibility", "warning", "customer"],
      ["cloud-matrix/crm-unverified", "warning", "customer"],
      ["cloud-matrix/crm-not-satisfied", "error", "provider"],
    ]);
    expect(crm.diagnostics[2]?.path).toBe(
      "/system-security-plan/control-implementation/implemented-requirements/0/statements/0/by-components/0/export/responsibilities/0",
    );
    // Back-matter that is no evidence (the profile, the leveraged SSP's link) is not listed.
    expect(crm.evidence).toEqual([]);
  });
});

// A SaaS mail service (kumomail) on an IaaS (skycloud), and a clinic using the mail service.
const iaas = {
  kind: "ProviderAttestation",
  schemaVersion: "1.0",
  provider: "skycloud",
  evidence: [],
  controls: [
    {
      control: { catalog: "nist-800-53", control: "cp-9" },
      owner: "shared",
      providerImplementation: "Daily volume snapshots, kept 30 days.",
      customerResponsibility: "Choose what to back up and test restores.",
    },
    {
      control: { catalog: "nist-800-53", control: "ac-2" },
      owner: "shared",
      providerImplementation: "An IAM service.",
      customerResponsibility: "Manage your IAM users.",
    },
  ],
};
/** skycloud's uuids, as `toOscalSsp` names them. */
const sky = (control: string, what: "provided" | "responsibility") =>
  uuidV5(`skycloud/nist-800-53/${control}/${what}`);
const K = {
  backup: "33333333-0000-4000-9000-000000000001",
  console: "33333333-0000-4000-9000-000000000002",
  users: "33333333-0000-4000-9000-000000000003",
  restore: "33333333-0000-4000-9000-000000000004",
};
let n = 0;
const id = () => `44444444-0000-4000-9000-${String(++n).padStart(12, "0")}`;
const saas = {
  "system-security-plan": {
    uuid: id(),
    metadata: {
      title: "kumomail",
      "last-modified": "2026-01-01T00:00:00Z",
      version: "1",
      "oscal-version": "1.2.1",
    },
    "control-implementation": {
      description: "kumomail on skycloud",
      "implemented-requirements": [
        {
          uuid: id(),
          "control-id": "cp-9",
          "by-components": [
            {
              "component-uuid": id(),
              uuid: id(),
              description: "Mailboxes are backed up to skycloud volumes.",
              inherited: [{ uuid: id(), "provided-uuid": sky("cp-9", "provided") }],
              satisfied: [
                {
                  uuid: id(),
                  "responsibility-uuid": sky("cp-9", "responsibility"),
                  description: "kumomail backs up every mailbox and tests a restore quarterly.",
                },
              ],
              export: { provided: [{ uuid: K.backup, description: "Mailbox backup." }] },
            },
          ],
        },
        {
          uuid: id(),
          "control-id": "ac-2",
          "by-components": [
            {
              "component-uuid": id(),
              uuid: id(),
              description: "Mail accounts.",
              inherited: [{ uuid: id(), "provided-uuid": sky("ac-2", "provided") }],
              export: {
                provided: [{ uuid: K.console, description: "A mail admin console." }],
                responsibilities: [
                  {
                    uuid: K.users,
                    "provided-uuid": K.console,
                    description: "Manage your mail users and remove leavers.",
                  },
                ],
              },
            },
          ],
        },
        {
          uuid: id(),
          "control-id": "cp-10",
          "by-components": [
            {
              "component-uuid": id(),
              uuid: id(),
              description: "Restore on request.",
              "implementation-status": { state: "planned" },
              export: {
                provided: [{ uuid: K.restore, description: "Mailbox restore on request." }],
              },
            },
          ],
        },
      ],
    },
  },
};
const clinic = {
  kind: "ResponsibilityMatrix",
  schemaVersion: "1.0",
  id: "clinic",
  provider: "kumomail",
  serviceModel: "saas",
  catalogs: ["iso27017"],
  evidence: [
    { id: "hr-checklist", title: "Leaver checklist", issued: "2026-01-10", expires: "2026-12-31" },
  ],
  overrides: [
    {
      control: { catalog: "nist-800-53", control: "ac-2" },
      owner: "shared",
      satisfies: [
        {
          responsibility: K.users,
          statement: "Leavers are removed on the HR leaver checklist.",
          evidence: ["hr-checklist"],
        },
        {
          responsibility: sky("ac-2", "responsibility"),
          statement: "We hold no skycloud IAM users.",
        },
      ],
    },
  ],
};

describe("computeCrm on a SaaS-on-IaaS chain", () => {
  const crm = computeCrm({ provider: saas, via: [iaas], customer: clinic }, { now: "2026-12-07" });

  it("passes on only what the SaaS leaves unsatisfied", () => {
    // kumomail satisfies skycloud's cp-9 responsibility, not its ac-2 one: that one reaches the
    // clinic, after kumomail's own ac-2 responsibility.
    expect(crm.systems.map((s) => s.title)).toEqual(["kumomail", "skycloud"]);
    expect(crm.controls.map((c) => c.control)).toEqual(["cp-9", "ac-2", "cp-10"]);
    expect(crm.controls[0]?.responsibilities).toEqual([]);
    expect(crm.controls[1]?.responsibilities.map((r) => [r.uuid, r.system, r.file])).toEqual([
      [K.users, "kumomail", "provider"],
      [sky("ac-2", "responsibility"), "skycloud", "via/0"],
    ]);
  });

  it("judges claims by their evidence on the day", () => {
    // hr-checklist: issued 2026-01-10 ≤ 2026-12-07 ≤ expires 2026-12-31 → valid → satisfied.
    // The skycloud claim cites nothing → unverified (no evidence).
    expect(verdicts(crm)[1]?.responsibilities.map((r) => [r.status, r.reason])).toEqual([
      ["satisfied", undefined],
      ["unverified", "no-evidence"],
    ]);
    // Two weeks after expiry (2027-01-05 > 2026-12-31) the checklist no longer counts.
    const later = computeCrm(
      { provider: saas, via: [iaas], customer: clinic },
      { now: "2027-01-05" },
    );
    expect(later.controls[1]?.responsibilities[0]?.reason).toBe("evidence-expired");
    // An expiry date holds through its day: on 2026-12-31 (even at 23:00 UTC) it still
    // counts, on 2027-01-01 it does not.
    const at = (now: string) =>
      computeCrm({ provider: saas, via: [iaas], customer: clinic }, { now }).controls[1]
        ?.responsibilities[0]?.status;
    expect([at("2026-12-31"), at("2026-12-31T23:00:00Z"), at("2027-01-01")]).toEqual([
      "satisfied",
      "satisfied",
      "unverified",
    ]);
    // Before it was issued (2026-01-01 < 2026-01-10): a future date is not done.
    const before = computeCrm(
      { provider: saas, via: [iaas], customer: clinic },
      { now: "2026-01-01" },
    );
    expect(before.controls[1]?.responsibilities[0]?.reason).toBe("evidence-not-yet-issued");
  });

  it("inherits only what is implemented", () => {
    // cp-10's restore is planned: provided, not inherited, with a warning.
    expect(crm.controls[2]?.provided).toEqual([
      {
        uuid: K.restore,
        description: "Mailbox restore on request.",
        system: "kumomail",
        status: "planned",
        inherited: false,
      },
    ]);
    expect(crm.diagnostics.map((d) => d.code)).toContain("cloud-matrix/crm-provided-planned");
    // 3 controls; provided 1 + 1 + 1 = 3, inherited 2; responsibilities 2: 1 satisfied, 1 unverified.
    expect(crm.summary).toEqual({
      controls: 3,
      provided: 3,
      inherited: 2,
      responsibilities: 2,
      satisfied: 1,
      unverified: 1,
      notSatisfied: 0,
      owed: 1,
    });
  });

  it("writes a leveraging SSP that NIST's 1.2.1 schema accepts and that reads back the same", () => {
    const ssp = toOscalLeveragingSsp(crm, { dateAuthorized: "2026-04-01" });
    expect(sspValid(ssp), JSON.stringify(sspValid.errors?.slice(0, 3))).toBe(true);
    const back = computeCrm({ provider: saas, via: [iaas], customer: ssp }, { now: "2026-12-07" });
    expect(verdicts(back)).toEqual(verdicts(crm));
    expect(back.evidence).toEqual(crm.evidence);
    expect(back.summary).toEqual(crm.summary);
    const auth = (ssp["system-security-plan"] as Record<string, any>)["system-implementation"][
      "leveraged-authorizations"
    ];
    expect(auth.map((a: { title: string }) => a.title)).toEqual(["kumomail", "skycloud"]);
  });

  it("writes the CRM as CSV and Markdown", () => {
    const rows = toCrmCsv(crm).trimEnd().split("\r\n");
    // Header + cp-9 (no responsibility) + ac-2 × 2 + cp-10 (none) = 5 rows.
    expect(rows).toHaveLength(5);
    expect(rows[2]).toBe(
      `nist-800-53,ac-2,A mail admin console.,1,${K.users},Manage your mail users and remove leavers.,kumomail,satisfied,,Leavers are removed on the HR leaver checklist.,hr-checklist`,
    );
    const md = formatCrmMarkdown(crm);
    expect(md).toContain(
      "2 customer responsibilities (1 satisfied, 1 unverified, 0 not satisfied); 2 of 3 provided capabilities inherited.",
    );
    expect(md).toContain(
      "| nist-800-53 ac-2 | Manage your IAM users. | skycloud | unverified (no evidence) | We hold no skycloud IAM users. |  |",
    );
    expect(formatCrmMarkdown(crm, { locale: "ja" })).toContain(
      "利用者の責任2件（充足1件、未検証1件、未充足0件）",
    );
  });
});

describe("computeCrm on bad claims and bad input", () => {
  // The clinic's matrix for SkyCloud itself (these cases use SkyCloud as the provider).
  const onSky = { ...clinic, provider: "skycloud" };
  const claim = (satisfies: unknown[], extra: Record<string, unknown> = {}) => ({
    ...onSky,
    ...extra,
    overrides: [
      { control: { catalog: "nist-800-53", control: "ac-2" }, owner: "shared", satisfies },
    ],
  });

  it("reports evidence the matrix does not list, and counts the claim as unverified", () => {
    const crm = computeCrm({
      provider: iaas,
      customer: claim([{ statement: "Reviewed monthly.", evidence: ["nope"] }]),
    });
    expect(crm.diagnostics.find((d) => d.code === "cloud-matrix/crm-unknown-evidence")?.path).toBe(
      "/overrides/0/satisfies/0/evidence/0",
    );
    // A claim without `responsibility` covers the control's one responsibility (ac-2's).
    expect(crm.controls[1]?.responsibilities[0]?.status).toBe("unverified");
  });

  it("reports a claim on a responsibility nobody leaves, and one on a control without any", () => {
    const crm = computeCrm({
      provider: iaas,
      customer: {
        ...onSky,
        overrides: [
          {
            control: { catalog: "nist-800-53", control: "ac-2" },
            owner: "shared",
            satisfies: [{ responsibility: "no-such-uuid", statement: "x" }],
          },
          {
            control: { catalog: "nist-800-53", control: "sc-7" },
            owner: "shared",
            satisfies: [{ statement: "Our firewall." }],
          },
        ],
      },
    });
    expect(
      crm.diagnostics
        .map((d) => [d.code, d.path])
        .filter(([c]) => !String(c).includes("not-satisfied")),
    ).toEqual([
      ["cloud-matrix/crm-unknown-responsibility", "/overrides/0/satisfies/0/responsibility"],
      ["cloud-matrix/crm-claim-unmatched", "/overrides/1/satisfies/0"],
    ]);
    // Nothing was satisfied: both skycloud responsibilities stay not satisfied (2 errors).
    expect(crm.summary.notSatisfied).toBe(2);
  });

  it("inherits nothing where the customer keeps the control to itself", () => {
    const crm = computeCrm({
      provider: iaas,
      customer: {
        ...onSky,
        overrides: [{ control: { catalog: "nist-800-53", control: "cp-9" }, owner: "customer" }],
      },
    });
    expect(crm.controls.map((c) => c.provided.map((p) => p.inherited))).toEqual([[false], [true]]);
  });

  it("never throws on input it cannot read", () => {
    const crm = computeCrm({ provider: 42, customer: "yaml?" });
    expect(crm.controls).toEqual([]);
    // Sorted by file, then path: customer before provider.
    expect(crm.diagnostics.map((d) => [d.code, d.file])).toEqual([
      ["cloud-matrix/crm-customer-format", "customer"],
      ["cloud-matrix/attestation-format", "provider"],
    ]);
    const half = computeCrm({ provider: { "system-security-plan": { uuid: "x" } } });
    expect(half.diagnostics[0]?.code).toBe("cloud-matrix/oscal-malformed");
    // A wrong customer matrix is reported with the schema's own path.
    const bad = computeCrm({
      provider: iaas,
      customer: claim([{ statement: "x", evidence: "exit" }]),
    });
    expect(
      bad.diagnostics.some(
        (d) => d.file === "customer" && d.path === "/overrides/0/satisfies/0/evidence",
      ),
    ).toBe(true);
  });

  it("speaks Japanese", () => {
    const crm = computeCrm({ provider: iaas }, { locale: "ja" });
    expect(crm.diagnostics[0]?.message).toBe(
      "管理策 cp-9: skycloud が示す利用者の責任 '" +
        sky("cp-9", "responsibility") +
        "' が満たされていません。Choose what to back up and test restores.",
    );
  });
});

describe("computeCrm, as an auditor would try it (review findings)", () => {
  const attest = (controls: unknown[], provider = "kumomail") => ({
    kind: "ProviderAttestation",
    schemaVersion: "1.0",
    provider,
    evidence: [],
    controls,
  });
  const shared = (control: string, customerResponsibility: string) => ({
    control: { catalog: "iso27017", control },
    owner: "shared",
    providerImplementation: "Done by us.",
    customerResponsibility,
  });
  const matrix = (evidence: unknown[], extra: Record<string, unknown> = {}) => ({
    kind: "ResponsibilityMatrix",
    schemaVersion: "1.0",
    id: "clinic",
    provider: "kumomail",
    serviceModel: "saas",
    catalogs: ["iso27017"],
    evidence,
    overrides: [
      {
        control: { catalog: "iso27017", control: "CLD.12.1.5" },
        owner: "shared",
        satisfies: [{ statement: "Our admin procedures.", evidence: ["e"] }],
      },
    ],
    ...extra,
  });
  const provider = attest([shared("CLD.12.1.5", "Document your admin procedures.")]);
  const status = (crm: ReturnType<typeof computeCrm>) =>
    crm.controls[0]?.responsibilities[0] && [
      crm.controls[0].responsibilities[0].status,
      crm.controls[0].responsibilities[0].reason,
    ];

  it("does not count evidence current when the check day is no date", () => {
    const crm = computeCrm(
      { provider, customer: matrix([{ id: "e", issued: "2020-01-01", expires: "2021-01-01" }]) },
      { now: "garbage" },
    );
    expect(status(crm)).toEqual(["unverified", "date-unreadable"]);
    expect(crm.diagnostics.map((d) => d.code)).toContain("cloud-matrix/crm-now-invalid");
  });

  it("reports evidence listed twice, and weighs every entry whatever their order", () => {
    // One entry expired in 2020, the other valid to 2030: the claim holds on 2026-12-07 either way.
    const old = { id: "e", expires: "2020-01-01" };
    const current = { id: "e", expires: "2030-01-01" };
    for (const list of [
      [old, current],
      [current, old],
    ]) {
      const crm = computeCrm({ provider, customer: matrix(list) }, { now: "2026-12-07" });
      expect(status(crm)).toEqual(["satisfied", undefined]);
      expect(crm.diagnostics.map((d) => d.code)).toContain("cloud-matrix/crm-duplicate-evidence");
    }
  });

  it("stops a lower system's responsibility at an attestation that carries the control itself", () => {
    // The SaaS attests si-2 as its own (owner provider); the IaaS below leaves guest patching to
    // its customer, the SaaS: nothing of si-2 reaches the SaaS's customer.
    const saas = attest([
      { control: { catalog: "nist-800-53", control: "si-2" }, owner: "provider" },
    ]);
    const iaas = attest(
      [
        {
          control: { catalog: "nist-800-53", control: "si-2" },
          owner: "shared",
          customerResponsibility: "Patch the guest OS.",
        },
      ],
      "skycloud",
    );
    const crm = computeCrm({ provider: saas, via: [iaas] });
    expect(crm.controls.map((c) => [c.control, c.responsibilities.length])).toEqual([["si-2", 0]]);
    expect(crm.diagnostics.filter((d) => d.code === "cloud-matrix/crm-not-satisfied")).toEqual([]);
  });

  it("warns when the matrix is written for another provider", () => {
    const crm = computeCrm({ provider, customer: matrix([], { provider: "someoneelse" }) });
    expect(
      crm.diagnostics.find((d) => d.code === "cloud-matrix/crm-provider-mismatch"),
    ).toMatchObject({ file: "customer", path: "/provider", severity: "warning" });
  });

  it("keeps a claim under the control it is made under through the leveraging SSP", () => {
    // The claim is written under CLD.12.1.5 but names CLD.9.5.1's responsibility by uuid.
    const two = attest([
      shared("CLD.12.1.5", "Document your admin procedures."),
      shared("CLD.9.5.1", "Configure your tenant isolation."),
    ]);
    const target = uuidV5("kumomail/iso27017/CLD.9.5.1/responsibility").toUpperCase();
    const customer = matrix([{ id: "e" }]);
    customer.overrides[0]!.satisfies = [
      { responsibility: target, statement: "x", evidence: ["e"] },
    ] as never;
    const crm = computeCrm({ provider: two, customer });
    const ssp = toOscalLeveragingSsp(crm);
    expect(sspValid(ssp)).toBe(true);
    const back = computeCrm({ provider: two, customer: ssp });
    const claims = (c: CrmResult) =>
      c.controls.map((x) => [
        x.control,
        x.responsibilities.map((r) => [r.status, r.by.map((b) => b.control.control)]),
      ]);
    expect(claims(back)).toEqual(claims(crm));
    expect(claims(crm)).toEqual([
      ["CLD.12.1.5", [["not-satisfied", []]]],
      ["CLD.9.5.1", [["satisfied", ["CLD.12.1.5"]]]],
    ]);
  });

  it("writes an evidence path with spaces as a valid uri-reference and reads it back as written", () => {
    const crm = computeCrm({
      provider,
      customer: matrix([{ id: "e", href: "\\\\server\\share\\exit plan (2026).pdf" }]),
    });
    const ssp = toOscalLeveragingSsp(crm);
    expect(sspValid(ssp), JSON.stringify(sspValid.errors?.slice(0, 2))).toBe(true);
    const back = computeCrm({ provider, customer: ssp });
    expect(back.evidence[0]?.href).toBe("\\\\server\\share\\exit plan (2026).pdf");
  });

  it("never throws on what a caller passes", () => {
    for (const input of [null, undefined, 42, "x", { via: "abc" }, { provider: null, via: [null] }])
      expect(() => computeCrm(input as never)).not.toThrow();
    expect(() => toOscalLeveragingSsp({} as never)).not.toThrow();
  });
});
