// The argument helpers every command shares. They live apart from run.ts, which imports the
// commands lazily, so that no command imports the module that imports it.
import { parseArgs } from "node:util";
import { type Locale, parseIsoDate } from "@mamori/core";
import { closestMatch, elideText, toTerminalText } from "@mamori/core/internal";
import { UsageError } from "./io.js";

/**
 * Options every command understands (`--format` is each command's own: its formats differ, and some have none).
 *
 * @category Running the CLI
 */
export const COMMON_OPTIONS = {
  help: { type: "boolean", short: "h", help: "Print this help and exit." },
  locale: {
    type: "string",
    help: "Language of messages and output: en (default) or ja.",
    value: "en|ja",
  },
  now: {
    type: "string",
    help: "The date to judge dates against (due, expired, overdue), an ISO 8601 date; default today.",
    value: "date",
  },
} as const satisfies Record<string, OptionSpec>;

/**
 * Check `--locale`.
 *
 * @category Running the CLI
 */
export function localeOf(value: string | undefined): Locale {
  if (value === undefined || value === "en" || value === "ja") return value ?? "en";
  throw new UsageError(`--locale must be en or ja, not '${value}'`);
}

/**
 * Check `--format` against the formats a command supports.
 *
 * @category Running the CLI
 */
export function formatOf<F extends string>(
  value: string | undefined,
  allowed: readonly F[],
  fallback: F,
): F {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as F;
  throw new UsageError(`--format must be one of ${allowed.join(", ")}, not '${value}'`);
}

/**
 * Check `--now` with the documents' own date parser, so an impossible date (`2026-02-30`,
 * `T24:00:00Z`) is a usage error like `garbage`, not a finding placed in a document. Defaults
 * to the real clock, which only the CLI reads.
 *
 * @category Running the CLI
 */
export function nowOf(value: string | undefined): string {
  if (value === undefined) return new Date().toISOString();
  const parsed = parseIsoDate(value);
  if (parsed.date === undefined) {
    const why =
      parsed.diagnostics[0]?.code === "date/invalid" ? "a real calendar date" : "an ISO 8601 date";
    throw new UsageError(
      `--now must be ${why} such as 2026-11-27, not '${toTerminalText(elideText(value, 80))}'`,
    );
  }
  return value;
}

/**
 * A command's parsed arguments.
 *
 * @category Running the CLI
 */
export interface ParsedCommand {
  /** Option values by name (a list for an option declared `multiple`). */
  values: Record<string, string | boolean | string[] | undefined>;
  /** Positional arguments. */
  positionals: string[];
}

/**
 * An option a command declares.
 *
 * @category Running the CLI
 */
export interface OptionSpec {
  /** `string` takes a value; `boolean` is a flag. */
  type: "string" | "boolean";
  /** One-letter alias. */
  short?: string;
  /** The option may be given more than once; its value is then a list. */
  multiple?: boolean;
  /** One sentence for the command's `--help`. */
  help?: string;
  /** What the value is, for `--help` (`file`, `id`, `en|ja`); default `value`. */
  value?: string;
}

/**
 * A command's `--help`: its usage lines, then every option it takes with a sentence each
 * (the command's own, then the common ones).
 *
 * @category Running the CLI
 */
export function formatHelp(usage: string, options: Record<string, OptionSpec>): string {
  const all: Record<string, OptionSpec> = { ...options, ...COMMON_OPTIONS };
  for (const [name, spec] of Object.entries(options)) all[name] = spec;
  const rows = Object.entries(all).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : "    "}--${name}${spec.type === "string" ? ` <${spec.value ?? "value"}>` : ""}`;
    return [flag, `${spec.help ?? ""}${spec.multiple ? " May be given more than once." : ""}`];
  });
  const width = Math.max(...rows.map(([flag]) => (flag as string).length));
  const lines = rows.map(([flag, text]) =>
    `  ${(flag as string).padEnd(width)}  ${text}`.trimEnd(),
  );
  return `${usage.trimEnd()}\n\noptions:\n${lines.join("\n")}\n`;
}

/** The option a mistyped `--name` most likely meant, from the options a command takes. */
function unknownOption(message: string, options: Record<string, OptionSpec>): string | undefined {
  const given = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
  if (given === undefined) return undefined;
  const name = given.replace(/^-+/, "").split("=")[0] as string;
  const guess = closestMatch(name, Object.keys(options));
  return `unknown option '${given}'${guess ? `; did you mean '--${guess}'?` : ""} (see --help)`;
}

/**
 * The options given more than once that take one value: parseArgs keeps the last silently,
 * which would quietly drop a file the user named.
 */
function repeated(args: readonly string[], options: Record<string, OptionSpec>): string[] {
  const byShort = new Map<string, string>();
  for (const [name, spec] of Object.entries(options)) if (spec.short) byShort.set(spec.short, name);
  const seen = new Map<string, number>();
  for (const arg of args) {
    if (arg === "--") break;
    const name = arg.startsWith("--")
      ? arg.slice(2).split("=")[0]
      : /^-[A-Za-z]/.test(arg)
        ? byShort.get(arg[1] as string)
        : undefined;
    if (name === undefined || !Object.hasOwn(options, name)) continue;
    if (options[name]?.multiple) continue;
    seen.set(name, (seen.get(name) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n > 1).map(([name]) => name);
}

/**
 * Parse a command's arguments, turning parseArgs' errors into usage errors.
 *
 * @category Running the CLI
 */
export function parseCommand(args: string[], options: Record<string, OptionSpec>): ParsedCommand {
  try {
    // parseArgs takes only type, short and multiple: the help texts stay here.
    const config = Object.fromEntries(
      Object.entries({ ...COMMON_OPTIONS, ...options } as Record<string, OptionSpec>).map(
        ([name, o]) => [
          name,
          {
            type: o.type,
            ...(o.short ? { short: o.short } : {}),
            ...(o.multiple ? { multiple: true } : {}),
          },
        ],
      ),
    );
    const { values, positionals } = parseArgs({
      args,
      options: config,
      allowPositionals: true,
      strict: true,
    });
    const twice = repeated(args, { ...COMMON_OPTIONS, ...options });
    if (twice.length > 0)
      throw new UsageError(`--${twice[0]} was given more than once; it takes one value`);
    // Every command takes --now; the ones that have no use for it still refuse a bad one.
    if (typeof values.now === "string") nowOf(values.now);
    return { values: values as ParsedCommand["values"], positionals };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(
      unknownOption(message, { ...COMMON_OPTIONS, ...options }) ?? message.split("\n")[0]!,
    );
  }
}

/**
 * The value of a string option, if given.
 *
 * @category Running the CLI
 */
export function str(value: string | boolean | string[] | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}
