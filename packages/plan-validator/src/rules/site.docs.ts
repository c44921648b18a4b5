import type { DocSpec } from "./shared/doc-spec.js";

/**
 * Documentation of the `site/*` rules, read only by `ruleDocs` (kept out of the rules so bundles of `validatePlan` do not carry it).
 *
 * @category Rules
 */
export function siteDocs(): Record<string, DocSpec> {
  return {
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
  };
}
