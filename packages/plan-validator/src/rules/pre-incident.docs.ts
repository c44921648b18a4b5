import type { DocSpec } from "./docs.js";

/** Documentation of the rules in `pre-incident.ts`, read only by `ruleDocs` (kept out of the rules so bundles of `validatePlan` do not carry it). */
export function preIncidentDocs(): Record<string, DocSpec> {
  return {
    "power/classified": {
      description: [
        "Every service with a continuity requirement is classified as protect (守るシステム) or may-stop (止めてよいシステム).",
        "継続要求事項のあるすべてのサービスが「守るシステム」か「止めてよいシステム」に分類されている。",
      ],
      rationale: [
        "67.1% of affected sites stopped for a power cut in 2011; the revised guideline asks to sort systems into those to protect and those that may stop before planned or long outages.",
        "2011年に被災した拠点の 67.1% が停電で停止した。改訂ガイドラインは、計画停電や長時間停電に備えて、守るシステムと止めてよいシステムを分けることを求める。",
      ],
    },
    "power/backup-runtime": {
      description: [
        "For every protect system, backup power lasts at least as long as the longest power outage among the assumed scenarios that strike where it runs (a scenario's `impacts.powerOutage`, or its `duration` for power-outage scenarios and those with `impacts.power`). A scenario that names sites or regions strikes services hosted at those sites or in those regions; one that names neither strikes everywhere; a service whose location the plan does not give is held to every scenario.",
        "守るシステムの非常用電源が、そのシステムの所在地に及ぶ想定シナリオ中で最長の停電時間（シナリオの `impacts.powerOutage`、または停電シナリオと `impacts.power` のあるシナリオではその `duration`）以上もつ。拠点や地域を指定したシナリオは、その拠点・地域で稼働するサービスに及ぶ。指定のないシナリオはすべてに及ぶ。所在地の記載がないサービスはすべてのシナリオの対象とする。",
      ],
      rationale: [
        "67.1% of affected sites stopped for a power cut in 2011, and the planned outages that followed lasted days; power measures must be described from the utility and operations side, not only technology.",
        "2011年に被災した拠点の 67.1% が停電で停止し、その後の計画停電は数日に及んだ。電源対策は技術面だけでなく電力供給・運用面からも記述する必要がある。",
      ],
    },
    "site/geographic-separation": {
      description: [
        "Every alternate site is apart from each primary site it backs up (`backsUp`, default all of `preIncident.primarySites`): not on the same power grid, not in a shared hazard area, and at least `minDistanceKm` away (option, default 100 km; from both sites' coordinates, else the site's `distanceKm`). What cannot be compared is listed as info.",
        "すべての代替拠点が、引き継ぐ主要拠点（`backsUp`、既定は `preIncident.primarySites` のすべて）から離れている: 同じ電力系統でなく、災害想定区域を共有せず、`minDistanceKm`（オプション、既定 100 km。両拠点の座標から、なければ `distanceKm` から）以上離れている。比較できない項目は info で示す。",
      ],
      rationale: [
        "67.1% of affected sites stopped for a power cut in 2011, and the outage covered whole grids; when choosing a backup site only 31.2% weighed power supply. A backup site in the same grid, hazard area or city fails with the primary.",
        "2011年には被災拠点の 67.1% が停電で停止し、停電は電力系統全体に及んだ。バックアップ拠点の選定で電力供給を考慮したのは 31.2% にとどまる。同じ電力系統・災害想定区域・都市にある拠点は主拠点と共に止まる。",
      ],
    },
    "site/power-weighed": {
      description: [
        "Every alternate site lists power among its selection criteria and states its power supply.",
        "すべての代替拠点の選定基準に電力が含まれ、電力供給が記載されている。",
      ],
      rationale: [
        "When choosing a backup site in 2011, only 31.2% of firms weighed power supply, against 68.8% security, 59.7% distance and 52.7% earthquake resistance — while 67.1% of sites stopped for a power cut.",
        "2011年の調査で、バックアップサイト選定時に電力供給を考慮した企業は 31.2% のみ（セキュリティ 68.8%、距離 59.7%、耐震性 52.7%）。一方、拠点の 67.1% が停電で停止した。",
      ],
    },
    "site/selection-documented": {
      description: [
        "Every alternate site states its location, distance from the primary site, earthquake resistance and security.",
        "すべての代替拠点について、所在地、主拠点からの距離、耐震性、セキュリティが記載されている。",
      ],
      rationale: [
        "The 2011 survey's backup-site criteria — security 68.8%, distance 59.7%, earthquake resistance 52.7% — are what a reviewer needs to judge whether one disaster can take out both sites.",
        "2011年調査のバックアップサイト選定基準（セキュリティ 68.8%、距離 59.7%、耐震性 52.7%）は、一つの災害で両拠点が被災しないかを判断するのに必要な情報である。",
      ],
    },
    "pre-incident/schedule-overdue": {
      description: [
        "No milestone of the schedule is past its due date without being done.",
        "スケジュールのマイルストーンで、期限を過ぎて未完了のものがない。",
      ],
      rationale: [
        "The schedule (c) is what turns the pre-incident plan into action (the Do of the ISO/IEC 27001 PDCA cycle); a measure left overdue is a gap the plan claims is closed.",
        "スケジュール (c) は事前対応計画を実行に移すもの（ISO/IEC 27001 の PDCA の Do）。期限切れの対策は、計画上は塞がっているはずの穴である。",
      ],
    },
    "pre-incident/investment-stated": {
      description: [
        "Every measure has at least one investment item with its cost.",
        "すべての対策に、費用を伴う投資項目が一つ以上ある。",
      ],
      rationale: [
        "IT service continuity needs mid- to long-term investment (item (d) of the pre-incident plan); 29.2% of firms said they did not invest in line with the value of their information assets.",
        "ITサービス継続には中長期の投資が必要（事前対応計画の (d)）。29.2% の企業が情報資産の価値に見合った投資をしていないと答えた。",
      ],
    },
    "backup/interval-meets-rpo": {
      description: [
        "Every backup measure runs at least as often as the tightest RPO of the services it covers: their own, that of every service that depends on them (its data lives there), and the BIA's. Services with `holdsData: false` keep no data and are skipped.",
        "各バックアップ対策の間隔が、対象サービスの最も厳しい目標復旧ポイント（RPO）以下である: サービス自身、それに依存するサービス（データがそこにある）、BIA の要求値。`holdsData: false` のサービスはデータを持たないため対象外。",
      ],
      rationale: [
        "An RPO is the point in time to which data can be restored; a nightly backup cannot restore to an hour ago. 96.0% of firms did not use their backup at all in 2011: the plan's numbers must agree before the backup is needed.",
        "RPO はデータを復旧できる時点である。夜間のバックアップでは 1 時間前の時点に戻せない。2011年には 96.0% がバックアップをまったく使わなかった。バックアップが必要になる前に、計画の数値が整合していなければならない。",
      ],
    },
    "backup/offsite": {
      description: [
        "Every backup measure keeps a copy off site.",
        "すべてのバックアップ対策で、遠隔地に複製を保管している。",
      ],
      rationale: [
        "ISO/IEC 27002:2005 control 10.5.1 (information back-up) keeps copies at a remote location, far enough to escape a disaster at the main site; self-managed systems were hit harder in 2011, while external services helped.",
        "ISO/IEC 27002:2005 の管理策 10.5.1（情報のバックアップ）は、主拠点の災害を免れる遠隔地に複製を保管することを求める。2011年には自社管理のシステムほど被害が大きく、外部サービスは有効だった。",
      ],
    },
  };
}
