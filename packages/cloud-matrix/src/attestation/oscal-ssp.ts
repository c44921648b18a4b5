import { createDiagnostic, type Diagnostic, type Locale } from "@mamori/core";
import { describeValue } from "@mamori/core/internal";
import { cloudMatrixMessages as M, REFS } from "../messages.js";
import type { Ownership } from "../model.js";
import type {
  AttestedControl,
  Evidence,
  ImplementationStatus,
  ProviderAttestation,
} from "../schema.js";
import {
  applyXFields,
  MAMORI_OSCAL_NS,
  type MamoriProps,
  readMamoriProps,
} from "../util/oscal-props.js";
import type { AttestationImport } from "./caiq.js";
import { parseOwnership } from "./ownership.js";

export { MAMORI_OSCAL_NS };

/**
 * One `by-component` of an SSP, flattened: what it exports (`provided`,
 * `responsibilities`) and what it takes from a leveraged system (`inherited`, `satisfied`).
 *
 * @example
 * ```ts
 * import type { OscalByComponent } from "@mamori/cloud-matrix/oscal";
 * const b: OscalByComponent = { control: "ac-2", ref: { catalog: "nist-800-53", control: "ac-2" }, statementId: "ac-2_stmt.a", componentUuid: "c", uuid: "u", path: "/x",
 *   provided: [], responsibilities: [], inherited: [], satisfied: [], description: "Badge readers at every door.",
 *   status: "implemented", plannedCompletion: null, origination: [], responsibleRoles: [], parameters: [] };
 * ```
 *
 * @category Attestations
 */
export interface OscalByComponent {
  /** The control id of the implemented requirement. */
  control: string;
  /** The control as mamori names it: its catalog and id (mamori's `catalog`/`control-id` props, else the import's catalog and `control`). */
  ref: { catalog: string; control: string };
  /** The statement id, or null when the by-component sits on the requirement itself. */
  statementId: string | null;
  /** `component-uuid`. */
  componentUuid: string;
  /** The by-component's own uuid. */
  uuid: string;
  /** JSON pointer of the by-component. */
  path: string;
  /** `export.provided`: capabilities a leveraging system may inherit (`generated`: a description mamori's export wrote in place of a statement). */
  provided: Array<{ uuid: string; description: string; path: string; generated?: boolean }>;
  /** `export.responsibilities`: what a leveraging system must do. */
  responsibilities: Array<{
    uuid: string;
    providedUuid: string | null;
    description: string;
    path: string;
    generated?: boolean;
  }>;
  /** `inherited`: capabilities taken from a leveraged system. */
  inherited: Array<{ uuid: string; providedUuid: string; description: string; path: string }>;
  /** `satisfied`: leveraged responsibilities this system carries out, with the `href` of each link that backs it (`rel` `evidence`, or a `#uuid` into back-matter). */
  satisfied: Array<{
    uuid: string;
    responsibilityUuid: string;
    description: string;
    path: string;
    links: string[];
  }>;
  /** Its implementation statement (`description`), or "" when none. */
  description: string;
  /** Its `implementation-status` state (or a FedRAMP `implementation-status` prop), if any. */
  status: string | null;
  /** A `planned-completion-date` prop, if any. */
  plannedCompletion: string | null;
  /** `control-origination` prop values (FedRAMP). */
  origination: string[];
  /** `responsible-roles` role ids. */
  responsibleRoles: string[];
  /** `set-parameters`: parameter id and values. */
  parameters: Array<{ param: string; values: string[] }>;
}

/**
 * The outcome of {@link importOscalSsp}: the attestation plus the flattened by-components
 * (what chains are built from) and the SSP's title.
 *
 * @example
 * ```ts
 * import type { OscalSspImport } from "@mamori/cloud-matrix/oscal";
 * const r: OscalSspImport = { attestation: undefined, diagnostics: [], source: "oscal-ssp", byComponents: [], title: "" };
 * ```
 *
 * @category Attestations
 */
export interface OscalSspImport extends AttestationImport {
  /** Every by-component, in document order. */
  byComponents: OscalByComponent[];
  /** The SSP's `metadata.title`. */
  title: string;
}

/**
 * Options of {@link importOscalSsp}.
 *
 * @example
 * ```ts
 * import type { OscalSspOptions } from "@mamori/cloud-matrix/oscal";
 * const o: OscalSspOptions = { provider: "skycloud", catalog: "nist-800-53" };
 * ```
 *
 * @category Attestations
 */
export interface OscalSspOptions {
  /** Provider id (default: the SSP's mamori `provider` prop, else `unknown`). */
  provider?: string;
  /** Catalog of control ids without a mamori `catalog` prop (default `nist-800-53`). */
  catalog?: string;
  /** Locale of messages. */
  locale?: Locale;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Import a provider's OSCAL system security plan (JSON, already parsed) as an attestation:
 * every implemented requirement becomes an attested control whose owner follows its
 * by-components' `export` — `provided` only → provider, `responsibilities` only → customer,
 * both → shared, no export → provider — and whose statements are the descriptions. The
 * mamori props `toOscalSsp` writes are read back (JSON-encoded ones decoded, `x-` fields put
 * back on the attestation, its evidence and controls). Missing uuids and wrong nesting (for
 * example `provided` outside `export`) are diagnostics with JSON pointers into the SSP;
 * nothing throws.
 *
 * @param input - The provider's OSCAL system security plan, parsed JSON; any value is accepted.
 * @param options - The provider id, the catalog of the controls and the locale of the diagnostics (default `en`).
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { importOscalSsp } from "@mamori/cloud-matrix/oscal";
 * const leveraged: unknown = JSON.parse(readFileSync("fixtures/oscal/oscal_leveraged-example_ssp.json", "utf8"));
 * const { attestation } = importOscalSsp(leveraged, { provider: "csp-iaas" });
 * attestation?.controls[0]; // { control: { catalog: "nist-800-53", control: "ac-2" }, owner: "shared", ... }
 * ```
 *
 * @category Attestations
 */
export function importOscalSsp(input: unknown, options: OscalSspOptions = {}): OscalSspImport {
  const locale = options.locale ?? "en";
  const diagnostics: Diagnostic[] = [];
  const byComponents: OscalByComponent[] = [];
  const fail = (): OscalSspImport => ({
    attestation: undefined,
    diagnostics,
    source: "oscal-ssp",
    byComponents,
    title: "",
  });
  const malformed = (path: string, expected: string, value: unknown) =>
    diagnostics.push(
      createDiagnostic(M, locale, {
        code: "cloud-matrix/oscal-malformed",
        severity: "error",
        path,
        data: { expected, received: describeValue(value) },
        ref: REFS.oscal,
      }),
    );
  const missingUuid = (path: string, what: string) =>
    diagnostics.push(
      createDiagnostic(M, locale, {
        code: "cloud-matrix/oscal-missing-uuid",
        severity: "error",
        path,
        data: { what },
        ref: REFS.oscal,
      }),
    );
  const mamoriProps = (node: Obj, path: string) => readMamoriProps(node, path, malformed);
  // x- fields go back on the object built from the node, once it is complete.
  const restore = (target: object, p: MamoriProps) => {
    for (const x of p.xFields) applyXFields(target as Obj, x.fields, x.path, malformed);
    for (const o of p.omitted)
      diagnostics.push(
        createDiagnostic(M, locale, {
          code: "cloud-matrix/oscal-x-field-omitted",
          severity: "warning",
          path: o.path,
          data: { field: o.field },
          ref: REFS.oscal,
        }),
      );
  };
  const uuidOf = (node: Obj, path: string, what: string): string | undefined => {
    if (typeof node.uuid === "string" && node.uuid !== "") return node.uuid;
    missingUuid(path, what);
    return undefined;
  };
  const arrayAt = (node: Obj, key: string, path: string): unknown[] => {
    const v = node[key];
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      malformed(`${path}/${key}`, `an array '${key}'`, v);
      return [];
    }
    return v;
  };

  if (!isObj(input) || !isObj(input["system-security-plan"])) {
    malformed(
      "/system-security-plan",
      "an object 'system-security-plan'",
      isObj(input) ? input["system-security-plan"] : input,
    );
    return fail();
  }
  const ssp = input["system-security-plan"] as Obj;
  uuidOf(ssp, "/system-security-plan", "system-security-plan");
  const metadata = isObj(ssp.metadata) ? ssp.metadata : {};
  // The title as written, when the export had to fold it to one line (OSCAL 1.2 markup-line).
  const original = (Array.isArray(metadata.props) ? metadata.props : []).find(
    (p): p is Obj => isObj(p) && p.ns === MAMORI_OSCAL_NS && p.name === "title-original",
  );
  let title = typeof metadata.title === "string" ? metadata.title : "";
  if (original && typeof original.value === "string") {
    title = original.value;
    if (original.class === "json") {
      try {
        title = String(JSON.parse(original.value));
      } catch {
        // Not JSON after all: the value as written.
      }
    }
  }
  const ci = ssp["control-implementation"];
  if (!isObj(ci)) {
    malformed(
      "/system-security-plan/control-implementation",
      "an object 'control-implementation'",
      ci,
    );
    return fail();
  }
  const ciPath = "/system-security-plan/control-implementation";
  const controls: AttestedControl[] = [];

  // What an assessor reads besides ownership: the status (OSCAL's object, or FedRAMP's prop of
  // any namespace), the planned completion, the origination, the roles and the parameters.
  const implementationOf = (node: Obj, path: string) => {
    const props = arrayAt(node, "props", path).filter(isObj);
    const prop = (name: string) =>
      props
        .filter((p) => p.name === name && typeof p.value === "string")
        .map((p) => p.value as string);
    const st = node["implementation-status"];
    const status =
      isObj(st) && typeof st.state === "string"
        ? st.state
        : (prop("implementation-status")[0] ?? null);
    const responsibleRoles = arrayAt(node, "responsible-roles", path)
      .filter(isObj)
      .map((r) => r["role-id"])
      .filter((r): r is string => typeof r === "string" && r !== "");
    const parameters = arrayAt(node, "set-parameters", path)
      .filter(isObj)
      .filter((sp) => typeof sp["param-id"] === "string")
      .map((sp) => ({
        param: sp["param-id"] as string,
        values: Array.isArray(sp.values)
          ? sp.values.filter((v): v is string => typeof v === "string")
          : [],
      }));
    return {
      status,
      plannedCompletion: prop("planned-completion-date")[0] ?? null,
      origination: prop("control-origination"),
      responsibleRoles,
      parameters,
    };
  };

  const readByComponent = (
    bc: unknown,
    path: string,
    control: string,
    statementId: string | null,
  ) => {
    if (!isObj(bc)) {
      malformed(path, "a by-component object", bc);
      return;
    }
    const uuid = uuidOf(bc, path, "by-component") ?? "";
    for (const misplaced of ["provided", "responsibilities"]) {
      if (bc[misplaced] !== undefined)
        malformed(`${path}/${misplaced}`, `'${misplaced}' inside 'export'`, bc[misplaced]);
    }
    const entry: OscalByComponent = {
      control,
      ref: { catalog: options.catalog ?? "nist-800-53", control },
      statementId,
      componentUuid: typeof bc["component-uuid"] === "string" ? bc["component-uuid"] : "",
      uuid,
      path,
      provided: [],
      responsibilities: [],
      inherited: [],
      satisfied: [],
      description:
        typeof bc.description === "string" && !generatedDescription(bc) ? bc.description : "",
      ...implementationOf(bc, path),
    };
    const desc = (o: Obj) => (typeof o.description === "string" ? o.description : "");
    const exp = bc.export;
    if (exp !== undefined && !isObj(exp)) malformed(`${path}/export`, "an object 'export'", exp);
    if (isObj(exp)) {
      arrayAt(exp, "provided", `${path}/export`).forEach((p, i) => {
        const pp = `${path}/export/provided/${i}`;
        if (!isObj(p)) {
          malformed(pp, "a provided object", p);
          return;
        }
        const u = uuidOf(p, pp, "provided");
        if (u)
          entry.provided.push({
            uuid: u,
            description: desc(p),
            path: pp,
            ...(generatedDescription(p) ? { generated: true } : {}),
          });
      });
      arrayAt(exp, "responsibilities", `${path}/export`).forEach((r, i) => {
        const rp = `${path}/export/responsibilities/${i}`;
        if (!isObj(r)) {
          malformed(rp, "a responsibility object", r);
          return;
        }
        const u = uuidOf(r, rp, "responsibility");
        if (u) {
          entry.responsibilities.push({
            uuid: u,
            providedUuid: typeof r["provided-uuid"] === "string" ? r["provided-uuid"] : null,
            description: desc(r),
            path: rp,
            ...(generatedDescription(r) ? { generated: true } : {}),
          });
        }
      });
    }
    arrayAt(bc, "inherited", path).forEach((x, i) => {
      const xp = `${path}/inherited/${i}`;
      if (!isObj(x)) {
        malformed(xp, "an inherited object", x);
        return;
      }
      const u = uuidOf(x, xp, "inherited");
      if (typeof x["provided-uuid"] !== "string")
        missingUuid(`${xp}/provided-uuid`, "inherited provided-uuid");
      else if (u)
        entry.inherited.push({
          uuid: u,
          providedUuid: x["provided-uuid"],
          description: desc(x),
          path: xp,
        });
    });
    arrayAt(bc, "satisfied", path).forEach((x, i) => {
      const xp = `${path}/satisfied/${i}`;
      if (!isObj(x)) {
        malformed(xp, "a satisfied object", x);
        return;
      }
      const u = uuidOf(x, xp, "satisfied");
      if (typeof x["responsibility-uuid"] !== "string")
        missingUuid(`${xp}/responsibility-uuid`, "satisfied responsibility-uuid");
      else if (u)
        entry.satisfied.push({
          uuid: u,
          responsibilityUuid: x["responsibility-uuid"],
          description: desc(x),
          path: xp,
          links: arrayAt(x, "links", xp)
            .filter(isObj)
            .filter(
              (l) => typeof l.href === "string" && (l.rel === "evidence" || l.href.startsWith("#")),
            )
            .map((l) => l.href as string),
        });
    });
    byComponents.push(entry);
  };

  const reqs = ci["implemented-requirements"];
  if (!Array.isArray(reqs)) {
    malformed(`${ciPath}/implemented-requirements`, "an array 'implemented-requirements'", reqs);
    return fail();
  }
  reqs.forEach((req, ri) => {
    const rp = `${ciPath}/implemented-requirements/${ri}`;
    if (!isObj(req)) {
      malformed(rp, "an implemented-requirement object", req);
      return;
    }
    uuidOf(req, rp, "implemented-requirement");
    if (typeof req["control-id"] !== "string") {
      malformed(`${rp}/control-id`, "a string 'control-id'", req["control-id"]);
      return;
    }
    const control = req["control-id"];
    const start = byComponents.length;
    arrayAt(req, "by-components", rp).forEach((bc, bi) => {
      readByComponent(bc, `${rp}/by-components/${bi}`, control, null);
    });
    arrayAt(req, "statements", rp).forEach((st, si) => {
      const sp = `${rp}/statements/${si}`;
      if (!isObj(st)) {
        malformed(sp, "a statement object", st);
        return;
      }
      uuidOf(st, sp, "statement");
      const sid = typeof st["statement-id"] === "string" ? st["statement-id"] : null;
      arrayAt(st, "by-components", sp).forEach((bc, bi) => {
        readByComponent(bc, `${sp}/by-components/${bi}`, control, sid);
      });
    });
    const mine = byComponents.slice(start);
    const provided = mine.flatMap((b) => b.provided);
    const responsibilities = mine.flatMap((b) => b.responsibilities);
    const reqProps = mamoriProps(req, rp);
    const props = reqProps.text;
    const stated = props.get("ownership")?.[0];
    let owner: Ownership =
      provided.length > 0 && responsibilities.length > 0
        ? "shared"
        : responsibilities.length > 0
          ? "customer"
          : "provider";
    if (stated !== undefined && parseOwnership(stated) !== undefined)
      owner = parseOwnership(stated) as Ownership;
    const attested: AttestedControl = {
      control: {
        catalog: props.get("catalog")?.[0] ?? options.catalog ?? "nist-800-53",
        control: props.get("control-id")?.[0] ?? control,
      },
      owner,
    };
    // Descriptions mamori's export generated are no statements of the provider's.
    const ownProvided = provided.filter((p) => !p.generated);
    const ownResponsibilities = responsibilities.filter((r) => !r.generated);
    const impl = ownProvided
      .map((p) => p.description)
      .filter(Boolean)
      .join("\n\n");
    const resp = ownResponsibilities
      .map((r) => r.description)
      .filter(Boolean)
      .join("\n\n");
    // A statement that is there but empty ("") is kept as such.
    if (impl || ownProvided.some((p) => p.description === ""))
      attested.providerImplementation = impl;
    if (resp || ownResponsibilities.some((r) => r.description === ""))
      attested.customerResponsibility = resp;
    // Statements that standard OSCAL could not place (the other side of the owner).
    const offImpl = props.get("provider-implementation")?.[0];
    const offResp = props.get("customer-responsibility")?.[0];
    if (offImpl !== undefined) attested.providerImplementation = offImpl;
    if (offResp !== undefined) attested.customerResponsibility = offResp;
    const ev = props.get("evidence");
    if (ev && ev.length > 0) attested.evidence = ev;
    // The requirement's own status, roles and parameters, then its by-components'.
    const own = implementationOf(req, rp);
    const parts = [own, ...mine];
    // A by-component that states no status, beside one that does, is implemented as declared.
    const someStated = mine.some((b) => b.status !== null);
    const states = [
      ...(own.status !== null ? [own.status] : []),
      ...(someStated ? mine.map((b) => b.status ?? "implemented") : []),
    ];
    const status = combineStatus(states);
    if (status === "unknown") {
      const at = parts.find(
        (b) => b.status !== null && !STATES.has(b.status as ImplementationStatus),
      );
      diagnostics.push(
        createDiagnostic(M, locale, {
          code: "cloud-matrix/oscal-status-unknown",
          severity: "warning",
          path: rp,
          data: { control, status: at?.status ?? "" },
          ref: REFS.oscal,
        }),
      );
    } else if (status !== undefined) attested.status = status;
    // The latest planned date: the control is complete when its last part is.
    const dates = parts
      .map((b) => b.plannedCompletion)
      .filter((x): x is string => x !== null)
      .sort();
    if (dates.length > 0) attested.plannedCompletion = dates[dates.length - 1] as string;
    const origination = [...new Set(parts.flatMap((b) => b.origination))];
    if (origination.length > 0) attested.origination = origination;
    const statement = mine
      .map((b) => b.description)
      .filter(Boolean)
      .join("\n\n");
    if (statement) attested.statement = statement;
    const roles = [...new Set(parts.flatMap((b) => b.responsibleRoles))];
    if (roles.length > 0) attested.responsibleRoles = roles;
    const parameters = parts.flatMap((b) => b.parameters);
    if (parameters.length > 0) attested.parameters = parameters;
    restore(attested, reqProps);
    for (const b of mine) b.ref = { ...attested.control };
    controls.push(attested);
  });

  const evidence: Evidence[] = [];
  const backMatter = isObj(ssp["back-matter"]) ? ssp["back-matter"] : {};
  (Array.isArray(backMatter.resources) ? backMatter.resources : []).forEach((res, i) => {
    if (!isObj(res)) return;
    const resProps = mamoriProps(res, `/system-security-plan/back-matter/resources/${i}`);
    const p = resProps.text;
    const id = p.get("evidence-id")?.[0];
    const type = p.get("evidence-type")?.[0];
    const issued = p.get("issued")?.[0];
    if (id === undefined || type === undefined || issued === undefined) return;
    const e: Evidence = { id, type: type as Evidence["type"], issued };
    const title = p.get("title-original")?.[0] ?? res.title;
    if (typeof title === "string") e.title = title;
    const issuer = p.get("issuer")?.[0];
    const expires = p.get("expires")?.[0];
    if (issuer !== undefined) e.issuer = issuer;
    if (expires !== undefined) e.expires = expires;
    restore(e, resProps);
    evidence.push(e);
  });
  const metaProps = mamoriProps(metadata, "/system-security-plan/metadata");
  const provider = options.provider ?? metaProps.text.get("provider")?.[0] ?? "unknown";
  const attestation: ProviderAttestation = {
    kind: "ProviderAttestation",
    schemaVersion: "1.0",
    provider,
    evidence,
    controls,
  };
  restore(attestation, metaProps);
  return { attestation, diagnostics, source: "oscal-ssp", byComponents, title };
}

const STATES: ReadonlySet<ImplementationStatus> = new Set([
  "implemented",
  "partial",
  "planned",
  "alternative",
  "not-applicable",
]);

/**
 * One state for a control from the states of its parts (the requirement and its
 * by-components): all alike → that state; `not-applicable` parts are left out; any mix of
 * `planned` with done work → `partial`; `alternative` with `implemented` → `implemented`
 * (an alternative implementation is an implementation). Undefined when no part states one;
 * `unknown` when a part states a value OSCAL does not recommend.
 *
 * @category Attestations
 */
export function combineStatus(
  states: readonly string[],
): ImplementationStatus | "unknown" | undefined {
  if (states.length === 0) return undefined;
  if (states.some((x) => !STATES.has(x as ImplementationStatus))) return "unknown";
  const applicable = states.filter((x) => x !== "not-applicable");
  if (applicable.length === 0) return "not-applicable";
  const set = new Set(applicable);
  if (set.size === 1) return applicable[0] as ImplementationStatus;
  if (set.has("planned") || set.has("partial")) return "partial";
  return "implemented";
}

/** True for a by-component description that mamori's export wrote in place of a statement. */
function generatedDescription(bc: Obj): boolean {
  return (
    Array.isArray(bc.props) &&
    bc.props.some((p) => isObj(p) && p.ns === MAMORI_OSCAL_NS && p.name === "description-generated")
  );
}
