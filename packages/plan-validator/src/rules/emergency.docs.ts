import type { DocSpec } from "./docs.js";

/** Documentation of the rules in `emergency.ts`, read only by `ruleDocs` (kept out of the rules so bundles of `validatePlan` do not carry it). */
export function emergencyDocs(): Record<string, DocSpec> {
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
        "発動基準に「停止が RTO を超える見込み」が含まれている。",
      ],
      rationale: [
        "NIST SP 800-34 (section 4.2, Activation and Notification) activates the plan when an outage is expected to last longer than the RTO; waiting to be sure wastes the recovery window.",
        "NIST SP 800-34（4.2 発動と通知）は、停止が RTO を超えると見込まれる時点で計画を発動する。確証を待つと復旧の猶予を失う。",
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
    "communications/independent-means": {
      description: [
        "The plan has at least two communications means on independent networks (for example mobile and satellite). Means that share a network label (compared folded: `Mobile-Network` = `mobile network`) or a failure domain (by default from their kind: `public-fixed`, `public-mobile`, `internet`, `satellite`, `private-radio`) count as one.",
        "独立した通信網による連絡手段が二つ以上ある（例: 携帯電話と衛星電話）。通信網の名称（表記ゆれを正規化して比較: `Mobile-Network` = `mobile network`）または障害ドメイン（既定は種類から: `public-fixed`、`public-mobile`、`internet`、`satellite`、`private-radio`）を共有する手段は一つと数える。",
      ],
      rationale: [
        "Communications were the bottleneck in 2011: 50.2% stopped for cut communications, and leased lines, fixed and mobile phones all failed.",
        "2011年は通信がボトルネックとなった。50.2% が通信の途絶で停止し、専用線・固定電話・携帯電話がいずれも不通になった。",
      ],
    },
    "communications/activation-redundant": {
      description: [
        "The plan is activated and notified through at least two means on independent networks (same folding and failure domains as communications/independent-means).",
        "計画の発動・連絡が、独立した通信網の二つ以上の手段で行われる（通信網と障害ドメインの扱いは communications/independent-means と同じ）。",
      ],
      rationale: [
        "17.6% of firms said their means to call the BCP into action were insufficient in 2011, and 14.1% had not assumed a communications outage at all.",
        "2011年には 17.6% が BCP 発動の手段が不十分だったと答え、14.1% は通信の途絶をまったく想定していなかった。",
      ],
    },
    "communications/activation-survives-public-outage": {
      description: [
        "At least one means that activates the plan survives a public-network outage: none of its failure domains is a public network (option `publicDomains`, default `public-fixed`, `public-mobile`, `internet`). Satellite phones and dedicated or MCA radio qualify by default; a disaster-priority line qualifies when its failureDomains say so.",
        "計画発動の連絡手段の少なくとも一つが、公衆網の途絶でも使える（その障害ドメインに公衆網が含まれない。オプション `publicDomains`、既定は `public-fixed`、`public-mobile`、`internet`）。衛星電話と専用・MCA 無線は既定で該当し、災害時優先電話は failureDomains に記載すれば該当する。",
      ],
      rationale: [
        "In 2011 leased lines, fixed and mobile phones failed together because they ride the same public carriers; 50.2% of firms stopped for cut communications and 17.6% found their means to call the BCP into action insufficient.",
        "2011年には専用線・固定電話・携帯電話が同じ公衆通信事業者の設備に依存していたため同時に途絶した。50.2% が通信の途絶で停止し、17.6% が BCP 発動の手段が不十分だったと答えた。",
      ],
    },
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
    "emergency/plan-copies-offline": {
      description: [
        "At least one copy of the plan is kept where it can be read when the organisation's own systems are down (paper, offline media, or an external service), and away from the primary sites: a paper or offline copy whose `site` is a primary site is lost with the building.",
        "自社のシステムが停止しても読める場所（紙、オフライン媒体、外部サービス）で、かつ主要拠点の外に計画の写しが一つ以上ある。`site` が主要拠点である紙・オフラインの写しは、建物とともに失われる。",
      ],
      rationale: [
        "A plan kept only on the file server or intranet is lost with them; 67.1% of sites stopped for a power cut in 2011. NIST SP 800-34 asks that the plan be kept off site and in hard copy.",
        "ファイルサーバーやイントラネットにしかない計画は、それらと共に失われる。2011年には拠点の 67.1% が停電で停止した。NIST SP 800-34 は計画を遠隔地・紙でも保管するよう求める。",
      ],
    },
    "security/emergency-cia-balance": {
      description: [
        "The security level kept during an emergency states confidentiality, integrity and availability, with a rationale for the balance.",
        "緊急時に維持するセキュリティレベルが、機密性・完全性・可用性のそれぞれとその均衡の根拠とともに記載されている。",
      ],
      rationale: [
        "The revised guideline says the security level during an emergency is not simply lowered: confidentiality, integrity and availability — information security as ISO/IEC 27001 defines it — are balanced.",
        "改訂ガイドラインは、緊急時のセキュリティレベルは単に下げるのではなく、機密性・完全性・可用性（ISO/IEC 27001 が定義する情報セキュリティ）の均衡をとるものとする。",
      ],
    },
    "external/provider-evidence": {
      description: [
        "Every external (cloud or data-centre) provider the services are hosted by is listed among the external services, with its continuity evidence.",
        "サービスを提供する外部（クラウド、データセンター）事業者がすべて外部サービスに記載され、その継続性の証跡がある。",
      ],
      rationale: [
        "External services helped in 2011, but only if they themselves continue: users want providers audited (information-security audit 52.1%, certification 34.0%), and 36.9% named the provider's emergency organisation as an obstacle.",
        "2011年には外部サービスが有効だったが、それは事業者自身が継続できる場合に限る。利用者は事業者の監査（情報セキュリティ監査 52.1%、認証 34.0%）を望み、36.9% が事業者の緊急時体制を懸念とした。",
      ],
    },
    "external/evidence-current": {
      description: [
        "No provider's continuity evidence has expired.",
        "外部事業者の継続性の証跡が期限切れでない。",
      ],
      rationale: [
        "An expired audit report or certificate is no evidence; the cloud guideline expects providers to be audited by a third party and to disclose the report to users (52.1% of users want audited providers).",
        "期限切れの監査報告書や認証は証跡にならない。クラウドガイドラインは事業者が第三者の監査を受けて報告書を利用者に開示することを想定する（利用者の 52.1% が監査を望む）。",
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
