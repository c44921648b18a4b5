import { type Diagnostic, isSuppressed, sortDiagnostics } from "@mamori/core";
import { oscalString, mamoriProp as prop } from "../util/oscal-props.js";
import { uuidV5 } from "../util/uuid.js";
import {
  dataKey,
  findingFacts,
  OSCAL_VERSION,
  type OscalJson,
  toOscalToken,
} from "./oscal-common.js";

/**
 * Options of {@link toOscalAssessmentResults}.
 *
 * @example
 * ```ts
 * import type { OscalAssessmentResultsOptions } from "@mamori/cloud-matrix/oscal";
 * const o: OscalAssessmentResultsOptions = {
 *   system: "kita-seiki-it",
 *   start: "2026-11-27T09:00:00Z",
 *   controls: ["CLD.6.3.1", "CLD.9.5.1"],
 * };
 * ```
 *
 * @category OSCAL
 */
export interface OscalAssessmentResultsOptions {
  /** The system assessed; default `unknown`. Part of every uuid, so results of two systems never collide. */
  system?: string;
  /** Document title; default `Assessment results: <system>`. */
  title?: string;
  /**
   * When the analysis ran (`start` and `end` of the result, `collected` of each observation),
   * a date-time with offset; default `lastModified`, else `1970-01-01T00:00:00Z`, so the output
   * stays reproducible.
   */
  start?: string;
  /** `metadata.last-modified`, a date-time with offset; default `start`, else `1970-01-01T00:00:00Z`. */
  lastModified?: string;
  /** `metadata.version`; default `1.0`. */
  version?: string;
  /**
   * The assessment plan the results answer (`import-ap.href`, a URI reference OSCAL requires);
   * default `#` — mamori's analyses have no OSCAL assessment plan of their own.
   */
  assessmentPlan?: string;
  /**
   * The controls that were reviewed (e.g. every control of the analysed matrix). Default:
   * every control (`include-all`), since the findings alone do not say which controls were
   * examined and found clean.
   */
  controls?: readonly string[];
}

/**
 * An OSCAL 1.2.1 assessment-results document from mamori's findings, the record an assessor
 * keeps of what an analysis examined and concluded: one result whose observations are every
 * finding (open ones typed `finding`, those an accepted exception suppresses `mitigation`
 * with the justification in `remarks`, informational ones `discovery`; all by the `EXAMINE`
 * method: mamori reads documents), and one OSCAL finding per open error or warning, its target
 * `not-satisfied` (reason `fail`) and linked to its observation. A clean analysis gives a
 * result with no findings: a valid document that says so. Uuids are name-based, from the
 * system, the code, the JSON pointer and the data, like {@link toOscalPoam}'s.
 *
 * @param diagnostics - The findings of an analysis, such as `analyzeMatrix(...).diagnostics`; suppressed ones are kept as mitigations.
 * @param options - The system's name, the document's title, times and version, the assessment plan it follows and the controls examined; see `OscalAssessmentResultsOptions`.
 *
 * @example
 * ```ts
 * import { toOscalAssessmentResults } from "@mamori/cloud-matrix/oscal";
 * import type { Diagnostic } from "@mamori/core";
 * const gap: Diagnostic = { code: "cloud-matrix/gap", severity: "error", message: "Gap: nobody carries out 14.1.",
 *   messages: { en: "Gap: nobody carries out 14.1.", ja: "ギャップ: 14.1 を誰も実施しません。" }, path: "/overrides/1",
 *   data: { catalog: "iso27017", control: "14.1" } };
 * const ar = toOscalAssessmentResults([gap], { system: "kita-seiki-it", start: "2026-11-27T09:00:00Z" });
 * const result = (ar["assessment-results"] as any).results[0];
 * result.findings[0].target.status.state; // "not-satisfied"
 * ```
 *
 * @category OSCAL
 */
export function toOscalAssessmentResults(
  diagnostics: readonly Diagnostic[],
  options: OscalAssessmentResultsOptions = {},
): OscalJson {
  const system = options.system ?? "unknown";
  const start = options.start ?? options.lastModified ?? "1970-01-01T00:00:00Z";
  const seen = new Map<string, number>();
  const observations: OscalJson[] = [];
  const findings: OscalJson[] = [];
  for (const d of sortDiagnostics(diagnostics)) {
    const seed = `${system}/assessment-results/${d.code}/${d.path}/${dataKey(d.data)}`;
    const rank = seen.get(seed) ?? 0;
    seen.set(seed, rank + 1);
    const key = rank === 0 ? seed : `${seed}/${rank}`;
    const { title, control, props } = findingFacts(d);
    const suppressed = isSuppressed(d);
    const open = d.severity !== "info" && !suppressed;
    const observation: OscalJson = {
      uuid: uuidV5(`${key}/observation`),
      title,
      description: d.message.trim() || d.code,
      props,
      methods: ["EXAMINE"],
      types: [open ? "finding" : suppressed ? "mitigation" : "discovery"],
      collected: start,
    };
    if (suppressed) {
      const why = (d.suppressions ?? [])
        .map((s) => s.justification?.trim())
        .filter((j): j is string => Boolean(j));
      observation.remarks =
        why.length > 0 ? `Accepted exception: ${why.join("; ")}` : "Accepted exception.";
    }
    observations.push(observation);
    if (!open) continue;
    findings.push({
      uuid: uuidV5(`${key}/finding`),
      title,
      description: d.message.trim() || d.code,
      props: [prop("code", d.code), prop("severity", d.severity)],
      target: {
        type: "objective-id",
        // The control's id as an OSCAL token, or the rule's code when no control is named.
        "target-id": toOscalToken(
          control ? String((d.data as { control: string }).control) : d.code,
        ),
        status: { state: "not-satisfied", reason: "fail" },
      },
      "related-observations": [{ "observation-uuid": observation.uuid }],
    });
  }
  const controls = [...new Set(options.controls ?? [])].sort();
  const selection: OscalJson =
    controls.length > 0
      ? { "include-controls": controls.map((c) => ({ "control-id": toOscalToken(c) })) }
      : {
          description: "Every control of the documents mamori analysed.",
          "include-all": {},
        };
  const result: OscalJson = {
    uuid: uuidV5(`${system}/assessment-results/result`),
    title: oscalString(`mamori: ${system}`, "mamori"),
    description: `The findings of mamori's analysis of ${oscalString(system, "the system")}.`,
    start,
    end: start,
    "reviewed-controls": { "control-selections": [selection] },
  };
  if (observations.length > 0) result.observations = observations;
  if (findings.length > 0) result.findings = findings;
  return {
    "assessment-results": {
      uuid: uuidV5(`${system}/assessment-results`),
      metadata: {
        title: oscalString(options.title ?? `Assessment results: ${system}`, "Assessment results"),
        "last-modified": options.lastModified ?? start,
        version: oscalString(options.version ?? "1.0", "1.0"),
        "oscal-version": OSCAL_VERSION,
      },
      "import-ap": { href: options.assessmentPlan ?? "#" },
      results: [result],
    },
  };
}
