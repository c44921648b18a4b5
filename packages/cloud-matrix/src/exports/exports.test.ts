import { readFileSync } from "node:fs";
import { readCsv } from "@mamori/core/internal";
import { parseSource } from "@mamori/core/source";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeMatrix } from "../analysis/analyze.js";
import { differentialAudit } from "../analysis/audit.js";
import { importCaiqCsv } from "../attestation/caiq.js";
import { ISO27002_2005 } from "../catalogs/builtin.js";
import { CLASSIC_TEN_LAYERS } from "../layers/templates.js";
import type { ProviderAttestation } from "../schema.js";
import { caiqCsvLosses, toCaiqCsv, toMatrixCsv } from "./csv.js";
import { toHeatmap } from "./heatmap.js";
import { formatAuditMarkdown, formatMatrixMarkdown } from "./markdown.js";

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
    const csv = toCaiqCsv(a);
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
    const back = importCaiqCsv(csv, { provider: "evil" });
    expect(back.diagnostics).toEqual([]);
    expect(back.attestation).toEqual(a);
  });
  it("round-trips the KumoMail sample", () => {
    const a = importCaiqCsv(text("examples/data/attestations/kumomail-caiq.csv"), {
      provider: "kumomail",
    }).attestation;
    expect(a && importCaiqCsv(toCaiqCsv(a), { provider: "kumomail" }).attestation).toEqual(a);
  });
});

describe("CAIQ CSV round trip (issue 30)", () => {
  const base = (
    controls: ProviderAttestation["controls"],
    evidence: ProviderAttestation["evidence"] = [],
  ): ProviderAttestation => ({
    kind: "ProviderAttestation",
    schemaVersion: "1.0",
    provider: "p",
    evidence,
    controls,
  });
  it("keeps a user's apostrophe before a formula character and spaces around values", () => {
    const a = base([
      {
        control: { catalog: "ccm-v4", control: " IAM " },
        owner: "shared",
        providerImplementation: "'=not a formula",
        customerResponsibility: "  indented, and trailing  ",
      },
      {
        control: { catalog: "ccm-v4", control: "LOG" },
        owner: "provider",
        providerImplementation: " ＝1+1",
        customerResponsibility: "''+1",
      },
    ]);
    const csv = toCaiqCsv(a);
    expect(csv.split("\r\n")[1]).toBe(
      '" IAM ",ccm-v4,shared,\'\'=not a formula,"  indented, and trailing  ",,,,',
    );
    expect(caiqCsvLosses(a)).toEqual([]);
    expect(importCaiqCsv(csv, { provider: "p" })).toMatchObject({
      attestation: a,
      diagnostics: [],
      source: "caiq-csv",
      layout: "mamori",
    });
  });
  it("warns for what CSV cannot carry, at its path", () => {
    const a = {
      ...base(
        [
          {
            control: { catalog: "ccm-v4", control: "IAM", "x-ref": 1 },
            owner: "shared",
            providerImplementation: "",
            evidence: ["soc2", "iso"],
            "x-ticket": "SEC-1",
          },
        ],
        [
          { id: "iso", type: "certification", issued: "2025-01-01", title: "ISO/IEC 27001" },
          { id: "soc2", type: "third-party-audit", issued: "2025-01-01", "x-scope": "all" },
        ],
      ),
      "x-owner": "security team",
    } as ProviderAttestation;
    expect(caiqCsvLosses(a).map((d) => [d.code, d.severity, d.path])).toEqual([
      ["cloud-matrix/csv-cannot-carry", "warning", "/x-owner"],
      ["cloud-matrix/csv-cannot-carry", "warning", "/controls/0/x-ticket"],
      ["cloud-matrix/csv-cannot-carry", "warning", "/controls/0/control/x-ref"],
      ["cloud-matrix/csv-cannot-carry", "warning", "/controls/0/providerImplementation"],
      ["cloud-matrix/csv-cannot-carry", "warning", "/controls/0/evidence/1"],
      ["cloud-matrix/csv-cannot-carry", "warning", "/evidence/0/title"],
      ["cloud-matrix/csv-cannot-carry", "warning", "/evidence/0"],
      ["cloud-matrix/csv-cannot-carry", "warning", "/evidence/1/x-scope"],
    ]);
    expect(caiqCsvLosses(a, { locale: "ja" })[0]?.message).toBe(
      "CAIQ CSV には 'x-owner' の列がないため、CSV には含まれず、読み戻すと失われます。",
    );
  });
  it("is the identity whenever caiqCsvLosses finds nothing (property)", () => {
    const text = fc.stringMatching(/^['=+\-@＝＋－＠ \t\r\n",a-z日本\u3000]{0,8}$/);
    const id = fc.stringMatching(/^[a-z0-9-]{1,6}$/);
    const date = fc.constantFrom("2025-01-01", "2026-11-27T09:00:00+09:00", "2024-02-29");
    const evidence = fc.record(
      {
        id,
        type: fc.constantFrom("third-party-audit", "certification", "self-attestation"),
        issued: date,
        expires: date,
        title: fc.constant("t"),
        "x-a": fc.constant(1),
      },
      { requiredKeys: ["id", "type", "issued"] },
    );
    const control = fc.record(
      {
        control: fc.record({
          catalog: id,
          control: text.filter((t) => t.length > 0),
        }),
        owner: fc.constantFrom(
          "customer",
          "provider",
          "shared",
          "third-party",
          "shared-provider-third-party",
          "not-applicable",
          "unassigned",
        ),
        providerImplementation: text,
        customerResponsibility: text,
        evidence: fc.array(id, { maxLength: 2 }),
        "x-b": fc.constant(2),
      },
      { requiredKeys: ["control", "owner"] },
    );
    let identities = 0;
    fc.assert(
      fc.property(
        fc.array(control, { maxLength: 4 }),
        fc.array(evidence, { maxLength: 3 }),
        (controls, ev) => {
          const a = base(
            controls as ProviderAttestation["controls"],
            ev as ProviderAttestation["evidence"],
          );
          const back = importCaiqCsv(toCaiqCsv(a), { provider: "p" });
          if (caiqCsvLosses(a).length === 0) {
            identities++;
            expect(back.diagnostics).toEqual([]);
            expect(back.attestation).toEqual(a);
          }
        },
      ),
      { numRuns: 3000, seed: 30 },
    );
    // The property is not vacuous: many generated attestations are carried whole.
    expect(identities).toBeGreaterThan(100);
  });
});

describe("matrix CSV and Markdown", () => {
  const sky = analyzeMatrix(yaml("examples/data/matrix-skycloud.yaml"), {
    now: "2026-11-27",
    attestation: yaml("examples/data/attestations/skycloud.yaml"),
  });
  it("writes one row per control with reason and findings", () => {
    const rows = readCsv(toMatrixCsv(sky)).rows;
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
    expect(readCsv(toMatrixCsv(sky, { locale: "ja" })).rows.find((r) => r[1] === "10.5")?.[2]).toBe(
      "バックアップ",
    );
  });
  it("renders Markdown tables in English and Japanese", () => {
    const md = formatMatrixMarkdown(sky).split("\n");
    expect(md[0]).toBe("## skycloud-iaas (skycloud, iaas)");
    expect(md[2]).toBe("| Catalog | Control | Title | Clause | Owner | Attested | Findings |");
    expect(md).toContain(
      "| iso27002-2005 | 14.1 | Security in business continuity management | 14 | provider |  | gap |",
    );
    expect(formatMatrixMarkdown(sky, { locale: "ja" })).toContain(
      "| iso27002-2005 | 10.5 | バックアップ | 10 | 事業者 | 利用者 | 矛盾 |",
    );
    const audit = formatAuditMarkdown(differentialAudit(yaml("examples/data/soa.yaml"), [sky]));
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
    expect(formatMatrixMarkdown(r)).toContain("| mine | a\\|b | x\\|y |  | customer |  |  |");
  });
  it("escapes HTML and Markdown in the heading and every cell", () => {
    const r = analyzeMatrix(
      {
        kind: "ResponsibilityMatrix",
        schemaVersion: "1.0",
        id: "<plaintext>",
        provider: "p*",
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
            controls: [
              {
                id: "c1",
                title: { en: "<img src=x onerror=alert(1)>\u001b]0;t\u0007" },
                layers: [],
              },
            ],
          },
        ],
      },
    );
    const md = formatMatrixMarkdown(r);
    expect(md.split("\n")[0]).toBe("## \\<plaintext\\> (p\\*, saas)");
    expect(md).toContain("| mine | c1 | \\<img src=x onerror=alert\\(1\\)\\>\uFFFD\\]0;t\uFFFD |");
    expect(md).not.toMatch(/(^|[^\\])<(?!br>)/m);
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
