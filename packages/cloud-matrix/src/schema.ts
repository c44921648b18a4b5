import type { DocumentKind } from "@mamori/core";
import { ControlRefSchema, DateSchema, IdSchema } from "@mamori/core/domain";
import { defineDocumentSchema, defineObject } from "@mamori/core/internal";
import * as z from "zod/mini";
import { CLOUD_MATRIX_PROPERTY_DESCRIPTIONS } from "./descriptions.js";
import { DeploymentModelSchema, OwnershipSchema } from "./model.js";

const TextSchema = defineObject({
  en: z.string().check(z.minLength(1)),
  ja: z.optional(z.string()),
});
const ControlIdSchema = z.string().check(z.minLength(1), z.maxLength(128));

/**
 * One control of a {@link CatalogSchema | Catalog}: its id, short title, the ISO/IEC
 * 27002:2005 clause it belongs to, the layers it concerns, and optional guidance for the
 * cloud user and expectations of the provider.
 *
 * @example
 * ```ts
 * import { CatalogControlSchema } from "@mamori/cloud-matrix";
 * CatalogControlSchema.safeParse({ id: "10.5", title: { en: "Back-up" }, layers: ["data"] }).success; // true
 * ```
 *
 * @category Documents
 */
export const CatalogControlSchema = defineObject({
  id: ControlIdSchema,
  title: TextSchema,
  group: z.optional(z.string()),
  clause: z.optional(z.nullable(z.string())),
  layers: z.array(IdSchema),
  customerGuidance: z.optional(TextSchema),
  providerExpectations: z.optional(TextSchema),
});
/**
 * A catalog control (see {@link CatalogControlSchema}).
 *
 * @example
 * ```ts
 * import type { CatalogControl } from "@mamori/cloud-matrix";
 * const c: CatalogControl = { id: "10.5", title: { en: "Back-up" }, layers: ["data"] };
 * ```
 *
 * @category Documents
 */
export type CatalogControl = z.infer<typeof CatalogControlSchema>;

/**
 * A `Catalog` document: a set of controls (ISO/IEC 27002, ISO/IEC 27017 CLD, CSA CCM,
 * an imported OSCAL catalog, or your own), each tagged with layers.
 *
 * @example
 * ```ts
 * import { CatalogSchema } from "@mamori/cloud-matrix";
 * CatalogSchema.safeParse({ kind: "Catalog", schemaVersion: "1.0", id: "mine", name: { en: "Mine" }, controls: [] }).success; // true
 * ```
 *
 * @category Documents
 */
export const CatalogSchema = defineDocumentSchema("Catalog", {
  id: IdSchema,
  name: TextSchema,
  version: z.optional(z.string()),
  groups: z.optional(
    z.array(defineObject({ id: z.string().check(z.minLength(1)), title: TextSchema })),
  ),
  controls: z.array(CatalogControlSchema),
});
/**
 * A catalog (see {@link CatalogSchema}).
 *
 * @example
 * ```ts
 * import type { Catalog } from "@mamori/cloud-matrix";
 * const c: Catalog = { kind: "Catalog", schemaVersion: "1.0", id: "mine", name: { en: "Mine" }, controls: [] };
 * ```
 *
 * @category Documents
 */
export type Catalog = z.infer<typeof CatalogSchema>;

// Owner by layer id. A map, so `defineObject` cannot guard it: `looseRecord` checks the
// entries whose key matches its key schema and passes the others through untouched, so
// keyed by "does not start with x-" every layer needs an ownership and `x-` entries (any
// value) are kept, as on every mamori object. The JSON Schema export says the same with
// `patternProperties`.
const LayerOwnersSchema = z.looseRecord(z.string().check(z.regex(/^(?!x-)/)), OwnershipSchema);

/**
 * A `LayerTemplate` document: a versioned table of layers and who owns each layer under
 * each deployment model (SaaS, PaaS, IaaS, on-premises).
 *
 * @example
 * ```ts
 * import { LayerTemplateSchema } from "@mamori/cloud-matrix";
 * LayerTemplateSchema.safeParse({
 *   kind: "LayerTemplate", schemaVersion: "1.0", id: "two", version: "1",
 *   layers: [{ id: "app", name: { en: "App" } }],
 *   owners: { saas: { app: "provider" }, paas: { app: "shared" }, iaas: { app: "customer" }, "on-premises": { app: "customer" } },
 * }).success; // true
 * ```
 *
 * @category Documents
 */
export const LayerTemplateSchema = defineDocumentSchema("LayerTemplate", {
  id: IdSchema,
  version: z.string().check(z.minLength(1)),
  layers: z.array(defineObject({ id: IdSchema, name: TextSchema })),
  owners: defineObject({
    saas: LayerOwnersSchema,
    paas: LayerOwnersSchema,
    iaas: LayerOwnersSchema,
    "on-premises": LayerOwnersSchema,
  }),
});
/**
 * A layer template (see {@link LayerTemplateSchema}).
 *
 * @example
 * ```ts
 * import { type LayerTemplate } from "@mamori/cloud-matrix";
 * import { CLASSIC_TEN_LAYERS } from "@mamori/cloud-matrix/catalogs";
 * const t: LayerTemplate = CLASSIC_TEN_LAYERS;
 * ```
 *
 * @category Documents
 */
export type LayerTemplate = z.infer<typeof LayerTemplateSchema>;

/**
 * A piece of the customer's own evidence for a claim of its matrix: what it is, where it is
 * kept, and the dates between which it holds (a record reviewed yearly expires a year later).
 *
 * @example
 * ```ts
 * import { CustomerEvidenceSchema } from "@mamori/cloud-matrix";
 * CustomerEvidenceSchema.safeParse({ id: "acct-review-2026", title: "Account review record", issued: "2026-04-01", expires: "2027-03-31" }).success; // true
 * ```
 *
 * @category Documents
 */
export const CustomerEvidenceSchema = defineObject({
  id: IdSchema,
  title: z.optional(z.string()),
  href: z.optional(z.string().check(z.minLength(1))),
  issued: z.optional(DateSchema),
  expires: z.optional(DateSchema),
});
/**
 * The customer's evidence (see {@link CustomerEvidenceSchema}).
 *
 * @example
 * ```ts
 * import type { CustomerEvidence } from "@mamori/cloud-matrix";
 * const e: CustomerEvidence = { id: "dr-test-2026", title: "Restore test report", issued: "2026-06-30" };
 * ```
 *
 * @category Documents
 */
export type CustomerEvidence = z.infer<typeof CustomerEvidenceSchema>;

/**
 * One explicit decision in a matrix: the owner of a control and why, plus what the customer
 * assumes (its own statement).
 *
 * @example
 * ```ts
 * import { MatrixOverrideSchema } from "@mamori/cloud-matrix";
 * MatrixOverrideSchema.safeParse({ control: { catalog: "iso27002-2005", control: "10.5" }, owner: "provider" }).success; // true
 * ```
 *
 * @category Documents
 */
export const MatrixOverrideSchema = defineObject({
  control: ControlRefSchema,
  owner: OwnershipSchema,
  reason: z.optional(z.string()),
  statement: z.optional(z.string()),
  /**
   * The provider's customer responsibilities this control's implementation carries out, each
   * with the customer's statement and the ids of its evidence (the matrix's `evidence`): what
   * `computeCrm` counts as satisfied. Without `responsibility`, the claim covers every
   * responsibility the provider names for this control.
   */
  satisfies: z.optional(
    z.array(
      defineObject({
        responsibility: z.optional(z.string().check(z.minLength(1))),
        statement: z.string(),
        evidence: z.optional(z.array(IdSchema)),
      }),
    ),
  ),
});
/**
 * A matrix override (see {@link MatrixOverrideSchema}).
 *
 * @example
 * ```ts
 * import type { MatrixOverride } from "@mamori/cloud-matrix";
 * const o: MatrixOverride = { control: { catalog: "iso27017", control: "CLD.8.1.5" }, owner: "provider" };
 * ```
 *
 * @category Documents
 */
export type MatrixOverride = z.infer<typeof MatrixOverrideSchema>;

/**
 * A `ResponsibilityMatrix` document: the customer's view of one provider — which catalogs,
 * which deployment model and layer template, and explicit overrides.
 *
 * @example
 * ```ts
 * import { ResponsibilityMatrixSchema } from "@mamori/cloud-matrix";
 * ResponsibilityMatrixSchema.safeParse({
 *   kind: "ResponsibilityMatrix", schemaVersion: "1.0", id: "m", provider: "skycloud",
 *   serviceModel: "iaas", catalogs: ["iso27017"],
 * }).success; // true
 * ```
 *
 * @category Documents
 */
export const ResponsibilityMatrixSchema = defineDocumentSchema("ResponsibilityMatrix", {
  id: IdSchema,
  provider: IdSchema,
  serviceModel: DeploymentModelSchema,
  services: z.optional(z.array(IdSchema)),
  catalogs: z.array(IdSchema),
  template: z.optional(defineObject({ id: IdSchema, version: z.optional(z.string()) })),
  overrides: z.optional(z.array(MatrixOverrideSchema)),
  /**
   * The customer's own evidence (a procedure, a record, an exercise report) that its
   * `satisfies` claims cite; a claim counts only with evidence valid on the day of the check.
   */
  evidence: z.optional(z.array(CustomerEvidenceSchema)),
});
/**
 * A responsibility matrix (see {@link ResponsibilityMatrixSchema}).
 *
 * @example
 * ```ts
 * import type { ResponsibilityMatrix } from "@mamori/cloud-matrix";
 * const m: ResponsibilityMatrix = { kind: "ResponsibilityMatrix", schemaVersion: "1.0", id: "m", provider: "p", serviceModel: "saas", catalogs: [] };
 * ```
 *
 * @category Documents
 */
export type ResponsibilityMatrix = z.infer<typeof ResponsibilityMatrixSchema>;

/**
 * Evidence a provider offers: a third-party audit report, a certification or a
 * self-attestation, with its issue and expiry dates.
 *
 * @example
 * ```ts
 * import { EvidenceSchema } from "@mamori/cloud-matrix";
 * EvidenceSchema.safeParse({ id: "iso-cert", type: "certification", issued: "2024-01-10", expires: "2027-01-09" }).success; // true
 * ```
 *
 * @category Documents
 */
export const EvidenceSchema = defineObject({
  id: IdSchema,
  type: z.enum(["third-party-audit", "certification", "self-attestation"]),
  title: z.optional(z.string()),
  issuer: z.optional(z.string()),
  issued: DateSchema,
  expires: z.optional(DateSchema),
});
/**
 * Evidence (see {@link EvidenceSchema}).
 *
 * @example
 * ```ts
 * import type { Evidence } from "@mamori/cloud-matrix";
 * const e: Evidence = { id: "soc2", type: "third-party-audit", issued: "2026-03-31" };
 * ```
 *
 * @category Documents
 */
export type Evidence = z.infer<typeof EvidenceSchema>;

/** OSCAL's TokenDatatype: a letter or `_`, then letters, digits, `.`, `-` or `_`. */
const OSCAL_TOKEN = /^[\p{L}_][\p{L}\p{N}._-]*$/u;

/**
 * The implementation states of OSCAL's `implementation-status` (its recommended values):
 * `implemented`, `partial`, `planned`, `alternative`, `not-applicable`.
 *
 * @example
 * ```ts
 * import { ImplementationStatusSchema } from "@mamori/cloud-matrix";
 * ImplementationStatusSchema.safeParse("planned").success; // true
 * ```
 *
 * @category Documents
 */
export const ImplementationStatusSchema = z.enum([
  "implemented",
  "partial",
  "planned",
  "alternative",
  "not-applicable",
]);
/**
 * An implementation state (see {@link ImplementationStatusSchema}).
 *
 * @example
 * ```ts
 * import type { ImplementationStatus } from "@mamori/cloud-matrix";
 * const s: ImplementationStatus = "partial";
 * ```
 *
 * @category Documents
 */
export type ImplementationStatus = z.infer<typeof ImplementationStatusSchema>;

/**
 * What a provider declares about one control: ownership, its implementation and what it
 * leaves to the customer, and the evidence backing it.
 *
 * @example
 * ```ts
 * import { AttestedControlSchema } from "@mamori/cloud-matrix";
 * AttestedControlSchema.safeParse({ control: { catalog: "iso27017", control: "CLD.9.5.1" }, owner: "provider" }).success; // true
 * ```
 *
 * @category Documents
 */
export const AttestedControlSchema = defineObject({
  control: ControlRefSchema,
  owner: OwnershipSchema,
  providerImplementation: z.optional(z.string()),
  customerResponsibility: z.optional(z.string()),
  evidence: z.optional(z.array(IdSchema)),
  /**
   * How far the provider has implemented the control (OSCAL `implementation-status`):
   * `planned` and `partial` are not attested yet; absent means implemented as declared.
   */
  status: z.optional(ImplementationStatusSchema),
  /** When a `planned` (or `partial`) control is to be complete (OSCAL/FedRAMP `planned-completion-date`). */
  plannedCompletion: z.optional(DateSchema),
  /** Who implements it, as FedRAMP's `control-origination` says (`sp-corporate`, `inherited`, …). */
  origination: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** The provider's implementation statements (OSCAL by-component `description`). */
  statement: z.optional(z.string()),
  /** Roles responsible for it (OSCAL `responsible-roles`, by role id: an OSCAL token). */
  responsibleRoles: z.optional(z.array(z.string().check(z.regex(OSCAL_TOKEN)))),
  /** Parameter values the provider set (OSCAL `set-parameters`: a token id, one value or more). */
  parameters: z.optional(
    z.array(
      defineObject({
        param: z.string().check(z.regex(OSCAL_TOKEN)),
        values: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
      }),
    ),
  ),
});
/**
 * An attested control (see {@link AttestedControlSchema}).
 *
 * @example
 * ```ts
 * import type { AttestedControl } from "@mamori/cloud-matrix";
 * const a: AttestedControl = { control: { catalog: "iso27017", control: "CLD.9.5.1" }, owner: "provider" };
 * ```
 *
 * @category Documents
 */
export type AttestedControl = z.infer<typeof AttestedControlSchema>;

/**
 * A `ProviderAttestation` document: what a provider declares, control by control, with its
 * evidence. Also the common form CAIQ-style CSV and OSCAL SSP `export` imports produce.
 *
 * @example
 * ```ts
 * import { ProviderAttestationSchema } from "@mamori/cloud-matrix";
 * ProviderAttestationSchema.safeParse({ kind: "ProviderAttestation", schemaVersion: "1.0", provider: "kumomail", evidence: [], controls: [] }).success; // true
 * ```
 *
 * @category Documents
 */
export const ProviderAttestationSchema = defineDocumentSchema("ProviderAttestation", {
  provider: IdSchema,
  evidence: z.array(EvidenceSchema),
  controls: z.array(AttestedControlSchema),
});
/**
 * A provider attestation (see {@link ProviderAttestationSchema}).
 *
 * @example
 * ```ts
 * import type { ProviderAttestation } from "@mamori/cloud-matrix";
 * const a: ProviderAttestation = { kind: "ProviderAttestation", schemaVersion: "1.0", provider: "p", evidence: [], controls: [] };
 * ```
 *
 * @category Documents
 */
export type ProviderAttestation = z.infer<typeof ProviderAttestationSchema>;

/**
 * A `StatementOfApplicability` document: the controls an organisation has already
 * selected, implemented and had audited (its ISMS Statement of Applicability).
 *
 * @example
 * ```ts
 * import { StatementOfApplicabilitySchema } from "@mamori/cloud-matrix";
 * StatementOfApplicabilitySchema.safeParse({
 *   kind: "StatementOfApplicability", schemaVersion: "1.0", organisation: "kita-seiki",
 *   controls: [{ control: { catalog: "iso27002-2005", control: "10.5" }, applicable: true, implemented: true, audited: "2026-03-15" }],
 * }).success; // true
 * ```
 *
 * @category Documents
 */
export const StatementOfApplicabilitySchema = defineDocumentSchema("StatementOfApplicability", {
  organisation: IdSchema,
  controls: z.array(
    defineObject({
      control: ControlRefSchema,
      applicable: z.boolean(),
      implemented: z.optional(z.boolean()),
      audited: z.optional(DateSchema),
      owner: z.optional(OwnershipSchema),
      justification: z.optional(z.string()),
    }),
  ),
});
/**
 * A Statement of Applicability (see {@link StatementOfApplicabilitySchema}).
 *
 * @example
 * ```ts
 * import type { StatementOfApplicability } from "@mamori/cloud-matrix";
 * const s: StatementOfApplicability = { kind: "StatementOfApplicability", schemaVersion: "1.0", organisation: "kita-seiki", controls: [] };
 * ```
 *
 * @category Documents
 */
export type StatementOfApplicability = z.infer<typeof StatementOfApplicabilitySchema>;

/**
 * The document kinds `@mamori/cloud-matrix` defines; their JSON Schemas ship in `schemas/`.
 *
 * @example
 * ```ts
 * import { cloudMatrixDocumentKinds } from "@mamori/cloud-matrix";
 * cloudMatrixDocumentKinds.map((k) => k.kind);
 * // ["ResponsibilityMatrix", "Catalog", "LayerTemplate", "ProviderAttestation", "StatementOfApplicability"]
 * ```
 *
 * @category Documents
 */
export const cloudMatrixDocumentKinds: readonly DocumentKind[] = [
  {
    kind: "ResponsibilityMatrix",
    schema: ResponsibilityMatrixSchema,
    file: "responsibility-matrix.schema.json",
    descriptions: CLOUD_MATRIX_PROPERTY_DESCRIPTIONS,
    description:
      "A customer's shared-responsibility matrix for one cloud provider: catalogs, service model, layer template and overrides.",
  },
  {
    kind: "Catalog",
    schema: CatalogSchema,
    file: "catalog.schema.json",
    descriptions: CLOUD_MATRIX_PROPERTY_DESCRIPTIONS,
    description: "A catalog of security controls, each tagged with the layers it concerns.",
  },
  {
    kind: "LayerTemplate",
    schema: LayerTemplateSchema,
    file: "layer-template.schema.json",
    descriptions: CLOUD_MATRIX_PROPERTY_DESCRIPTIONS,
    description:
      "A versioned layer table: who owns each layer under SaaS, PaaS, IaaS and on-premises.",
  },
  {
    kind: "ProviderAttestation",
    schema: ProviderAttestationSchema,
    file: "provider-attestation.schema.json",
    descriptions: CLOUD_MATRIX_PROPERTY_DESCRIPTIONS,
    description:
      "What a cloud provider declares per control, with the evidence (audit, certification, self-attestation) backing it.",
  },
  {
    kind: "StatementOfApplicability",
    schema: StatementOfApplicabilitySchema,
    file: "statement-of-applicability.schema.json",
    descriptions: CLOUD_MATRIX_PROPERTY_DESCRIPTIONS,
    description:
      "An organisation's Statement of Applicability: controls selected, implemented and audited.",
  },
];
