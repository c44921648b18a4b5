import type { CrmResult } from "../analysis/crm.js";
import { markupLine, oscalString, mamoriProp as prop, titleOf } from "../util/oscal-props.js";
import { uuidV5 } from "../util/uuid.js";
import { OSCAL_VERSION, type OscalJson, toOscalToken } from "./oscal-common.js";

type Json = OscalJson;

/**
 * Options of {@link toOscalLeveragingSsp}.
 *
 * @example
 * ```ts
 * import type { OscalLeveragingOptions } from "@mamori/cloud-matrix/oscal";
 * const o: OscalLeveragingOptions = { customer: "clinic", dateAuthorized: "2026-04-01" };
 * ```
 *
 * @category OSCAL
 */
export interface OscalLeveragingOptions {
  /** The customer's system name (default: the CRM's `customer`, else `customer`). */
  customer?: string;
  /** Document title (default: `<customer> system security plan`). */
  title?: string;
  /** `date-authorized` of each leveraged authorization (default `1970-01-01`: unknown). */
  dateAuthorized?: string;
  /** `metadata.last-modified` (default `1970-01-01T00:00:00Z`, so output stays reproducible). */
  lastModified?: string;
  /** `metadata.version` (default `1.0`). */
  version?: string;
}

/**
 * Write the customer's side of a computed CRM as an OSCAL 1.2.1 **leveraging** system
 * security plan: one `leveraged-authorizations` entry and one `system` component per system of
 * the chain, an `inherited` entry for every capability the customer inherits (on the
 * providing system's component) and a `satisfied` entry for every claim on a responsibility
 * (on `this-system`), each pointing at the provider's uuids; the claim's evidence is a
 * back-matter resource the entry links to (`rel: evidence`). `computeCrm` reads it back, as
 * the customer, to the same verdicts. Uuids are name-based, so the output is the same on every
 * run. A claim is written under the control it is made under, so it reads back so. (OSCAL
 * wants at least one requirement: a CRM without any control yields an SSP its schema rejects;
 * `lastModified` and `dateAuthorized` are written as given.)
 *
 * @param crm - A computed CRM, from `computeCrm`.
 * @param options - The customer's system name, the document's title, authorisation date, `last-modified` time stamp and version.
 *
 * @example
 * ```ts
 * import { computeCrm } from "@mamori/cloud-matrix";
 * import { toOscalLeveragingSsp } from "@mamori/cloud-matrix/oscal";
 * const provider = { kind: "ProviderAttestation", schemaVersion: "1.0", provider: "kumomail", evidence: [],
 *   controls: [{ control: { catalog: "iso27017", control: "CLD.9.5.1" }, owner: "provider", providerImplementation: "Tenants are isolated." }] };
 * const ssp = toOscalLeveragingSsp(computeCrm({ provider }), { customer: "clinic" });
 * Object.keys(ssp); // ["system-security-plan"]
 * ```
 *
 * @category OSCAL
 */
export function toOscalLeveragingSsp(
  crm: CrmResult,
  options: OscalLeveragingOptions = {},
): OscalJson {
  const me = options.customer ?? (crm?.customer || "customer");
  const u = (name: string) => uuidV5(`${me}/leveraging/${name}`);
  const thisSystem = u("component/this-system");
  const systems = (Array.isArray(crm?.systems) ? crm.systems : []).map((s, i) => ({
    ...s,
    authorization: u(`authorization/${i}`),
    component: u(`component/system/${i}`),
    party: u(`party/${i}`),
  }));
  const evidenceUuid = (id: string) => u(`evidence/${id}`);

  // Requirements by control, in the CRM's order; a claim goes under the control it is made
  // under (which reads back as the claim's control), pointing at the responsibility's uuid.
  const requirements = new Map<
    string,
    { catalog: string; control: string; byComponents: Json[] }
  >();
  const requirement = (catalog: string, control: string) => {
    const key = `${catalog}/${control}`;
    let r = requirements.get(key);
    if (!r) {
      r = { catalog, control, byComponents: [] };
      requirements.set(key, r);
    }
    return r;
  };
  const controls = Array.isArray(crm?.controls) ? crm.controls : [];
  const satisfiedByControl = new Map<string, Json[]>();
  for (const c of controls) {
    const key = `${c.catalog}/${c.control}`;
    const req = requirement(c.catalog, c.control);
    const inherited = c.provided.filter((p) => p.inherited);
    // One by-component per providing system with what this system inherits from it.
    for (const s of systems) {
      const mine = inherited.filter((p) => p.system === s.title);
      if (mine.length === 0) continue;
      req.byComponents.push({
        "component-uuid": s.component,
        uuid: u(`${key}/by-component/${s.component}`),
        description: markupMultiline(`Inherited from ${s.title}.`),
        inherited: mine.map((p) => ({
          uuid: u(`${key}/inherited/${p.uuid}`),
          "provided-uuid": p.uuid,
          description: markupMultiline(p.description || `Inherited from ${s.title}.`),
        })),
      });
    }
    for (const r of c.responsibilities)
      r.by.forEach((claim, i) => {
        const entry: Json = {
          uuid: u(`${key}/satisfied/${r.uuid}/${i}`),
          "responsibility-uuid": r.uuid,
          description: markupMultiline(claim.statement),
        };
        if (claim.evidence.length > 0)
          entry.links = claim.evidence.map((id) => ({
            href: `#${evidenceUuid(id)}`,
            rel: "evidence",
          }));
        const at = `${claim.control.catalog}/${claim.control.control}`;
        requirement(claim.control.catalog, claim.control.control);
        satisfiedByControl.set(at, [...(satisfiedByControl.get(at) ?? []), entry]);
      });
  }
  for (const [key, satisfied] of satisfiedByControl) {
    const req = requirements.get(key);
    if (!req) continue;
    req.byComponents.push({
      "component-uuid": thisSystem,
      uuid: u(`${key}/by-component/this-system`),
      description: markupMultiline(
        `How ${me} carries out its responsibilities for ${req.control}.`,
      ),
      satisfied,
    });
  }
  const written: Json[] = [...requirements.values()]
    .filter((r) => r.byComponents.length > 0)
    .map((r) => {
      const props = [prop("catalog", r.catalog)];
      if (toOscalToken(r.control) !== r.control) props.push(prop("control-id", r.control));
      return {
        uuid: u(`${r.catalog}/${r.control}`),
        "control-id": toOscalToken(r.control),
        props,
        "by-components": r.byComponents,
      };
    });
  // OSCAL wants at least one requirement; with nothing inherited or claimed, one says so.
  if (written.length === 0 && controls[0]) {
    const c = controls[0];
    written.push({
      uuid: u(`${c.catalog}/${c.control}`),
      "control-id": toOscalToken(c.control),
      props: [prop("catalog", c.catalog)],
      "by-components": [
        {
          "component-uuid": thisSystem,
          uuid: u(`${c.catalog}/${c.control}/by-component/this-system`),
          description: `Nothing of ${c.control} is inherited or claimed yet.`,
        },
      ],
    });
  }

  const fallback = `${me} system security plan`;
  const { title, props: titleProps } = titleOf(options.title ?? fallback, fallback);
  const ssp: Json = {
    uuid: u("ssp"),
    metadata: {
      title,
      "last-modified": options.lastModified ?? "1970-01-01T00:00:00Z",
      version: oscalString(options.version ?? "1.0", "1.0"),
      "oscal-version": OSCAL_VERSION,
      props: [prop("customer", me), ...titleProps],
      roles: [
        { id: "customer", title: "Cloud service customer" },
        { id: "provider", title: "Cloud service provider" },
      ],
      parties: [
        { uuid: u("party/customer"), type: "organization", name: oscalString(me, "customer") },
        ...systems.map((s) => ({
          uuid: s.party,
          type: "organization",
          name: oscalString(s.provider, "provider"),
        })),
      ],
    },
    "import-profile": {
      href: `https://mamori.dev/profiles/${encodeURIComponent(toOscalToken(me))}`,
    },
    "system-characteristics": {
      "system-ids": [{ id: oscalString(me, "customer") }],
      "system-name": oscalString(me, "customer"),
      description: `The system of ${me}, leveraging ${systems.map((s) => s.title).join(", ") || "no provider"}.`,
      "system-information": {
        "information-types": [
          {
            title: "Customer data",
            description:
              "Information the customer stores in or processes with the services it leverages.",
          },
        ],
      },
      status: { state: "operational" },
      "authorization-boundary": { description: `The system of ${me}.` },
    },
    "system-implementation": {
      ...(systems.length > 0
        ? {
            "leveraged-authorizations": systems.map((s) => ({
              uuid: s.authorization,
              title: markupLine(s.title, s.provider),
              "party-uuid": s.party,
              "date-authorized": options.dateAuthorized ?? "1970-01-01",
            })),
          }
        : {}),
      users: [{ uuid: u("user/customer"), title: "Customer staff", "role-ids": ["customer"] }],
      components: [
        {
          uuid: thisSystem,
          type: "this-system",
          title: markupLine(me, "this system"),
          description: `The system of ${me}.`,
          status: { state: "operational" },
        },
        ...systems.map((s) => ({
          uuid: s.component,
          type: "system",
          title: markupLine(s.title, s.provider),
          description: `The leveraged system ${s.title}.`,
          props: [
            { name: "leveraged-authorization-uuid", value: s.authorization },
            { name: "implementation-point", value: "external" },
          ],
          status: { state: "operational" },
        })),
      ],
    },
    "control-implementation": {
      description: `What ${me} inherits from its providers and how it satisfies the responsibilities they leave to it.`,
      "implemented-requirements": written,
    },
  };
  const evidence = Array.isArray(crm?.evidence) ? crm.evidence : [];
  if (evidence.length > 0)
    ssp["back-matter"] = {
      resources: evidence.map((e) => {
        const t = e.title === undefined ? undefined : titleOf(e.title, e.id);
        const r: Json = {
          uuid: evidenceUuid(e.id),
          props: [
            prop("evidence-id", e.id),
            ...(e.issued !== undefined ? [prop("issued", e.issued)] : []),
            ...(e.expires !== undefined ? [prop("expires", e.expires)] : []),
            ...(t?.props ?? []),
          ],
        };
        if (t !== undefined) r.title = t.title;
        // OSCAL's href is a uri-reference: a path with spaces or backslashes is percent-encoded.
        if (e.href !== undefined) r.rlinks = [{ href: encodeURI(e.href) }];
        return r;
      }),
    };
  return { "system-security-plan": ssp };
}

/** OSCAL's markup-multiline must not be empty. */
function markupMultiline(text: string): string {
  return text.trim() === "" ? "-" : text;
}
