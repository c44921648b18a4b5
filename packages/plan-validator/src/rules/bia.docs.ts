import { objectiveNames } from "./bia.js";
import type { DocSpec } from "./shared/doc-spec.js";

function objectiveDocs(kind: "rto" | "rpo"): DocSpec {
  const { upper, ja } = objectiveNames(kind);
  return {
    description: [
      `Every service's ${upper} in the plan is no longer than the ${upper} the BIA requires of it.`,
      `計画の各サービスの${ja}が、BIA が求める値以下である。`,
    ],
    rationale: [
      `The plan's objectives are outputs of the strategy requirements, fixed by BCM and the business departments; a plan ${upper} longer than the BIA's means the business stops longer than it can bear (22.3% met a disaster beyond their assumptions in 2011).`,
      `計画の目標値は、BCM と業務部門が定める戦略要件の出力である。計画の${ja}が BIA より長ければ、業務は耐えられる以上に停止する（2011年には 22.3% が想定外の災害に直面した）。`,
    ],
  };
}

/**
 * Documentation of the `bia/*` rules, read only by `ruleDocs` (kept out of the rules so bundles of `validatePlan` do not carry it).
 *
 * @category Rules
 */
export function biaDocs(): Record<string, DocSpec> {
  return {
    "bia/rto-consistent": objectiveDocs("rto"),
    "bia/rpo-consistent": {
      ...objectiveDocs("rpo"),
      description: [
        "Every service's RPO in the plan is no longer than the RPO the BIA requires of it. An RPO applies only to what holds data: a service with `holdsData: false`, or a BIA node whose result says it holds no data, is not checked.",
        "計画の各サービスの目標復旧ポイント（RPO）が、BIA が求める値以下である。RPO はデータを持つものにだけ適用され、`holdsData: false` のサービスや、BIA の結果でデータを持たないとされたノードは対象外。",
      ],
    },
  };
}
