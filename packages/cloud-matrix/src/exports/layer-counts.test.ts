import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { analyzeMatrix } from "../analysis/analyze.js";
import { CLASSIC_TEN_LAYERS } from "../catalogs.js";
import { toHeatmap } from "./heatmap.js";
import { countControlsByLayer } from "./layer-counts.js";

const root = new URL("../../../../", import.meta.url);
const kumomail = analyzeMatrix(
  parse(readFileSync(new URL("examples/data/matrix-kumomail.yaml", root), "utf8")),
);

describe("countControlsByLayer on examples/data/matrix-kumomail.yaml (SaaS, CCM v4 + ISO 27017)", () => {
  // The 24 controls and the layers that decided them (from `mamori matrix --format json`):
  //   ccm-v4 A&A shared: all ten layers        ccm-v4 BCR provider (override): data, applications, physical-network, datacenter
  //   ccm-v4 AIS provider: applications        ccm-v4 CCC provider: applications, operating-system, network-controls
  //   ccm-v4 CEK shared: data, applications, network-controls
  //   ccm-v4 DCS provider: datacenter, physical-hosts, physical-network
  //   ccm-v4 DSP customer: data                ccm-v4 GRC customer: (none: governance)
  //   ccm-v4 HRS shared: accounts, applications, physical-hosts, datacenter
  //   ccm-v4 IAM shared: accounts, identity    ccm-v4 IPY shared: data, applications
  //   ccm-v4 IVS provider: operating-system, physical-hosts, physical-network, network-controls
  //   ccm-v4 LOG provider: operating-system, applications, network-controls, physical-network
  //   ccm-v4 SEF shared: all ten layers        ccm-v4 STA customer: (none: governance)
  //   ccm-v4 TVM provider: operating-system, applications, physical-hosts
  //   ccm-v4 UEM customer: devices             CLD.6.3.1 shared: all ten layers
  //   CLD.8.1.5 shared: data, physical-hosts   CLD.9.5.1 provider: network-controls, operating-system, physical-hosts
  //   CLD.9.5.2 provider: operating-system     CLD.12.1.5 shared: accounts, operating-system, applications
  //   CLD.12.4.5 provider: applications, network-controls, operating-system
  //   CLD.13.1.4 provider: network-controls, physical-network
  const t = countControlsByLayer(kumomail.controls, {
    layers: toHeatmap(CLASSIC_TEN_LAYERS).layers,
  });
  const row = (layer: string | null) => t.rows.find((r) => r.layer === layer)?.counts;

  it("has the 24 controls, customer / provider / shared / unassigned columns and the template's ten layers + governance", () => {
    expect(kumomail.controls).toHaveLength(24);
    expect(t.owners).toEqual(["customer", "provider", "shared", "unassigned"]);
    expect(t.columns).toEqual(["customer", "provider", "shared", "unassigned"]);
    expect(t.rows.map((r) => r.layer)).toEqual([
      ...CLASSIC_TEN_LAYERS.layers.map((l) => l.id),
      null,
    ]);
  });

  it("counts each control once per layer under its own owner (hand-counted)", () => {
    // data: DSP (customer); BCR (provider); A&A, CEK, IPY, SEF, CLD.6.3.1, CLD.8.1.5 (shared)
    expect(row("data")).toEqual([1, 1, 6, 0]);
    // datacenter: BCR, DCS (provider); A&A, HRS, SEF, CLD.6.3.1 (shared)
    expect(row("datacenter")).toEqual([0, 2, 4, 0]);
    // devices: UEM (customer); A&A, SEF, CLD.6.3.1 (shared)
    expect(row("devices")).toEqual([1, 0, 3, 0]);
    // applications: BCR, AIS, CCC, LOG, TVM, CLD.12.4.5 (provider); A&A, CEK, HRS, IPY, SEF,
    // CLD.6.3.1, CLD.12.1.5 (shared)
    expect(row("applications")).toEqual([0, 6, 7, 0]);
    // governance: GRC, STA (customer)
    expect(row(null)).toEqual([2, 0, 0, 0]);
    expect(t.rows.at(-1)?.label).toBe("governance");
  });

  it("uses the reader's words in Japanese: owners, layer names, governance", () => {
    const ja = countControlsByLayer(kumomail.controls, {
      locale: "ja",
      layers: toHeatmap(CLASSIC_TEN_LAYERS).layers,
    });
    expect(ja.columns).toEqual(["利用者", "事業者", "共同", "未割当"]);
    expect(ja.rows.at(-1)?.label).toBe("ガバナンス");
    const data = CLASSIC_TEN_LAYERS.layers.find((l) => l.id === "data");
    expect(ja.rows[0]?.label).toBe(data?.name.ja);
    expect(ja.rows[0]?.label).not.toBe(data?.name.en);
  });

  it("adds a column for another owner when a control has it, and rows for layers not listed", () => {
    // (a third party's control makes a fifth column, before unassigned in OWNERSHIPS' order)
    const t2 = countControlsByLayer([
      {
        owner: "third-party",
        reason: { source: "layers", layers: [{ layer: "x", owner: "third-party" }] },
      },
      {
        owner: "customer",
        reason: {
          source: "layers",
          layers: [
            { layer: "x", owner: "customer" },
            { layer: "x", owner: "customer" },
          ],
        },
      },
    ]);
    expect(t2.owners).toEqual(["customer", "provider", "shared", "third-party", "unassigned"]);
    // a layer named twice by one control counts once
    expect(t2.rows).toEqual([{ layer: "x", label: "x", counts: [1, 0, 0, 1, 0] }]);
  });
});
