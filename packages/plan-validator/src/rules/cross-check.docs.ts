import { objectiveNames } from "./cross-check.js";
import type { DocSpec } from "./docs.js";

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

/** Documentation of the rules in `cross-check.ts`, read only by `ruleDocs` (kept out of the rules so bundles of `validatePlan` do not carry it). */
export function crossCheckDocs(): Record<string, DocSpec> {
  return {
    "procedures/time-critical-covered": {
      description: [
        "Every time-critical service — marked `timeCritical` in the plan, or needed by a time-critical process of the BIA when one is given — has a recovery procedure.",
        "時間的制約の厳しいすべてのサービス（計画で `timeCritical` とされたもの、または BIA が与えられた場合はその時間的制約の厳しい業務が依存するもの）に復旧手順がある。",
      ],
      rationale: [
        "The BIA decides what must come back first; 22.3% of firms whose BCP ran in 2011 met a disaster beyond their assumptions, and a time-critical service without a procedure is recovered by improvisation.",
        "何を先に復旧すべきかは BIA が決める。2011年に BCP を発動した企業の 22.3% は想定外の災害に直面した。手順のない重要サービスは場当たり的に復旧される。",
      ],
    },
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
    "bia/rto-consistent": objectiveDocs("rto"),
    "bia/rpo-consistent": {
      ...objectiveDocs("rpo"),
      description: [
        "Every service's RPO in the plan is no longer than the RPO the BIA requires of it. An RPO applies only to what holds data: a service with `holdsData: false`, or a BIA node whose result says it holds no data, is not checked.",
        "計画の各サービスの目標復旧ポイント（RPO）が、BIA が求める値以下である。RPO はデータを持つものにだけ適用され、`holdsData: false` のサービスや、BIA の結果でデータを持たないとされたノードは対象外。",
      ],
    },
    "matrix/clause14-owned": {
      description: [
        "Every business-continuity control (ISO/IEC 27002:2005 clause 14) of the responsibility matrix is owned by someone.",
        "責任分担表の事業継続管理の管理策（ISO/IEC 27002:2005 箇条14）すべてに担当者がいる。",
      ],
      rationale: [
        "ISO/IEC 27002:2005 clause 14 holds the business-continuity controls; the cloud security management guideline's last step in selecting controls is to make clear which controls the user, the provider or both carry out; an unassigned continuity control is one nobody performs in a disaster.",
        "ISO/IEC 27002:2005 の箇条14は事業継続管理の管理策である。クラウドセキュリティ管理ガイドラインは、管理策選択の最後に、利用者・事業者・双方のいずれが実施するかを明確にすることを求める。担当のない継続管理策は、災害時に誰も実施しない。",
      ],
    },
  };
}
