import type { DocSpec } from "./shared/doc-spec.js";

/**
 * Documentation of the `procedures/*` rules, read only by `ruleDocs` (kept out of the rules so bundles of `validatePlan` do not carry it).
 *
 * @category Rules
 */
export function proceduresDocs(): Record<string, DocSpec> {
  return {
    "procedures/time-critical-covered": {
      description: [
        "Every time-critical service — marked `timeCritical` in the plan, or needed by a time-critical process of the BIA when one is given — has a recovery procedure.",
        "時間的に重要なすべてのサービス（計画で `timeCritical` とされたもの、または BIA が与えられた場合はその時間的に重要な業務が依存するもの）に復旧手順がある。",
      ],
      rationale: [
        "The BIA decides what must come back first; 22.3% of firms whose BCP ran in 2011 met a disaster beyond their assumptions, and a time-critical service without a procedure is recovered by improvisation.",
        "何を先に復旧すべきかは BIA が決める。2011年に BCP を発動した企業の 22.3% は想定外の災害に直面した。手順のない重要サービスは場当たり的に復旧される。",
      ],
    },
    "procedures/ordered-steps": {
      description: [
        "Every procedure has at least one step, and every step names who carries it out.",
        "すべての手順に一つ以上のステップがあり、各ステップに実施者が定められている。",
      ],
      rationale: [
        "The emergency procedures (c) are what staff follow under stress; a procedure without steps or owners is a heading, not a procedure (NIST SP 800-34 Rev. 1 section 4.3, Recovery).",
        "緊急時の手順 (c) は、緊張下で要員が従うもの。ステップや実施者のない手順は見出しにすぎない（NIST SP 800-34 Rev. 1 4.3 復旧）。",
      ],
    },
  };
}
