import type { DocSpec } from "./shared/doc-spec.js";

/**
 * Documentation of the `communications/*` rules, read only by `ruleDocs` (kept out of the rules so bundles of `validatePlan` do not carry it).
 *
 * @category Rules
 */
export function communicationsDocs(): Record<string, DocSpec> {
  return {
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
  };
}
