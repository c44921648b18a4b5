import type { LocalizedText } from "@mamori/core";
import { createDiagnostic, type Diagnostic, formatMessage, type Locale } from "@mamori/core";
import { closestMatch } from "@mamori/core/internal";
import { cloudMatrixMessages as M, REFS } from "../messages.js";
import { type DeploymentModel, OWNERSHIPS, type Ownership } from "../model.js";
import type { Catalog, CatalogControl, LayerTemplate, MatrixOverride } from "../schema.js";

/**
 * Why a control got its owner: the layers that decided it (with each layer's owner), an
 * explicit override, or the governance rule (a control with no layer stays with the customer).
 *
 * @example
 * ```ts
 * import type { OwnershipReason } from "@mamori/cloud-matrix";
 * const r: OwnershipReason = { source: "layers", layers: [{ layer: "data", owner: "customer" }] };
 * ```
 *
 * @category Analysis
 */
export interface OwnershipReason {
  /** What decided the owner. */
  source: "layers" | "override" | "governance";
  /** The layers of the control with their owners under the service model. */
  layers: Array<{ layer: string; owner: Ownership }>;
  /** The override's reason, when `source` is `override`. */
  note?: string;
}

/**
 * One control of a derived matrix: the contract shape `{catalog, control, title, clause,
 * owner}` plus the reason, the customer guidance and the provider expectations.
 *
 * @example
 * ```ts
 * import type { DerivedControl } from "@mamori/cloud-matrix";
 * const c: DerivedControl = {
 *   catalog: "iso27002-2005", control: "9.1", title: "Protected areas and physical entry", titleJa: "セキュリティを保つべき領域と入退管理",
 *   clause: "9", owner: "provider", layersOwned: { customer: [], provider: ["datacenter", "physical-hosts"] },
 *   reason: { source: "layers", layers: [] }, customerGuidance: [], providerExpectations: [],
 * };
 * ```
 *
 * @category Analysis
 */
export interface DerivedControl {
  /** Catalog id. */
  catalog: string;
  /** Control id within the catalog. */
  control: string;
  /** Short title (English). */
  title: string;
  /** Short title in Japanese, when the catalog has one. */
  titleJa?: string;
  /** ISO/IEC 27002:2005 clause number, or null when the control maps to none. */
  clause: string | null;
  /** Who carries it out. */
  owner: Ownership;
  /** Layers on each side (shared layers appear on both). */
  layersOwned: { customer: string[]; provider: string[] };
  /** Why this owner. */
  reason: OwnershipReason;
  /** What the customer has to do (guidance for the cloud user). */
  customerGuidance: LocalizedText[];
  /** What the provider is desired to implement. */
  providerExpectations: LocalizedText[];
  /** The customer's own statement from an override (what it assumes). */
  statement?: string;
}

/**
 * Input of {@link deriveResponsibility}.
 *
 * @example
 * ```ts
 * import { type DeriveInput } from "@mamori/cloud-matrix";
 * import { CLASSIC_TEN_LAYERS, ISO27017_CLD } from "@mamori/cloud-matrix/catalogs";
 * const input: DeriveInput = { catalogs: [ISO27017_CLD], serviceModel: "iaas", template: CLASSIC_TEN_LAYERS };
 * ```
 *
 * @category Analysis
 */
export interface DeriveInput {
  /** Catalogs whose controls make up the matrix. */
  catalogs: readonly Catalog[];
  /** Deployment model. */
  serviceModel: DeploymentModel;
  /** Layer template. */
  template: LayerTemplate;
  /** Explicit decisions, applied after the layers. */
  overrides?: readonly MatrixOverride[];
  /** JSON pointer of the overrides array in the input, for diagnostics (default `/overrides`). */
  overridesPath?: string;
  /** Locale of messages. */
  locale?: Locale;
}

/**
 * Outcome of {@link deriveResponsibility}.
 *
 * @example
 * ```ts
 * import type { DeriveResult } from "@mamori/cloud-matrix";
 * const r: DeriveResult = { controls: [], diagnostics: [] };
 * ```
 *
 * @category Analysis
 */
export interface DeriveResult {
  /** One entry per catalog control, catalogs in input order, controls in catalog order. */
  controls: DerivedControl[];
  /** Unknown layers and controls, duplicate overrides. */
  diagnostics: Diagnostic[];
}

/**
 * Combine the owners of several layers into one ownership: customer and provider sides
 * together make `shared`; provider and third party make `shared-provider-third-party`.
 *
 * @param owners - The owners of the layers a control spans; an empty list gives `unassigned`.
 *
 * @example
 * ```ts
 * import { combineOwners } from "@mamori/cloud-matrix";
 * combineOwners(["customer", "provider"]); // "shared"
 * combineOwners(["provider", "provider"]); // "provider"
 * combineOwners([]); // "unassigned"
 * ```
 *
 * @category Analysis
 */
export function combineOwners(owners: readonly Ownership[]): Ownership {
  let c = false;
  let p = false;
  let t = false;
  let na = false;
  for (const o of owners) {
    if (o === "customer") c = true;
    else if (o === "provider") p = true;
    else if (o === "shared") c = p = true;
    else if (o === "third-party") t = true;
    else if (o === "shared-provider-third-party") p = t = true;
    else if (o === "not-applicable") na = true;
  }
  if (c && (p || t)) return "shared";
  if (p && t) return "shared-provider-third-party";
  if (c) return "customer";
  if (p) return "provider";
  if (t) return "third-party";
  return na ? "not-applicable" : "unassigned";
}

/** A catalog indexed once: controls by id with their index. @internal */
export interface IndexedCatalog {
  catalog: Catalog;
  byId: Map<string, { control: CatalogControl; index: number }>;
}

/** Index catalogs by id and their controls by id. @internal */
export function indexCatalogs(catalogs: readonly Catalog[]): Map<string, IndexedCatalog> {
  const out = new Map<string, IndexedCatalog>();
  for (const catalog of catalogs) {
    const byId = new Map<string, { control: CatalogControl; index: number }>();
    catalog.controls.forEach((control, index) => {
      if (!byId.has(control.id)) byId.set(control.id, { control, index });
    });
    if (!out.has(catalog.id)) out.set(catalog.id, { catalog, byId });
  }
  return out;
}

/** Diagnostic for a control id missing from a catalog, with a suggestion. @internal */
export function unknownControl(
  locale: Locale,
  path: string,
  catalogId: string,
  control: string,
  indexed: IndexedCatalog | undefined,
): Diagnostic {
  const suggestion = indexed ? closestMatch(control, [...indexed.byId.keys()]) : undefined;
  return createDiagnostic(M, locale, {
    code: "cloud-matrix/unknown-control",
    severity: "error",
    path,
    data: suggestion
      ? { catalog: catalogId, control, suggestion }
      : { catalog: catalogId, control },
    ...(suggestion ? { messageKey: "cloud-matrix/unknown-control-suggest" } : {}),
    ref: REFS.catalog,
  });
}

function inFile(d: Diagnostic, file: string): Diagnostic {
  d.file = file;
  return d;
}

/** Guidance in both languages; the Japanese text uses the Japanese title when there is one. */
function text(
  key: string,
  data: Record<string, string>,
  titleJa: string | undefined,
): LocalizedText {
  return {
    en: formatMessage(M, "en", key, data),
    ja: formatMessage(M, "ja", key, titleJa === undefined ? data : { ...data, title: titleJa }),
  };
}

/**
 * Derive the owner of every control: catalog × deployment model × layer template, then
 * explicit overrides. Each control carries the reason (the layers or override that decided
 * it), the customer guidance and the provider expectations (from the catalog when it has
 * them, otherwise generated from the layers). Never throws; unknown layers and controls are
 * diagnostics (an unknown layer points into its catalog: `file` is `catalog:<id>`).
 *
 * @param input - The catalogs, the deployment model, the layer template, optional overrides (and their JSON pointer) and the locale of the diagnostics.
 *
 * @example
 * ```ts
 * import { deriveResponsibility } from "@mamori/cloud-matrix";
 * import { CLASSIC_TEN_LAYERS, ISO27002_2005 } from "@mamori/cloud-matrix/catalogs";
 * const { controls } = deriveResponsibility({ catalogs: [ISO27002_2005], serviceModel: "iaas", template: CLASSIC_TEN_LAYERS });
 * controls.find((c) => c.control === "9.1")?.owner; // "provider" (datacenter and physical hosts)
 * controls.find((c) => c.control === "10.5")?.owner; // "customer" (data and applications)
 * ```
 *
 * @category Analysis
 */
export function deriveResponsibility(input: DeriveInput): DeriveResult {
  const locale = input.locale ?? "en";
  const diagnostics: Diagnostic[] = [];
  const { template, serviceModel } = input;
  const templateName = `${template.id}@${template.version}`;
  const layerOwners = template.owners[serviceModel] as Record<string, Ownership>;
  const known = new Set(template.layers.map((l) => l.id));
  const indexed = indexCatalogs(input.catalogs);
  const overridesPath = input.overridesPath ?? "/overrides";

  const overrideByKey = new Map<string, { override: MatrixOverride; index: number }>();
  (input.overrides ?? []).forEach((override, index) => {
    const key = `${override.control.catalog}\u0000${override.control.control}`;
    const path = `${overridesPath}/${index}/control`;
    const cat = indexed.get(override.control.catalog);
    if (!cat) {
      diagnostics.push(
        createDiagnostic(M, locale, {
          code: "cloud-matrix/unknown-catalog",
          severity: "error",
          path: `${path}/catalog`,
          data: { catalog: override.control.catalog, known: [...indexed.keys()].join(", ") },
          ref: REFS.catalog,
        }),
      );
      return;
    }
    if (!cat.byId.has(override.control.control)) {
      diagnostics.push(
        unknownControl(locale, `${path}/control`, cat.catalog.id, override.control.control, cat),
      );
      return;
    }
    if (overrideByKey.has(key)) {
      diagnostics.push(
        createDiagnostic(M, locale, {
          code: "cloud-matrix/duplicate-override",
          severity: "warning",
          path,
          data: { catalog: override.control.catalog, control: override.control.control },
          related: [{ path: `${overridesPath}/${overrideByKey.get(key)?.index}/control` }],
        }),
      );
      return;
    }
    overrideByKey.set(key, { override, index });
  });

  const reportedLayers = new Set<string>();
  const controls: DerivedControl[] = [];
  input.catalogs.forEach((catalog) => {
    if (indexed.get(catalog.id)?.catalog !== catalog) return; // a repeated catalog id: first wins
    catalog.controls.forEach((control, index) => {
      const layers: Array<{ layer: string; owner: Ownership }> = [];
      control.layers.forEach((layer, li) => {
        if (!known.has(layer)) {
          const k = `${catalog.id}\u0000${layer}`;
          if (!reportedLayers.has(`${k}\u0000${control.id}`)) {
            reportedLayers.add(`${k}\u0000${control.id}`);
            diagnostics.push(
              inFile(
                createDiagnostic(M, locale, {
                  code: "cloud-matrix/unknown-layer",
                  severity: "error",
                  path: `/controls/${index}/layers/${li}`,
                  data: { layer, control: control.id, template: templateName },
                }),
                `catalog:${catalog.id}`,
              ),
            );
          }
          return;
        }
        const owner = layerOwners[layer];
        if (owner === undefined || !(OWNERSHIPS as readonly string[]).includes(owner)) {
          diagnostics.push(
            createDiagnostic(M, locale, {
              code: "cloud-matrix/template-missing-owner",
              severity: "error",
              path: `/owners/${serviceModel}/${layer}`,
              data: { template: templateName, layer, model: serviceModel },
            }),
          );
          layers.push({ layer, owner: "unassigned" });
          return;
        }
        layers.push({ layer, owner });
      });
      const customerLayers = layers
        .filter((l) => l.owner === "customer" || l.owner === "shared")
        .map((l) => l.layer);
      const providerLayers = layers
        .filter(
          (l) => l.owner !== "customer" && l.owner !== "not-applicable" && l.owner !== "unassigned",
        )
        .map((l) => l.layer);
      let owner: Ownership;
      let reason: OwnershipReason;
      if (control.layers.length === 0) {
        owner = "customer";
        reason = { source: "governance", layers };
      } else {
        owner = combineOwners(layers.map((l) => l.owner));
        reason = { source: "layers", layers };
      }
      const found = overrideByKey.get(`${catalog.id}\u0000${control.id}`);
      if (found) {
        owner = found.override.owner;
        reason = {
          source: "override",
          layers,
          ...(found.override.reason ? { note: found.override.reason } : {}),
        };
      }
      const title = control.title.en;
      const customerGuidance: LocalizedText[] = [];
      const providerExpectations: LocalizedText[] = [];
      if (control.customerGuidance) customerGuidance.push(control.customerGuidance);
      if (control.providerExpectations) providerExpectations.push(control.providerExpectations);
      if (reason.source === "governance")
        customerGuidance.push(text("guidance/governance", { title }, control.title.ja));
      else if (owner === "customer" || owner === "shared") {
        customerGuidance.push(
          customerLayers.length > 0
            ? text(
                "guidance/customer",
                { title, layers: customerLayers.join(", ") },
                control.title.ja,
              )
            : text("guidance/customer-none", { title }, control.title.ja),
        );
      } else if (owner !== "not-applicable") {
        customerGuidance.push(text("guidance/customer-none", { title }, control.title.ja));
      }
      if (owner !== "customer" && owner !== "not-applicable" && owner !== "unassigned") {
        const ls = providerLayers.length > 0 ? providerLayers : control.layers;
        providerExpectations.push(
          text("guidance/provider", { title, layers: ls.join(", ") || "-" }, control.title.ja),
        );
      }
      const derived: DerivedControl = {
        catalog: catalog.id,
        control: control.id,
        title,
        clause: control.clause ?? null,
        owner,
        layersOwned: { customer: customerLayers, provider: providerLayers },
        reason,
        customerGuidance,
        providerExpectations,
      };
      if (control.title.ja !== undefined) derived.titleJa = control.title.ja;
      if (found?.override.statement !== undefined) derived.statement = found.override.statement;
      controls.push(derived);
    });
  });
  return { controls, diagnostics };
}
