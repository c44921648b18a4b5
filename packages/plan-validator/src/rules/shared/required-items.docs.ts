import { REQUIRED_ITEMS } from "../../engine/required-items.js";
import type { DocSpec } from "./doc-spec.js";
import { REQUIRED_PARTS } from "./required-items.js";

export function requiredDocs(
  id: keyof typeof REQUIRED_PARTS,
  rationale: [string, string],
): DocSpec {
  const [partEn, partJa] = REQUIRED_PARTS[id].part;
  const list = REQUIRED_ITEMS.filter((i) => i.rule === id)
    .map((i) => `\`${i.item}\``)
    .join(", ");
  return {
    description: [
      `Every required item of the ${partEn} is present and non-empty: ${list}.`,
      `${partJa}の必須項目がすべて記載され、空でない: ${list}。`,
    ],
    rationale,
  };
}
