import { createDiagnostic, type Diagnostic, formatMessage, type Locale } from "@mamori/core";
import type { EvidenceStatus } from "../attestation/evidence.js";
import type { DerivedControl } from "../derive/derive.js";
import { matrixLabel, SILENT } from "../labels.js";
import { cloudMatrixMessages as M, REFS } from "../messages.js";
import { customerSide, type Ownership, providerSide } from "../model.js";
import type { AttestedControl, ImplementationStatus, ProviderAttestation } from "../schema.js";

/**
 * A finding of the gap analysis between the customer's matrix and the provider's attestation.
 *
 * @example
 * ```ts
 * import type { Finding } from "@mamori/cloud-matrix";
 * const f: Finding = "conflict";
 * ```
 *
 * @category Analysis
 */
export type Finding = "gap" | "conflict" | "overlap" | "unverified" | "planned";

/**
 * A control of an analysed matrix: the derived control plus what the provider attested
 * and the findings.
 *
 * @example
 * ```ts
 * import type { MatrixControl } from "@mamori/cloud-matrix";
 * const owner: MatrixControl["owner"] = "shared";
 * ```
 *
 * @category Analysis
 */
export interface MatrixControl extends DerivedControl {
  /** The provider's declaration, when an attestation was given and covers the control. */
  attested?: {
    owner: Ownership;
    /** The provider's implementation status, when stated (`planned` and `partial`: not attested yet). */
    status?: ImplementationStatus;
    /** When a planned or partial control is to be complete. */
    plannedCompletion?: string;
    providerImplementation?: string;
    customerResponsibility?: string;
    evidence: EvidenceStatus[];
    verified: boolean;
  };
  /** Findings of the gap analysis, in a fixed order. */
  findings: Finding[];
}

/**
 * Where a compared control lives, for diagnostic paths.
 *
 * @example
 * ```ts
 * import type { ComparePaths } from "@mamori/cloud-matrix";
 * const p: ComparePaths = { matrixPath: () => "/overrides/0" };
 * ```
 *
 * @category Analysis
 */
export interface ComparePaths {
  /** JSON pointer into the matrix for a control (its override, or the catalog entry). */
  matrixPath: (catalog: string, control: string) => string;
  /** File name the attestation is reported under in `related` (default `attestation`). */
  attestationFile?: string;
}

/**
 * Compare the customer's derived matrix with a provider's attestation, control by control:
 * *gap* (nobody does it: unassigned, or the customer relies on the provider, which is
 * silent or says not applicable — an error when the customer's reliance is an explicit
 * override, a warning when it comes from the layers, info when the customer keeps a share), *conflict* (the provider leaves to the customer what the
 * customer expects from the provider), *overlap* (both plan to do it) and *unverified* (the
 * provider claims it without valid evidence). Each finding is a diagnostic whose data holds
 * both sides' statements; the path points into the matrix, `related` into the attestation.
 *
 * @param controls - The customer's derived controls, as in `deriveResponsibility(...).controls`.
 * @param attestation - The provider's attestation, such as one read by {@link readAttestation}.
 * @param evidence - The status of each piece of the attestation's evidence, from {@link checkEvidence}.
 * @param paths - How to point at a control in the matrix (its override or catalog entry), and the file name the attestation is reported under in `related` (default `attestation`).
 * @param locale - The locale of the messages, default `en`.
 *
 * @example
 * ```ts
 * import { compareWithAttestation } from "@mamori/cloud-matrix";
 * const r = compareWithAttestation(
 *   [{ catalog: "iso27002-2005", control: "10.5", title: "Back-up", clause: "10", owner: "provider",
 *      layersOwned: { customer: [], provider: [] }, reason: { source: "override", layers: [] },
 *      customerGuidance: [], providerExpectations: [], statement: "We assume daily snapshots." }],
 *   { kind: "ProviderAttestation", schemaVersion: "1.0", provider: "skycloud", evidence: [],
 *     controls: [{ control: { catalog: "iso27002-2005", control: "10.5" }, owner: "customer" }] },
 *   [], { matrixPath: () => "/overrides/0" },
 * );
 * r.diagnostics[0]?.code; // "cloud-matrix/conflict"
 * ```
 *
 * @category Analysis
 */
export function compareWithAttestation(
  controls: readonly DerivedControl[],
  attestation: ProviderAttestation,
  evidence: readonly EvidenceStatus[],
  paths: ComparePaths,
  locale: Locale = "en",
): { controls: MatrixControl[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const file = paths.attestationFile ?? "attestation";
  const evidenceById = new Map(evidence.map((e) => [e.id, e]));
  const attestedByKey = new Map<string, { attested: AttestedControl; index: number }>();
  attestation.controls.forEach((attested, index) => {
    const key = `${attested.control.catalog}\u0000${attested.control.control}`;
    if (!attestedByKey.has(key)) attestedByKey.set(key, { attested, index });
  });
  const matrixKeys = new Set(controls.map((c) => `${c.catalog}\u0000${c.control}`));
  const matrixCatalogs = new Set(controls.map((c) => c.catalog));

  attestation.controls.forEach((a, index) => {
    if (matrixKeys.has(`${a.control.catalog}\u0000${a.control.control}`)) return;
    if (matrixCatalogs.has(a.control.catalog)) {
      diagnostics.push(
        withFile(
          createDiagnostic(M, locale, {
            code: "cloud-matrix/unknown-control",
            severity: "error",
            path: `/controls/${index}/control/control`,
            data: { catalog: a.control.catalog, control: a.control.control },
            ref: REFS.catalog,
          }),
          file,
        ),
      );
    } else {
      diagnostics.push(
        withFile(
          createDiagnostic(M, locale, {
            code: "cloud-matrix/not-compared",
            severity: "info",
            path: `/controls/${index}/control`,
            data: { catalog: a.control.catalog, control: a.control.control },
          }),
          file,
        ),
      );
    }
  });

  const out = controls.map((c): MatrixControl => {
    const found = attestedByKey.get(`${c.catalog}\u0000${c.control}`);
    const findings: Finding[] = [];
    const mc: MatrixControl = { ...c, findings };
    const assumed = c.owner;
    // A provider that states the control does not apply to its service carries none of it.
    const t =
      found?.attested.status === "not-applicable" ? "not-applicable" : found?.attested.owner;
    const statementIn = (lc: Locale) =>
      c.statement ??
      `${matrixLabel(c.reason.source, lc)}: ${c.reason.layers.map((l) => `${l.layer}=${matrixLabel(l.owner, lc)}`).join(lc === "ja" ? "、" : ", ") || "-"}`;
    const customerStatement = statementIn("en");
    const providerStatement = found
      ? [found.attested.providerImplementation, found.attested.customerResponsibility]
          .filter(Boolean)
          .join(" / ") || "-"
      : "-";
    let verified = false;
    const statuses: EvidenceStatus[] = [];
    const problems: string[] = [];
    if (found) {
      for (const id of found.attested.evidence ?? []) {
        const s = evidenceById.get(id);
        if (!s) {
          problems.push(`${id}: unknown`);
          diagnostics.push(
            withFile(
              createDiagnostic(M, locale, {
                code: "cloud-matrix/evidence-unknown",
                severity: "error",
                path: `/controls/${found.index}/evidence`,
                data: { evidence: id },
              }),
              file,
            ),
          );
          continue;
        }
        statuses.push(s);
        if (s.state === "valid") verified = true;
        else problems.push(`${id}: ${s.state}${s.expires ? ` ${s.expires}` : ""}`);
      }
      mc.attested = { owner: found.attested.owner, evidence: statuses, verified };
      if (found.attested.providerImplementation !== undefined)
        mc.attested.providerImplementation = found.attested.providerImplementation;
      if (found.attested.customerResponsibility !== undefined)
        mc.attested.customerResponsibility = found.attested.customerResponsibility;
      if (found.attested.status !== undefined) mc.attested.status = found.attested.status;
      if (found.attested.plannedCompletion !== undefined)
        mc.attested.plannedCompletion = found.attested.plannedCompletion;
    }
    const related = found ? [{ path: `/controls/${found.index}`, file }] : [];
    const report = (
      finding: Finding,
      severity: "error" | "warning" | "info",
      extra: Record<string, string> = {},
    ) => {
      findings.push(finding);
      const code = `cloud-matrix/${finding}`;
      const data = {
        catalog: c.catalog,
        control: c.control,
        title: c.title,
        assumed,
        attested: t ?? SILENT.en,
        customerStatement,
        providerStatement,
        ...extra,
      };
      const d = createDiagnostic(M, locale, {
        code,
        severity,
        path: paths.matrixPath(c.catalog, c.control),
        data,
        related,
        ref: finding === "unverified" ? REFS.evidence : REFS.shared,
      });
      // The Japanese message names owners in Japanese; data keeps the values for tools.
      const ja = formatMessage(M, "ja", code, {
        ...data,
        title: c.titleJa ?? c.title,
        assumed: matrixLabel(assumed, "ja"),
        attested: t === undefined ? SILENT.ja : matrixLabel(t, "ja"),
        customerStatement: statementIn("ja"),
      });
      d.messages = { en: d.messages.en, ja };
      if (locale === "ja") d.message = ja;
      diagnostics.push(d);
    };
    if (assumed === "not-applicable") return mc;
    if (assumed === "unassigned") {
      report("gap", "error");
      return mc;
    }
    if (t === undefined || t === "not-applicable" || t === "unassigned") {
      // Silence on a control the customer explicitly put on the provider is the worst case;
      // a layer-derived assumption is a warning; a shared one still has the customer's half.
      if (providerSide(assumed)) {
        report(
          "gap",
          customerSide(assumed) ? "info" : c.reason.source === "override" ? "error" : "warning",
        );
      }
      return mc;
    }
    if (!providerSide(t)) {
      if (providerSide(assumed)) report("conflict", customerSide(assumed) ? "warning" : "error");
      return mc;
    }
    if (assumed === "customer") {
      report("overlap", "info");
      return mc;
    }
    if (customerSide(t) && !customerSide(assumed)) report("conflict", "warning");
    // Planned (or only partly done) is declared, not attested: the customer relies on work
    // the provider has not finished, whatever evidence covers the rest.
    const status = found?.attested.status;
    if (status === "planned" || status === "partial") {
      report(
        "planned",
        c.reason.source === "override" && status === "planned" ? "error" : "warning",
        {
          status,
          completion: found?.attested.plannedCompletion ?? "—",
        },
      );
      return mc;
    }
    if (!verified)
      report("unverified", "warning", { reason: problems.join("; ") || "no evidence" });
    return mc;
  });
  return { controls: out, diagnostics };
}

function withFile(d: Diagnostic, file: string): Diagnostic {
  d.file = file;
  return d;
}
