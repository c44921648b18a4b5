/**
 * `@mamori/cloud-matrix`: the cloud shared-responsibility matrix. Built-in catalogs
 * (ISO/IEC 27002:2005 clauses 5–15, ISO/IEC 27017 CLD, CSA CCM v4 domains) tagged with
 * layers; versioned layer templates; derivation of ownership per control with reasons and
 * guidance; provider attestations from OSCAL SSPs or CAIQ-style CSV with evidence checks;
 * gap analysis (gap, conflict, overlap, unverified); chains; several providers; the
 * differential audit against a Statement of Applicability; the computed customer
 * responsibility matrix (what the customer still owes); CSV, Markdown, heat-map and OSCAL
 * exports.
 *
 * @packageDocumentation
 */
export { type AnalyzeMatrixOptions, analyzeMatrix, type MatrixResult } from "./analysis/analyze.js";
export { type AuditItem, type DifferentialAudit, differentialAudit } from "./analysis/audit.js";
export {
  type ChainControl,
  composeMatrixChain,
  type MatrixChainControl,
} from "./analysis/chain.js";
export {
  type ComparePaths,
  compareWithAttestation,
  type Finding,
  type MatrixControl,
} from "./analysis/compare.js";
export {
  type CrmCapability,
  type CrmClaim,
  type CrmControl,
  type CrmInput,
  type CrmOptions,
  type CrmResponsibility,
  type CrmResult,
  type CrmStatus,
  computeCrm,
} from "./analysis/crm.js";
export { type ProviderSummary, summarizeProviders } from "./analysis/providers.js";
export {
  type AttestationImport,
  CAIQ_COLUMNS,
  type CaiqLayout,
  type CaiqOptions,
  importCaiqCsv,
} from "./attestation/caiq.js";
export { checkEvidence, type EvidenceStatus } from "./attestation/evidence.js";
export { parseOwnership } from "./attestation/ownership.js";
export { readAttestation } from "./attestation/read.js";
export {
  type ControlMapEntry,
  type ControlMapping,
  type MappingRelationship,
  type MatrixMigration,
  migrateMatrix,
} from "./catalogs/mapping.js";
export {
  combineOwners,
  type DerivedControl,
  type DeriveInput,
  type DeriveResult,
  deriveResponsibility,
  type OwnershipReason,
} from "./derive/derive.js";
export { CRM_CSV_COLUMNS, formatCrmMarkdown, toCrmCsv } from "./exports/crm.js";
export {
  caiqCsvLosses,
  MATRIX_CSV_COLUMNS,
  toCaiqCsv,
  toMatrixCsv,
} from "./exports/csv.js";
export { type Heatmap, toHeatmap } from "./exports/heatmap.js";
export { countControlsByLayer, type LayerOwnerCounts } from "./exports/layer-counts.js";
export { formatAuditMarkdown, formatMatrixMarkdown } from "./exports/markdown.js";
export { toProviderAttestation } from "./exports/oscal.js";
export { matrixLabel } from "./labels.js";
export { cloudMatrixMessages } from "./messages.js";
export {
  DEPLOYMENT_MODELS,
  type DeploymentModel,
  DeploymentModelSchema,
  OWNERSHIPS,
  type Ownership,
  OwnershipSchema,
} from "./model.js";
export {
  type AttestedControl,
  AttestedControlSchema,
  type Catalog,
  type CatalogControl,
  CatalogControlSchema,
  CatalogSchema,
  type CustomerEvidence,
  CustomerEvidenceSchema,
  cloudMatrixDocumentKinds,
  type Evidence,
  EvidenceSchema,
  type ImplementationStatus,
  ImplementationStatusSchema,
  type LayerTemplate,
  LayerTemplateSchema,
  type MatrixOverride,
  MatrixOverrideSchema,
  type ProviderAttestation,
  ProviderAttestationSchema,
  type ResponsibilityMatrix,
  ResponsibilityMatrixSchema,
  type StatementOfApplicability,
  StatementOfApplicabilitySchema,
} from "./schema.js";
