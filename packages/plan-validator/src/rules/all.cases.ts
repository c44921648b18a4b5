import type { RuleCase } from "../../test/harness.js";
import { backupCases } from "./backup.cases.js";
import { biaCases } from "./bia.cases.js";
import { communicationsCases } from "./communications.cases.js";
import { datesCases } from "./dates.cases.js";
import { emergencyCases } from "./emergency.cases.js";
import { evidenceCases } from "./evidence.cases.js";
import { exceptionsCases } from "./exceptions.cases.js";
import { externalCases } from "./external.cases.js";
import { governanceCases } from "./governance.cases.js";
import { maintenanceCases } from "./maintenance.cases.js";
import { matrixCases } from "./matrix.cases.js";
import { metadataCases } from "./metadata.cases.js";
import { nistCases } from "./nist.cases.js";
import { peopleCases } from "./people.cases.js";
import { powerCases } from "./power.cases.js";
import { preIncidentCases } from "./pre-incident.cases.js";
import { proceduresCases } from "./procedures.cases.js";
import { processCases } from "./process.cases.js";
import { recoveryCases } from "./recovery.cases.js";
import { referencesCases } from "./references.cases.js";
import { scenariosCases } from "./scenarios.cases.js";
import { securityCases } from "./security.cases.js";
import { siteCases } from "./site.cases.js";
import { trainingCases } from "./training.cases.js";

/**
 * Every failing case of every built-in rule, by rule file.
 *
 * @category Rules
 */
export const allCases: readonly RuleCase[] = [
  ...backupCases,
  ...biaCases,
  ...communicationsCases,
  ...datesCases,
  ...emergencyCases,
  ...evidenceCases,
  ...exceptionsCases,
  ...externalCases,
  ...governanceCases,
  ...maintenanceCases,
  ...matrixCases,
  ...metadataCases,
  ...nistCases,
  ...peopleCases,
  ...powerCases,
  ...preIncidentCases,
  ...proceduresCases,
  ...processCases,
  ...recoveryCases,
  ...referencesCases,
  ...scenariosCases,
  ...securityCases,
  ...siteCases,
  ...trainingCases,
];
