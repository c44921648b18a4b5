import type { DocSpec } from "./shared/doc-spec.js";

/**
 * Documentation of the `recovery/*` rules, read only by `ruleDocs` (kept out of the rules so bundles of `validatePlan` do not carry it).
 *
 * @category Rules
 */
export function recoveryDocs(): Record<string, DocSpec> {
  return {
    "recovery/order-dependencies": {
      description: [
        "In the plan's recovery order, every service comes after the services it depends on (from the requirements' `dependsOn`, and from the BIA's graph when given).",
        "計画の復旧順序で、各サービスが依存先のサービスより後にある（要求事項の `dependsOn`、BIA が与えられた場合はその依存グラフによる）。",
      ],
      rationale: [
        "A service restored before what it depends on cannot run, and the recovery time of the chain adds up; the BIA's dependency analysis (ISO/IEC 27031) is what the revised guideline asks the plan to follow.",
        "依存先より先に復旧したサービスは動かず、連鎖の復旧時間が積み上がる。改訂ガイドラインは BIA（ISO/IEC 27031）の依存関係の分析に従うことを求める。",
      ],
    },
  };
}
