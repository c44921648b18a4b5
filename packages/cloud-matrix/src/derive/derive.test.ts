import { describe, expect, it } from "vitest";
import { CSA_CCM_V4, ISO27002_2005, ISO27017_CLD } from "../catalogs/builtin.js";
import { CLASSIC_TEN_LAYERS } from "../layers/templates.js";
import type { Catalog } from "../schema.js";
import { combineOwners, deriveResponsibility } from "./derive.js";

const owner = (r: ReturnType<typeof deriveResponsibility>, id: string) =>
  r.controls.find((c) => c.control === id)?.owner;

describe("combineOwners", () => {
  it("combines layer owners", () => {
    expect(combineOwners(["customer", "customer"])).toBe("customer");
    expect(combineOwners(["provider"])).toBe("provider");
    expect(combineOwners(["customer", "provider"])).toBe("shared");
    expect(combineOwners(["shared"])).toBe("shared");
    expect(combineOwners(["provider", "third-party"])).toBe("shared-provider-third-party");
    expect(combineOwners(["third-party"])).toBe("third-party");
    expect(combineOwners(["customer", "third-party"])).toBe("shared");
    expect(combineOwners(["not-applicable"])).toBe("not-applicable");
    expect(combineOwners(["not-applicable", "provider"])).toBe("provider");
    expect(combineOwners([])).toBe("unassigned");
    expect(combineOwners(["unassigned"])).toBe("unassigned");
  });
});

describe("deriveResponsibility", () => {
  const base = { catalogs: [ISO27002_2005, ISO27017_CLD], template: CLASSIC_TEN_LAYERS };
  it("derives IaaS ownership from the layers, with reasons", () => {
    const r = deriveResponsibility({ ...base, serviceModel: "iaas" });
    expect(r.diagnostics).toEqual([]);
    expect(r.controls).toHaveLength(39 + 7);
    // 9.1: datacenter=provider, physical-hosts=provider -> provider.
    const c91 = r.controls.find((c) => c.control === "9.1");
    expect(c91?.owner).toBe("provider");
    expect(c91?.reason).toEqual({
      source: "layers",
      layers: [
        { layer: "datacenter", owner: "provider" },
        { layer: "physical-hosts", owner: "provider" },
      ],
    });
    expect(c91?.providerExpectations[0]?.en).toBe(
      "The provider is expected to carry out 'Protected areas and physical entry' for datacenter, physical-hosts and to disclose third-party audit reports on it.",
    );
    // 10.5: data=customer, applications=customer under IaaS -> customer.
    expect(owner(r, "10.5")).toBe("customer");
    // 9.2: devices=customer, physical-hosts/network=provider -> shared.
    expect(owner(r, "9.2")).toBe("shared");
    expect(r.controls.find((c) => c.control === "9.2")?.layersOwned).toEqual({
      customer: ["devices"],
      provider: ["physical-hosts", "physical-network"],
    });
    // CLD.9.5.2: operating-system=customer under IaaS.
    expect(owner(r, "CLD.9.5.2")).toBe("customer");
  });
  it("moves ownership to the provider as the model moves up the stack", () => {
    const saas = deriveResponsibility({ ...base, serviceModel: "saas" });
    const paas = deriveResponsibility({ ...base, serviceModel: "paas" });
    const onPrem = deriveResponsibility({ ...base, serviceModel: "on-premises" });
    // 10.5 (data, applications): SaaS customer+provider -> shared; PaaS customer+shared -> shared.
    expect(owner(saas, "10.5")).toBe("shared");
    expect(owner(paas, "10.5")).toBe("shared");
    // CLD.9.5.2 (operating-system): SaaS provider, PaaS provider.
    expect(owner(saas, "CLD.9.5.2")).toBe("provider");
    expect(owner(paas, "CLD.9.5.2")).toBe("provider");
    // On premises, everything is the customer's.
    expect(new Set(onPrem.controls.map((c) => c.owner))).toEqual(new Set(["customer"]));
  });
  it("keeps governance controls (no layer) with the customer", () => {
    const r = deriveResponsibility({ ...base, serviceModel: "saas" });
    const c = r.controls.find((x) => x.control === "5.1");
    expect(c?.owner).toBe("customer");
    expect(c?.reason.source).toBe("governance");
    expect(c?.customerGuidance[0]?.ja).toBe(
      "『経営陣による情報セキュリティ方針の明示』はガバナンスの責務であり、サービスモデルにかかわらず利用者に残る。",
    );
  });
  it("applies overrides with their reason and statement", () => {
    const r = deriveResponsibility({
      ...base,
      serviceModel: "iaas",
      overrides: [
        {
          control: { catalog: "iso27002-2005", control: "10.5" },
          owner: "provider",
          reason: "contract",
          statement: "We assume snapshots.",
        },
      ],
    });
    const c = r.controls.find((x) => x.control === "10.5");
    expect(c?.owner).toBe("provider");
    expect(c?.reason.source).toBe("override");
    expect(c?.reason.note).toBe("contract");
    expect(c?.statement).toBe("We assume snapshots.");
    // Catalog guidance first, then the generated customer-side guidance.
    expect(c?.customerGuidance.map((g) => g.en)).toEqual([
      "Decide which data you back up yourself and which copies the provider keeps, and test restores.",
      "Agree in the contract how 'Back-up' is handled and check the provider's reports.",
    ]);
  });
  it("reports unknown controls, catalogs and duplicate overrides", () => {
    const r = deriveResponsibility({
      ...base,
      serviceModel: "iaas",
      overrides: [
        { control: { catalog: "iso27002-2005", control: "10.55" }, owner: "provider" },
        { control: { catalog: "iso27002", control: "10.5" }, owner: "provider" },
        { control: { catalog: "iso27017", control: "CLD.6.3.1" }, owner: "provider" },
        { control: { catalog: "iso27017", control: "CLD.6.3.1" }, owner: "customer" },
      ],
    });
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["cloud-matrix/unknown-control", "/overrides/0/control/control"],
      ["cloud-matrix/unknown-catalog", "/overrides/1/control/catalog"],
      ["cloud-matrix/duplicate-override", "/overrides/3/control"],
    ]);
    expect(r.diagnostics[0]?.message).toBe(
      "Control '10.55' is not in catalog 'iso27002-2005'; did you mean '10.5'?",
    );
    expect(owner(r, "CLD.6.3.1")).toBe("provider");
  });
  it("reports layers the template does not have, pointing into the catalog", () => {
    const mine: Catalog = {
      kind: "Catalog",
      schemaVersion: "1.0",
      id: "mine",
      name: { en: "Mine" },
      controls: [
        { id: "gpu-1", title: { en: "GPU isolation" }, layers: ["gpu", "physical-hosts"] },
        { id: "gpu-2", title: { en: "GPU only" }, layers: ["gpu"] },
      ],
    };
    const r = deriveResponsibility({
      catalogs: [mine],
      serviceModel: "iaas",
      template: CLASSIC_TEN_LAYERS,
    });
    expect(r.diagnostics.map((d) => [d.code, d.path, d.file])).toEqual([
      ["cloud-matrix/unknown-layer", "/controls/0/layers/0", "catalog:mine"],
      ["cloud-matrix/unknown-layer", "/controls/1/layers/0", "catalog:mine"],
    ]);
    // gpu-1 falls back to its known layer; gpu-2 has none left -> unassigned.
    expect(owner(r, "gpu-1")).toBe("provider");
    expect(owner(r, "gpu-2")).toBe("unassigned");
  });
  it("counts CCM domains per owner under SaaS", () => {
    const r = deriveResponsibility({
      catalogs: [CSA_CCM_V4],
      serviceModel: "saas",
      template: CLASSIC_TEN_LAYERS,
    });
    const counts: Record<string, number> = {};
    for (const c of r.controls) counts[c.owner] = (counts[c.owner] ?? 0) + 1;
    // provider: AIS CCC DCS IVS LOG TVM (6); customer: DSP GRC STA UEM (4);
    // shared: A&A BCR (data is the customer's) CEK HRS IAM IPY SEF (7). 6 + 4 + 7 = 17.
    expect(counts).toEqual({ provider: 6, customer: 4, shared: 7 });
  });
});
