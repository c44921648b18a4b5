import { readFileSync } from "node:fs";
import { parseSource } from "@mamori/core/source";
import { describe, expect, it } from "vitest";
import { analyzeBia } from "./index.js";

const text = readFileSync(new URL("../../../examples/data/bia.yaml", import.meta.url), "utf8");
const parsed = parseSource(text, { file: "bia.yaml" });
const r = analyzeBia(parsed.data);
const ofCode = (code: string) => r.diagnostics.filter((d) => d.code === code);

describe("the sample organisation's BIA (examples/data/bia.yaml)", () => {
  it("parses and validates cleanly", () => {
    expect(parsed.diagnostics).toEqual([]);
    expect(
      r.diagnostics.filter(
        (d) =>
          d.code.startsWith("schema/") ||
          d.code.startsWith("document/") ||
          d.code.startsWith("duration/"),
      ),
    ).toEqual([]);
    expect(r.processes).toHaveLength(10);
    expect(r.nodes).toHaveLength(40);
    expect(r.cycles).toEqual([]);
    // the default SPOF budget, 10 × (nodes + edges), covers the whole sample
    expect(ofCode("bia/spof-truncated")).toEqual([]);
  });

  it("computes order-intake's objectives and finds its RTO gap through erp-db", () => {
    const p = r.processes.find((x) => x.id === "order-intake");
    // MTPD: financial and customer reach 4 at P1D = 1440; RTO explicit PT8H = 480 (480 + WRT 240 ≤ 1440)
    // achievable: backup-storage 60 → erp-db 60 + 720 = 780 → erp 780 + 120 = 900
    expect(p).toMatchObject({
      mtpdMinutes: 1440,
      rtoMinutes: 480,
      rpoMinutes: 60,
      tier: "tier-2",
      achievableMinutes: 900,
    });
    const gap = ofCode("bia/rto-gap").find((d) => d.data?.process === "order-intake");
    expect(gap?.data?.path).toBe("order-intake → erp → erp-db → backup-storage");
    expect(gap?.messages.ja).toBe(
      "'order-intake' の復旧は最短でも15時間後で、目標復旧時間（RTO）8時間を超えます。クリティカルパス: order-intake → erp → erp-db → backup-storage。",
    );
    // derived RTOs: production-planning MTPD P3D 4320 − WRT 480 = 3840; shipping 1440 − 240 = 1200
    expect(r.processes.find((x) => x.id === "production-planning")?.rtoMinutes).toBe(3840);
    expect(r.processes.find((x) => x.id === "shipping")?.rtoMinutes).toBe(1200);
    expect(r.processes.find((x) => x.id === "product-design")?.timeCritical).toBe(false);
  });

  it("finds leased-line as a single point of failure", () => {
    const s = r.spofs.find((x) => x.node === "leased-line");
    // edi → order-intake, shipping; payroll-system → payroll
    expect(s?.processes).toEqual(["order-intake", "payroll", "shipping"]);
    expect(ofCode("bia/single-point-of-failure").map((d) => d.data?.id)).toContain("leased-line");
    // the any-of groups protect: mobile-network, utility power and the generator are not SPOFs
    expect(r.spofs.map((x) => x.node)).not.toContain("mobile-network");
    expect(r.spofs.map((x) => x.node)).not.toContain("generator-sendai");
  });

  it("breaches in the 72-hour wide-area power outage: the 8-hour generator runs dry", () => {
    expect(ofCode("bia/backup-power-short").map((d) => d.path)).toContain(
      "/resources/1/power/backupRuntime",
    );
    expect(r.power.shortBackup.find((x) => x.node === "generator-sendai")).toEqual({
      node: "generator-sendai",
      runtimeMinutes: 480,
      outageMinutes: 4320,
    });
    const quake = r.scenarios.find((s) => s.scenario === "quake-72h");
    // generator dry at 480 → erp-db [480, 4320) + 720 → erp + 120 → order-intake [480, 5160)
    const oi = quake?.processes.find((p) => p.process === "order-intake");
    expect(oi?.down).toEqual([{ startMinutes: 480, endMinutes: 5160 }]);
    expect(oi?.rtoBreachAtMinutes).toBe(960);
    // loss 2,500,000 JPY × (5160 − 480) / 60 h = 2,500,000 × 78 = 195,000,000
    expect(oi?.loss).toBe(195_000_000);
    expect(
      ofCode("bia/scenario-rto-breach")
        .filter((d) => d.data?.scenario === "quake-72h")
        .map((d) => d.data?.process),
    ).toEqual(["manufacturing", "order-intake", "production-planning"]);
    // mes carries manufacturing (tier 1) and must be protect; it is
    expect(r.power.mustProtect).toEqual(["generator-sendai", "mes"]);
  });

  it("gives the same JSON every run, and Japanese messages on request", () => {
    expect(JSON.stringify(analyzeBia(parsed.data))).toBe(JSON.stringify(r));
    const ja = analyzeBia(parsed.data, { locale: "ja" });
    expect(ja.diagnostics.find((d) => d.code === "bia/backup-power-short")?.message).toContain(
      "非常用電源",
    );
  });
});
