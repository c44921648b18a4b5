import * as z from "zod/mini";
import { ISO_DATE_PATTERN } from "../date/date.js";
import { ISO_DURATION_PATTERN } from "../duration/duration.js";
import { defineObject } from "./object.js";

/**
 * An identifier a user chooses: 1–128 characters, no whitespace and none of `: / #`
 * (the colon separates an organisation from a node in references, see {@link NodeRefSchema}).
 *
 * @example
 * ```ts
 * import { IdSchema } from "@mamori/core";
 * IdSchema.safeParse("erp-db").success; // true
 * IdSchema.safeParse("erp db").success; // false
 * ```
 */
export const IdSchema = z.string().check(z.minLength(1), z.maxLength(128), z.regex(/^[^\s:/#]+$/));
/** An identifier (see {@link IdSchema}). */
export type Id = z.infer<typeof IdSchema>;

/**
 * A reference to a node by id, optionally in another organisation of the group or value
 * chain: `nodeId` or `orgId:nodeId`.
 *
 * @example
 * ```ts
 * import { NodeRefSchema } from "@mamori/core";
 * NodeRefSchema.safeParse("supplier-a:molding-line").success; // true
 * ```
 */
export const NodeRefSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(257), z.regex(/^(?:[^\s:/#]+:)?[^\s:/#]+$/));
/** A node reference (see {@link NodeRefSchema}). */
export type NodeRef = z.infer<typeof NodeRefSchema>;

/**
 * An ISO 8601 duration string such as `PT4H` or `P3D`; convert it with `parseDuration`.
 *
 * @example
 * ```ts
 * import { DurationSchema } from "@mamori/core";
 * DurationSchema.safeParse("PT4H").success; // true
 * DurationSchema.safeParse("4h").success; // false
 * ```
 */
export const DurationSchema = z.string().check(z.regex(ISO_DURATION_PATTERN));
/** An ISO 8601 duration string. */
export type DurationText = z.infer<typeof DurationSchema>;

/**
 * An ISO 8601 date (`2026-04-01`) or date-time; convert it with `parseIsoDate`.
 *
 * @example
 * ```ts
 * import { DateSchema } from "@mamori/core";
 * DateSchema.safeParse("2026-04-01").success; // true
 * ```
 */
export const DateSchema = z.string().check(z.regex(ISO_DATE_PATTERN));
/** An ISO 8601 date or date-time string. */
export type DateText = z.infer<typeof DateSchema>;

/**
 * A percentage from 0 to 100.
 *
 * @example
 * ```ts
 * import { PercentageSchema } from "@mamori/core";
 * PercentageSchema.safeParse(60).success; // true
 * ```
 */
export const PercentageSchema = z.number().check(z.gte(0), z.lte(100));

/**
 * An amount of money with its ISO 4217 currency code.
 *
 * @example
 * ```ts
 * import { MoneySchema } from "@mamori/core";
 * MoneySchema.safeParse({ amount: 1200000, currency: "JPY" }).success; // true
 * ```
 */
export const MoneySchema = defineObject({
  amount: z.number().check(z.gte(0)),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
});
/** An amount of money (see {@link MoneySchema}). */
export type Money = z.infer<typeof MoneySchema>;

/**
 * A reference to a control in a catalog (for example `{ catalog: "iso27002-2005", control: "14.1.4" }`).
 *
 * @example
 * ```ts
 * import { ControlRefSchema } from "@mamori/core";
 * ControlRefSchema.safeParse({ catalog: "iso27017", control: "CLD.6.3.1" }).success; // true
 * ```
 */
export const ControlRefSchema = defineObject({
  catalog: IdSchema,
  control: z.string().check(z.minLength(1), z.maxLength(128)),
});
/** A control reference (see {@link ControlRefSchema}). */
export type ControlRef = z.infer<typeof ControlRefSchema>;
