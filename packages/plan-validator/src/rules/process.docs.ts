import type { DocSpec } from "./shared/doc-spec.js";

/**
 * Documentation of the `process/*` rules, read only by `ruleDocs` (kept out of the rules so bundles of `validatePlan` do not carry it).
 *
 * @category Rules
 */
export function processDocs(): Record<string, DocSpec> {
  return {
    "process/detection-phase": {
      description: [
        "The emergency process has a Detection phase.",
        "緊急時のプロセスに「検知」のフェーズがある。",
      ],
      rationale: [
        "The 2012 revision aligns with ISO/IEC 27031, which adds Detection before activation: an incident that is not detected is never escalated.",
        "2012年改訂は ISO/IEC 27031 に合わせ、発動の前に「検知」を加えた。検知されないインシデントはエスカレーションされない。",
      ],
    },
    "process/failback-defined": {
      description: [
        "The emergency process has a failback (切戻し) phase, and every procedure says how to switch back to production.",
        "緊急時のプロセスに切戻しのフェーズがあり、すべての手順に本番環境への切戻し方法が記載されている。",
      ],
      rationale: [
        "After 2011, 47.1% switched back to production at once, 29.4% when timely and 23.5% were still running on the backup: a plan needs a defined failback.",
        "2011年以後、本番への切戻しは 47.1% が即時、29.4% が適時で、23.5% はバックアップで運用を続けていた。計画には切戻しの定義が必要である。",
      ],
    },
    "process/activation-rto-criterion": {
      description: [
        "The activation criteria include an outage expected to exceed the RTO.",
        "発動基準に「停止が目標復旧時間（RTO）を超える見込み」が含まれている。",
      ],
      rationale: [
        "NIST SP 800-34 (section 4.2, Activation and Notification) activates the plan when an outage is expected to last longer than the RTO; waiting to be sure wastes the recovery window.",
        "NIST SP 800-34（4.2 発動と通知）は、停止が目標復旧時間（RTO）を超えると見込まれる時点で計画を発動する。確証を待つと復旧の猶予を失う。",
      ],
    },
    "process/escalation-triggers": {
      description: [
        "The emergency process defines escalation triggers, each with whom to escalate to.",
        "緊急時のプロセスにエスカレーションの契機と報告先が定義されている。",
      ],
      rationale: [
        "7.7% of firms lost the chain of command in 2011 and 10.6% overloaded their staff; explicit triggers move decisions up before the front line is swamped.",
        "2011年には 7.7% が指揮命令系統を失い、10.6% が要員の過負荷に陥った。明確な契機があれば、現場が手一杯になる前に判断が上位に上がる。",
      ],
    },
  };
}
