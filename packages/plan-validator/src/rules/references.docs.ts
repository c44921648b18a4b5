import type { DocSpec } from "./shared/doc-spec.js";

/**
 * Documentation of the `references/*` rules, read only by `ruleDocs` (kept out of the rules so bundles of `validatePlan` do not carry it).
 *
 * @category Rules
 */
export function referencesDocs(): Record<string, DocSpec> {
  return {
    "references/resolve": {
      description: [
        "Every reference resolves: roles, services (requirements), communications means, measures, alternate sites and training audiences.",
        "すべての参照が解決できる: 役割、サービス（要求事項）、連絡手段、対策、代替拠点、訓練の対象者。",
      ],
      rationale: [
        "A procedure for a service the plan does not define, or a successor who is not a role, fails exactly when it is needed; in 2011, 7.7% of firms lost the chain of command.",
        "計画に定義のないサービスの手順や、役割にない後継者は、必要な時に機能しない。2011年には 7.7% の企業が指揮命令系統を失った。",
      ],
    },
    "references/unique-ids": {
      description: [
        "Ids are unique within each list (roles, services, procedures, sites, …).",
        "ID が各一覧（役割、サービス、手順、拠点など）の中で一意である。",
      ],
      rationale: [
        "A repeated id makes every reference to it ambiguous: a successor or procedure that may point at two things is no chain of command at all (7.7% of firms lost theirs in 2011).",
        "ID が重複すると、それへの参照がすべて曖昧になる。二つのものを指しうる後継者や手順は指揮命令系統にならない（2011年には 7.7% が指揮命令系統を失った）。",
      ],
    },
  };
}
