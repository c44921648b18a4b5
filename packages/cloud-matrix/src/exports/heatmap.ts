import { deriveResponsibility } from "../derive/derive.js";
import { DEPLOYMENT_MODELS, type DeploymentModel, OWNERSHIPS, type Ownership } from "../model.js";
import type { Catalog, LayerTemplate } from "../schema.js";

/**
 * A layer × deployment-model heat map for renderers: the owner of every cell, how many
 * controls of the catalogs touch each layer, and the owners' counts per model.
 *
 * @example
 * ```ts
 * import type { Heatmap } from "@mamori/cloud-matrix";
 * const h: Heatmap = { template: "t@1", layers: [], models: ["saas"], cells: [], ownersByModel: {} };
 * ```
 *
 * @category Exports
 */
export interface Heatmap {
  /** `id@version` of the template. */
  template: string;
  /** Rows: the template's layers in order, with the number of catalog controls touching each. */
  layers: Array<{ id: string; name: { en: string; ja?: string | undefined }; controls: number }>;
  /** Columns. */
  models: DeploymentModel[];
  /** One cell per layer and model, row-major. */
  cells: Array<{ layer: string; model: DeploymentModel; owner: Ownership }>;
  /** Per model, how many controls each owner gets once derived. */
  ownersByModel: Partial<Record<DeploymentModel, Record<Ownership, number>>>;
}

/** The owner a template gives a layer — an own key only, so a layer named "constructor" or "hasOwnProperty" does not pick up Object.prototype's functions. */
function ownerOf(owners: Record<string, Ownership> | undefined, layer: string): Ownership {
  const owner = owners && Object.hasOwn(owners, layer) ? owners[layer] : undefined;
  return owner !== undefined && (OWNERSHIPS as readonly string[]).includes(owner)
    ? owner
    : "unassigned";
}

/**
 * Build the heat-map data of a layer template, optionally weighted by catalogs.
 *
 * @param template - The layer template, such as one of the built-in templates.
 * @param catalogs - Catalogs whose controls are counted per layer they touch and per owner once derived; default none, so every count is 0.
 *
 * @example
 * ```ts
 * import { toHeatmap } from "@mamori/cloud-matrix";
 * import { CLASSIC_TEN_LAYERS, ISO27002_2005 } from "@mamori/cloud-matrix/catalogs";
 * const h = toHeatmap(CLASSIC_TEN_LAYERS, [ISO27002_2005]);
 * h.cells.find((c) => c.layer === "datacenter" && c.model === "iaas")?.owner; // "provider"
 * ```
 *
 * @category Exports
 */
export function toHeatmap(template: LayerTemplate, catalogs: readonly Catalog[] = []): Heatmap {
  const touching = new Map<string, number>();
  for (const cat of catalogs)
    for (const c of cat.controls)
      for (const l of new Set(c.layers)) touching.set(l, (touching.get(l) ?? 0) + 1);
  const cells: Heatmap["cells"] = [];
  for (const layer of template.layers) {
    for (const model of DEPLOYMENT_MODELS) {
      cells.push({
        layer: layer.id,
        model,
        owner: ownerOf(template.owners[model] as Record<string, Ownership>, layer.id),
      });
    }
  }
  const ownersByModel: Heatmap["ownersByModel"] = {};
  for (const model of DEPLOYMENT_MODELS) {
    const counts = Object.fromEntries(OWNERSHIPS.map((o) => [o, 0])) as Record<Ownership, number>;
    for (const c of deriveResponsibility({ catalogs, serviceModel: model, template }).controls)
      counts[c.owner]++;
    ownersByModel[model] = counts;
  }
  return {
    template: `${template.id}@${template.version}`,
    layers: template.layers.map((l) => ({
      id: l.id,
      name: l.name,
      controls: touching.get(l.id) ?? 0,
    })),
    models: [...DEPLOYMENT_MODELS],
    cells,
    ownersByModel,
  };
}
