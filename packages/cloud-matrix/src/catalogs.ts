/**
 * `@mamori/cloud-matrix/catalogs`: the control catalogs and layer templates mamori ships —
 * ISO/IEC 27017 (CLD controls and the 27002:2005 clauses it extends), CSA's Cloud Controls
 * Matrix v4.0 and v4.1 with the CAIQ question ids and the v4.0 → v4.1 crosswalk, and the
 * classic ten-layer stack. `analyzeMatrix` resolves catalogs by id (`catalogs: ["iso27017"]`)
 * without this entry point; import it to read, list or migrate the catalogs themselves.
 *
 * @packageDocumentation
 */

export {
  BUILTIN_CATALOGS,
  CSA_CCM_V4,
  CSA_CCM_V40,
  CSA_CCM_V41,
  ISO27002_2005,
  ISO27017_CLD,
} from "./catalogs/builtin.js";
export { caiqQuestionIds } from "./catalogs/caiq-questions.js";
export {
  CCM_V40_TO_V41,
  CCM_V40_TO_V41_MAPPING,
  type CcmChange,
  type CcmMigration,
  ccmTypicalOwnership,
  migrateMatrixToCcmV41,
} from "./catalogs/ccm-crosswalk.js";
export { BUILTIN_LAYER_TEMPLATES, CLASSIC_TEN_LAYERS } from "./layers/templates.js";
