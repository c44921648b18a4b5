import { readFileSync } from "node:fs";
import { parseSource } from "@mamori/core/source";
import { describe, expect, it } from "vitest";
import { analyzeMatrix } from "./analyze.js";
import { differentialAudit } from "./audit.js";
import { summarizeProviders } from "./providers.js";

const root = new URL("../../../../", import.meta.url);
const text = (p: string) => readFileSync(new URL(p, root), "utf8");
const yaml = (p: string) => parseSource(text(p)).data;
const sky = analyzeMatrix(yaml("examples/data/matrix-skycloud.yaml"), {
  now: "2026-11-27",
  attestation: yaml("examples/data/attestations/skycloud.yaml"),
});
const kumo = analyzeMatrix(yaml("examples/data/matrix-kumomail.yaml"), {
  now: "2026-11-27",
  attestation: text("examples/data/attestations/kumomail-caiq.csv"),
});

describe("differentialAudit (差分のみの監査)", () => {
  it("lists what SkyCloud adds to Kita Seiki's certified ISMS", () => {
    const a = differentialAudit(yaml("examples/data/soa.yaml"), [sky]);
    expect(a.diagnostics).toEqual([]);
    // New: the 7 CLD controls + 10.9 (not applicable in the SoA) = 8.
    expect(a.items.filter((i) => i.kind === "new-control").map((i) => i.control)).toEqual([
      "10.9",
      "CLD.6.3.1",
      "CLD.8.1.5",
      "CLD.9.5.1",
      "CLD.9.5.2",
      "CLD.12.1.5",
      "CLD.12.4.5",
      "CLD.13.1.4",
    ]);
    // Moved: every ISO control whose IaaS owner is no longer the customer alone (3 provider + 13 shared = 16).
    const moved = a.items.filter((i) => i.kind === "ownership-moved");
    expect(moved).toHaveLength(16);
    expect(moved.find((i) => i.control === "9.1")).toMatchObject({
      from: "customer",
      to: "provider",
    });
    // Unchanged customer controls that carry cloud-user guidance: 6.2 and 10.2.
    expect(a.items.filter((i) => i.kind === "customer-guidance").map((i) => i.control)).toEqual([
      "6.2",
      "10.2",
    ]);
    expect(a.counts).toEqual({
      "new-control": 8,
      "ownership-moved": 16,
      "customer-guidance": 2,
      total: 26,
      controls: 26,
    });
  });
  it("audits only the customer's part when asked", () => {
    const a = differentialAudit(yaml("examples/data/soa.yaml"), [sky], { part: "customer" });
    // The 3 controls SkyCloud carries alone (9.1, 10.5, 14.1 → provider) drop out: moved
    // 16 − 3 = 13; every new control is the customer's or shared, so 8 stay; guidance 2.
    expect(a.items.some((i) => i.to === "provider")).toBe(false);
    expect(a.counts).toEqual({
      "new-control": 8,
      "ownership-moved": 13,
      "customer-guidance": 2,
      total: 23,
      controls: 23,
    });
  });
  it("keeps in the customer's part a control nobody has taken on", () => {
    const doc = yaml("examples/data/matrix-skycloud.yaml") as { overrides: unknown[] };
    doc.overrides.push({
      control: { catalog: "iso27002-2005", control: "9.1" },
      owner: "unassigned",
    });
    const m = analyzeMatrix(doc, { now: "2026-11-27" });
    const a = differentialAudit(yaml("examples/data/soa.yaml"), [m], { part: "customer" });
    // 9.1 was SkyCloud's alone (out of the customer's part); unassigned, it is back in: 23 + 1.
    expect(a.items.find((i) => i.control === "9.1")).toMatchObject({ to: "unassigned" });
    expect(a.counts.total).toBe(24);
  });
  it("counts distinct controls across providers", () => {
    const a = differentialAudit(yaml("examples/data/soa.yaml"), [sky, kumo]);
    // KumoMail adds 17 CCM domains + 7 CLD controls = 24 new items; CLD controls are shared with SkyCloud.
    expect(a.counts).toEqual({
      "new-control": 32,
      "ownership-moved": 16,
      "customer-guidance": 2,
      total: 50,
      controls: 43,
    });
  });
  it("reports unknown controls in the Statement of Applicability", () => {
    const a = differentialAudit(
      {
        kind: "StatementOfApplicability",
        schemaVersion: "1.0",
        organisation: "kita-seiki",
        controls: [
          { control: { catalog: "iso27002-2005", control: "10.11" }, applicable: true },
          { control: { catalog: "iso9001", control: "1" }, applicable: true },
        ],
      },
      [],
    );
    expect(a.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["cloud-matrix/unknown-control", "/controls/0/control/control"],
      ["cloud-matrix/unknown-catalog", "/controls/1/control/catalog"],
    ]);
    expect(differentialAudit({ kind: "Catalog" }, [sky]).diagnostics[0]?.code).toBe(
      "document/kind-mismatch",
    );
  });
});

describe("summarizeProviders", () => {
  it("summarises SkyCloud and KumoMail side by side", () => {
    const s = summarizeProviders([sky, kumo]);
    expect(
      s.providers.map((p) => [p.provider, p.serviceModel, p.findings, p.expiredEvidence]),
    ).toEqual([
      ["skycloud", "iaas", { gap: 13, conflict: 1, overlap: 0, unverified: 2, planned: 0 }, 1],
      ["kumomail", "saas", { gap: 16, conflict: 1, overlap: 0, unverified: 0, planned: 0 }, 0],
    ]);
    expect(s.totals).toEqual({
      controls: 46 + 24,
      findings: { gap: 29, conflict: 2, overlap: 0, unverified: 2, planned: 0 },
      expiredEvidence: 1,
    });
    // 39 ISO + 7 CLD + 17 CCM distinct controls = 63.
    expect(s.controls).toHaveLength(63);
    expect(s.controls.find((c) => c.control === "CLD.9.5.2")?.owners).toEqual({
      skycloud: "customer",
      kumomail: "provider",
    });
    expect(summarizeProviders([analyzeMatrix({})]).providers).toEqual([]);
  });
});
