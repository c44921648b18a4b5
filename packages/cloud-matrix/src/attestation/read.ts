import { createDiagnostic, type Locale, validateDocument } from "@mamori/core";
import { describeValue } from "@mamori/core/internal";
import { cloudMatrixMessages as M } from "../messages.js";
import type { DeploymentModel } from "../model.js";
import { ProviderAttestationSchema } from "../schema.js";
import { type AttestationImport, importCaiqCsv } from "./caiq.js";
import { importOscalSsp } from "./oscal-ssp.js";

/**
 * Read an attestation in whichever form it comes: CAIQ CSV text (mamori's columns or CSA's
 * layouts, see {@link importCaiqCsv}; `serviceModel` picks the ownership column of CSA's CCM
 * sheet), an OSCAL system security plan (parsed JSON with `system-security-plan`), or a
 * `ProviderAttestation` document. Never throws.
 *
 * @param input - CAIQ CSV text, a parsed OSCAL SSP or a parsed `ProviderAttestation` document; anything else is a diagnostic.
 * @param options - The provider id and catalog (for CSV), the CCM sheet's service model, the file name put on diagnostics and their locale (default `en`).
 *
 * @example
 * ```ts
 * import { readAttestation } from "@mamori/cloud-matrix";
 * readAttestation("Control ID,Ownership\r\nIAM,CSP-owned\r\n", { provider: "kumomail" }).source; // "caiq-csv"
 * ```
 *
 * @category Attestations
 */
export function readAttestation(
  input: unknown,
  options: {
    provider?: string;
    catalog?: string;
    serviceModel?: DeploymentModel;
    file?: string;
    locale?: Locale;
  } = {},
): AttestationImport {
  const locale = options.locale ?? "en";
  if (typeof input === "string") return importCaiqCsv(input, options);
  if (typeof input === "object" && input !== null && "system-security-plan" in input) {
    const { byComponents: _b, title: _t, ...rest } = importOscalSsp(input, options);
    return rest;
  }
  if (
    typeof input === "object" &&
    input !== null &&
    (input as { kind?: unknown }).kind === "ProviderAttestation"
  ) {
    const r = validateDocument(ProviderAttestationSchema, input, {
      locale,
      kind: "ProviderAttestation",
    });
    return { attestation: r.value, diagnostics: r.diagnostics, source: "document" };
  }
  return {
    attestation: undefined,
    diagnostics: [
      createDiagnostic(M, locale, {
        code: "cloud-matrix/attestation-format",
        severity: "error",
        path: "",
        data: { received: describeValue(input) },
      }),
    ],
    source: "document",
  };
}
