import * as z from "zod/mini";
import { defineDocumentSchema } from "./document.js";
import {
  CriticalInfrastructureSectorSchema,
  GovernanceProcessSchema,
  GovernanceRoleSchema,
  OrganisationScopeSchema,
} from "./domain.js";
import { defineObject } from "./object.js";
import { IdSchema } from "./primitives.js";

/**
 * A site: office, plant, data centre or backup site, with what matters when choosing a
 * backup site (the 2011 survey: only 31.2% weighed power supply).
 *
 * @example
 * ```ts
 * import { SiteSchema } from "@mamori/core/domain";
 * SiteSchema.safeParse({ id: "hq", name: "Head office", location: "Sendai, JP" }).success; // true
 * ```
 *
 * @category Domain schemas
 */
export const SiteSchema = defineObject({
  id: IdSchema,
  name: z.string().check(z.minLength(1)),
  nameJa: z.optional(z.string()),
  kind: z.optional(z.enum(["office", "plant", "data-centre", "backup-site", "warehouse", "other"])),
  location: z.optional(z.string()),
  region: z.optional(z.string()),
  company: z.optional(IdSchema),
  earthquakeResistant: z.optional(z.boolean()),
  powerSupply: z.optional(z.string()),
});
/**
 * A site (see {@link SiteSchema}).
 *
 * @example
 * ```ts
 * import type { Site } from "@mamori/core/domain";
 * const osaka: Site = { id: "osaka-backup", name: "Osaka backup site", kind: "backup-site", location: "Osaka" };
 * ```
 *
 * @category Domain schemas
 */
export type Site = z.infer<typeof SiteSchema>;

/**
 * A person or body holding a governance role, with the governance processes it performs.
 *
 * @example
 * ```ts
 * import { RoleAssignmentSchema } from "@mamori/core/domain";
 * RoleAssignmentSchema.safeParse({ id: "ciso", role: "ciso", holder: "K. Tanaka", processes: ["direct"] }).success; // true
 * ```
 *
 * @category Domain schemas
 */
export const RoleAssignmentSchema = defineObject({
  id: IdSchema,
  role: GovernanceRoleSchema,
  title: z.optional(z.string()),
  holder: z.optional(z.string()),
  unit: z.optional(IdSchema),
  processes: z.optional(z.array(GovernanceProcessSchema)),
});
/**
 * A role assignment (see {@link RoleAssignmentSchema}).
 *
 * @example
 * ```ts
 * import type { RoleAssignment } from "@mamori/core/domain";
 * const ciso: RoleAssignment = { id: "ciso", role: "ciso", title: "Chief Information Security Officer", processes: ["direct", "monitor"] };
 * ```
 *
 * @category Domain schemas
 */
export type RoleAssignment = z.infer<typeof RoleAssignmentSchema>;

/**
 * A member company of a consolidated group.
 *
 * @example
 * ```ts
 * import { CompanySchema } from "@mamori/core/domain";
 * CompanySchema.safeParse({ id: "kita-th", name: "Kita Seiki Thailand", relation: "subsidiary" }).success; // true
 * ```
 *
 * @category Domain schemas
 */
export const CompanySchema = defineObject({
  id: IdSchema,
  name: z.string().check(z.minLength(1)),
  nameJa: z.optional(z.string()),
  relation: z.enum(["parent", "subsidiary", "affiliate"]),
  country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
});
/**
 * A group company (see {@link CompanySchema}).
 *
 * @example
 * ```ts
 * import type { Company } from "@mamori/core/domain";
 * const thailand: Company = { id: "kita-th", name: "Kita Seiki (Thailand)", relation: "subsidiary", country: "TH" };
 * ```
 *
 * @category Domain schemas
 */
export type Company = z.infer<typeof CompanySchema>;

/**
 * An outside organisation the business relies on or serves: supplier, customer, partner,
 * cloud provider or data-centre operator. `critical` marks the ones whose failure stops
 * the business (46.7% of firms hit in 2011 stopped because a partner was hit).
 *
 * @example
 * ```ts
 * import { PartnerSchema } from "@mamori/core/domain";
 * PartnerSchema.safeParse({ id: "skycloud", name: "SkyCloud", kind: "cloud-provider", critical: true }).success; // true
 * ```
 *
 * @category Domain schemas
 */
export const PartnerSchema = defineObject({
  id: IdSchema,
  name: z.string().check(z.minLength(1)),
  nameJa: z.optional(z.string()),
  kind: z.enum(["supplier", "customer", "partner", "cloud-provider", "data-centre"]),
  critical: z.optional(z.boolean()),
  country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
});
/**
 * A partner (see {@link PartnerSchema}).
 *
 * @example
 * ```ts
 * import type { Partner } from "@mamori/core/domain";
 * const skycloud: Partner = { id: "skycloud", name: "SkyCloud", kind: "cloud-provider", critical: true, country: "JP" };
 * ```
 *
 * @category Domain schemas
 */
export type Partner = z.infer<typeof PartnerSchema>;

/**
 * An organisational unit (department).
 *
 * @example
 * ```ts
 * import { UnitSchema } from "@mamori/core/domain";
 * UnitSchema.safeParse({ id: "it", name: "IT department", kind: "it" }).success; // true
 * ```
 *
 * @category Domain schemas
 */
export const UnitSchema = defineObject({
  id: IdSchema,
  name: z.string().check(z.minLength(1)),
  nameJa: z.optional(z.string()),
  kind: z.optional(z.enum(["executive", "it", "business", "audit", "other"])),
  company: z.optional(IdSchema),
});

/**
 * The `Organisation` document: who the organisation is, the scope its governance covers,
 * units, sites, governance roles, group companies and partners.
 *
 * @example
 * ```ts
 * import { OrganisationSchema } from "@mamori/core";
 * OrganisationSchema.safeParse({ kind: "Organisation", schemaVersion: "1.0", id: "kita", name: "Kita Seiki", scope: "individual" }).success; // true
 * ```
 *
 * @category Domain schemas
 */
export const OrganisationSchema = defineDocumentSchema("Organisation", {
  id: IdSchema,
  name: z.string().check(z.minLength(1)),
  nameJa: z.optional(z.string()),
  scope: OrganisationScopeSchema,
  sector: z.optional(CriticalInfrastructureSectorSchema),
  industry: z.optional(z.string()),
  employees: z.optional(z.int().check(z.gte(0))),
  units: z.optional(z.array(UnitSchema)),
  sites: z.optional(z.array(SiteSchema)),
  roles: z.optional(z.array(RoleAssignmentSchema)),
  companies: z.optional(z.array(CompanySchema)),
  partners: z.optional(z.array(PartnerSchema)),
});
/**
 * An `Organisation` document (see {@link OrganisationSchema}).
 *
 * @example
 * ```ts
 * import type { Organisation } from "@mamori/core";
 * const kita: Organisation = {
 *   kind: "Organisation",
 *   schemaVersion: "1.0",
 *   id: "kita-seiki",
 *   name: "Kita Seiki",
 *   nameJa: "北精機",
 *   scope: "consolidated-group",
 *   companies: [{ id: "kita-th", name: "Kita Seiki (Thailand)", relation: "subsidiary", country: "TH" }],
 * };
 * ```
 *
 * @category Domain schemas
 */
export type Organisation = z.infer<typeof OrganisationSchema>;
