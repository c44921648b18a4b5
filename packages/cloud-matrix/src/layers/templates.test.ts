import { validateDocument } from "@mamori/core";
import { describe, expect, it } from "vitest";
import { DEPLOYMENT_MODELS } from "../model.js";
import { LayerTemplateSchema } from "../schema.js";
import { BUILTIN_LAYER_TEMPLATES, CLASSIC_TEN_LAYERS } from "./templates.js";

describe("CLASSIC_TEN_LAYERS", () => {
  it("is a valid, versioned template with an owner for every layer under every model", () => {
    expect(
      validateDocument(LayerTemplateSchema, CLASSIC_TEN_LAYERS, { kind: "LayerTemplate" })
        .diagnostics,
    ).toEqual([]);
    expect(BUILTIN_LAYER_TEMPLATES.map((t) => `${t.id}@${t.version}`)).toEqual(["classic-ten@1.0"]);
    for (const model of DEPLOYMENT_MODELS) {
      expect(Object.keys(CLASSIC_TEN_LAYERS.owners[model]).sort()).toEqual(
        CLASSIC_TEN_LAYERS.layers.map((l) => l.id).sort(),
      );
    }
  });
  it("matches the vendors' table: data, devices and accounts always stay with the customer", () => {
    const row = (layer: string) =>
      DEPLOYMENT_MODELS.map((m) => (CLASSIC_TEN_LAYERS.owners[m] as Record<string, string>)[layer]);
    expect(row("data")).toEqual(["customer", "customer", "customer", "customer"]);
    expect(row("accounts")).toEqual(["customer", "customer", "customer", "customer"]);
    // saas, paas, iaas, on-premises
    expect(row("identity")).toEqual(["shared", "shared", "customer", "customer"]);
    expect(row("applications")).toEqual(["provider", "shared", "customer", "customer"]);
    expect(row("operating-system")).toEqual(["provider", "provider", "customer", "customer"]);
    expect(row("datacenter")).toEqual(["provider", "provider", "provider", "customer"]);
  });
  it("refuses an ownership outside the set in a template", () => {
    const bad = {
      ...CLASSIC_TEN_LAYERS,
      owners: {
        ...CLASSIC_TEN_LAYERS.owners,
        saas: { ...CLASSIC_TEN_LAYERS.owners.saas, data: "nobody" },
      },
    };
    const r = validateDocument(LayerTemplateSchema, bad, { kind: "LayerTemplate" });
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["schema/invalid-value", "/owners/saas/data"],
    ]);
  });
});
