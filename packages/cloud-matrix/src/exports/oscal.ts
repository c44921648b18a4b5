import type { MatrixResult } from "../analysis/analyze.js";
import { customerSide, providerSide } from "../model.js";
import type { AttestedControl, ProviderAttestation } from "../schema.js";
import {
  markupLine,
  oscalString,
  mamoriProp as prop,
  titleOf,
  xFieldProps,
} from "../util/oscal-props.js";
import { uuidV5 } from "../util/uuid.js";
import type { OscalExportOptions } from "./oscal-common.js";
import { OSCAL_VERSION, type OscalJson, toOscalToken } from "./oscal-common.js";

type Json = OscalJson;
/** Lone surrogates (which encodeURIComponent throws on) become U+FFFD. */
const wellFormed = (text: string): string =>
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");

/** FedRAMP's namespace for the props it defines on OSCAL SSPs. */
const FEDRAMP_NS = "https://fedramp.gov/ns/oscal";

function fedrampProp(name: string, value: string): Json {
  return { name, ns: FEDRAMP_NS, value: oscalString(value, "-") };
}

function controlProps(c: AttestedControl): Json[] {
  const props = [prop("catalog", c.control.catalog), prop("ownership", c.owner)];
  if (toOscalToken(c.control.control) !== c.control.control)
    props.push(prop("control-id", c.control.control));
  // FedRAMP's own props, in FedRAMP's namespace, so its tools read them too.
  if (c.plannedCompletion !== undefined)
    props.push(fedrampProp("planned-completion-date", c.plannedCompletion));
  // Statements on the side the owner does not cover have no place in standard OSCAL.
  if (c.providerImplementation !== undefined && !providerSide(c.owner))
    props.push(prop("provider-implementation", c.providerImplementation));
  if (c.customerResponsibility !== undefined && !customerSide(c.owner))
    props.push(prop("customer-responsibility", c.customerResponsibility));
  for (const o of c.origination ?? []) props.push(fedrampProp("control-origination", o));
  return [...props, ...(c.evidence ?? []).map((e) => prop("evidence", e)), ...xFieldProps(c)];
}

function metadata(a: ProviderAttestation, options: OscalExportOptions): OscalJson {
  const fallback = `${a.provider} shared responsibility`;
  const { title, props } = titleOf(options.title ?? fallback, fallback);
  return {
    title,
    "last-modified": options.lastModified ?? "1970-01-01T00:00:00Z",
    version: oscalString(options.version ?? "1.0", "1.0"),
    "oscal-version": OSCAL_VERSION,
    props: [prop("provider", a.provider), ...props, ...xFieldProps(a)],
    // Every role a control names is defined, so each `role-id` resolves.
    roles: [
      { id: "provider", title: "Cloud service provider" },
      { id: "customer", title: "Cloud service customer" },
      ...[...new Set(a.controls.flatMap((c) => c.responsibleRoles ?? []))]
        .filter((r) => r !== "provider" && r !== "customer")
        .sort()
        .map((id) => ({ id, title: id })),
    ],
    // The provider as a party holding its role; the customer is whoever leverages the system.
    parties: [
      {
        uuid: uuidV5(`${a.provider}/party`),
        type: "organization",
        name: oscalString(a.provider, "unknown"),
      },
    ],
    "responsible-parties": [
      { "role-id": "provider", "party-uuids": [uuidV5(`${a.provider}/party`)] },
    ],
  };
}

function backMatter(a: ProviderAttestation): Json | undefined {
  if (a.evidence.length === 0) return undefined;
  return {
    resources: a.evidence.map((e) => {
      const t = e.title === undefined ? undefined : titleOf(e.title, e.id);
      const r: Json = {
        uuid: uuidV5(`${a.provider}/evidence/${e.id}`),
        props: [
          prop("evidence-id", e.id),
          prop("evidence-type", e.type),
          prop("issued", e.issued),
          ...(e.expires !== undefined ? [prop("expires", e.expires)] : []),
          ...(e.issuer !== undefined ? [prop("issuer", e.issuer)] : []),
          ...(t?.props ?? []),
          ...xFieldProps(e),
        ],
      };
      if (t !== undefined) r.title = t.title;
      return r;
    }),
  };
}

/**
 * Export an attestation as an OSCAL 1.2.1 system security plan whose
 * `control-implementation` carries, per control, a by-component `export` with `provided`
 * (the provider implementation) and `responsibilities` (what the customer must do), plus
 * mamori props (catalog, ownership, evidence) and evidence in `back-matter`, so
 * `importOscalSsp` reads it back without loss. Uuids are name-based (UUIDv5), so the output
 * is identical on every run. (OSCAL wants at least one requirement: an attestation with no
 * controls yields an SSP that its schema rejects.)
 *
 * Prop values OSCAL would refuse (empty, padded or multi-line) are written as JSON string
 * literals with `class: "json"`; `x-` fields of the attestation, its evidence and controls
 * travel as JSON in `x-fields` props (see `toOscalCatalog`).
 *
 * @param attestation - The provider's attestation.
 * @param options - The document's title, `last-modified` time stamp and version; see `OscalExportOptions`.
 *
 * @example
 * ```ts
 * import { toOscalSsp } from "@mamori/cloud-matrix/oscal";
 * const ssp = toOscalSsp({ kind: "ProviderAttestation", schemaVersion: "1.0", provider: "skycloud", evidence: [],
 *   controls: [{ control: { catalog: "iso27017", control: "CLD.9.5.1" }, owner: "provider", providerImplementation: "Tenants are isolated." }] });
 * Object.keys(ssp); // ["system-security-plan"]
 * ```
 *
 * @category OSCAL
 */
export function toOscalSsp(
  attestation: ProviderAttestation,
  options: OscalExportOptions = {},
): OscalJson {
  const p = attestation.provider;
  const thisSystem = uuidV5(`${p}/component/this-system`);
  const requirements = attestation.controls.map((c) => {
    const key = `${p}/${c.control.catalog}/${c.control.control}`;
    // OSCAL requires a description; without the provider's own statement a generated one is
    // written and marked, so that reading it back does not take it for a statement.
    const bc: Json = {
      "component-uuid": thisSystem,
      uuid: uuidV5(`${key}/by-component`),
      description: c.statement ?? `How ${p} handles ${c.control.control} (${c.owner}).`,
    };
    if (c.statement === undefined) bc.props = [prop("description-generated", "true")];
    if (c.parameters)
      bc["set-parameters"] = c.parameters.map((x) => ({ "param-id": x.param, values: x.values }));
    if (c.status) bc["implementation-status"] = { state: c.status };
    if (c.responsibleRoles)
      bc["responsible-roles"] = c.responsibleRoles.map((r) => ({ "role-id": r }));
    // Ownership in standard OSCAL, so a reader without mamori's props sees the same owner:
    // what the provider carries is `provided`, what it leaves to the customer is a
    // `responsibility`; both only when the control is really shared. A statement on the other
    // side of the owner (rare) travels in a mamori prop.
    const provides = providerSide(c.owner);
    const leaves = customerSide(c.owner);
    if (provides || leaves) {
      const exp: Json = {};
      const generated = [prop("description-generated", "true")];
      if (provides)
        exp.provided = [
          {
            uuid: uuidV5(`${key}/provided`),
            description: c.providerImplementation ?? `${p} implements ${c.control.control}.`,
            ...(c.providerImplementation === undefined ? { props: generated } : {}),
            "responsible-roles": [{ "role-id": "provider" }],
          },
        ];
      if (leaves) {
        const r: Json = {
          uuid: uuidV5(`${key}/responsibility`),
          description:
            c.customerResponsibility ??
            `The customer of ${p} is responsible for ${c.control.control}.`,
          ...(c.customerResponsibility === undefined ? { props: generated } : {}),
          "responsible-roles": [{ "role-id": "customer" }],
        };
        if (provides) r["provided-uuid"] = uuidV5(`${key}/provided`);
        exp.responsibilities = [r];
      }
      bc.export = exp;
    }
    return {
      uuid: uuidV5(key),
      "control-id": toOscalToken(c.control.control),
      props: controlProps(c),
      "by-components": [bc],
    };
  });
  const ssp: Json = {
    uuid: uuidV5(`${p}/ssp`),
    metadata: metadata(attestation, options),
    "import-profile": { href: `https://mamori.dev/profiles/${encodeURIComponent(wellFormed(p))}` },
    "system-characteristics": {
      // OSCAL strings; the provider id itself travels in the metadata prop.
      "system-ids": [{ id: oscalString(p, "unknown") }],
      "system-name": oscalString(p, "unknown"),
      description: `Cloud service of ${p}, as attested for its customers.`,
      "system-information": {
        "information-types": [
          {
            title: "Customer data",
            description: "Information customers store in or process with the service.",
          },
        ],
      },
      status: { state: "operational" },
      "authorization-boundary": { description: `The service ${p} offers to its customers.` },
    },
    "system-implementation": {
      users: [
        {
          uuid: uuidV5(`${p}/user/customer`),
          title: "Cloud service customer",
          "role-ids": ["customer"],
        },
      ],
      components: [
        {
          uuid: thisSystem,
          type: "this-system",
          title: markupLine(p, "this system"),
          description: `The service of ${p}.`,
          status: { state: "operational" },
        },
      ],
    },
    "control-implementation": {
      description: `Controls ${p} provides and responsibilities it leaves to customers.`,
      "implemented-requirements": requirements,
    },
  };
  const bm = backMatter(attestation);
  if (bm) ssp["back-matter"] = bm;
  return { "system-security-plan": ssp };
}

/**
 * Export an attestation as an OSCAL 1.2.1 component definition: one `service` component
 * with one control implementation per catalog; each requirement names who is responsible
 * (`responsible-roles` provider and/or customer) and carries the mamori ownership prop.
 * (OSCAL's component model has no `export`; the SSP export carries provided/responsibilities.)
 *
 * @param attestation - The provider's attestation.
 * @param options - The document's title, `last-modified` time stamp and version; see `OscalExportOptions`.
 *
 * @example
 * ```ts
 * import { toOscalComponentDefinition } from "@mamori/cloud-matrix/oscal";
 * const cd = toOscalComponentDefinition({ kind: "ProviderAttestation", schemaVersion: "1.0", provider: "kumomail", evidence: [],
 *   controls: [{ control: { catalog: "ccm-v4", control: "IAM" }, owner: "shared" }] });
 * Object.keys(cd); // ["component-definition"]
 * ```
 *
 * @category OSCAL
 */
export function toOscalComponentDefinition(
  attestation: ProviderAttestation,
  options: OscalExportOptions = {},
): OscalJson {
  const p = attestation.provider;
  const byCatalog = new Map<string, AttestedControl[]>();
  for (const c of attestation.controls) {
    const list = byCatalog.get(c.control.catalog) ?? [];
    list.push(c);
    byCatalog.set(c.control.catalog, list);
  }
  const implementations = [...byCatalog.entries()].map(([catalog, controls]) => ({
    uuid: uuidV5(`${p}/component-definition/${catalog}`),
    source: `https://mamori.dev/catalogs/${encodeURIComponent(wellFormed(catalog))}`,
    description: `${p}: controls of ${catalog}.`,
    "implemented-requirements": controls.map((c) => {
      const roles: Json[] = [];
      if (providerSide(c.owner)) roles.push({ "role-id": "provider" });
      if (customerSide(c.owner)) roles.push({ "role-id": "customer" });
      const text = [c.providerImplementation, c.customerResponsibility]
        .filter(Boolean)
        .join("\n\n");
      const req: Json = {
        uuid: uuidV5(`${p}/component-definition/${catalog}/${c.control.control}`),
        "control-id": toOscalToken(c.control.control),
        description: text || `${c.control.control}: ${c.owner}.`,
        props: controlProps(c),
      };
      if (roles.length > 0) req["responsible-roles"] = roles;
      return req;
    }),
  }));
  const component: Json = {
    uuid: uuidV5(`${p}/component/service`),
    type: "service",
    title: markupLine(p, "service"),
    description: `The cloud service of ${p}.`,
  };
  if (implementations.length > 0) component["control-implementations"] = implementations;
  const cd: Json = {
    uuid: uuidV5(`${p}/component-definition`),
    metadata: metadata(attestation, options),
    components: [component],
  };
  const bm = backMatter(attestation);
  if (bm) cd["back-matter"] = bm;
  return { "component-definition": cd };
}

/**
 * Turn an analysed matrix into the attestation form (owner, provider expectations as the
 * implementation, customer guidance as the responsibility, in English), so it can be
 * exported as CSV or OSCAL.
 *
 * @param result - An analysed matrix, from {@link analyzeMatrix}; each derived owner becomes the attested one.
 *
 * @example
 * ```ts
 * import { analyzeMatrix, toProviderAttestation } from "@mamori/cloud-matrix";
 * const r = analyzeMatrix({ kind: "ResponsibilityMatrix", schemaVersion: "1.0", id: "m", provider: "skycloud", serviceModel: "iaas", catalogs: ["iso27017"] });
 * toProviderAttestation(r).controls.length; // 7
 * ```
 *
 * @category OSCAL
 */
export function toProviderAttestation(result: MatrixResult): ProviderAttestation {
  return {
    kind: "ProviderAttestation",
    schemaVersion: "1.0",
    provider: result.matrix?.provider ?? "unknown",
    evidence: [],
    controls: result.controls.map((c) => {
      const a: AttestedControl = {
        control: { catalog: c.catalog, control: c.control },
        owner: c.owner,
      };
      const impl = c.providerExpectations.map((t) => t.en).join("\n\n");
      const resp = c.customerGuidance.map((t) => t.en).join("\n\n");
      if (impl) a.providerImplementation = impl;
      if (resp) a.customerResponsibility = resp;
      return a;
    }),
  };
}
