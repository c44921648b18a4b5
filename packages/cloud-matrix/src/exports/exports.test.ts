import { readFileSync } from "node:fs";
import { parseSource } from "@mamori/core/source";
import { describe, expect, it } from "vitest";
import { analyzeMatrix } from "../analysis/analyze.js";
import { differentialAudit } from "../analysis/audit.js";
import { parseCaiqCsv } from "../attestation/caiq.js";
import { ISO27002_2005 } from "../catalogs/builtin.js";
import { CLASSIC_TEN_LAYERS } from "../layers/templates.js";
import type { ProviderAttestation } from "../schema.js";
import { readCsv } from "../util/csv.js";
import { attestationToCaiqCsv, matrixToCsv } from "./csv.js";
import { toHeatmap } from "./heatmap.js";
import { auditToMarkdown, matrixToMarkdown } from "./markdown.js";

const root = new URL("../../../../", import.meta.url);
const text = (p: string) => readFileSync(new URL(p, root), "utf8");
const yaml = (p: string) => parseSource(text(p)).data;

describe("CAIQ CSV export", () => {
  it("neutralises formula injection and reads back unchanged", () => {
    const a: ProviderAttestation = {
      kind: "ProviderAttestation",
      schemaVersion: "1.0",
      provider: "evil",
      evidence: [{ id: "e1", type: "self-attestation", issued: "2026-01-01" }],
      controls: [
        {
          control: { catalog: "ccm-v4", control: "IAM" },
          owner: "shared",
          providerImplementation: '=HYPERLINK("http://x")',
          customerResponsibility: "+1, then -2",
          evidence: ["e1"],
        },
        {
          control: { catalog: "ccm-v4", control: "LOG" },
          owner: "provider",
          providerImplementation: '@SUM(1)\n"quoted"',
          customerResponsibility: "\tTabbed",
          evidence: ["e1"],
        },
      ],
    };
    const csv = attestationToCaiqCsv(a);
    const rows = readCsv(csv).rows;
    expect(rows[1]).toEqual([
      "IAM",
      "ccm-v4",
      "shared",
      '\'=HYPERLINK("http://x")',
      "'+1, then -2",
      "e1",
      "self-attestation",
      "2026-01-01",
      "",
    ]);
    // The second row refers to e1 without declaring it again.
    expect(rows[2]).toEqual([
      "LOG",
      "ccm-v4",
      "provider",
      '\'@SUM(1)\n"quoted"',
      "'\tTabbed",
      "e1",
      "",
      "",
      "",
    ]);
    const back = parseCaiqCsv(csv, { provider: "evil" });
    expect(back.diagnostics).toEqual([]);
    expect(back.attestation).toEqual(a);
  });
  it("round-trips the KumoMail sample", () => {
    const a = parseCaiqCsv(text("examples/data/attestations/kumomail-caiq.csv"), {
      provider: "kumomail",
    }).attestation;
    expect(
      a && parseCaiqCsv(attestationToCaiqCsv(a), { provider: "kumomail" }).attestation,
    ).toEqual(a);
  });
});

describe("matrix CSV and Markdown", () => {
  const sky = analyzeMatrix(yaml("examples/data/matrix-skycloud.yaml"), {
    now: "2026-11-27",
    attestation: yaml("examples/data/attestations/skycloud.yaml"),
  });
  it("writes one row per control with reason and findings", () => {
    const rows = readCsv(matrixToCsv(sky)).rows;
    expect(rows).toHaveLength(1 + 46);
    const backup = rows.find((r) => r[1] === "10.5");
    expect(backup?.slice(0, 6)).toEqual([
      "iso27002-2005",
      "10.5",
      "Back-up",
      "10",
      "provider",
      'override: Procurement noted "daily snapshots included" in the SkyCloud offer.',
    ]);
    expect(backup?.slice(8)).toEqual(["customer", "conflict"]);
    expect(readCsv(matrixToCsv(sky, { locale: "ja" })).rows.find((r) => r[1] === "10.5")?.[2]).toBe(
      "バックアップ",
    );
  });
  it("renders Markdown tables in English and Japanese", () => {
    const md = matrixToMarkdown(sky).split("\n");
    expect(md[0]).toBe("## skycloud-iaas (skycloud, iaas)");
    expect(md[2]).toBe("| Catalog | Control | Title | Clause | Owner | Attested | Findings |");
    expect(md).toContain(
      "| iso27002-2005 | 14.1 | Security in business continuity management | 14 | provider |  | gap |",
    );
    expect(matrixToMarkdown(sky, { locale: "ja" })).toContain(
      "| iso27002-2005 | 10.5 | バックアップ | 10 | provider | customer | conflict |",
    );
    const audit = auditToMarkdown(differentialAudit(yaml("examples/data/soa.yaml"), [sky]));
    expect(audit).toContain("- total: 26 (26 controls)");
    expect(audit).toContain(
      "| skycloud | iso27002-2005 | 9.1 | Protected areas and physical entry | customer | provider |",
    );
  });
  it("escapes pipes in Markdown cells", () => {
    const r = analyzeMatrix(
      {
        kind: "ResponsibilityMatrix",
        schemaVersion: "1.0",
        id: "m",
        provider: "p",
        serviceModel: "saas",
        catalogs: ["mine"],
      },
      {
        catalogs: [
          {
            kind: "Catalog",
            schemaVersion: "1.0",
            id: "mine",
            name: { en: "M" },
            controls: [{ id: "a|b", title: { en: "x|y" }, layers: [] }],
          },
        ],
      },
    );
    expect(matrixToMarkdown(r)).toContain("| mine | a\\|b | x\\|y |  | customer |  |  |");
  });
});

describe("toHeatmap", () => {
  it("gives a layer × model grid with control counts", () => {
    const h = toHeatmap(CLASSIC_TEN_LAYERS, [ISO27002_2005]);
    expect(h.template).toBe("classic-ten@1.0");
    expect(h.models).toEqual(["saas", "paas", "iaas", "on-premises"]);
    expect(h.cells).toHaveLength(10 * 4);
    expect(h.cells.filter((c) => c.layer === "identity").map((c) => c.owner)).toEqual([
      "shared",
      "shared",
      "customer",
      "customer",
    ]);
    // Controls touching "devices": 7.1 9.2 10.4 10.7 11.3 11.7 + 13.1 13.2 15.3 (all layers) = 9.
    expect(h.layers.find((l) => l.id === "devices")?.controls).toBe(9);
    expect(h.ownersByModel["on-premises"]?.customer).toBe(39);
    // IaaS: provider 9.1 (1); shared 8.1 8.2 8.3 9.2 10.3 10.6 10.7 10.10 11.4 12.6 13.1 13.2 14.1 15.3 (14);
    // customer 39 - 1 - 14 = 24.
    expect(h.ownersByModel.iaas).toMatchObject({ customer: 24, provider: 1, shared: 14 });
  });
});

describe("toHeatmap with layer ids that are Object.prototype keys", () => {
  it("gives 'unassigned', never a prototype function, as the owner", async () => {
    // Found by the reliability fuzzer: a layer "hasOwnProperty" got Object.prototype.hasOwnProperty as its owner.
    const { toHeatmap } = await import("./heatmap.js");
    const template = {
      ...CLASSIC_TEN_LAYERS,
      layers: [
        ...CLASSIC_TEN_LAYERS.layers,
        { id: "hasOwnProperty", name: { en: "X" } },
        { id: "constructor", name: { en: "Y" } },
      ],
    };
    const h = toHeatmap(template as typeof CLASSIC_TEN_LAYERS);
    const odd = h.cells.filter((c) => c.layer === "hasOwnProperty" || c.layer === "constructor");
    // 2 layers × 4 deployment models = 8 cells, none with an owner in the template.
    expect(odd).toHaveLength(8);
    expect(new Set(odd.map((c) => c.owner))).toEqual(new Set(["unassigned"]));
    expect(JSON.parse(JSON.stringify(h.cells))).toEqual(h.cells);
  });
});
