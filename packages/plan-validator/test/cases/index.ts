import type { RuleCase } from "../harness.js";
import { emergencyCases } from "./emergency.js";
import { evidenceCases } from "./evidence.js";
import { exceptionCases } from "./exceptions.js";
import { meaningCases } from "./meaning.js";
import { metadataCases } from "./metadata.js";
import { preIncidentCases } from "./pre-incident.js";
import { trainingCases } from "./training.js";

/** Every failing case of every built-in rule. */
export const allCases: readonly RuleCase[] = [
  ...metadataCases,
  ...preIncidentCases,
  ...emergencyCases,
  ...trainingCases,
  ...meaningCases,
  ...evidenceCases,
  ...exceptionCases,
];

/** The cases of the rules whose id starts with `prefix/` (the rules of `src/rules/<prefix>.ts`). */
export function casesFor(prefix: string): RuleCase[] {
  return allCases.filter((c) => c.rule.startsWith(`${prefix}/`));
}
