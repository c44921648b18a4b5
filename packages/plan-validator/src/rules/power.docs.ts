import type { DocSpec } from "./shared/doc-spec.js";

/**
 * Documentation of the `power/*` rules, read only by `ruleDocs` (kept out of the rules so bundles of `validatePlan` do not carry it).
 *
 * @category Rules
 */
export function powerDocs(): Record<string, DocSpec> {
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
  };
}
