import { type Diagnostic, isSuppressed, sortDiagnostics } from "@mamori/core";
import { oscalString } from "../util/oscal-props.js";
import { uuidV5 } from "../util/uuid.js";
import { dataKey, findingFacts, OSCAL_VERSION, type OscalJson } from "./oscal-common.js";

/**
 * Options of {@link toOscalPoam}.
 *
 * @example
 * ```ts
 * import type { OscalPoamOptions } from "@mamori/cloud-matrix/oscal";
 * const o: OscalPoamOptions = { system: "kita-seiki-it", lastModified: "2026-11-27T00:00:00Z" };
 * ```
 *
 * @category OSCAL
 */
export interface OscalPoamOptions {
  /** The system the plan of action is for (`system-id`); default `unknown`. */
  system?: string;
  /** Document title; default `Plan of action and milestones: <system>`. */
  title?: string;
  /** `metadata.last-modified`, a date-time with offset; default `1970-01-01T00:00:00Z`. */
  lastModified?: string;
  /** `metadata.version`; default `1.0`. */
  version?: string;
}

/**
 * An OSCAL 1.2.1 plan of action and milestones (POA&M) from findings: one `poam-item` per
 * open finding (an error or a warning that no exception suppresses) of any mamori analysis —
 * the gaps, conflicts and planned controls of a responsibility matrix, the plan validator's
 * findings, the BIA's. Each item names its code, severity, place and control (as mamori props)
 * and has a name-based uuid, so the same finding keeps its uuid from one run to the next.
 * OSCAL requires at least one item: with no open finding there is nothing to plan, and the
 * result is `undefined`.
 *
 * @param diagnostics - The findings of an analysis; only open errors and warnings become POA&M items.
 * @param options - The system's name, the document's title, `last-modified` time stamp and version.
 * @returns The POA&M as OSCAL JSON, or `undefined` when no finding is open.
 *
 * @example
 * ```ts
 * import { toOscalPoam } from "@mamori/cloud-matrix/oscal";
 * import type { Diagnostic } from "@mamori/core";
 * const gap: Diagnostic = { code: "cloud-matrix/gap", severity: "error", message: "Gap: nobody carries out 14.1.",
 *   messages: { en: "Gap: nobody carries out 14.1.", ja: "ギャップ: 14.1 を誰も実施しません。" }, path: "/overrides/1" };
 * const poam = toOscalPoam([gap], { system: "kita-seiki-it" });
 * Object.keys(poam ?? {}); // ["plan-of-action-and-milestones"]
 * ```
 *
 * @category OSCAL
 */
export function toOscalPoam(
  diagnostics: readonly Diagnostic[],
  options: OscalPoamOptions = {},
): OscalJson | undefined {
  const system = options.system ?? "unknown";
  const open = sortDiagnostics(diagnostics).filter(
    (d) => d.severity !== "info" && !isSuppressed(d),
  );
  if (open.length === 0) return undefined;
  // The uuid of a finding comes from the system, its code, its JSON pointer and its data —
  // not from how its file's name was typed — and, for findings alike in all of those (two
  // messages of one rule at one place), from its rank among them.
  const seen = new Map<string, number>();
  const items = open.map((d) => {
    const seed = `${system}/poam/${d.code}/${d.path}/${dataKey(d.data)}`;
    const rank = seen.get(seed) ?? 0;
    seen.set(seed, rank + 1);
    const { title, props } = findingFacts(d);
    return {
      uuid: uuidV5(rank === 0 ? seed : `${seed}/${rank}`),
      title,
      description: d.message.trim() || d.code,
      props,
    };
  });
  return {
    "plan-of-action-and-milestones": {
      uuid: uuidV5(`${system}/poam`),
      metadata: {
        title: oscalString(options.title ?? `POA&M: ${system}`, "POA&M"),
        "last-modified": options.lastModified ?? "1970-01-01T00:00:00Z",
        version: oscalString(options.version ?? "1.0", "1.0"),
        "oscal-version": OSCAL_VERSION,
      },
      "system-id": { "identifier-type": "https://mamori.dev", id: oscalString(system, "unknown") },
      "poam-items": items,
    },
  };
}
