import { createDiagnostic, type Diagnostic, type Locale } from "@mamori/core";
import { importOscalSsp } from "../attestation/oscal-ssp.js";
import { cloudMatrixMessages as M, REFS } from "../messages.js";
import { type Ownership, providerSide } from "../model.js";
import type { MatrixResult } from "./analyze.js";

function inLeveraging(d: Diagnostic): Diagnostic {
  d.file = "leveraging";
  return d;
}

/**
 * What the end customer of a chain (a SaaS built on an IaaS) sees for one control.
 *
 * @example
 * ```ts
 * import type { ChainControl } from "@mamori/cloud-matrix";
 * const c: ChainControl = { control: "ac-2", inherited: [], satisfied: [], passedOn: [], endCustomerOwner: "provider" };
 * ```
 *
 * @category Analysis
 */
export interface ChainControl {
  /** Control id. */
  control: string;
  /** Capabilities of the leveraged system the leveraging system inherits. */
  inherited: Array<{
    providedUuid: string;
    description: string;
    from: string;
    /** The leveraged system's implementation status of it, when stated (`planned`: not there yet). */
    status?: string;
  }>;
  /** Responsibilities of the leveraged system the leveraging system carries out. */
  satisfied: Array<{ responsibilityUuid: string; description: string }>;
  /** Responsibilities the leveraged system left that nobody in the chain satisfied: they reach the end customer. */
  passedOn: Array<{ responsibilityUuid: string; description: string }>;
  /** The end customer's ownership: `provider` when nothing is passed on, else `shared`. */
  endCustomerOwner: Ownership;
}

/**
 * Compose two OSCAL SSPs of a chain — the leveraged system (e.g. an IaaS) and the
 * leveraging one (a SaaS on it) — so the end customer sees, per control, what is inherited
 * through both, what the SaaS satisfies and what is passed on. `inherited.provided-uuid`
 * must name a `provided` of the leveraged SSP and `satisfied.responsibility-uuid` a
 * `responsibility`; anything else is a diagnostic (`file` is `leveraged` or `leveraging`,
 * the path points into that SSP).
 *
 * @param leveraged - The lower system's OSCAL SSP (such as the IaaS), parsed JSON.
 * @param leveraging - The upper system's OSCAL SSP (such as the SaaS on it), parsed JSON.
 * @param options - The locale of the diagnostics, default `en`.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { composeOscalChain } from "@mamori/cloud-matrix/oscal";
 * const read = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));
 * const iaas = read("fixtures/oscal/oscal_leveraged-example_ssp.json");
 * const saas = read("fixtures/oscal/oscal_leveraging-example_ssp.json");
 * const chain = composeOscalChain(iaas, saas);
 * chain.controls[0]?.passedOn.length; // 1
 * ```
 *
 * @category OSCAL
 */
export function composeOscalChain(
  leveraged: unknown,
  leveraging: unknown,
  options: { locale?: Locale } = {},
): { controls: ChainControl[]; diagnostics: Diagnostic[] } {
  const locale = options.locale ?? "en";
  const lower = importOscalSsp(leveraged, { locale });
  const upper = importOscalSsp(leveraging, { locale });
  const diagnostics: Diagnostic[] = [
    ...lower.diagnostics.map((d) => ({ ...d, file: "leveraged" })),
    ...upper.diagnostics.map((d) => ({ ...d, file: "leveraging" })),
  ];
  // OSCAL uuids are case-insensitive (RFC 4122 hex; real SSPs mix cases): keys are folded.
  const key = (uuid: string) => uuid.toLowerCase();
  const provided = new Map<
    string,
    { description: string; control: string; status: string | null }
  >();
  const responsibilities = new Map<string, { description: string; control: string }>();
  for (const b of lower.byComponents) {
    for (const p of b.provided)
      provided.set(key(p.uuid), {
        description: p.description,
        control: b.control,
        status: b.status,
      });
    for (const r of b.responsibilities)
      responsibilities.set(key(r.uuid), { description: r.description, control: b.control });
  }
  const byControl = new Map<string, ChainControl>();
  const get = (control: string) => {
    let c = byControl.get(control);
    if (!c) {
      c = { control, inherited: [], satisfied: [], passedOn: [], endCustomerOwner: "provider" };
      byControl.set(control, c);
    }
    return c;
  };
  const satisfiedIds = new Set<string>();
  for (const b of upper.byComponents) {
    const c = get(b.control);
    for (const inh of b.inherited) {
      const p = provided.get(key(inh.providedUuid));
      if (!p) {
        diagnostics.push(
          inLeveraging(
            createDiagnostic(M, locale, {
              code: "cloud-matrix/oscal-dangling",
              severity: "error",
              path: `${inh.path}/provided-uuid`,
              data: { uuid: inh.providedUuid, target: "provided" },
              ref: REFS.oscal,
            }),
          ),
        );
        continue;
      }
      c.inherited.push({
        providedUuid: inh.providedUuid,
        description: p.description,
        from: lower.title,
        ...(p.status !== null ? { status: p.status } : {}),
      });
      // Inheriting what the leveraged system has only planned (or partly built) inherits
      // nothing yet: the leveraging system relies on work that is not done.
      if (p.status === "planned" || p.status === "partial")
        diagnostics.push(
          inLeveraging(
            createDiagnostic(M, locale, {
              code: "cloud-matrix/chain-inherits-planned",
              severity: "warning",
              path: `${inh.path}/provided-uuid`,
              data: { uuid: inh.providedUuid, control: p.control, status: p.status },
              ref: REFS.shared,
            }),
          ),
        );
    }
    for (const sat of b.satisfied) {
      const r = responsibilities.get(key(sat.responsibilityUuid));
      if (r) {
        satisfiedIds.add(key(sat.responsibilityUuid));
        c.satisfied.push({
          responsibilityUuid: sat.responsibilityUuid,
          description: sat.description,
        });
        continue;
      }
      const isProvided = provided.has(key(sat.responsibilityUuid));
      diagnostics.push(
        inLeveraging(
          createDiagnostic(M, locale, {
            code: isProvided
              ? "cloud-matrix/oscal-satisfied-not-responsibility"
              : "cloud-matrix/oscal-dangling",
            severity: isProvided ? "warning" : "error",
            path: `${sat.path}/responsibility-uuid`,
            data: isProvided
              ? { uuid: sat.uuid, target: sat.responsibilityUuid }
              : { uuid: sat.responsibilityUuid, target: "responsibility" },
            ref: REFS.oscal,
          }),
        ),
      );
    }
  }
  for (const b of lower.byComponents) {
    for (const r of b.responsibilities) {
      if (satisfiedIds.has(key(r.uuid))) continue;
      const c = get(b.control);
      c.passedOn.push({ responsibilityUuid: r.uuid, description: r.description });
      c.endCustomerOwner = "shared";
      diagnostics.push(
        createDiagnostic(M, locale, {
          code: "cloud-matrix/chain-unsatisfied",
          severity: "warning",
          path: r.path,
          data: { uuid: r.uuid, control: b.control },
          ref: REFS.shared,
        }),
      );
      diagnostics[diagnostics.length - 1] = {
        ...(diagnostics[diagnostics.length - 1] as Diagnostic),
        file: "leveraged",
      };
    }
  }
  return { controls: [...byControl.values()], diagnostics };
}

/**
 * One control as the end customer of a chain of mamori matrices sees it.
 *
 * @example
 * ```ts
 * import type { MatrixChainControl } from "@mamori/cloud-matrix";
 * const c: MatrixChainControl = { catalog: "iso27017", control: "CLD.9.5.1", title: "t", owner: "provider",
 *   via: [{ provider: "kumomail", owner: "provider" }, { provider: "skycloud", owner: "shared" }] };
 * ```
 *
 * @category Analysis
 */
export interface MatrixChainControl {
  /** Catalog id. */
  catalog: string;
  /** Control id. */
  control: string;
  /** Short title. */
  title: string;
  /** The end customer's ownership (from the first matrix of the chain). */
  owner: Ownership;
  /** Who carries the provider side, link by link: each matrix's provider and its owner there. */
  via: Array<{ provider: string; owner: Ownership }>;
}

/**
 * Compose a chain of analysed matrices — the end customer's matrix for a SaaS first, then
 * the SaaS's own matrix for the IaaS it runs on, and so on — so the end customer sees, per
 * control, through which providers its provider-side share is carried. The chain stops at a
 * link where the control is the customer's alone (that provider does it itself); a control a
 * link leaves `unassigned` is a `cloud-matrix/gap` diagnostic (path `/<link index>`).
 *
 * @param links - Analysed matrices, from {@link analyzeMatrix}: the end customer's first, then each provider's own; an empty list or a first link without a matrix gives no controls.
 * @param options - The locale of the diagnostics, default `en`.
 *
 * @example
 * ```ts
 * import { analyzeMatrix, composeMatrixChain } from "@mamori/cloud-matrix";
 * const doc = (id: string, provider: string, serviceModel: string) =>
 *   ({ kind: "ResponsibilityMatrix", schemaVersion: "1.0", id, provider, serviceModel, catalogs: ["iso27017"] });
 * const chain = composeMatrixChain([analyzeMatrix(doc("mail", "kumomail", "saas")), analyzeMatrix(doc("kumo-infra", "skycloud", "iaas"))]);
 * chain.controls.find((c) => c.control === "CLD.9.5.1")?.via;
 * // [{ provider: "kumomail", owner: "provider" }, { provider: "skycloud", owner: "shared" }]
 * ```
 *
 * @category Analysis
 */
export function composeMatrixChain(
  links: readonly MatrixResult[],
  options: { locale?: Locale } = {},
): { controls: MatrixChainControl[]; diagnostics: Diagnostic[] } {
  const locale = options.locale ?? "en";
  const diagnostics: Diagnostic[] = [];
  const first = links[0];
  if (!first?.matrix) return { controls: [], diagnostics };
  const indexes = links.map(
    (l) => new Map(l.controls.map((c) => [`${c.catalog}\u0000${c.control}`, c])),
  );
  const controls = first.controls.map((c) => {
    const key = `${c.catalog}\u0000${c.control}`;
    const via: MatrixChainControl["via"] = [];
    let current = c.owner;
    for (let i = 0; i < links.length; i++) {
      const link = links[i] as MatrixResult;
      const own = i === 0 ? c : indexes[i]?.get(key);
      if (!link.matrix || !own) break;
      if (i > 0 && !providerSide(current)) break;
      via.push({ provider: link.matrix.provider, owner: own.owner });
      if (own.owner === "unassigned") {
        diagnostics.push(
          createDiagnostic(M, locale, {
            code: "cloud-matrix/gap",
            severity: "error",
            path: `/${i}`,
            data: {
              catalog: c.catalog,
              control: c.control,
              title: c.title,
              assumed: current,
              attested: `unassigned (${link.matrix.provider})`,
              customerStatement: "-",
              providerStatement: "-",
            },
            ref: REFS.shared,
          }),
        );
      }
      current = own.owner;
    }
    return { catalog: c.catalog, control: c.control, title: c.title, owner: c.owner, via };
  });
  return { controls, diagnostics };
}
