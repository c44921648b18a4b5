import { REQUIRED_ITEMS } from "../../engine/required-items.js";
import type { Rule } from "../../engine/rule.js";
import { REF, rule } from "./build.js";

/** The longest prefix of `path` that exists in `doc`, so the pointer always resolves. */
function deepestExisting(doc: unknown, path: string): string {
  let node: unknown = doc;
  let out = "";
  for (const seg of path.split("/").slice(1)) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, seg)) break;
    node = (node as Record<string, unknown>)[seg];
    out += `/${seg}`;
  }
  return out;
}

/**
 * The parts checked by the five `required-items` rules: category and the part's name [en, ja] (shared with `required-items.docs.ts`).
 *
 * @category Rules
 */
export const REQUIRED_PARTS = {
  "metadata/required-items": { category: "metadata", part: ["plan metadata", "計画の基本情報"] },
  "pre-incident/required-items": {
    category: "pre-incident",
    part: ["pre-incident plan", "事前対応計画"],
  },
  "emergency/required-items": {
    category: "emergency",
    part: ["emergency response plan", "緊急時対応計画"],
  },
  "training/required-items": {
    category: "training",
    part: ["education and training plan", "教育訓練計画"],
  },
  "maintenance/required-items": {
    category: "maintenance",
    part: ["maintenance and improvement plan", "維持改善計画"],
  },
} as const satisfies Record<string, { category: string; part: readonly [string, string] }>;

export function requiredItems(id: keyof typeof REQUIRED_PARTS): Rule {
  const { category, part } = REQUIRED_PARTS[id];
  const [partEn, partJa] = part;
  const items = REQUIRED_ITEMS.filter((i) => i.rule === id);
  return rule({
    id,
    category,
    severity: "error",
    references: [REF.guideline],
    messages: {
      "": [
        `The ${partEn} lacks the required item '{item}' (or it is empty).`,
        `${partJa}に必須項目 '{item}' がないか、空です。`,
      ],
    },
    check(ctx) {
      for (const i of items) {
        if (!i.present(ctx.plan)) {
          ctx.report({ path: deepestExisting(ctx.plan, i.path), data: { item: i.item } });
        }
      }
    },
  });
}
