import type { RuleDocs } from "../engine/rule.js";
import { backupDocs } from "./backup.docs.js";
import { biaDocs } from "./bia.docs.js";
import { communicationsDocs } from "./communications.docs.js";
import { datesDocs } from "./dates.docs.js";
import { emergencyDocs } from "./emergency.docs.js";
import { evidenceDocs } from "./evidence.docs.js";
import { exceptionsDocs } from "./exceptions.docs.js";
import { externalDocs } from "./external.docs.js";
import { governanceDocs } from "./governance.docs.js";
import { maintenanceDocs } from "./maintenance.docs.js";
import { matrixDocs } from "./matrix.docs.js";
import { metadataDocs } from "./metadata.docs.js";
import { nistDocs } from "./nist.docs.js";
import { peopleDocs } from "./people.docs.js";
import { powerDocs } from "./power.docs.js";
import { preIncidentDocs } from "./pre-incident.docs.js";
import { proceduresDocs } from "./procedures.docs.js";
import { processDocs } from "./process.docs.js";
import { recoveryDocs } from "./recovery.docs.js";
import { referencesDocs } from "./references.docs.js";
import { scenariosDocs } from "./scenarios.docs.js";
import { securityDocs } from "./security.docs.js";
import { RULE_DOCS_BASE } from "./shared/build.js";
import { siteDocs } from "./site.docs.js";
import { trainingDocs } from "./training.docs.js";

// Built on first use, not at import: only `ruleDocs` (and so the rule reference and the CLI)
// reaches this module, and a module-level `let` keeps it droppable by bundlers.
let table: ReadonlyMap<string, RuleDocs> | undefined;

/**
 * The built-in rules' documentation by rule id.
 *
 * @category Rules
 */
export function builtinRuleDocs(): ReadonlyMap<string, RuleDocs> {
  if (table) return table;
  const out = new Map<string, RuleDocs>();
  for (const part of [
    backupDocs(),
    biaDocs(),
    communicationsDocs(),
    datesDocs(),
    emergencyDocs(),
    evidenceDocs(),
    exceptionsDocs(),
    externalDocs(),
    governanceDocs(),
    maintenanceDocs(),
    matrixDocs(),
    metadataDocs(),
    nistDocs(),
    peopleDocs(),
    powerDocs(),
    preIncidentDocs(),
    proceduresDocs(),
    processDocs(),
    recoveryDocs(),
    referencesDocs(),
    scenariosDocs(),
    securityDocs(),
    siteDocs(),
    trainingDocs(),
  ]) {
    for (const [id, { description, rationale }] of Object.entries(part)) {
      out.set(
        id,
        Object.freeze({
          description: Object.freeze({ en: description[0], ja: description[1] }),
          rationale: Object.freeze({ en: rationale[0], ja: rationale[1] }),
          url: `${RULE_DOCS_BASE}${id}`,
        }),
      );
    }
  }
  table = out;
  return out;
}
