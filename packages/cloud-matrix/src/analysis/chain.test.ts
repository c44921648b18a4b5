import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeMatrix } from "./analyze.js";
import { composeMatrixChain, composeOscalChain } from "./chain.js";

const load = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../../fixtures/oscal/${name}`, import.meta.url), "utf8"));

describe("composeOscalChain (NIST leveraged IaaS -> leveraging SaaS)", () => {
  const iaas = load("oscal_leveraged-example_ssp.json");
  const saas = load("oscal_leveraging-example_ssp.json");
  it("shows the end customer what it inherits, what the SaaS satisfies and what is passed on", () => {
    const chain = composeOscalChain(iaas, saas);
    expect(chain.controls).toHaveLength(1);
    const ac2 = chain.controls[0];
    // The IaaS provides P1 (...001001) and P2 (...002001), with responsibilities R1 (...001002) and R2 (...002002).
    // The SaaS inherits P2 and satisfies R2; its other "satisfied" names P1, a provided capability.
    expect(ac2?.inherited.map((i) => [i.providedUuid, i.from])).toEqual([
      ["11111111-0000-4000-9009-002001002001", "CSP IaaS System Security Plan"],
    ]);
    expect(ac2?.satisfied.map((s) => s.responsibilityUuid)).toEqual([
      "11111111-0000-4000-9009-002001002002",
    ]);
    // R1 is satisfied by nobody: it reaches the end customer.
    expect(ac2?.passedOn.map((p) => p.responsibilityUuid)).toEqual([
      "11111111-0000-4000-9009-002001001002",
    ]);
    expect(ac2?.endCustomerOwner).toBe("shared");
    expect(chain.diagnostics.map((d) => [d.code, d.severity, d.file])).toEqual([
      ["cloud-matrix/oscal-satisfied-not-responsibility", "warning", "leveraging"],
      ["cloud-matrix/chain-unsatisfied", "warning", "leveraged"],
    ]);
    expect(chain.diagnostics[0]?.path).toBe(
      "/system-security-plan/control-implementation/implemented-requirements/0/statements/0/by-components/1/satisfied/0/responsibility-uuid",
    );
  });
  it("makes the end customer's share disappear once every responsibility is satisfied", () => {
    const fixed = structuredClone(saas);
    const sat =
      fixed["system-security-plan"]["control-implementation"]["implemented-requirements"][0]
        .statements[0]["by-components"][1].satisfied[0];
    sat["responsibility-uuid"] = "11111111-0000-4000-9009-002001001002";
    const chain = composeOscalChain(iaas, fixed);
    expect(chain.controls[0]?.passedOn).toEqual([]);
    expect(chain.controls[0]?.endCustomerOwner).toBe("provider");
    expect(chain.diagnostics).toEqual([]);
  });
  it("reports an inherited capability the leveraged system does not provide", () => {
    const broken = structuredClone(saas);
    const inh =
      broken["system-security-plan"]["control-implementation"]["implemented-requirements"][0]
        .statements[0]["by-components"][2].inherited[0];
    inh["provided-uuid"] = "99999999-0000-4000-9009-000000000000";
    const chain = composeOscalChain(iaas, broken);
    expect(chain.diagnostics.map((d) => d.code)).toContain("cloud-matrix/oscal-dangling");
    expect(chain.controls[0]?.inherited).toEqual([]);
  });
});

describe("composeMatrixChain (Kita Seiki -> KumoMail SaaS -> SkyCloud IaaS)", () => {
  const doc = (id: string, provider: string, serviceModel: string, overrides: unknown[] = []) => ({
    kind: "ResponsibilityMatrix",
    schemaVersion: "1.0",
    id,
    provider,
    serviceModel,
    catalogs: ["iso27017"],
    overrides,
  });
  it("shows through which providers each control is carried", () => {
    const chain = composeMatrixChain([
      analyzeMatrix(doc("mail", "kumomail", "saas")),
      analyzeMatrix(doc("kumo-infra", "skycloud", "iaas")),
    ]);
    expect(chain.diagnostics).toEqual([]);
    const via = Object.fromEntries(
      chain.controls.map((c) => [
        c.control,
        c.via.map((v) => `${v.provider}=${v.owner}`).join(" > "),
      ]),
    );
    // SaaS: CLD.9.5.1 is the SaaS provider's; under it, the IaaS shares it with KumoMail.
    expect(via["CLD.9.5.1"]).toBe("kumomail=provider > skycloud=shared");
    // CLD.9.5.2 (operating system): KumoMail's, and on IaaS KumoMail hardens its own VMs.
    expect(via["CLD.9.5.2"]).toBe("kumomail=provider > skycloud=customer");
    // CLD.6.3.1 is shared at the first link, so the chain continues.
    expect(via["CLD.6.3.1"]).toBe("kumomail=shared > skycloud=shared");
  });
  it("stops at a link the customer does alone and reports an unassigned link", () => {
    const chain = composeMatrixChain([
      analyzeMatrix(
        doc("mail", "kumomail", "saas", [
          { control: { catalog: "iso27017", control: "CLD.9.5.2" }, owner: "customer" },
        ]),
      ),
      analyzeMatrix(
        doc("kumo-infra", "skycloud", "iaas", [
          { control: { catalog: "iso27017", control: "CLD.9.5.1" }, owner: "unassigned" },
        ]),
      ),
    ]);
    expect(chain.controls.find((c) => c.control === "CLD.9.5.2")?.via).toEqual([
      { provider: "kumomail", owner: "customer" },
    ]);
    expect(chain.diagnostics.map((d) => [d.code, d.path, d.data?.control])).toEqual([
      ["cloud-matrix/gap", "/1", "CLD.9.5.1"],
    ]);
    expect(composeMatrixChain([])).toEqual({ controls: [], diagnostics: [] });
  });
});

describe("composeOscalChain matches uuids without regard to case", () => {
  it("an upper-case reference to a lower-case uuid resolves (OSCAL uuids are case-insensitive)", () => {
    const iaas = load("oscal_leveraged-example_ssp.json");
    const saas = load("oscal_leveraging-example_ssp.json");
    const shout = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(shout)
        : typeof v === "object" && v !== null
          ? Object.fromEntries(
              Object.entries(v).map(([k, x]) => [
                k,
                (k === "provided-uuid" || k === "responsibility-uuid") && typeof x === "string"
                  ? x.toUpperCase()
                  : shout(x),
              ]),
            )
          : v;
    const plain = composeOscalChain(iaas, saas);
    const mixed = composeOscalChain(iaas, shout(saas));
    expect(mixed.diagnostics.map((d) => d.code)).toEqual(plain.diagnostics.map((d) => d.code));
    expect(mixed.controls[0]?.inherited).toHaveLength(plain.controls[0]?.inherited.length ?? -1);
    expect(mixed.controls[0]?.passedOn.map((p) => p.responsibilityUuid)).toEqual(
      plain.controls[0]?.passedOn.map((p) => p.responsibilityUuid),
    );
    expect(plain.controls[0]?.inherited).toHaveLength(1);
  });
});

describe("composeOscalChain and a capability the leveraged system has only planned", () => {
  it("inheriting it is a warning, and the inherited entry says so", () => {
    const iaas = load("oscal_leveraged-example_ssp.json");
    const saas = load("oscal_leveraging-example_ssp.json");
    const bcs =
      iaas["system-security-plan"]["control-implementation"]["implemented-requirements"][0]
        .statements[0]["by-components"];
    // The SaaS inherits P2 (…002001), provided by the second by-component: plan it.
    bcs[1]["implementation-status"] = { state: "planned" };
    const chain = composeOscalChain(iaas, saas);
    expect(chain.controls[0]?.inherited).toEqual([
      expect.objectContaining({
        providedUuid: "11111111-0000-4000-9009-002001002001",
        status: "planned",
      }),
    ]);
    expect(
      chain.diagnostics
        .filter((d) => d.code === "cloud-matrix/chain-inherits-planned")
        .map((d) => [d.severity, d.file, d.data?.uuid, d.data?.status]),
    ).toEqual([["warning", "leveraging", "11111111-0000-4000-9009-002001002001", "planned"]]);
    // the first by-component planned instead: P1 is not inherited, so nothing to say
    bcs[1]["implementation-status"] = { state: "implemented" };
    bcs[0]["implementation-status"] = { state: "planned" };
    expect(
      composeOscalChain(iaas, saas).diagnostics.filter(
        (d) => d.code === "cloud-matrix/chain-inherits-planned",
      ),
    ).toEqual([]);
  });
});
