import { REF, rule } from "./shared/build.js";

/** `matrix/clause14-owned`: business-continuity controls (ISO/IEC 27002:2005 clause 14) have an owner. */
export const clause14Owned = rule({
  id: "matrix/clause14-owned",
  category: "cross-check",
  severity: "error",
  requires: "matrix",
  references: [REF.iso27002, "METI cloud security management guideline (2011)"],
  messages: {
    "": [
      "Business-continuity control {catalog}:{control} has no owner in the responsibility matrix.",
      "事業継続の管理策 {catalog}:{control} に責任分担表上の担当者がいません。",
    ],
  },
  check(ctx) {
    const path = ctx.plan.emergency?.externalServices ? "/emergency/externalServices" : "";
    for (const c of ctx.matrix?.controls ?? []) {
      const clause = c.clause ?? "";
      if (
        (clause === "14" || clause.startsWith("14.")) &&
        (c.owner === undefined || c.owner === "unassigned")
      ) {
        ctx.report({ path, data: { catalog: c.catalog, control: c.control } });
      }
    }
  },
});
