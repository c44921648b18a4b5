/**
 * The parts of a `@mamori/bia` result the plan validator reads. Declared structurally so
 * this package does not depend on `@mamori/bia`: pass its `BiaResult` as is.
 *
 * @example
 * ```ts
 * import type { BiaInput } from "@mamori/plan-validator";
 * const bia: BiaInput = {
 *   processes: [{ id: "order-intake", timeCritical: true, rtoMinutes: 240, rpoMinutes: 60 }],
 *   nodes: [{ id: "order-intake", type: "process", requiredRtoMinutes: 240, requiredRpoMinutes: 60, dependsOn: ["erp"] }],
 *   recoveryOrder: ["erp", "order-intake"],
 * };
 * ```
 *
 * @category Validation
 */
export interface BiaInput {
  /** Business processes with their objectives. */
  processes?: ReadonlyArray<{
    /** Process id. */
    id: string;
    /** Name, when known. */
    name?: string;
    /** True when the process is time-critical. */
    timeCritical?: boolean;
    /** RTO in minutes, or null. */
    rtoMinutes?: number | null;
    /** RPO in minutes, or null. */
    rpoMinutes?: number | null;
  }>;
  /** The dependency graph's nodes. */
  nodes?: ReadonlyArray<{
    /** Node id. */
    id: string;
    /** Node type. */
    type?: "process" | "service" | "resource" | "external";
    /** RTO this node must meet (propagated from the processes), or null. */
    requiredRtoMinutes?: number | null;
    /** RPO this node must meet, or null. */
    requiredRpoMinutes?: number | null;
    /** Ids of the nodes it depends on. */
    dependsOn?: readonly string[];
    /** False for a node that keeps no data (a line, a generator): it has no RPO to meet. */
    holdsData?: boolean;
  }>;
  /** Node ids in recovery order, dependencies first. */
  recoveryOrder?: readonly string[];
}

/**
 * The parts of a `@mamori/cloud-matrix` result the plan validator reads (structural).
 *
 * @example
 * ```ts
 * import type { MatrixInput } from "@mamori/plan-validator";
 * const matrix: MatrixInput = { controls: [{ catalog: "iso27002-2005", control: "14.1.4", clause: "14", owner: "shared" }] };
 * ```
 *
 * @category Validation
 */
export interface MatrixInput {
  /**
   * The matrix itself, when known (an `analyzeMatrix` result has it): the provider and the
   * plan's services that run on it, so continuity controls the customer owns can be checked
   * against those services.
   */
  matrix?: {
    /** The cloud provider's id (compared with the plan's `hosting.provider`). */
    provider?: string;
    /** Ids of the plan's IT services that run on this provider. */
    services?: readonly string[];
  } | null;
  /** Controls with their clause and owner. */
  controls?: ReadonlyArray<{
    /** Catalog id. */
    catalog: string;
    /** Control id. */
    control: string;
    /** Title, when known. */
    title?: string;
    /** ISO/IEC 27002:2005 clause number, e.g. "14". */
    clause?: string | null;
    /** Who carries the control out; "unassigned" when nobody does. */
    owner?: string;
  }>;
}

/**
 * The parts of an `Organisation` document (from `@mamori/core`) the plan validator reads to
 * check the plan's scope.
 *
 * @example
 * ```ts
 * import type { OrganisationInput } from "@mamori/plan-validator";
 * const org: OrganisationInput = { scope: "consolidated-group", companies: [{ id: "kita-th" }], partners: [] };
 * ```
 *
 * @category Validation
 */
export interface OrganisationInput {
  /** Governance scope of the organisation. */
  scope?: string;
  /** Group companies. */
  companies?: ReadonlyArray<{
    /** Company id. */
    id: string;
  }>;
  /** Partners; `critical` ones must be covered by a value-chain plan. */
  partners?: ReadonlyArray<{
    /** Partner id. */
    id: string;
    /** Kind of partner. */
    kind?: string;
    /** True when its failure stops the business. */
    critical?: boolean;
  }>;
}
