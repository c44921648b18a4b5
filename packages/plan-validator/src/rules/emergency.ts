import { REF, rule } from "./shared/build.js";
import { requiredItems } from "./shared/required-items.js";

/**
 * `emergency/plan-copies-offline`: a copy of the plan is readable when systems and the primary site are lost.
 *
 * @category Rules
 */
export const planCopiesOffline = rule({
  id: "emergency/plan-copies-offline",
  category: "emergency",
  severity: "error",
  references: [REF.nist, REF.survey],
  messages: {
    "": [
      "No copy of the plan is kept where it can be read when systems are down.",
      "システム停止時に読める場所に計画の写しがありません。",
    ],
    "at-primary": [
      "Every copy that can be read without systems is kept at a primary site ({sites}): it is lost with the building.",
      "システムなしで読める写しはすべて主要拠点（{sites}）に保管されており、建物とともに失われます。",
    ],
    "site-unknown": [
      "Plan copy '{location}' does not say at which site it is kept (site): whether it survives the loss of a primary site cannot be judged.",
      "計画の写し '{location}' の保管拠点（site）が記載されていないため、主要拠点を失っても残るか判断できません。",
    ],
  },
  check(ctx) {
    const copies = ctx.plan.emergency?.planCopies ?? [];
    const primary = ctx.index.primarySites;
    const atPrimary: string[] = [];
    const unplaced: number[] = [];
    let readable = false;
    let away = false;
    copies.forEach((c, i) => {
      if (c.medium === "external-service") {
        readable = away = true;
        return;
      }
      if (c.medium !== "paper" && c.medium !== "offline-media") return;
      readable = true;
      if (c.site === undefined) unplaced.push(i);
      else if (primary.has(c.site)) {
        if (!atPrimary.includes(c.site)) atPrimary.push(c.site);
      } else away = true;
    });
    // A copy with no site counts as away when the plan describes no primary site (nothing
    // to compare with); with primary sites described, it cannot be placed: say what to add.
    if (!away && unplaced.length > 0) {
      if (primary.size === 0) return;
      for (const i of unplaced)
        ctx.report({
          path: `/emergency/planCopies/${i}`,
          messageId: "site-unknown",
          severity: "info",
          data: { location: copies[i]?.location ?? "" },
        });
      return;
    }
    const path = ctx.plan.emergency?.planCopies
      ? "/emergency/planCopies"
      : ctx.plan.emergency
        ? "/emergency"
        : "";
    if (!readable) ctx.report({ path });
    else if (!away)
      ctx.report({
        path,
        messageId: "at-primary",
        data: { sites: atPrimary.map((x) => `'${x}'`).join(", ") },
      });
  },
});

/**
 * `emergency/required-items`.
 *
 * @category Rules
 */
export const emergencyRequiredItems = requiredItems("emergency/required-items");
