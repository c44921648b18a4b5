import { defineMessages } from "@mamori/core";

/**
 * The messages of `@mamori/bia`'s diagnostics, keyed by code, in English and Japanese.
 * Duplicate ids and dangling references use `@mamori/core`'s `document/…` messages.
 *
 * @example
 * ```ts
 * import { biaMessages } from "@mamori/bia";
 * import { formatMessage } from "@mamori/core";
 * formatMessage(biaMessages, "ja", "bia/not-time-critical", { process: "payroll" });
 * // "業務 'payroll' はどの影響区分でも許容できない水準に達しないため、時間的に重要ではありません（最大許容停止時間（MTPD）なし）。"
 * ```
 *
 * @category Messages
 */
export const biaMessages = defineMessages({
  en: {
    "bia/time-points-unsorted":
      "The time points are not in ascending order; they are analysed sorted.",
    "bia/unknown-category": "'{category}' is not an impact category of this BIA (known: {known}).",
    "bia/reserved-category-id":
      "Impact category id '{id}' starts with 'x-', which is reserved for extension fields: ratings under it would be ignored. Rename the category.",
    "bia/unknown-time-point": "'{value}' is not one of the BIA's time points ({known}).",
    "bia/unknown-impact-level": "Level {level} is not on the impact scale (allowed: {allowed}).",
    "bia/impact-decreases":
      "The {category} impact of '{process}' falls from {from} to {to} at {at}; impact normally grows with the length of an outage.",
    "bia/not-time-critical":
      "Process '{process}' never reaches an unacceptable impact in any category, so it is not time-critical (no MTPD).",
    "bia/rto-exceeds-mtpd":
      "The RTO of '{process}' ({rto}) plus its work recovery time ({wrt}) is {total}, longer than its MTPD of {mtpd}.",
    "bia/wrt-exceeds-mtpd":
      "The work recovery time of '{process}' ({wrt}) leaves no time to recover within its MTPD of {mtpd}.",
    "bia/missing-rpo": "Time-critical process '{process}' has no RPO (how much data may be lost).",
    "bia/missing-rlo":
      "Time-critical process '{process}' has no RLO or minimum capacity (the level at which it must run).",
    "bia/self-dependency": "'{id}' depends on itself.",
    "bia/empty-any-of": "An any-of group of '{id}' has no members; it can never be up.",
    "bia/external-unresolved":
      "'{ref}' is another organisation's node that this BIA does not describe; it is analysed with unknown recovery time.",
    "bia/cycle":
      "Dependency cycle: {path}. Its {count} nodes cannot be recovered in order, so they are analysed as one unit: assumed to be recovered one after another, {recovery} in all (the sum of their recovery times), due and back together. What they depend on outside the cycle is analysed in full.",
    "bia/rto-gap":
      "'{process}' can be recovered after {achievable} at the earliest, later than its RTO of {rto}. Critical path: {path}.",
    "bia/rto-gap/unmeetable":
      "'{process}' can be recovered after {achievable} at the earliest, but no RTO can meet its MTPD: its work recovery time and margin take the whole MTPD (see bia/wrt-exceeds-mtpd). Critical path: {path}.",
    "bia/rpo-gap":
      "'{id}' can lose up to {loss} of data (backup interval + replication lag), more than the required RPO of {rpo}.",
    "bia/evidence-without-now":
      "Measured recovery times (evidence) were given without 'now': their age cannot be judged, so the estimates are used.",
    "bia/evidence-invalid":
      "Evidence {index} is not a measured recovery time in minutes with an ISO 8601 date ({value}); it is not used.",
    "bia/evidence-unknown-node":
      "Evidence names '{node}', which is not a node of this BIA; it is not used.",
    "bia/evidence-future":
      "The measurement of '{node}' is dated {date}, after the analysis date; it is not used.",
    "bia/evidence-stale":
      "The latest measured recovery time of '{node}' ({date}) is older than {maxAge}; the estimate is used.",
    "bia/missing-recovery-time":
      "'{id}' must be back within {due} but states no recovery time; it is counted as 0.",
    "bia/missing-recovery-time/unmeetable":
      "'{id}' states no recovery time (it is counted as 0), and no time is left for it: what depends on it must be back before it could be (a process that depends on it has an RTO of 0, or work recovery and margin that take its whole MTPD, or nodes between whose recovery takes its whole RTO).",
    "bia/single-point-of-failure":
      "'{id}' is a single point of failure: alone it stops {count} process(es) ({processes}); the most urgent must be back within {rto}.",
    "bia/single-point-of-failure/unmeetable":
      "'{id}' is a single point of failure: alone it stops {count} process(es) ({processes}); no RTO for it can meet the most urgent of them, whose work recovery time and margin take its whole MTPD (see bia/wrt-exceeds-mtpd).",
    "bia/spof-truncated":
      "The single-point-of-failure search stopped after {limit} steps; the list is incomplete.",
    "bia/diagnostics-truncated":
      "{omitted} more '{code}' findings are not listed here (only the first {limit} are); the result's {where} has every one.",
    "bia/power-class-conflict":
      "'{id}' carries a top-tier process, so it must be a system to protect, but it is classed as one that may stop.",
    "bia/power-class-missing":
      "'{id}' carries a top-tier process; classify it as a system to protect (power class 'protect').",
    "bia/backup-power-short":
      "Backup power for '{id}' lasts {runtime}, shorter than the assumed outage of {outage} (scenario '{scenario}').",
    "bia/blackout-at-risk":
      "In the rolling-blackout window starting at {start} ({length}), backup power for protected system '{id}' runs out.",
    "bia/tier-empty-range":
      "Tier '{id}' starts after it ends ('from' is later than 'upTo'); it is left out.",
    "bia/tiers-overlap":
      "Tier '{id}' does not start above tier '{previous}' (tiers are listed in ascending order and may not overlap); it is left out.",
    "bia/tiers-differ":
      "This document's tier table differs from the one the group analysis uses (the first member's); it is not used.",
    "bia/rto-outside-tiers":
      "The RTO of '{process}' ({rto}) falls in no tier of the tier table (a gap between tiers, or beyond the last): it gets no tier.",
    "bia/unknown-scenario": "There is no scenario '{scenario}' (known: {known}).",
    "bia/scenario-empty": "Scenario '{scenario}' makes no node fail.",
    "bia/scenario-backup-covers":
      "In scenario '{scenario}', '{id}' loses its supply but its backup power ({runtime}) outlasts the outage ({outage}): it does not fail.",
    "bia/scenario-backup-runs-out":
      "In scenario '{scenario}', '{id}' loses its supply and runs on its backup power ({runtime}): it fails when that runs out, from {at}.",
    "bia/scenario-backup-not-counted":
      "In scenario '{scenario}', the backup power of '{id}' is not counted: it is classed as a system that may stop, so it is shut down when its supply fails.",
    "bia/scenario-rto-breach":
      "In scenario '{scenario}', '{process}' is down for {outage}, longer than its RTO of {rto}.",
    "bia/scenario-mtpd-breach":
      "In scenario '{scenario}', '{process}' is down for {outage}, longer than its MTPD of {mtpd}: the impact becomes unacceptable.",
  },
  ja: {
    "bia/time-points-unsorted": "評価時点が昇順に並んでいません。並べ替えて分析します。",
    "bia/unknown-category":
      "'{category}' はこの BIA の影響区分ではありません（定義済み: {known}）。",
    "bia/reserved-category-id":
      "影響区分の ID '{id}' は拡張フィールド用の 'x-' で始まっています。この区分の評価は無視されるため、ID を変更してください。",
    "bia/unknown-time-point": "'{value}' は BIA の評価時点（{known}）のいずれでもありません。",
    "bia/unknown-impact-level": "レベル{level}は影響度の尺度にありません（使用可能: {allowed}）。",
    "bia/impact-decreases":
      "'{process}' の {category} の影響が{at}で{from}から{to}に下がっています。影響は通常、停止が長いほど大きくなります。",
    "bia/not-time-critical":
      "業務 '{process}' はどの影響区分でも許容できない水準に達しないため、時間的に重要ではありません（最大許容停止時間（MTPD）なし）。",
    "bia/rto-exceeds-mtpd":
      "'{process}' の目標復旧時間（RTO）{rto}と業務回復時間{wrt}の合計{total}が、最大許容停止時間（MTPD）{mtpd}を超えています。",
    "bia/wrt-exceeds-mtpd":
      "'{process}' の業務回復時間{wrt}では、最大許容停止時間（MTPD）{mtpd}以内に復旧する時間が残りません。",
    "bia/missing-rpo":
      "時間的に重要な業務 '{process}' に目標復旧ポイント（RPO）がありません（どこまでのデータ損失を許容できるか）。",
    "bia/missing-rlo":
      "時間的に重要な業務 '{process}' に目標復旧レベル（RLO）または最低稼働水準がありません。",
    "bia/self-dependency": "'{id}' が自分自身に依存しています。",
    "bia/empty-any-of": "'{id}' の any-of グループに要素がなく、稼働状態になりえません。",
    "bia/external-unresolved":
      "'{ref}' はこの BIA に記述のない他組織のノードです。復旧時間不明として分析します。",
    "bia/cycle":
      "依存関係が循環しています: {path}。これら{count}個のノードは順に復旧できないため、一つの単位として分析します。一つずつ順に復旧すると仮定し、合計{recovery}（各ノードの復旧時間の和）で、期限も復旧もそろって同時とします。循環の外にある依存先はすべて分析します。",
    "bia/rto-gap":
      "'{process}' の復旧は最短でも{achievable}後で、目標復旧時間（RTO）{rto}を超えます。クリティカルパス: {path}。",
    "bia/rto-gap/unmeetable":
      "'{process}' の復旧は最短でも{achievable}後ですが、業務回復時間と余裕時間で最大許容停止時間（MTPD）を使い切るため、どの目標復旧時間（RTO）を設定しても満たせません（bia/wrt-exceeds-mtpd を参照）。クリティカルパス: {path}。",
    "bia/rpo-gap":
      "'{id}' は最大{loss}分のデータを失う可能性があり（バックアップ間隔＋レプリケーション遅延）、必要な目標復旧ポイント（RPO）{rpo}を超えます。",
    "bia/evidence-without-now":
      "実測の復旧時間（エビデンス）が 'now' なしで与えられたため、その新しさを判断できません。見積りを使います。",
    "bia/evidence-invalid":
      "エビデンス{index}は、分単位の実測復旧時間と ISO 8601 の日付ではありません（{value}）。使いません。",
    "bia/evidence-unknown-node":
      "エビデンスの '{node}' はこの BIA のノードではありません。使いません。",
    "bia/evidence-future": "'{node}' の実測は {date} の日付で、分析日より後です。使いません。",
    "bia/evidence-stale":
      "'{node}' の最新の実測復旧時間（{date}）は {maxAge} より古いため、見積りを使います。",
    "bia/missing-recovery-time":
      "'{id}' は{due}以内の復旧が必要ですが、復旧時間が記載されていません。0として計算します。",
    "bia/missing-recovery-time/unmeetable":
      "'{id}' には復旧時間が記載されていません（0として計算します）。また、これに充てられる時間は残っていません。依存する業務の目標復旧時間（RTO）が0であるか、業務回復時間と余裕時間が最大許容停止時間（MTPD）を使い切るか、間にあるノードの復旧が RTO を使い切るためです。",
    "bia/single-point-of-failure":
      "'{id}' は単一障害点です。これだけで{count}件の業務（{processes}）が止まり、最も急ぐものは{rto}以内の復旧が必要です。",
    "bia/single-point-of-failure/unmeetable":
      "'{id}' は単一障害点です。これだけで{count}件の業務（{processes}）が止まります。最も急ぐ業務は業務回復時間と余裕時間で最大許容停止時間（MTPD）を使い切るため、どの目標復旧時間（RTO）を設定しても満たせません（bia/wrt-exceeds-mtpd を参照）。",
    "bia/spof-truncated": "単一障害点の探索を{limit}ステップで打ち切りました。一覧は不完全です。",
    "bia/diagnostics-truncated":
      "'{code}' の指摘はほかに{omitted}件ありますが、ここには最初の{limit}件だけを載せています。すべて結果の {where} にあります。",
    "bia/power-class-conflict":
      "'{id}' は最上位ティアの業務を支えるため守るシステムでなければなりませんが、止めてよいシステムに分類されています。",
    "bia/power-class-missing":
      "'{id}' は最上位ティアの業務を支えています。守るシステム（電源区分 'protect'）に分類してください。",
    "bia/backup-power-short":
      "'{id}' の非常用電源は{runtime}しか持たず、想定停電{outage}（シナリオ '{scenario}'）より短いです。",
    "bia/blackout-at-risk":
      "{start} に始まる計画停電の時間帯（{length}）に、守るシステム '{id}' の非常用電源が尽きます。",
    "bia/tier-empty-range":
      "ティア '{id}' は開始が終了より後です（'from' が 'upTo' より後）。このティアは使いません。",
    "bia/tiers-overlap":
      "ティア '{id}' がティア '{previous}' より上から始まっていません（ティアは昇順に並べ、重ならないようにします）。このティアは使いません。",
    "bia/tiers-differ":
      "この文書のティア表は、グループ分析で使うもの（最初のメンバーのもの）と異なります。使いません。",
    "bia/rto-outside-tiers":
      "'{process}' の目標復旧時間（RTO）{rto}はティア表のどのティアにも入りません（ティアの間のすき間か、最後のティアより後）。ティアなしとします。",
    "bia/unknown-scenario": "シナリオ '{scenario}' はありません（定義済み: {known}）。",
    "bia/scenario-empty": "シナリオ '{scenario}' で停止するノードがありません。",
    "bia/scenario-backup-covers":
      "シナリオ '{scenario}' で '{id}' は給電を失いますが、非常用電源（{runtime}）が停電（{outage}）より長く持つため停止しません。",
    "bia/scenario-backup-runs-out":
      "シナリオ '{scenario}' で '{id}' は給電を失い非常用電源（{runtime}）で動きます。それが尽きる{at}以降停止します。",
    "bia/scenario-backup-not-counted":
      "シナリオ '{scenario}' で '{id}' の非常用電源は計算に入れません。止めてよいシステムに分類されているため、給電が止まると停止させます。",
    "bia/scenario-rto-breach":
      "シナリオ '{scenario}' で '{process}' は{outage}停止し、目標復旧時間（RTO）{rto}を超えます。",
    "bia/scenario-mtpd-breach":
      "シナリオ '{scenario}' で '{process}' は{outage}停止し、最大許容停止時間（MTPD）{mtpd}を超えます。影響が許容できない水準になります。",
  },
});
