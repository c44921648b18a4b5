import type { LayerTemplate } from "../schema.js";

/**
 * The classic ten-layer table cloud vendors publish (version `1.0`): data, devices,
 * accounts, identity infrastructure, applications, network controls, operating system,
 * physical hosts, physical network, datacenter — owned by customer, provider or both
 * under SaaS, PaaS, IaaS and on-premises.
 *
 * @example
 * ```ts
 * import { CLASSIC_TEN_LAYERS } from "@mamori/cloud-matrix/catalogs";
 * CLASSIC_TEN_LAYERS.owners.saas.applications; // "provider"
 * CLASSIC_TEN_LAYERS.owners.iaas["operating-system"]; // "customer"
 * ```
 *
 * @category Catalogs
 */
export const CLASSIC_TEN_LAYERS: LayerTemplate = {
  kind: "LayerTemplate",
  schemaVersion: "1.0",
  id: "classic-ten",
  version: "1.0",
  layers: [
    { id: "data", name: { en: "Information and data", ja: "情報とデータ" } },
    { id: "devices", name: { en: "Devices (PCs and mobile)", ja: "端末（PC・モバイル）" } },
    { id: "accounts", name: { en: "Accounts and identities", ja: "アカウントと ID" } },
    {
      id: "identity",
      name: { en: "Identity and directory infrastructure", ja: "ID・ディレクトリ基盤" },
    },
    { id: "applications", name: { en: "Applications", ja: "アプリケーション" } },
    { id: "network-controls", name: { en: "Network controls", ja: "ネットワーク制御" } },
    { id: "operating-system", name: { en: "Operating system", ja: "オペレーティングシステム" } },
    { id: "physical-hosts", name: { en: "Physical hosts", ja: "物理ホスト" } },
    { id: "physical-network", name: { en: "Physical network", ja: "物理ネットワーク" } },
    { id: "datacenter", name: { en: "Physical datacenter", ja: "物理データセンター" } },
  ],
  owners: {
    saas: {
      data: "customer",
      devices: "customer",
      accounts: "customer",
      identity: "shared",
      applications: "provider",
      "network-controls": "provider",
      "operating-system": "provider",
      "physical-hosts": "provider",
      "physical-network": "provider",
      datacenter: "provider",
    },
    paas: {
      data: "customer",
      devices: "customer",
      accounts: "customer",
      identity: "shared",
      applications: "shared",
      "network-controls": "shared",
      "operating-system": "provider",
      "physical-hosts": "provider",
      "physical-network": "provider",
      datacenter: "provider",
    },
    iaas: {
      data: "customer",
      devices: "customer",
      accounts: "customer",
      identity: "customer",
      applications: "customer",
      "network-controls": "customer",
      "operating-system": "customer",
      "physical-hosts": "provider",
      "physical-network": "provider",
      datacenter: "provider",
    },
    "on-premises": {
      data: "customer",
      devices: "customer",
      accounts: "customer",
      identity: "customer",
      applications: "customer",
      "network-controls": "customer",
      "operating-system": "customer",
      "physical-hosts": "customer",
      "physical-network": "customer",
      datacenter: "customer",
    },
  },
};

/**
 * The built-in layer templates (id and version each); pass your own `LayerTemplate`
 * documents to `analyzeMatrix` to add or replace one.
 *
 * @example
 * ```ts
 * import { BUILTIN_LAYER_TEMPLATES } from "@mamori/cloud-matrix/catalogs";
 * BUILTIN_LAYER_TEMPLATES.map((t) => `${t.id}@${t.version}`); // ["classic-ten@1.0"]
 * ```
 *
 * @category Catalogs
 */
export const BUILTIN_LAYER_TEMPLATES: readonly LayerTemplate[] = [CLASSIC_TEN_LAYERS];
