import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { combineStatus, importOscalSsp } from "./oscal-ssp.js";

const load = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../../fixtures/oscal/${name}`, import.meta.url), "utf8"));

describe("importOscalSsp", () => {
  it("reads back the SSP title as written when the export folded it to one line", async () => {
    const { toOscalSsp } = await import("../exports/oscal.js");
    const a = {
      kind: "ProviderAttestation",
      schemaVersion: "1.0",
      provider: "skycloud",
      evidence: [],
      controls: [{ control: { catalog: "iso27017", control: "CLD.9.5.1" }, owner: "provider" }],
    } as const;
    const ssp = toOscalSsp(a as never, { title: "Sky\nCloud" }) as any;
    // OSCAL 1.2's title is one line; the original travels in a title-original prop.
    expect(ssp["system-security-plan"].metadata.title).toBe("Sky Cloud");
    expect(importOscalSsp(ssp).title).toBe("Sky\nCloud");
  });

  it("imports the NIST leveraged (IaaS) example's export as an attestation", () => {
    const r = importOscalSsp(load("oscal_leveraged-example_ssp.json"), { provider: "csp-iaas" });
    expect(r.diagnostics).toEqual([]);
    expect(r.title).toBe("CSP IaaS System Security Plan");
    // ac-2 has two by-components, each with one provided and one responsibility -> shared.
    expect(
      r.byComponents.map((b) => [
        b.control,
        b.statementId,
        b.provided.length,
        b.responsibilities.length,
      ]),
    ).toEqual([
      ["ac-2", "ac-2_stmt.a", 1, 1],
      ["ac-2", "ac-2_stmt.a", 1, 1],
    ]);
    const c = r.attestation?.controls[0];
    expect(c?.control).toEqual({ catalog: "nist-800-53", control: "ac-2" });
    expect(c?.owner).toBe("shared");
    expect(
      c?.providerImplementation?.startsWith(
        "Consumer-appropriate description of what a leveraging system may inherite",
      ),
    ).toBe(true);
    expect(r.byComponents[0]?.responsibilities[0]).toMatchObject({
      uuid: "11111111-0000-4000-9009-002001001002",
      providedUuid: "11111111-0000-4000-9009-002001001001",
    });
  });
  it("reads the leveraging (SaaS) example's inherited and satisfied entries", () => {
    const r = importOscalSsp(load("oscal_leveraging-example_ssp.json"));
    expect(r.diagnostics).toEqual([]);
    expect(r.byComponents.map((b) => [b.inherited.length, b.satisfied.length])).toEqual([
      [0, 0],
      [0, 1],
      [1, 1],
    ]);
    // Nothing exported -> the system does it itself.
    expect(r.attestation?.controls[0]?.owner).toBe("provider");
  });
  it("reports missing uuids with their paths", () => {
    const ssp = load("oscal_leveraged-example_ssp.json");
    const bc =
      ssp["system-security-plan"]["control-implementation"]["implemented-requirements"][0]
        .statements[0]["by-components"][0];
    delete bc.export.provided[0].uuid;
    delete bc.uuid;
    const r = importOscalSsp(ssp);
    const base =
      "/system-security-plan/control-implementation/implemented-requirements/0/statements/0/by-components/0";
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["cloud-matrix/oscal-missing-uuid", base],
      ["cloud-matrix/oscal-missing-uuid", `${base}/export/provided/0`],
    ]);
    expect(r.diagnostics[1]?.message).toBe("This OSCAL provided has no uuid.");
    // The provided entry without uuid is skipped; the other component's remains.
    expect(r.byComponents[0]?.provided).toEqual([]);
    expect(r.attestation?.controls[0]?.owner).toBe("shared");
  });
  it("reports wrong nesting: provided outside export, arrays that are objects, no plan at all", () => {
    const ssp = load("oscal_leveraged-example_ssp.json");
    const req =
      ssp["system-security-plan"]["control-implementation"]["implemented-requirements"][0];
    const bc = req.statements[0]["by-components"][1];
    bc.provided = bc.export.provided;
    delete bc.export;
    req.statements[0]["by-components"][0].export.responsibilities = { uuid: "x" };
    const r = importOscalSsp(ssp);
    const base =
      "/system-security-plan/control-implementation/implemented-requirements/0/statements/0/by-components";
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["cloud-matrix/oscal-malformed", `${base}/0/export/responsibilities`],
      ["cloud-matrix/oscal-malformed", `${base}/1/provided`],
    ]);
    expect(r.diagnostics[1]?.message).toBe(
      "Expected 'provided' inside 'export' here in the OSCAL document, found array.",
    );

    const none = importOscalSsp({ "system-security-plans": {} });
    expect(none.attestation).toBeUndefined();
    expect(none.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["cloud-matrix/oscal-malformed", "/system-security-plan"],
    ]);
    const noReqs = importOscalSsp({
      "system-security-plan": {
        uuid: "u",
        "control-implementation": { "implemented-requirements": {} },
      },
    });
    expect(noReqs.diagnostics.map((d) => d.path)).toEqual([
      "/system-security-plan/control-implementation/implemented-requirements",
    ]);
    expect(importOscalSsp("text").diagnostics[0]?.data).toEqual({
      expected: "an object 'system-security-plan'",
      received: "string",
    });
  });
});

describe("importOscalSsp keeps what an assessor reads", () => {
  const base = () => {
    const ssp = load("oscal_leveraged-example_ssp.json");
    const req =
      ssp["system-security-plan"]["control-implementation"]["implemented-requirements"][0];
    return { ssp, req, bcs: req.statements[0]["by-components"] };
  };

  it("status, planned completion, origination, statements, roles and parameters", () => {
    const { ssp, req, bcs } = base();
    // The first by-component is planned (OSCAL's implementation-status object) with FedRAMP's
    // props; the second is implemented: the control as a whole is partial.
    Object.assign(bcs[0], {
      "implementation-status": { state: "planned" },
      props: [
        {
          name: "planned-completion-date",
          ns: "https://fedramp.gov/ns/oscal",
          value: "2027-03-31",
        },
        { name: "control-origination", ns: "https://fedramp.gov/ns/oscal", value: "sp-system" },
      ],
      "responsible-roles": [{ "role-id": "provider-admin" }],
    });
    bcs[1]["implementation-status"] = { state: "implemented" };
    req["set-parameters"] = [{ "param-id": "ac-2_prm_1", values: ["30 days"] }];
    const r = importOscalSsp(ssp);
    expect(r.diagnostics).toEqual([]);
    const c = r.attestation?.controls[0];
    expect(c).toMatchObject({
      status: "partial",
      plannedCompletion: "2027-03-31",
      origination: ["sp-system"],
      responsibleRoles: ["provider-admin"],
      parameters: [{ param: "ac-2_prm_1", values: ["30 days"] }],
    });
    // the two by-components' descriptions, in order, are the provider's statement
    expect(c?.statement?.split("\n\n").length).toBeGreaterThanOrEqual(2);
    // (the NIST example's text has literal backslashes before its quotes)
    expect(c?.statement?.startsWith('Response for the \\"This System\\" component.')).toBe(true);
    expect(c?.statement).toContain("Describes how the application satisfies AC-2, Part a.");
    expect(r.byComponents.map((b) => b.status)).toEqual(["planned", "implemented"]);
  });

  it("a control planned in every part is planned; FedRAMP's status prop counts too", () => {
    const { ssp, bcs } = base();
    bcs[0]["implementation-status"] = { state: "planned" };
    bcs[1].props = [
      { name: "implementation-status", ns: "https://fedramp.gov/ns/oscal", value: "planned" },
    ];
    expect(importOscalSsp(ssp).attestation?.controls[0]?.status).toBe("planned");
  });

  it("a by-component stating no status beside a planned one is implemented: partial", () => {
    const { ssp, bcs } = base();
    bcs[0]["implementation-status"] = { state: "planned" }; // bcs[1] states nothing
    expect(importOscalSsp(ssp).attestation?.controls[0]?.status).toBe("partial");
  });

  it("a status OSCAL does not define is a warning, and the control reads as declared", () => {
    const { ssp, bcs } = base();
    bcs[0]["implementation-status"] = { state: "done" };
    const r = importOscalSsp(ssp);
    expect(r.diagnostics.map((d) => [d.code, d.path, d.data?.status])).toEqual([
      [
        "cloud-matrix/oscal-status-unknown",
        "/system-security-plan/control-implementation/implemented-requirements/0",
        "done",
      ],
    ]);
    expect(r.attestation?.controls[0]?.status).toBeUndefined();
  });

  it("combines the parts' states", () => {
    expect(combineStatus([])).toBeUndefined();
    expect(combineStatus(["implemented", "implemented"])).toBe("implemented");
    expect(combineStatus(["planned"])).toBe("planned");
    expect(combineStatus(["planned", "implemented"])).toBe("partial");
    expect(combineStatus(["partial", "alternative"])).toBe("partial");
    expect(combineStatus(["alternative", "implemented"])).toBe("implemented");
    expect(combineStatus(["not-applicable", "planned"])).toBe("planned");
    expect(combineStatus(["not-applicable", "not-applicable"])).toBe("not-applicable");
    expect(combineStatus(["implemented", "DONE"])).toBe("unknown");
  });
});
