import type { DocSpec } from "./shared/doc-spec.js";

/**
 * Documentation of the `people/*` rules, read only by `ruleDocs` (kept out of the rules so bundles of `validatePlan` do not carry it).
 *
 * @category Rules
 */
export function peopleDocs(): Record<string, DocSpec> {
  return {
    "people/role-successor": {
      description: [
        "Every role that leads or staffs an emergency team has a successor who is another person: a role listed as its own successor, or successors all held by the same holder, do not count.",
        "緊急時の体制でチームを率いる、またはチームに属するすべての役割に、別の人である後継者が定められている。自分自身を後継者とする役割や、同じ担当者が兼ねる後継者は数えない。",
      ],
      rationale: [
        "50.7% of firms stopped in 2011 because staff were hurt or could not commute; 7.7% lost the chain of command.",
        "2011年には 50.7% が、従業員の負傷や出社困難のために停止した。7.7% は指揮命令系統を失った。",
      ],
    },
    "people/activation-successor": {
      description: [
        "The activation authority has a successor who is another person, found through the successors' own successors if need be; a role listed as its own successor, or a successor role held by the same person (`holder`), leaves no successor.",
        "発動権限者に、別の人である後継者がいる（後継者の後継者もたどる）。自分自身を後継者とする場合や、同じ人（`holder`）が兼ねる役割を後継者とする場合は、後継者がいないものとする。",
      ],
      rationale: [
        "If the one person who may activate the plan is hurt or unreachable, the plan never runs; 50.7% of firms stopped in 2011 because staff were hurt or could not commute.",
        "計画を発動できる唯一の人が負傷・連絡不能になれば、計画は発動されない。2011年には 50.7% が従業員の負傷や出社困難で停止した。",
      ],
    },
    "people/safety-confirmation": {
      description: [
        "A safety-confirmation (安否確認) method is defined and was tested within the last 12 months.",
        "安否確認の方法が定められ、過去12か月以内にテストされている。",
      ],
      rationale: [
        "The guideline lists safety-confirmation systems among the lessons of 2011: with 50.7% of firms stopped by staff being hurt or unable to commute, knowing who can work comes first.",
        "ガイドラインは 2011年の教訓として安否確認システムを挙げる。50.7% が従業員の負傷や出社困難で停止した以上、誰が働けるかの把握が最初になる。",
      ],
    },
    "people/staff-unavailability": {
      description: [
        "A scenario assumes part of the staff is unavailable (impacts.staffAvailable below 100).",
        "要員の一部が対応できないことを想定したシナリオがある（impacts.staffAvailable が100未満）。",
      ],
      rationale: [
        "50.7% of firms stopped in 2011 because staff were hurt or could not commute, and 10.6% overloaded the staff they had.",
        "2011年には 50.7% が従業員の負傷や出社困難のために停止し、10.6% が要員の過負荷に陥った。",
      ],
    },
  };
}
