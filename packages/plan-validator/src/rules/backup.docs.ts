import type { DocSpec } from "./shared/doc-spec.js";

/**
 * Documentation of the `backup/*` rules, read only by `ruleDocs` (kept out of the rules so bundles of `validatePlan` do not carry it).
 *
 * @category Rules
 */
export function backupDocs(): Record<string, DocSpec> {
  return {
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
    "backup/restore-tested": {
      description: [
        "The plan has a backup restore test, done within its cadence (default P1Y).",
        "バックアップからの復元テストが計画され、周期（既定 P1Y）以内に実施されている。",
      ],
      rationale: [
        "96.0% of firms did not use their backup at all in 2011 and 0.4% tried and it failed: a backup that was never restored is a hope, not a measure.",
        "2011年には 96.0% がバックアップをまったく使わず、0.4% は使おうとして失敗した。一度も復元していないバックアップは対策ではなく期待にすぎない。",
      ],
    },
  };
}
