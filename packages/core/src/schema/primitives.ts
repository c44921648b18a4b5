import * as z from "zod/mini";
import { ISO_DATE_PATTERN, parseIsoDate } from "../date/date.js";
import { ISO_DURATION_PATTERN } from "../duration/duration.js";
import { defineObject } from "./object.js";

/**
 * An identifier a user chooses: 1–128 characters, no whitespace and none of `: / #`
 * (the colon separates an organisation from a node in references, see {@link NodeRefSchema}).
 *
 * @example
 * ```ts
 * import { IdSchema } from "@mamori/core/domain";
 * IdSchema.safeParse("erp-db").success; // true
 * IdSchema.safeParse("erp db").success; // false
 * ```
 *
 * @category Domain schemas
 */
export const IdSchema = z.string().check(z.minLength(1), z.maxLength(128), z.regex(/^[^\s:/#]+$/));
/**
 * An identifier (see {@link IdSchema}).
 *
 * @example
 * ```ts
 * import { IdSchema, type Id } from "@mamori/core/domain";
 * const id: Id = "erp-db";
 * IdSchema.safeParse("erp db").success; // false: no spaces, ':', '/' or '#'
 * ```
 *
 * @category Domain schemas
 */
export type Id = z.infer<typeof IdSchema>;

/**
 * A reference to a node by id, optionally in another organisation of the group or value
 * chain: `nodeId` or `orgId:nodeId`.
 *
 * @example
 * ```ts
 * import { NodeRefSchema } from "@mamori/core/domain";
 * NodeRefSchema.safeParse("supplier-a:molding-line").success; // true
 * ```
 *
 * @category Domain schemas
 */
export const NodeRefSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(257), z.regex(/^(?:[^\s:/#]+:)?[^\s:/#]+$/));
/**
 * A node reference (see {@link NodeRefSchema}).
 *
 * @example
 * ```ts
 * import type { NodeRef } from "@mamori/core/domain";
 * const local: NodeRef = "leased-line";
 * const ofSubsidiary: NodeRef = "kita-th:rayong-line"; // node rayong-line of organisation kita-th
 * ```
 *
 * @category Domain schemas
 */
export type NodeRef = z.infer<typeof NodeRefSchema>;

/**
 * An ISO 8601 duration string such as `PT4H` or `P3D`; convert it with `parseDuration`.
 *
 * @example
 * ```ts
 * import { DurationSchema } from "@mamori/core/domain";
 * DurationSchema.safeParse("PT4H").success; // true
 * DurationSchema.safeParse("4h").success; // false
 * ```
 *
 * @category Domain schemas
 */
// Named string formats, so a failed check says which format it was (validateDocument maps
// `iso-duration` to duration/malformed and `iso-date` to date/malformed) instead of the
// diagnostic code being recovered from the pattern's text. toJsonSchema writes them as their
// `pattern` only: a JSON Schema `format` of a name no validator knows would be noise there.
export const DurationSchema = z.stringFormat("iso-duration", ISO_DURATION_PATTERN);
/**
 * An ISO 8601 duration string.
 *
 * @example
 * ```ts
 * import { parseDuration } from "@mamori/core";
 * import { type DurationText } from "@mamori/core/domain";
 * const rto: DurationText = "PT4H";
 * parseDuration(rto).minutes; // 240
 * ```
 *
 * @category Domain schemas
 */
export type DurationText = z.infer<typeof DurationSchema>;

/**
 * An ISO 8601 date (`2026-04-01`) or date-time; convert it with `parseIsoDate`. Text of the
 * right shape that is no real calendar date (`2024-02-30`, `2024-13-01`, `0000-01-01`,
 * `T24:00`) is refused too, by `parseIsoDate` itself, and `validateDocument` reports it as
 * `date/invalid` at its path: every date field of every document goes through that one parser.
 *
 * @example
 * ```ts
 * import { DateSchema } from "@mamori/core/domain";
 * DateSchema.safeParse("2026-04-01").success; // true
 * DateSchema.safeParse("2024-02-30").success; // false: February has no 30th
 * ```
 *
 * @category Domain schemas
 */
export const DateSchema = z.stringFormat("iso-date", ISO_DATE_PATTERN).check(
  // Text that fails the pattern is the regex's issue (date/malformed); only real-calendar
  // failures are this check's, so one bad date gives one diagnostic.
  z.refine((text: string) => parseIsoDate(text).diagnostics[0]?.code !== "date/invalid", {
    params: { mamori: "date-invalid" },
  }),
);
/**
 * An ISO 8601 date or date-time string.
 *
 * @example
 * ```ts
 * import { parseIsoDate } from "@mamori/core";
 * import { type DateText } from "@mamori/core/domain";
 * const due: DateText = "2026-11-27";
 * parseIsoDate(due).date?.toISOString(); // "2026-11-27T00:00:00.000Z"
 * ```
 *
 * @category Domain schemas
 */
export type DateText = z.infer<typeof DateSchema>;

/**
 * A percentage from 0 to 100.
 *
 * @example
 * ```ts
 * import { PercentageSchema } from "@mamori/core/domain";
 * PercentageSchema.safeParse(60).success; // true
 * ```
 *
 * @category Domain schemas
 */
export const PercentageSchema = z.number().check(z.gte(0), z.lte(100));

/**
 * An amount of money with its ISO 4217 currency code.
 *
 * @example
 * ```ts
 * import { MoneySchema } from "@mamori/core/domain";
 * MoneySchema.safeParse({ amount: 1200000, currency: "JPY" }).success; // true
 * ```
 *
 * @category Domain schemas
 */
export const MoneySchema = defineObject({
  amount: z.number().check(z.gte(0)),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
});
/**
 * An amount of money (see {@link MoneySchema}).
 *
 * @example
 * ```ts
 * import type { Money } from "@mamori/core/domain";
 * const lossPerHour: Money = { amount: 1_200_000, currency: "JPY" };
 * ```
 *
 * @category Domain schemas
 */
export type Money = z.infer<typeof MoneySchema>;

/**
 * A reference to a control in a catalog (for example `{ catalog: "iso27002-2005", control: "14.1.4" }`).
 *
 * @example
 * ```ts
 * import { ControlRefSchema } from "@mamori/core/domain";
 * ControlRefSchema.safeParse({ catalog: "iso27017", control: "CLD.6.3.1" }).success; // true
 * ```
 *
 * @category Domain schemas
 */
export const ControlRefSchema = defineObject({
  catalog: IdSchema,
  control: z.string().check(z.minLength(1), z.maxLength(128)),
});
/**
 * A control reference (see {@link ControlRefSchema}).
 *
 * @example
 * ```ts
 * import type { ControlRef } from "@mamori/core/domain";
 * const backup: ControlRef = { catalog: "nist-800-53", control: "cp-9" };
 * ```
 *
 * @category Domain schemas
 */
export type ControlRef = z.infer<typeof ControlRefSchema>;
