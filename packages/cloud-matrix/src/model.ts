import * as z from "zod/mini";

/**
 * Every ownership value a control can have in a matrix, following the CSA Cloud Controls
 * Matrix (CSP-owned, CSC-owned, shared, third-party outsourced, shared CSP and third party,
 * N/A) plus `unassigned` for a responsibility nobody has taken yet.
 *
 * @example
 * ```ts
 * import { OWNERSHIPS } from "@mamori/cloud-matrix";
 * OWNERSHIPS.length; // 7
 * ```
 *
 * @category Documents
 */
export const OWNERSHIPS = [
  "customer",
  "provider",
  "shared",
  "third-party",
  "shared-provider-third-party",
  "not-applicable",
  "unassigned",
] as const;

/**
 * Who carries out a control (see {@link OWNERSHIPS}).
 *
 * @example
 * ```ts
 * import type { Ownership } from "@mamori/cloud-matrix";
 * const owner: Ownership = "shared";
 * ```
 *
 * @category Documents
 */
export type Ownership = (typeof OWNERSHIPS)[number];

/**
 * Schema of an {@link Ownership} value.
 *
 * @example
 * ```ts
 * import { OwnershipSchema } from "@mamori/cloud-matrix";
 * OwnershipSchema.safeParse("provider").success; // true
 * ```
 *
 * @category Documents
 */
export const OwnershipSchema = z.enum(OWNERSHIPS);

/**
 * The deployment models a matrix is derived for: the three cloud service models and
 * on-premises (everything stays with the customer).
 *
 * @example
 * ```ts
 * import { DEPLOYMENT_MODELS } from "@mamori/cloud-matrix";
 * DEPLOYMENT_MODELS; // ["saas", "paas", "iaas", "on-premises"]
 * ```
 *
 * @category Documents
 */
export const DEPLOYMENT_MODELS = ["saas", "paas", "iaas", "on-premises"] as const;

/**
 * A deployment model (see {@link DEPLOYMENT_MODELS}).
 *
 * @example
 * ```ts
 * import type { DeploymentModel } from "@mamori/cloud-matrix";
 * const model: DeploymentModel = "iaas";
 * ```
 *
 * @category Documents
 */
export type DeploymentModel = (typeof DEPLOYMENT_MODELS)[number];

/**
 * Schema of a {@link DeploymentModel}.
 *
 * @example
 * ```ts
 * import { DeploymentModelSchema } from "@mamori/cloud-matrix";
 * DeploymentModelSchema.safeParse("on-premises").success; // true
 * ```
 *
 * @category Documents
 */
export const DeploymentModelSchema = z.enum(DEPLOYMENT_MODELS);

/** True when the owner means the provider side does (part of) the work. @internal */
export function providerSide(owner: Ownership | undefined): boolean {
  return (
    owner === "provider" ||
    owner === "shared" ||
    owner === "third-party" ||
    owner === "shared-provider-third-party"
  );
}

/** True when the owner means the customer does (part of) the work. @internal */
export function customerSide(owner: Ownership | undefined): boolean {
  return owner === "customer" || owner === "shared";
}
