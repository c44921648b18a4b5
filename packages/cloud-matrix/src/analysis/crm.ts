import {
  createDiagnostic,
  type Diagnostic,
  type Locale,
  parseIsoDate,
  sortDiagnostics,
  validateDocument,
} from "@mamori/core";
import { describeValue } from "@mamori/core/internal";
import { importOscalSsp, type OscalByComponent } from "../attestation/oscal-ssp.js";
import { cloudMatrixMessages as M, REFS } from "../messages.js";
import { customerSide, providerSide } from "../model.js";
import {
  type CustomerEvidence,
  ProviderAttestationSchema,
  ResponsibilityMatrixSchema,
} from "../schema.js";
import { MAMORI_OSCAL_NS } from "../util/oscal-props.js";
import { uuidV5 } from "../util/uuid.js";

/**
 * Where one customer responsibility stands: `satisfied` (a claim backed by evidence valid on
 * the day), `unverified` (claimed, without such evidence) or `not-satisfied` (nobody claims it).
 *
 * @example
 * ```ts
 * import type { CrmStatus } from "@mamori/cloud-matrix";
 * const s: CrmStatus = "unverified";
 * ```
 *
 * @category Customer responsibility
 */
export type CrmStatus = "satisfied" | "unverified" | "not-satisfied";

/**
 * One capability a provider offers for a control (an OSCAL `provided`), and whether the
 * customer inherits it.
 *
 * @example
 * ```ts
 * import type { CrmCapability } from "@mamori/cloud-matrix";
 * const c: CrmCapability = { uuid: "11111111-0000-4000-9009-002001002001", description: "Accounts are managed centrally.",
 *   system: "CSP IaaS System Security Plan", inherited: true };
 * ```
 *
 * @category Customer responsibility
 */
export interface CrmCapability {
  /** The `provided` uuid (for an attestation, the name-based uuid `toOscalSsp` writes). */
  uuid: string;
  /** The provider's words. */
  description: string;
  /** The system that provides it (an SSP's title, an attestation's provider id). */
  system: string;
  /** Its implementation state when the provider states one other than implemented (`planned`, `partial`…). */
  status?: string;
  /** True when the customer inherits it (nothing planned or partial is inherited). */
  inherited: boolean;
}

/**
 * A claim of the customer's that it carries out a responsibility: its statement, the
 * control it is stated under and its evidence.
 *
 * @example
 * ```ts
 * import type { CrmClaim } from "@mamori/cloud-matrix";
 * const c: CrmClaim = { statement: "Accounts are reviewed monthly.", control: { catalog: "nist-800-53", control: "ac-2" },
 *   evidence: ["acct-review-2026"], path: "/overrides/0/satisfies/0" };
 * ```
 *
 * @category Customer responsibility
 */
export interface CrmClaim {
  /** How the customer says it carries the responsibility out. */
  statement: string;
  /** The control of the customer's document the claim is made under. */
  control: { catalog: string; control: string };
  /** Ids of the evidence cited (only ids the customer's evidence list holds). */
  evidence: string[];
  /** JSON pointer of the claim in the customer's document. */
  path: string;
}

/**
 * One responsibility a provider leaves to the customer (an OSCAL `responsibility`, or an
 * attestation's `customerResponsibility`), with its verdict.
 *
 * @example
 * ```ts
 * import type { CrmResponsibility } from "@mamori/cloud-matrix";
 * const r: CrmResponsibility = { uuid: "11111111-0000-4000-9009-002001002002", description: "Review the accounts you create.",
 *   system: "CSP IaaS System Security Plan", file: "provider", path: "/x", status: "not-satisfied", by: [] };
 * ```
 *
 * @category Customer responsibility
 */
export interface CrmResponsibility {
  /** The `responsibility` uuid. */
  uuid: string;
  /** The provider's words of the responsibility. */
  description: string;
  /** The `provided` capability it comes with, if any. */
  providedUuid?: string;
  /** The system that names it; in a chain, a lower system whose responsibility passed on. */
  system: string;
  /** The input it comes from: `provider`, or `via/<index>` for a lower system of the chain. */
  file: string;
  /** JSON pointer of the responsibility in that input. */
  path: string;
  /** The verdict. */
  status: CrmStatus;
  /** Why an `unverified` responsibility is so: no evidence cited, all of it expired or not issued yet, or a check day (`now`) that is no date. */
  reason?: "no-evidence" | "evidence-expired" | "evidence-not-yet-issued" | "date-unreadable";
  /** The customer's claims that cover it. */
  by: CrmClaim[];
}

/**
 * One control of the customer responsibility matrix: what the provider provides, what the
 * customer inherits, and each responsibility with its verdict.
 *
 * @example
 * ```ts
 * import type { CrmControl } from "@mamori/cloud-matrix";
 * const c: CrmControl = { catalog: "nist-800-53", control: "ac-2", provided: [], responsibilities: [], owes: false };
 * ```
 *
 * @category Customer responsibility
 */
export interface CrmControl {
  /** Catalog id. */
  catalog: string;
  /** Control id. */
  control: string;
  /** The provider's capabilities for it. */
  provided: CrmCapability[];
  /** The responsibilities left to the customer (the provider's own, then those passed on through the chain). */
  responsibilities: CrmResponsibility[];
  /** True when a responsibility is not satisfied or unverified: the customer still owes work or evidence. */
  owes: boolean;
}

/**
 * The computed customer responsibility matrix ({@link computeCrm}).
 *
 * @example
 * ```ts
 * import type { CrmResult } from "@mamori/cloud-matrix";
 * const r: CrmResult = { customer: "clinic", systems: [], controls: [], evidence: [],
 *   summary: { controls: 0, provided: 0, inherited: 0, responsibilities: 0, satisfied: 0, unverified: 0, notSatisfied: 0, owed: 0 },
 *   diagnostics: [] };
 * ```
 *
 * @category Customer responsibility
 */
export interface CrmResult {
  /** The customer: its matrix's id, or its SSP's title. */
  customer: string;
  /** The chain, provider first: each system's title, its provider id and its SSP uuid (name-based for an attestation). */
  systems: Array<{ title: string; provider: string; uuid: string }>;
  /** The controls, in the provider's order, then the controls only a lower system names. */
  controls: CrmControl[];
  /** The customer's evidence (the matrix's `evidence`, or the SSP's back-matter). */
  evidence: CustomerEvidence[];
  /** Counts: controls, capabilities provided and inherited, responsibilities per verdict, and controls that owe (`owes`). */
  summary: {
    controls: number;
    provided: number;
    inherited: number;
    responsibilities: number;
    satisfied: number;
    unverified: number;
    notSatisfied: number;
    owed: number;
  };
  /** Problems with the inputs and one diagnostic per responsibility not satisfied or unverified. */
  diagnostics: Diagnostic[];
}

/**
 * The inputs of {@link computeCrm}.
 *
 * @example
 * ```ts
 * import type { CrmInput } from "@mamori/cloud-matrix";
 * const input: CrmInput = { provider: { kind: "ProviderAttestation", schemaVersion: "1.0", provider: "p", evidence: [], controls: [] } };
 * ```
 *
 * @category Customer responsibility
 */
export interface CrmInput {
  /** The system the customer uses: its OSCAL SSP (parsed JSON) or a `ProviderAttestation` document. */
  provider: unknown;
  /** The systems the provider itself leverages, nearest first (a SaaS's IaaS): OSCAL SSPs or attestations. */
  via?: readonly unknown[];
  /** The customer's claims: a `ResponsibilityMatrix` (its overrides' `satisfies`, its `evidence`) or its own leveraging OSCAL SSP. Absent: nothing is claimed. */
  customer?: unknown;
}

/**
 * Options of {@link computeCrm}.
 *
 * @example
 * ```ts
 * import type { CrmOptions } from "@mamori/cloud-matrix";
 * const o: CrmOptions = { now: "2026-12-07", locale: "ja" };
 * ```
 *
 * @category Customer responsibility
 */
export interface CrmOptions {
  /** The day of the check (an ISO 8601 date or date-time): evidence that expired before it (an expiry date holds through its day), or is issued after it, does not count. Without it, dates are not checked. */
  now?: string;
  /** Locale of messages. */
  locale?: Locale;
  /** Catalog of OSCAL control ids without a mamori `catalog` prop (default `nist-800-53`). */
  catalog?: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const fold = (uuid: string) => uuid.toLowerCase();
const controlKey = (catalog: string, control: string) => `${catalog}\u0000${control}`;

/** One system of the chain, read into by-components whatever its format. */
interface SystemRead {
  title: string;
  provider: string;
  uuid: string;
  file: string;
  byComponents: OscalByComponent[];
  /**
   * Controls an attestation says the system carries itself (owner on the provider side only):
   * a lower system's responsibilities for them stop here. (An SSP says so with `satisfied`.)
   */
  carries?: Set<string>;
}

function readSystem(
  input: unknown,
  file: string,
  options: CrmOptions,
  diagnostics: Diagnostic[],
): SystemRead | undefined {
  const locale = options.locale ?? "en";
  const inFile = (ds: readonly Diagnostic[]) => {
    for (const d of ds) diagnostics.push({ ...d, file });
  };
  if (isObj(input) && "system-security-plan" in input) {
    const r = importOscalSsp(input, {
      locale,
      ...(options.catalog ? { catalog: options.catalog } : {}),
    });
    inFile(r.diagnostics);
    if (!r.attestation) return undefined;
    const ssp = input["system-security-plan"] as Obj;
    return {
      title: r.title || r.attestation.provider,
      provider: r.attestation.provider,
      uuid: typeof ssp.uuid === "string" ? ssp.uuid : uuidV5(`${r.title}/ssp`),
      file,
      byComponents: r.byComponents,
    };
  }
  if (isObj(input) && input.kind === "ProviderAttestation") {
    const v = validateDocument(ProviderAttestationSchema, input, {
      locale,
      kind: "ProviderAttestation",
    });
    inFile(v.diagnostics);
    const a = v.value;
    if (!a) return undefined;
    const p = a.provider;
    // The uuids `toOscalSsp` writes for the same attestation, so a leveraging SSP written
    // against either form points at the same capabilities and responsibilities.
    const byComponents: OscalByComponent[] = a.controls.map((c, i) => {
      const key = `${p}/${c.control.catalog}/${c.control.control}`;
      const path = `/controls/${i}`;
      const provides = providerSide(c.owner);
      const leaves = customerSide(c.owner);
      return {
        control: c.control.control,
        ref: { ...c.control },
        statementId: null,
        componentUuid: uuidV5(`${p}/component/this-system`),
        uuid: uuidV5(`${key}/by-component`),
        path,
        provided: provides
          ? [
              {
                uuid: uuidV5(`${key}/provided`),
                description: c.providerImplementation ?? c.statement ?? "",
                path: `${path}/providerImplementation`,
              },
            ]
          : [],
        responsibilities: leaves
          ? [
              {
                uuid: uuidV5(`${key}/responsibility`),
                providedUuid: provides ? uuidV5(`${key}/provided`) : null,
                description: c.customerResponsibility ?? "",
                path: `${path}/customerResponsibility`,
              },
            ]
          : [],
        inherited: [],
        satisfied: [],
        description: c.statement ?? "",
        status: c.status ?? null,
        plannedCompletion: c.plannedCompletion ?? null,
        origination: c.origination ?? [],
        responsibleRoles: c.responsibleRoles ?? [],
        parameters: c.parameters ?? [],
      };
    });
    const carries = new Set(
      a.controls
        .filter((c) => providerSide(c.owner) && !customerSide(c.owner))
        .map((c) => controlKey(c.control.catalog, c.control.control)),
    );
    return { title: p, provider: p, uuid: uuidV5(`${p}/ssp`), file, byComponents, carries };
  }
  diagnostics.push({
    ...createDiagnostic(M, locale, {
      code: "cloud-matrix/attestation-format",
      severity: "error",
      path: "",
      data: { received: describeValue(input) },
    }),
    file,
  });
  return undefined;
}

/** A claim before it is matched: the responsibility it names (or none: the whole control). */
interface PendingClaim extends CrmClaim {
  responsibility?: string;
  /** The claim's own id in messages: an SSP's satisfied uuid, else its path. */
  id: string;
  /** Evidence ids as written, known or not. */
  cited: string[];
}

interface CustomerRead {
  name: string;
  /** The provider a matrix is written for (a leveraging SSP names none). */
  provider?: string;
  claims: PendingClaim[];
  evidence: CustomerEvidence[];
  /** Provided uuids (folded) inherited explicitly (an SSP), or undefined: inherit what is implemented. */
  inherits?: Map<string, string>;
  /** Controls the customer carries out alone or declares not applicable: it inherits nothing there. */
  ownsAlone: Set<string>;
}

function readCustomer(
  input: unknown,
  options: CrmOptions,
  diagnostics: Diagnostic[],
): CustomerRead | undefined {
  const locale = options.locale ?? "en";
  const file = "customer";
  const unknownEvidence = (path: string, evidence: string) =>
    diagnostics.push({
      ...createDiagnostic(M, locale, {
        code: "cloud-matrix/crm-unknown-evidence",
        severity: "error",
        path,
        data: { evidence },
        ref: REFS.shared,
      }),
      file,
    });
  if (isObj(input) && input.kind === "ResponsibilityMatrix") {
    const v = validateDocument(ResponsibilityMatrixSchema, input, {
      locale,
      kind: "ResponsibilityMatrix",
    });
    for (const d of v.diagnostics) diagnostics.push({ ...d, file });
    const m = v.value;
    if (!m) return undefined;
    const evidence = m.evidence ?? [];
    const known = new Set(evidence.map((e) => e.id));
    const claims: PendingClaim[] = [];
    const ownsAlone = new Set<string>();
    (m.overrides ?? []).forEach((o, i) => {
      if (o.owner === "customer" || o.owner === "not-applicable")
        ownsAlone.add(controlKey(o.control.catalog, o.control.control));
      (o.satisfies ?? []).forEach((s, j) => {
        const path = `/overrides/${i}/satisfies/${j}`;
        const cited = s.evidence ?? [];
        cited.forEach((id, k) => {
          if (!known.has(id)) unknownEvidence(`${path}/evidence/${k}`, id);
        });
        claims.push({
          statement: s.statement,
          control: { ...o.control },
          evidence: cited.filter((id) => known.has(id)),
          cited,
          path,
          id: path,
          ...(s.responsibility !== undefined ? { responsibility: s.responsibility } : {}),
        });
      });
    });
    return { name: m.id, provider: m.provider, claims, evidence, ownsAlone };
  }
  if (isObj(input) && "system-security-plan" in input) {
    const r = importOscalSsp(input, {
      locale,
      ...(options.catalog ? { catalog: options.catalog } : {}),
    });
    for (const d of r.diagnostics) diagnostics.push({ ...d, file });
    if (!r.attestation) return undefined;
    // The customer's evidence: back-matter resources, by uuid (what links point at).
    const ssp = input["system-security-plan"] as Obj;
    const bm = isObj(ssp["back-matter"]) ? ssp["back-matter"] : {};
    const byUuid = new Map<string, CustomerEvidence>();
    const evidence: CustomerEvidence[] = [];
    for (const res of Array.isArray(bm.resources) ? bm.resources : []) {
      if (!isObj(res) || typeof res.uuid !== "string") continue;
      const props = new Map<string, string>();
      for (const p of Array.isArray(res.props) ? res.props : [])
        if (isObj(p) && p.ns === MAMORI_OSCAL_NS && typeof p.name === "string") {
          let value = p.value;
          if (p.class === "json" && typeof value === "string") {
            try {
              value = JSON.parse(value);
            } catch {
              // As written.
            }
          }
          if (typeof value === "string") props.set(p.name, value);
        }
      const e: CustomerEvidence = { id: props.get("evidence-id") ?? res.uuid };
      const title = props.get("title-original") ?? res.title;
      if (typeof title === "string") e.title = title;
      const rlink = (Array.isArray(res.rlinks) ? res.rlinks : []).find(
        (l): l is Obj => isObj(l) && typeof l.href === "string",
      );
      if (rlink) {
        // Written percent-encoded (OSCAL's uri-reference): read back as the customer wrote it.
        let href = rlink.href as string;
        try {
          href = decodeURI(href);
        } catch {
          // Not percent-encoding after all: as written.
        }
        e.href = href;
      }
      const issued = props.get("issued");
      const expires = props.get("expires");
      if (issued !== undefined) e.issued = issued;
      if (expires !== undefined) e.expires = expires;
      byUuid.set(fold(res.uuid), e);
      // A resource is evidence when it says so (mamori's prop) or a claim links to it; the
      // rest of back-matter (profiles, attachments of other kinds) is not listed.
      if (props.has("evidence-id")) evidence.push(e);
    }
    const inherits = new Map<string, string>();
    const claims: PendingClaim[] = [];
    for (const b of r.byComponents) {
      for (const inh of b.inherited) inherits.set(fold(inh.providedUuid), inh.path);
      for (const s of b.satisfied) {
        const ids: string[] = [];
        s.links.forEach((href, k) => {
          // A link out of the document (rel `evidence`) is evidence kept elsewhere.
          let e = href.startsWith("#") ? byUuid.get(fold(href.slice(1))) : undefined;
          if (!e && !href.startsWith("#")) {
            e = evidence.find((x) => x.id === href) ?? { id: href, href };
          }
          if (e) {
            ids.push(e.id);
            if (!evidence.includes(e)) evidence.push(e);
          } else unknownEvidence(`${s.path}/links/${k}/href`, href);
        });
        claims.push({
          statement: s.description,
          control: { ...b.ref },
          evidence: ids,
          cited: ids,
          path: s.path,
          id: s.uuid,
          responsibility: s.responsibilityUuid,
        });
      }
    }
    return { name: r.title, claims, evidence, inherits, ownsAlone: new Set() };
  }
  diagnostics.push({
    ...createDiagnostic(M, locale, {
      code: "cloud-matrix/crm-customer-format",
      severity: "error",
      path: "",
      data: { received: describeValue(input) },
    }),
    file,
  });
  return undefined;
}

const WHY: Record<Locale, Record<NonNullable<CrmResponsibility["reason"]>, string>> = {
  en: {
    "no-evidence": "no evidence cited",
    "evidence-expired": "the evidence has expired",
    "evidence-not-yet-issued": "the evidence is not issued yet",
    "date-unreadable": "the day of the check is not a date",
  },
  ja: {
    "no-evidence": "証跡の引用なし",
    "evidence-expired": "証跡の有効期限切れ",
    "evidence-not-yet-issued": "証跡が未発行",
    "date-unreadable": "確認日が日付ではない",
  },
};

/** Excerpt of a provider's words for a message: one line, at most 120 characters. */
function excerpt(text: string): string {
  const t = text.replace(/\s+/gu, " ").trim();
  return t.length > 120 ? `${t.slice(0, 119)}…` : t;
}

/**
 * Compute the customer responsibility matrix (CRM): given what the provider attests (its
 * OSCAL SSP or a `ProviderAttestation`, and the systems it leverages in turn) and what the
 * customer claims (its matrix's `satisfies` with evidence, or its own leveraging SSP), list
 * per control what the provider provides, what the customer inherits, and each
 * responsibility left to the customer as **satisfied** (a claim with evidence valid on
 * `now`), **unverified** (claimed without such evidence) or **not satisfied**.
 *
 * In a chain (a SaaS on an IaaS) a lower system's responsibility that the system above does
 * not satisfy — by an SSP's `satisfied` entry, or by an attestation that carries the control
 * itself (owner `provider`) — passes on to the customer. The customer inherits every capability that is
 * implemented — not `planned` or `partial` — except where its matrix keeps the control to
 * itself (`customer`, `not-applicable`); a leveraging SSP inherits what its `inherited`
 * entries name. Diagnostics carry `file` (`provider`, `via/<i>`, `customer`) and a JSON
 * pointer into that input; nothing throws.
 *
 * @param input - What the provider attests (`provider`), the systems it leverages in turn (`via`, lowest last) and what the customer claims (`customer`); each an OSCAL SSP, an attestation or a matrix, parsed.
 * @param options - The date evidence is judged at (`now`; without it no evidence counts as valid), the locale (default `en`) and the catalog to read the controls from; see `CrmOptions`.
 *
 * @example
 * ```ts
 * import { computeCrm } from "@mamori/cloud-matrix";
 * const provider = { kind: "ProviderAttestation", schemaVersion: "1.0", provider: "kumomail", evidence: [],
 *   controls: [{ control: { catalog: "iso27017", control: "CLD.12.1.5" }, owner: "shared",
 *     providerImplementation: "Admin operations are logged.", customerResponsibility: "Document your own admin procedures." }] };
 * const customer = { kind: "ResponsibilityMatrix", schemaVersion: "1.0", id: "clinic", provider: "kumomail", serviceModel: "saas",
 *   catalogs: ["iso27017"], evidence: [{ id: "ops-manual", issued: "2026-04-01", expires: "2027-03-31" }],
 *   overrides: [{ control: { catalog: "iso27017", control: "CLD.12.1.5" }, owner: "shared",
 *     satisfies: [{ statement: "The ops manual lists every admin procedure.", evidence: ["ops-manual"] }] }] };
 * const crm = computeCrm({ provider, customer }, { now: "2026-12-07" });
 * crm.controls[0]?.responsibilities[0]?.status; // "satisfied"
 * ```
 *
 * @category Customer responsibility
 */
export function computeCrm(input: CrmInput, options: CrmOptions = {}): CrmResult {
  const locale = options.locale ?? "en";
  const diagnostics: Diagnostic[] = [];
  const summary = {
    controls: 0,
    provided: 0,
    inherited: 0,
    responsibilities: 0,
    satisfied: 0,
    unverified: 0,
    notSatisfied: 0,
    owed: 0,
  };
  // Whatever the caller passes, nothing throws: a non-object input reads as no provider.
  const given: Partial<CrmInput> = isObj(input) ? input : {};
  const via = Array.isArray(given.via) ? given.via : given.via === undefined ? [] : [given.via];
  const chain = [given.provider, ...via].map((doc, i) =>
    readSystem(doc, i === 0 ? "provider" : `via/${i - 1}`, options, diagnostics),
  );
  const customer =
    given.customer === undefined ? undefined : readCustomer(given.customer, options, diagnostics);
  const top = chain[0];
  const empty = (): CrmResult => ({
    customer: customer?.name ?? "",
    systems: [],
    controls: [],
    evidence: customer?.evidence ?? [],
    summary,
    diagnostics: sortDiagnostics(diagnostics),
  });
  if (!top) return empty();
  const systems = chain.filter((s): s is SystemRead => s !== undefined);
  // A matrix written for another provider says nothing about this one.
  if (
    customer?.provider !== undefined &&
    customer.provider !== top.provider &&
    customer.provider !== top.title
  )
    diagnostics.push({
      ...createDiagnostic(M, locale, {
        code: "cloud-matrix/crm-provider-mismatch",
        severity: "warning",
        path: "/provider",
        data: { matrix: customer.provider, provider: top.provider },
        ref: REFS.shared,
      }),
      file: "customer",
    });

  // Responsibilities passed on from the bottom of the chain up: each system's own, plus what
  // the system below passes on and it does not satisfy itself.
  type Pending = Omit<CrmResponsibility, "status" | "by" | "reason"> & {
    ref: { catalog: string; control: string };
  };
  const responsibilitiesOf = (s: SystemRead): Pending[] =>
    s.byComponents.flatMap((b) =>
      b.responsibilities.map((r) => ({
        uuid: r.uuid,
        description: r.description,
        ...(r.providedUuid !== null ? { providedUuid: r.providedUuid } : {}),
        system: s.title,
        file: s.file,
        path: r.path,
        ref: b.ref,
      })),
    );
  let passed: Pending[] = [];
  for (let k = chain.length - 1; k >= 0; k--) {
    const s = chain[k];
    if (!s) {
      passed = [];
      continue;
    }
    if (k < chain.length - 1 && chain[k + 1]) {
      const lower = chain[k + 1] as SystemRead;
      const below = new Map(passed.map((r) => [fold(r.uuid), r]));
      const lowerProvided = new Map(
        lower.byComponents.flatMap((b) =>
          b.provided.map((p) => [fold(p.uuid), { control: b.control, status: b.status }] as const),
        ),
      );
      const satisfied = new Set<string>();
      for (const b of s.byComponents) {
        for (const inh of b.inherited) {
          const p = lowerProvided.get(fold(inh.providedUuid));
          if (!p) {
            diagnostics.push({
              ...createDiagnostic(M, locale, {
                code: "cloud-matrix/oscal-dangling",
                severity: "error",
                path: `${inh.path}/provided-uuid`,
                data: { uuid: inh.providedUuid, target: "provided" },
                ref: REFS.oscal,
              }),
              file: s.file,
            });
          } else if (p.status === "planned" || p.status === "partial")
            diagnostics.push({
              ...createDiagnostic(M, locale, {
                code: "cloud-matrix/chain-inherits-planned",
                severity: "warning",
                path: `${inh.path}/provided-uuid`,
                data: { uuid: inh.providedUuid, control: p.control, status: p.status },
                ref: REFS.shared,
              }),
              file: s.file,
            });
        }
        for (const sat of b.satisfied) {
          const id = fold(sat.responsibilityUuid);
          if (below.has(id)) {
            satisfied.add(id);
            continue;
          }
          const isProvided = lowerProvided.has(id);
          diagnostics.push({
            ...createDiagnostic(M, locale, {
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
            file: s.file,
          });
        }
      }
      // An attestation that carries a control itself takes the lower system's share of it.
      if (s.carries)
        for (const r of passed)
          if (s.carries.has(controlKey(r.ref.catalog, r.ref.control))) satisfied.add(fold(r.uuid));
      passed = [...responsibilitiesOf(s), ...passed.filter((r) => !satisfied.has(fold(r.uuid)))];
    } else {
      passed = responsibilitiesOf(s);
    }
  }

  // The controls: the provider's, in its order, then those only a lower system names.
  const controls = new Map<string, CrmControl>();
  const control = (ref: { catalog: string; control: string }) => {
    const key = controlKey(ref.catalog, ref.control);
    let c = controls.get(key);
    if (!c) {
      c = {
        catalog: ref.catalog,
        control: ref.control,
        provided: [],
        responsibilities: [],
        owes: false,
      };
      controls.set(key, c);
    }
    return c;
  };
  const providedIds = new Map<string, CrmCapability>();
  for (const b of top.byComponents) {
    const c = control(b.ref);
    const alone = customer?.ownsAlone.has(controlKey(b.ref.catalog, b.ref.control)) ?? false;
    for (const p of b.provided) {
      const notYet = b.status === "planned" || b.status === "partial";
      const explicit = customer?.inherits;
      const wanted = explicit ? explicit.has(fold(p.uuid)) : !alone;
      const cap: CrmCapability = {
        uuid: p.uuid,
        description: p.description,
        system: top.title,
        ...(b.status !== null && b.status !== "implemented" ? { status: b.status } : {}),
        inherited: wanted && !notYet,
      };
      if (notYet && wanted)
        diagnostics.push({
          ...createDiagnostic(M, locale, {
            code: explicit
              ? "cloud-matrix/chain-inherits-planned"
              : "cloud-matrix/crm-provided-planned",
            severity: "warning",
            path: explicit ? `${explicit.get(fold(p.uuid))}/provided-uuid` : p.path,
            data: explicit
              ? { uuid: p.uuid, control: b.ref.control, status: b.status ?? "" }
              : { uuid: p.uuid, control: b.ref.control, system: top.title, status: b.status ?? "" },
            ref: REFS.shared,
          }),
          file: explicit ? "customer" : top.file,
        });
      c.provided.push(cap);
      providedIds.set(fold(p.uuid), cap);
    }
  }
  // A leveraging SSP may only inherit what the provider provides.
  for (const [uuid, path] of customer?.inherits ?? [])
    if (!providedIds.has(uuid))
      diagnostics.push({
        ...createDiagnostic(M, locale, {
          code: "cloud-matrix/oscal-dangling",
          severity: "error",
          path: `${path}/provided-uuid`,
          data: { uuid, target: "provided" },
          ref: REFS.oscal,
        }),
        file: "customer",
      });
  const owed = new Map<string, CrmResponsibility>();
  const byControl = new Map<string, CrmResponsibility[]>();
  for (const r of passed) {
    const { ref, ...rest } = r;
    const entry: CrmResponsibility = { ...rest, status: "not-satisfied", by: [] };
    control(ref).responsibilities.push(entry);
    owed.set(fold(r.uuid), entry);
    const key = controlKey(ref.catalog, ref.control);
    byControl.set(key, [...(byControl.get(key) ?? []), entry]);
  }

  // The customer's claims, matched to the responsibilities they name.
  // Evidence by id; an id listed twice is reported, and every entry of it is weighed (the
  // verdict never depends on the order of the list).
  const evidenceById = new Map<string, CustomerEvidence[]>();
  for (const e of customer?.evidence ?? [])
    evidenceById.set(e.id, [...(evidenceById.get(e.id) ?? []), e]);
  for (const [id, list] of evidenceById)
    if (list.length > 1)
      diagnostics.push({
        ...createDiagnostic(M, locale, {
          code: "cloud-matrix/crm-duplicate-evidence",
          severity: "error",
          path: customer?.inherits ? "/system-security-plan/back-matter/resources" : "/evidence",
          data: { evidence: id, count: list.length },
          ref: REFS.evidence,
        }),
        file: "customer",
      });
  // Dates as checkEvidence reads them: an expiry written as a date holds through that day.
  const DAY = 86_400_000;
  const nowDate = options.now === undefined ? undefined : parseIsoDate(options.now).date;
  // A `now` that is no date proves no evidence current: said once, and nothing counts.
  const nowUnreadable = options.now !== undefined && nowDate === undefined;
  if (nowUnreadable)
    diagnostics.push(
      createDiagnostic(M, locale, {
        code: "cloud-matrix/crm-now-invalid",
        severity: "error",
        path: "",
        data: { now: String(options.now) },
        ref: REFS.evidence,
      }),
    );
  const verdictOf = (claim: PendingClaim): CrmResponsibility["reason"] | "ok" => {
    if (claim.evidence.length === 0) return "no-evidence";
    if (nowUnreadable) return "date-unreadable";
    let future = false;
    for (const e of claim.evidence.flatMap((id) => evidenceById.get(id) ?? [])) {
      if (nowDate === undefined) return "ok";
      const issued = e.issued === undefined ? undefined : parseIsoDate(e.issued).date;
      const expires = e.expires === undefined ? undefined : parseIsoDate(e.expires).date;
      // A date that cannot be read proves nothing.
      if ((e.issued !== undefined && !issued) || (e.expires !== undefined && !expires)) continue;
      if (issued && issued.getTime() > nowDate.getTime()) {
        future = true;
        continue;
      }
      const end = expires
        ? expires.getTime() + ((e.expires as string).length === 10 ? DAY : 0)
        : Number.POSITIVE_INFINITY;
      if (nowDate.getTime() >= end) continue;
      return "ok";
    }
    return future ? "evidence-not-yet-issued" : "evidence-expired";
  };
  const claimVerdicts = new Map<CrmClaim, CrmResponsibility["reason"] | "ok">();
  for (const claim of customer?.claims ?? []) {
    const { responsibility, cited: _c, id, ...plain } = claim;
    let targets: CrmResponsibility[];
    if (responsibility !== undefined) {
      const r = owed.get(fold(responsibility));
      if (!r) {
        const isProvided = providedIds.has(fold(responsibility));
        diagnostics.push({
          ...createDiagnostic(M, locale, {
            code: isProvided
              ? "cloud-matrix/oscal-satisfied-not-responsibility"
              : "cloud-matrix/crm-unknown-responsibility",
            severity: isProvided ? "warning" : "error",
            path: customer?.inherits
              ? `${claim.path}/responsibility-uuid`
              : `${claim.path}/responsibility`,
            data: isProvided ? { uuid: id, target: responsibility } : { uuid: responsibility },
            ref: REFS.oscal,
          }),
          file: "customer",
        });
        continue;
      }
      targets = [r];
    } else {
      targets = byControl.get(controlKey(claim.control.catalog, claim.control.control)) ?? [];
      if (targets.length === 0) {
        diagnostics.push({
          ...createDiagnostic(M, locale, {
            code: "cloud-matrix/crm-claim-unmatched",
            severity: "warning",
            path: claim.path,
            data: { control: claim.control.control },
            ref: REFS.shared,
          }),
          file: "customer",
        });
        continue;
      }
    }
    claimVerdicts.set(plain, verdictOf(claim));
    for (const r of targets) r.by.push(plain);
  }

  const REASON_ORDER = [
    "date-unreadable",
    "evidence-not-yet-issued",
    "evidence-expired",
    "no-evidence",
  ] as const;
  for (const c of controls.values()) {
    for (const r of c.responsibilities) {
      const verdicts = r.by.map((b) => claimVerdicts.get(b));
      if (verdicts.includes("ok")) r.status = "satisfied";
      else if (r.by.length > 0) {
        r.status = "unverified";
        // The most telling reason: evidence there but not valid beats none at all.
        r.reason = REASON_ORDER.find((x) => verdicts.includes(x)) ?? "no-evidence";
        diagnostics.push({
          ...createDiagnostic(M, locale, {
            code: "cloud-matrix/crm-unverified",
            severity: "warning",
            path: (r.by[0] as CrmClaim).path,
            data: { control: c.control, uuid: r.uuid, why: WHY[locale][r.reason] },
            ref: REFS.evidence,
          }),
          file: "customer",
        });
      } else
        diagnostics.push({
          ...createDiagnostic(M, locale, {
            code: "cloud-matrix/crm-not-satisfied",
            severity: "error",
            path: r.path,
            data: {
              control: c.control,
              uuid: r.uuid,
              system: r.system,
              description: excerpt(r.description),
            },
            ref: REFS.shared,
          }),
          file: r.file,
        });
      summary.responsibilities++;
      if (r.status === "satisfied") summary.satisfied++;
      else if (r.status === "unverified") summary.unverified++;
      else summary.notSatisfied++;
    }
    c.owes = c.responsibilities.some((r) => r.status !== "satisfied");
    summary.controls++;
    summary.provided += c.provided.length;
    summary.inherited += c.provided.filter((p) => p.inherited).length;
    if (c.owes) summary.owed++;
  }
  return {
    customer: customer?.name ?? "",
    systems: systems.map((s) => ({ title: s.title, provider: s.provider, uuid: s.uuid })),
    controls: [...controls.values()],
    evidence: customer?.evidence ?? [],
    summary,
    diagnostics: sortDiagnostics(diagnostics),
  };
}
