import type {
  Diagnostic,
  MessageParams,
  RelatedLocation,
  Severity,
} from "../diagnostics/diagnostic.js";

import type { Locale } from "./locale.js";

/**
 * Messages keyed by id (usually a diagnostic code), in English and Japanese. Placeholders
 * are written `{name}`.
 *
 * @example
 * ```ts
 * import type { MessageCatalog } from "@mamori/core";
 * const catalog: MessageCatalog = {
 *   en: { "demo/hello": "Hello {name}." },
 *   ja: { "demo/hello": "{name} さん、こんにちは。" },
 * };
 * ```
 *
 * @category Messages
 */
export interface MessageCatalog<K extends string = string> {
  /** English messages. */
  readonly en: Readonly<Record<K, string>>;
  /** Japanese messages. */
  readonly ja: Readonly<Record<K, string>>;
}

/**
 * Declare a message catalog; the type checker then requires every key in both locales.
 *
 * @param catalog - The messages by locale, then by key, with `{name}` placeholders; `en` and `ja` must have the same keys.
 * @returns The same catalog, typed as a {@link MessageCatalog}.
 *
 * @example
 * ```ts
 * import { defineMessages } from "@mamori/core";
 * const messages = defineMessages({
 *   en: { "demo/hello": "Hello {name}." },
 *   ja: { "demo/hello": "{name} さん、こんにちは。" },
 * });
 * ```
 *
 * @category Messages
 */
export function defineMessages<K extends string>(catalog: {
  en: Record<K, string>;
  ja: Record<NoInfer<K>, string>;
}): MessageCatalog<K> {
  return catalog;
}

/**
 * Substitute `{placeholders}` in a message of the catalog. An unknown key gives the key
 * itself, and a missing parameter leaves its placeholder visible, so a mistake is seen
 * rather than hidden. A value longer than 500 characters is cut to its first 500 and an
 * ellipsis (the diagnostic's `data` keeps it whole): a message quoting a 10 MB id would
 * cost seconds to build and be unreadable.
 *
 * @param catalog - The catalog holding the message.
 * @param locale - The language wanted, `en` or `ja`.
 * @param key - The message's key in the catalog.
 * @param params - The values of the `{placeholders}`, by name; numbers are written in decimal.
 *
 * @example
 * ```ts
 * import { defineMessages, formatMessage } from "@mamori/core";
 * const m = defineMessages({ en: { hi: "Hi {n}" }, ja: { hi: "{n}さん" } });
 * formatMessage(m, "ja", "hi", { n: "Sato" }); // "Satoさん"
 * ```
 *
 * @category Messages
 */
export function formatMessage(
  catalog: MessageCatalog,
  locale: Locale,
  key: string,
  params: MessageParams = {},
): string {
  const table = catalog[locale] ?? catalog.en;
  const template = Object.hasOwn(table, key) ? table[key] : undefined;
  if (template === undefined) return key;
  const parts = compiledTemplate(template);
  // parts alternate: literal text, placeholder name, literal text, …
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    if (Object.hasOwn(params, name)) {
      const value = String(params[name]);
      out += value.length > MAX_VALUE_LENGTH ? `${value.slice(0, MAX_VALUE_LENGTH)}…` : value;
    } else out += `{${name}}`;
    out += parts[i + 1] as string;
  }
  return out;
}

const MAX_VALUE_LENGTH = 500;

/** Templates split once into literal and placeholder parts (a bounded cache). */
const compiled = new Map<string, readonly string[]>();
const MAX_COMPILED = 5000;

function compiledTemplate(template: string): readonly string[] {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = template.split(/\{([A-Za-z0-9_]+)\}/);
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    compiled.set(template, parts);
  }
  return parts;
}

/**
 * Placeholder names used in a message template, sorted.
 *
 * @param template - A message with `{name}` placeholders.
 *
 * @example
 * ```ts
 * import { placeholdersOf } from "@mamori/core/internal";
 * placeholdersOf("{b} then {a}"); // ["a", "b"]
 * ```
 *
 * @category Messages
 */
export function placeholdersOf(template: string): string[] {
  const names = new Set<string>();
  for (const m of template.matchAll(/\{([A-Za-z0-9_]+)\}/g)) names.add(m[1] as string);
  return [...names].sort();
}

/**
 * Problems in a catalog: a key missing from one locale, an empty message, or placeholders
 * that differ between English and Japanese. Each is a plain sentence; an empty array
 * means the catalog is complete. Use it in your tests for custom-rule catalogs.
 *
 * @param catalog - The catalog to check, such as one built with {@link defineMessages}.
 *
 * @example
 * ```ts
 * import { checkMessageCatalog } from "@mamori/core";
 * checkMessageCatalog({ en: { a: "{x}" }, ja: { a: "{y}" } });
 * // ["'a': placeholders differ: en {x}, ja {y}"]
 * ```
 *
 * @category Messages
 */
export function checkMessageCatalog(catalog: MessageCatalog): string[] {
  const problems: string[] = [];
  const keys = new Set([...Object.keys(catalog.en), ...Object.keys(catalog.ja)]);
  for (const key of [...keys].sort()) {
    const en = Object.hasOwn(catalog.en, key) ? catalog.en[key] : undefined;
    const ja = Object.hasOwn(catalog.ja, key) ? catalog.ja[key] : undefined;
    if (en === undefined) problems.push(`'${key}': missing in en`);
    if (ja === undefined) problems.push(`'${key}': missing in ja`);
    if (en === undefined || ja === undefined) continue;
    if (en.trim() === "" || ja.trim() === "") problems.push(`'${key}': empty message`);
    const pe = placeholdersOf(en);
    const pj = placeholdersOf(ja);
    if (pe.join(",") !== pj.join(",")) {
      const show = (p: string[]) => p.map((n) => `{${n}}`).join(" ") || "none";
      problems.push(`'${key}': placeholders differ: en ${show(pe)}, ja ${show(pj)}`);
    }
  }
  return problems;
}

/**
 * What {@link createDiagnostic} needs besides the catalog and locale.
 *
 * @example
 * ```ts
 * import type { DiagnosticInit } from "@mamori/core";
 * const init: DiagnosticInit = { code: "duration/empty", severity: "error", path: "/rto" };
 * ```
 *
 * @category Messages
 */
export interface DiagnosticInit {
  /** Stable code; also the message key in the catalog. */
  code: string;
  /** Severity. */
  severity: Severity;
  /** JSON pointer into the input. */
  path: string;
  /** Values for the message placeholders. */
  data?: MessageParams;
  /** Standard or guideline clause. */
  ref?: string;
  /** Other locations. */
  related?: RelatedLocation[];
  /** Message key when it differs from `code`. */
  messageKey?: string;
}

/**
 * Build a {@link Diagnostic} whose message comes from a catalog, in the requested locale and
 * in every shipped locale.
 *
 * @param catalog - The catalog holding the message named by `init.messageKey`.
 * @param locale - The language of the diagnostic's `message`.
 * @param init - The code, severity, path, message key and parameters of the finding; see {@link DiagnosticInit}.
 *
 * @example
 * ```ts
 * import { createDiagnostic, defineMessages } from "@mamori/core";
 * const m = defineMessages({
 *   en: { "demo/late": "{what} is late." },
 *   ja: { "demo/late": "{what} が遅れています。" },
 * });
 * const d = createDiagnostic(m, "ja", {
 *   code: "demo/late", severity: "warning", path: "/tests/0", data: { what: "Failover test" },
 * });
 * d.message; // "Failover test が遅れています。"
 * ```
 *
 * @category Messages
 */
export function createDiagnostic(
  catalog: MessageCatalog,
  locale: Locale,
  init: DiagnosticInit,
): Diagnostic {
  const key = init.messageKey ?? init.code;
  const en = formatMessage(catalog, "en", key, init.data);
  const ja = formatMessage(catalog, "ja", key, init.data);
  const d: Diagnostic = {
    code: init.code,
    severity: init.severity,
    message: locale === "ja" ? ja : en,
    messages: { en, ja },
    path: init.path,
  };
  if (init.related && init.related.length > 0) d.related = init.related;
  if (init.ref !== undefined) d.ref = init.ref;
  if (init.data !== undefined) d.data = init.data;
  return d;
}
