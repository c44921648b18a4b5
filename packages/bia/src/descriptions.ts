import type { PropertyDescriptions } from "@mamori/core";
import { CORE_PROPERTY_DESCRIPTIONS } from "@mamori/core/internal";

// What each property of a business impact analysis means, for its JSON Schema's descriptions
// (an editor's hover), on top of core's shared ones. English first, the Japanese term in
// parentheses, in the words of the METI IT service continuity guideline.

/** Descriptions of a BIA's properties (core's shared ones included), for its JSON Schema. */
// A call marked pure (not a spread), so a bundle that never reads the document kinds drops it.
export const BIA_PROPERTY_DESCRIPTIONS: PropertyDescriptions = /* @__PURE__ */ Object.assign(
  {},
  CORE_PROPERTY_DESCRIPTIONS,
  {
    "root.organisation":
      "The organisation (組織) the BIA is for: its id in the Organisation profile.",
    timePoints:
      "The time points after a disruption at which impact is rated (評価時点), ISO 8601 durations such as PT4H, P1D, P3D.",
    rtoMargin:
      "Safety margin (余裕) kept between a process's RTO and its MTPD, an ISO 8601 duration.",
    tiers:
      "Recovery tiers (復旧優先度の階層): rows of RTO ranges; an RTO that falls in no row is reported.",
    from: "The smallest RTO the tier holds (下限), inclusive, an ISO 8601 duration.",
    upTo: "The largest RTO the tier holds (上限), inclusive, an ISO 8601 duration.",
    "root.processes": "Business processes (業務プロセス) and how their impact grows over time.",
    impacts:
      "Impact level per category and time point (影響度), e.g. financial: { PT4H: 2, P1D: 4 }.",
    wrt: "Work recovery time, WRT (業務回復時間): the time the business needs after IT is back to catch up and verify.",
    lossPerHour: "Loss per hour of disruption (1時間あたりの損失額).",
    lossCurve:
      "Loss over time (損失曲線): cumulative loss at given durations after the disruption.",
    at: "Time since the disruption (経過時間), an ISO 8601 duration.",
    minimumCapacity:
      "Minimum business continuity objective, MBCO (最低限の業務継続目標): the capacity, in percent, the process needs to run at all.",
    services: "IT services (ITサービス) the processes depend on.",
    resources:
      "Resources (経営資源): systems, networks, facilities, people and data the services depend on.",
    "resources.kind":
      "Kind of resource (経営資源の種類): server, network, power, facility, communications, people, supplier, cloud service, data or application.",
    externals:
      "Nodes of other organisations (外部の依存先): group companies, suppliers, customers, providers.",
    "externals.kind":
      "Kind of external node (外部の依存先の種類): supplier, customer, group company or partner.",
    "externals.organisation": "The organisation (組織) the external node belongs to.",
    scenarios:
      "Disruption scenarios (想定シナリオ) to simulate: site loss, power outage, supplier outage, staff shortage, custom failures.",
    "scenarios.type":
      "Scenario type (シナリオの種類): power-outage, site-loss, communications-outage, staff-availability, supplier-outage or custom.",
    "scenarios.start": "When the scenario starts (開始時点), an ISO 8601 duration after time zero.",
    "scenarios.duration": "How long the scenario lasts (継続時間), an ISO 8601 duration.",
    "scenarios.nodes": "Nodes (対象) the scenario takes down.",
    "scenarios.site": "The site (拠点) the scenario strikes.",
    percent: "Share of staff available (出社可能な人員の割合), in percent.",
    rollingBlackout:
      "Rolling blackout windows (計画停電): when power is off, repeating as the 2011 planned outages did.",
    "rollingBlackout.start": "When the blackout window opens (停電開始), an ISO 8601 duration.",
    "rollingBlackout.duration": "How long the window lasts (停電時間), an ISO 8601 duration.",
    failures:
      "The failures of a custom scenario (障害): a node down, or running at reduced capacity.",
    node: "The node (対象) that fails.",
    "failures.start": "When the failure begins (障害の開始), an ISO 8601 duration after time zero.",
    "failures.duration": "How long the failure lasts (障害の継続時間), an ISO 8601 duration.",
    capacity: "Capacity left during the failure (残存能力), in percent; 0 or absent means down.",
    recoverAfterFailure:
      "Whether a node the scenario fails needs its own recovery time after the failure ends (障害後の復旧時間).",
  },
);
