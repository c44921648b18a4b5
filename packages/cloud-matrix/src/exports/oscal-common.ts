// What every OSCAL export shares, in a leaf module so the exports do not import each other.

/**
 * Options of the OSCAL exports.
 *
 * @example
 * ```ts
 * import type { OscalExportOptions } from "@mamori/cloud-matrix/oscal";
 * const o: OscalExportOptions = { title: "SkyCloud IaaS", lastModified: "2026-11-27T00:00:00Z" };
 * ```
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
