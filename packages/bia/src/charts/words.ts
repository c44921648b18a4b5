// The fixed words of the charts, per locale. Internal to `@mamori/bia/charts`.
import type { Locale } from "@mamori/core";

/** @internal */
export interface ChartWords {
  impactOf: (name: string) => string;
  unacceptable: string;
  mtpd: string;
  rto: string;
  graph: string;
  criticalPath: string;
  spof: string;
  spofs: string;
  gap: string;
  anyOf: string;
  /** The node types, as the legend names their boxes. */
  types: { process: string; service: string; resource: string; external: string };
  timeline: string;
  late: string;
  deadline: string;
  total: string;
}

const EN: ChartWords = {
  impactOf: (name) => `Impact of stopping “${name}”`,
  unacceptable: "unacceptable",
  mtpd: "MTPD",
  rto: "RTO",
  graph: "Dependency graph",
  criticalPath: "Critical path",
  spof: "SPOF",
  spofs: "Single points of failure",
  gap: "Misses its RTO or RPO",
  anyOf: "Any one of a group suffices",
  types: {
    process: "Business process",
    service: "IT service",
    resource: "Resource",
    external: "Another organisation's node",
  },
  timeline: "Recovery timeline (everything lost at once)",
  late: "Back after it is due",
  deadline: "RTO",
  total: "total",
};

const JA: ChartWords = {
  impactOf: (name) => `「${name}」が停止した場合の影響`,
  unacceptable: "許容できない水準",
  mtpd: "MTPD",
  rto: "RTO",
  graph: "依存関係グラフ",
  criticalPath: "クリティカルパス",
  spof: "SPOF",
  spofs: "単一障害点",
  gap: "RTO・RPO を満たせない",
  anyOf: "いずれか一つで足りる",
  types: {
    process: "業務",
    service: "IT サービス",
    resource: "経営資源",
    external: "他組織のノード",
  },
  timeline: "復旧タイムライン（すべてが同時に失われた場合）",
  late: "期限後に復旧",
  deadline: "RTO",
  total: "計",
};

/** @internal */
export const wordsFor = (locale: Locale | undefined): ChartWords => (locale === "ja" ? JA : EN);
