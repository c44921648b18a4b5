// What every OSCAL export shares, in a leaf module so the exports do not import each other.
import type { Diagnostic } from "@mamori/core";
import { oscalString, mamoriProp as prop } from "../util/oscal-props.js";

/**
 * Options of the OSCAL exports.
 *
 * @example
 * ```ts
 * import type { OscalExportOptions } from "@mamori/cloud-matrix/oscal";
 * const o: OscalExportOptions = { title: "SkyCloud IaaS", lastModified: "2026-11-27T00:00:00Z" };
 * ```
 *
 * @category OSCAL
 */
export interface OscalExportOptions {
  /** Document title (default: `<provider> shared responsibility`). */
  title?: string;
  /** `metadata.last-modified`, a date-time with offset (default `1970-01-01T00:00:00Z`, so output stays reproducible). */
  lastModified?: string;
  /** `metadata.version` (default `1.0`). */
  version?: string;
}

/**
 * An OSCAL document or fragment as plain JSON (what the OSCAL exports return).
 *
 * @example
 * ```ts
 * import type { OscalJson } from "@mamori/cloud-matrix/oscal";
 * const doc: OscalJson = { "system-security-plan": {} };
 * ```
 *
 * @category OSCAL
 */
export type OscalJson = Record<string, unknown>;

/** OSCAL ids are tokens: a letter or `_` first, then letters, digits, `.`, `-`, `_`. @internal */
export function toOscalToken(id: string): string {
  const t = id.replace(/[^\p{L}\p{N}._-]/gu, "_");
  return /^[\p{L}_]/u.test(t) ? t : `_${t}`;
}

/**
 * The OSCAL release every mamori export declares (`metadata.oscal-version`) and is tested
 * against (NIST's published JSON Schemas of that release). @internal
 */
export const OSCAL_VERSION = "1.2.1";

/** A stable key of a finding's data: equal data, equal key, whatever the key order. @internal */
export function dataKey(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(dataKey).join(",")}]`;
  if (typeof value === "object" && value !== null)
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${k}:${dataKey((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return String(value);
}

/**
 * How a mamori finding reads in OSCAL (POA&M items, assessment-result findings and
 * observations): a title without words, so it reads the same in every language (`code:
 * control` or `code: path`), the control it concerns (`catalog control`) if any, and mamori
 * props naming its code, severity, place, control and reference. @internal
 */
export function findingFacts(d: Diagnostic): {
  title: string;
  control: string | undefined;
  props: Record<string, unknown>[];
} {
  const data = (d.data ?? {}) as Record<string, unknown>;
  const control =
    typeof data.control === "string"
      ? `${typeof data.catalog === "string" ? `${data.catalog} ` : ""}${data.control}`
      : undefined;
  const props = [
    prop("code", d.code),
    prop("severity", d.severity),
    prop("path", `${d.file ?? ""}#${d.path}`),
  ];
  if (control) props.push(prop("control", control));
  if (d.ref) props.push(prop("reference", d.ref));
  const title = oscalString(
    control ? `${d.code}: ${control}` : `${d.code}: ${d.path || "/"}`,
    d.code,
  );
  return { title, control, props };
}
