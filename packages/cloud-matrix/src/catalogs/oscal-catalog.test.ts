import { describe, expect, it } from "vitest";
import { MAMORI_OSCAL_NS } from "../attestation/oscal-ssp.js";
import { importOscalCatalog } from "./oscal-catalog.js";

const doc = () => ({
  catalog: {
    uuid: "74c8ba1e-5cd4-4ad1-bbfd-d888e2f6c724",
    metadata: { title: "Mini Cloud Catalog" },
    groups: [
      {
        id: "ac",
        title: "Access Control",
        controls: [
          {
            id: "ac-2",
            title: "Account Management",
            props: [{ name: "layer", ns: MAMORI_OSCAL_NS, value: "accounts" }],
            controls: [{ id: "ac-2.1", title: "Automated Account Management" }],
          },
        ],
      },
    ],
    controls: [
      {
        id: "pe-3",
        title: "Physical Access Control",
        props: [{ name: "layer", ns: MAMORI_OSCAL_NS, value: "datacenter" }],
      },
    ],
  },
});

describe("importOscalCatalog", () => {
  it("flattens groups, controls and enhancements and reads layers", () => {
    const r = importOscalCatalog(doc(), { defaultLayers: ["applications"] });
    expect(r.diagnostics).toEqual([]);
    expect(r.catalog?.id).toBe("mini-cloud-catalog");
    expect(r.catalog?.groups).toEqual([{ id: "ac", title: { en: "Access Control" } }]);
    expect(r.catalog?.controls).toEqual([
      { id: "ac-2", title: { en: "Account Management" }, layers: ["accounts"], group: "ac" },
      {
        id: "ac-2.1",
        title: { en: "Automated Account Management" },
        layers: ["applications"],
        group: "ac",
      },
      { id: "pe-3", title: { en: "Physical Access Control" }, layers: ["datacenter"] },
    ]);
  });
  it("reports a missing uuid, a control without id and wrong nesting", () => {
    const d = doc() as Record<string, any>;
    delete d.catalog.uuid;
    d.catalog.groups[0].control = d.catalog.groups[0].controls;
    delete d.catalog.groups[0].controls;
    d.catalog.controls.push({ title: "No id" });
    const r = importOscalCatalog(d, { id: "mini" });
    expect(r.diagnostics.map((x) => [x.code, x.path])).toEqual([
      ["cloud-matrix/oscal-missing-uuid", "/catalog"],
      ["cloud-matrix/oscal-malformed", "/catalog/groups/0/control"],
      ["cloud-matrix/oscal-malformed", "/catalog/controls/1/id"],
    ]);
    expect(r.catalog?.controls.map((c) => c.id)).toEqual(["pe-3"]);
  });
  it("reports a class json prop whose value is not JSON, and reads the rest", () => {
    const d = doc() as Record<string, any>;
    d.catalog.controls[0].props.push(
      { name: "clause", ns: MAMORI_OSCAL_NS, class: "json", value: "'single quotes'" },
      { name: "x-fields", ns: MAMORI_OSCAL_NS, class: "json", value: '{"x-owner":"ops"}' },
    );
    const r = importOscalCatalog(d, { id: "mini" });
    expect(r.diagnostics.map((x) => [x.code, x.path])).toEqual([
      ["cloud-matrix/oscal-malformed", "/catalog/controls/0/props/1/value"],
    ]);
    expect(r.catalog?.controls.at(-1)).toEqual({
      id: "pe-3",
      title: { en: "Physical Access Control" },
      layers: ["datacenter"],
      "x-owner": "ops",
    });
  });
  it("refuses something that is not a catalog", () => {
    const r = importOscalCatalog({ "system-security-plan": {} });
    expect(r.catalog).toBeUndefined();
    expect(r.diagnostics[0]?.message).toBe(
      "Expected an object 'catalog' here in the OSCAL document, found nothing.",
    );
  });
});
