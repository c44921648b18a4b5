import { OWNERSHIPS, type Ownership } from "../model.js";
import type { MatrixResult } from "./analyze.js";
import type { Finding } from "./compare.js";

/**
 * A summary across several providers' matrices (see {@link summarizeProviders}).
 *
 * @example
 * ```ts
 * import type { ProviderSummary } from "@mamori/cloud-matrix";
 * const s: ProviderSummary = { providers: [], totals: { controls: 0, findings: { gap: 0, conflict: 0, overlap: 0, unverified: 0, planned: 0 }, expiredEvidence: 0 }, controls: [] };
 * ```
 *
 * @category Analysis
 */
export interface ProviderSummary {
  /** One row per matrix, in input order. */
  providers: Array<{
    provider: string;
    matrix: string;
    serviceModel: string;
    owners: Record<Ownership, number>;
    findings: Record<Finding, number>;
    expiredEvidence: number;
  }>;
  /** Totals over all providers. */
  totals: { controls: number; findings: Record<Finding, number>; expiredEvidence: number };
  /** Per control (catalog + id), the owner under each provider, in order of first appearance. */
  controls: Array<{
    catalog: string;
    control: string;
    title: string;
    owners: Record<string, Ownership>;
  }>;
}

/**
 * Summarise several providers' analysed matrices (one per provider): counts per owner and
 * finding, expired evidence, and a cross-provider view of each control.
 *
 * @param results - The analysed matrices, one per provider, from {@link analyzeMatrix}.
 *
 * @example
 * ```ts
 * import { analyzeMatrix, summarizeProviders } from "@mamori/cloud-matrix";
 * const a = analyzeMatrix({ kind: "ResponsibilityMatrix", schemaVersion: "1.0", id: "a", provider: "skycloud", serviceModel: "iaas", catalogs: ["iso27017"] });
 * const b = analyzeMatrix({ kind: "ResponsibilityMatrix", schemaVersion: "1.0", id: "b", provider: "kumomail", serviceModel: "saas", catalogs: ["iso27017"] });
 * summarizeProviders([a, b]).controls[3]?.owners; // { skycloud: "customer", kumomail: "provider" } (CLD.9.5.2)
 * ```
 *
 * @category Analysis
 */
export function summarizeProviders(results: readonly MatrixResult[]): ProviderSummary {
  const zeroFindings = (): Record<Finding, number> => ({
    gap: 0,
    conflict: 0,
    overlap: 0,
    unverified: 0,
    planned: 0,
  });
  const totals = { controls: 0, findings: zeroFindings(), expiredEvidence: 0 };
  const controls = new Map<string, ProviderSummary["controls"][number]>();
  const providers = results
    .filter((r) => r.matrix !== null)
    .map((r) => {
      const m = r.matrix as NonNullable<MatrixResult["matrix"]>;
      const owners = Object.fromEntries(OWNERSHIPS.map((o) => [o, 0])) as Record<Ownership, number>;
      const findings = zeroFindings();
      for (const c of r.controls) {
        owners[c.owner]++;
        for (const f of c.findings) {
          findings[f]++;
          totals.findings[f]++;
        }
        const key = `${c.catalog}\u0000${c.control}`;
        let row = controls.get(key);
        if (!row) {
          row = { catalog: c.catalog, control: c.control, title: c.title, owners: {} };
          controls.set(key, row);
        }
        row.owners[m.provider] = c.owner;
      }
      const expiredEvidence = r.evidence.filter((e) => e.state === "expired").length;
      totals.controls += r.controls.length;
      totals.expiredEvidence += expiredEvidence;
      return {
        provider: m.provider,
        matrix: m.id,
        serviceModel: m.serviceModel,
        owners,
        findings,
        expiredEvidence,
      };
    });
  return { providers, totals, controls: [...controls.values()] };
}
