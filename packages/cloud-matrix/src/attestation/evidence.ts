import { createDiagnostic, type Diagnostic, type Locale, parseIsoDate } from "@mamori/core";
import { cloudMatrixMessages as M, REFS } from "../messages.js";
import type { ProviderAttestation } from "../schema.js";

/**
 * The state of one piece of evidence on the check date.
 *
 * @example
 * ```ts
 * import type { EvidenceStatus } from "@mamori/cloud-matrix";
 * const s: EvidenceStatus = { id: "iso-cert", type: "certification", state: "expired", issued: "2023-10-01", expires: "2026-09-30" };
 * ```
 *
 * @category Attestations
 */
export interface EvidenceStatus {
  /** Evidence id. */
  id: string;
  /** Evidence type. */
  type: string;
  /**
   * `valid`, `expired` (past its expiry day), `not-yet-valid` (issued after the check date) or
   * `unreadable` (an issue or expiry date that is no real date: never counted as valid).
   */
  state: "valid" | "expired" | "not-yet-valid" | "unreadable";
  /** Issue date as written. */
  issued: string;
  /** Expiry date as written, or null when it has none. */
  expires: string | null;
}

const DAY = 86_400_000;

/**
 * Check every piece of an attestation's evidence against `now`. An expiry written as a
 * date is valid through that whole day (UTC). Expired evidence is a warning
 * `cloud-matrix/evidence-expired` at `/evidence/<index>/expires`. A date that `parseIsoDate`
 * cannot read (`2026-02-30`) is its `date/invalid` (or `date/malformed`) error at its path and
 * makes the evidence `unreadable`, never `valid`: an impossible expiry does not hide an expiry.
 *
 * @param attestation - The provider's attestation, whose `evidence` is checked.
 * @param now - The instant expiry is judged at; evidence expiring on that day is still valid.
 * @param options - The locale of the diagnostics (default `en`) and the file name to put on them.
 *
 * @example
 * ```ts
 * import { checkEvidence } from "@mamori/cloud-matrix";
 * const { evidence } = checkEvidence(
 *   { kind: "ProviderAttestation", schemaVersion: "1.0", provider: "p", controls: [],
 *     evidence: [{ id: "cert", type: "certification", issued: "2023-10-01", expires: "2026-09-30" }] },
 *   new Date("2026-11-27T00:00:00Z"),
 * );
 * evidence[0]?.state; // "expired"
 * ```
 *
 * @category Attestations
 */
export function checkEvidence(
  attestation: ProviderAttestation,
  now: Date,
  options: { locale?: Locale; file?: string } = {},
): { evidence: EvidenceStatus[]; diagnostics: Diagnostic[] } {
  const locale = options.locale ?? "en";
  const diagnostics: Diagnostic[] = [];
  const nowText = now.toISOString().slice(0, 10);
  const evidence = attestation.evidence.map((e, i): EvidenceStatus => {
    const issuedRead = parseIsoDate(e.issued, { locale, path: `/evidence/${i}/issued` });
    const expiresRead =
      e.expires === undefined
        ? undefined
        : parseIsoDate(e.expires, { locale, path: `/evidence/${i}/expires` });
    const issued = issuedRead.date;
    const expiresDate = expiresRead?.date;
    const dateOnly = e.expires !== undefined && e.expires.length === 10;
    let state: EvidenceStatus["state"] = "valid";
    const unreadable = [...issuedRead.diagnostics, ...(expiresRead?.diagnostics ?? [])];
    if (unreadable.length > 0) {
      state = "unreadable";
      for (const d of unreadable) {
        if (options.file) d.file = options.file;
        diagnostics.push(d);
      }
    } else if (issued && issued.getTime() > now.getTime()) {
      state = "not-yet-valid";
      const d = createDiagnostic(M, locale, {
        code: "cloud-matrix/evidence-not-yet-valid",
        severity: "warning",
        path: `/evidence/${i}/issued`,
        data: { evidence: e.id, issued: e.issued, now: nowText },
        ref: REFS.evidence,
      });
      if (options.file) d.file = options.file;
      diagnostics.push(d);
    } else if (expiresDate && now.getTime() >= expiresDate.getTime() + (dateOnly ? DAY : 0)) {
      state = "expired";
      const d = createDiagnostic(M, locale, {
        code: "cloud-matrix/evidence-expired",
        severity: "warning",
        path: `/evidence/${i}/expires`,
        data: { evidence: e.id, type: e.type, expires: e.expires ?? "", now: nowText },
        ref: REFS.evidence,
      });
      if (options.file) d.file = options.file;
      diagnostics.push(d);
    }
    return { id: e.id, type: e.type, state, issued: e.issued, expires: e.expires ?? null };
  });
  return { evidence, diagnostics };
}
