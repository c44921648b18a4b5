import { OWNERSHIPS, type Ownership } from "../model.js";

const ALIASES: Record<string, Ownership> = {
  customer: "customer",
  csc: "customer",
  "csc-owned": "customer",
  "customer-owned": "customer",
  provider: "provider",
  csp: "provider",
  "csp-owned": "provider",
  "provider-owned": "provider",
  shared: "shared",
  "shared-csp-and-csc": "shared",
  // CCM's implementation guidelines qualify shared controls (v4.0.x).
  "shared-independent": "shared",
  "shared-dependent": "shared",
  "third-party": "third-party",
  "third-party-outsourced": "third-party",
  "3rd-party-outsourced": "third-party",
  "shared-provider-third-party": "shared-provider-third-party",
  "shared-csp-and-third-party": "shared-provider-third-party",
  "shared-csp-and-3rd-party": "shared-provider-third-party",
  "not-applicable": "not-applicable",
  "n-a": "not-applicable",
  na: "not-applicable",
  unassigned: "unassigned",
};

/**
 * Read an ownership written as mamori spells it or as the CSA CCM/CAIQ does
 * (`CSP-owned`, `CSC-owned`, `Shared CSP and CSC`, `Third-party outsourced`,
 * `Shared CSP and 3rd-party`, `N/A`, and the CCM sheet's `Shared (Independent)` and
 * `Shared (Dependent)`, both `shared`); case, spaces, slashes and parentheses do not matter.
 * Returns undefined for anything else.
 *
 * @param text - The ownership as written in a CSV cell, such as `CSP-owned` or `Shared CSP and CSC`.
 *
 * @example
 * ```ts
 * import { parseOwnership } from "@mamori/cloud-matrix";
 * parseOwnership("CSP-owned"); // "provider"
 * parseOwnership("Shared CSP and CSC"); // "shared"
 * parseOwnership("N/A"); // "not-applicable"
 * parseOwnership("Shared (Dependent)"); // "shared"
 * parseOwnership("maybe"); // undefined
 * ```
 *
 * @category Attestations
 */
export function parseOwnership(text: string): Ownership | undefined {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[()]/g, "")
    .replace(/[\s/_]+/g, "-")
    .replace(/-+/g, "-");
  if (Object.hasOwn(ALIASES, key)) return ALIASES[key];
  return (OWNERSHIPS as readonly string[]).includes(key) ? (key as Ownership) : undefined;
}
