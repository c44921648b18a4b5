/**
 * `@mamori/cloud-matrix/oscal`: NIST OSCAL in and out — a provider's system security plan
 * read as an attestation (with implementation status, so a `planned` control never reads as
 * attested), catalogs imported and exported, a matrix exported as an SSP or a component
 * definition, findings as a plan of action and milestones (POA&M), and the inheritance chain
 * of several SSPs composed.
 *
 * @packageDocumentation
 */

export { composeOscalChain } from "./analysis/chain.js";
export {
  importOscalSsp,
  MAMORI_OSCAL_NS,
  type OscalByComponent,
  type OscalSspImport,
  type OscalSspOptions,
} from "./attestation/oscal-ssp.js";
export { importOscalCatalog, type OscalCatalogOptions } from "./catalogs/oscal-catalog.js";
export {
  type OscalAssessmentResultsOptions,
  toOscalAssessmentResults,
} from "./exports/assessment-results.js";
export { toOscalComponentDefinition, toOscalSsp } from "./exports/oscal.js";
export { toOscalCatalog } from "./exports/oscal-catalog.js";
export type { OscalExportOptions, OscalJson } from "./exports/oscal-common.js";
export { type OscalLeveragingOptions, toOscalLeveragingSsp } from "./exports/oscal-leveraging.js";
export {
  importOscalMapping,
  type OscalMappingImport,
  type OscalMappingOptions,
  toOscalMapping,
} from "./exports/oscal-mapping.js";
export { type OscalPoamOptions, toOscalPoam } from "./exports/poam.js";
