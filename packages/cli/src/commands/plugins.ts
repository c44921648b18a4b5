import { existsSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { createDiagnostic, type Diagnostic, defineMessages, type Locale } from "@mamori/core";
import { defineRule, type Rule } from "@mamori/plan-validator";

/**
 * Messages of the config file's `plugins`: a module that cannot be loaded, and one that
 * exports no rule or a malformed one (en, ja).
 */
export const pluginMessages = defineMessages({
  en: {
    "config/plugin-not-loaded": "Plugin '{plugin}' could not be loaded: {detail}",
    "config/plugin-not-a-path":
      "Plugin '{plugin}' is not a file path; write it relative to the config file ('./rules/acme.mjs').",
    "config/invalid-plugin": "Plugin '{plugin}' exports no rule made with defineRule.",
    "config/invalid-plugin-rule": "Plugin '{plugin}' exports a malformed rule: {detail}",
  },
  ja: {
    "config/plugin-not-loaded": "プラグイン '{plugin}' を読み込めませんでした: {detail}",
    "config/plugin-not-a-path":
      "プラグイン '{plugin}' はファイルのパスではありません。設定ファイルからの相対パスで指定してください（'./rules/acme.mjs'）。",
    "config/invalid-plugin":
      "プラグイン '{plugin}' は defineRule で作ったルールを一つも export していません。",
    "config/invalid-plugin-rule": "プラグイン '{plugin}' が export するルールが不正です: {detail}",
  },
});

/** Custom rules loaded from the config file's `plugins`, and the problems found loading them. */
export interface LoadedPlugins {
  /** Every rule the plugins export, in the order of `plugins`, then of the module's exports. */
  rules: Rule[];
  /** One error per module that could not be loaded or exports a malformed rule. */
  diagnostics: Diagnostic[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** What a module offers as rules: a rule, a list of rules, or `{ rules }` (a list or a record by id). */
function candidatesOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (!isObject(value)) return [];
  if (isObject(value.meta) || typeof value.check === "function") return [value];
  if (Array.isArray(value.rules)) return value.rules;
  if (isObject(value.rules)) return Object.values(value.rules);
  return [];
}

function describeError(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Load the modules a config file lists under `plugins` (paths relative to the config file)
 * and collect the rules they export: every export that is a rule, a list of rules or
 * `{ rules }`. Each rule goes through `defineRule`, so a malformed one is a
 * `config/invalid-plugin-rule` diagnostic instead of a crash in the middle of a validation; a
 * module that cannot be imported is `config/plugin-not-loaded`, one with no rule
 * `config/invalid-plugin`. The diagnostics point at `/plugins/<i>` of the config file (the
 * caller locates them in it).
 */
export async function loadPlugins(
  plugins: readonly string[],
  configFile: string,
  cwd: string,
  locale: Locale,
): Promise<LoadedPlugins> {
  const out: LoadedPlugins = { rules: [], diagnostics: [] };
  const base = dirname(resolve(cwd, configFile));
  const report = (
    i: number,
    code: string,
    data: Record<string, string>,
    messageKey?: string,
  ): void => {
    out.diagnostics.push(
      createDiagnostic(pluginMessages, locale, {
        code,
        severity: "error",
        path: `/plugins/${i}`,
        data,
        ...(messageKey ? { messageKey } : {}),
      }),
    );
  };
  for (const [i, plugin] of plugins.entries()) {
    if (!plugin.startsWith(".") && !isAbsolute(plugin)) {
      report(i, "config/plugin-not-loaded", { plugin }, "config/plugin-not-a-path");
      continue;
    }
    const path = resolve(base, plugin);
    if (!existsSync(path)) {
      report(i, "config/plugin-not-loaded", { plugin, detail: `no such file (${path})` });
      continue;
    }
    let mod: Record<string, unknown>;
    try {
      mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
    } catch (e) {
      report(i, "config/plugin-not-loaded", { plugin, detail: describeError(e) });
      continue;
    }
    const seen = new Set<unknown>();
    let found = 0;
    let malformed = false;
    for (const value of Object.values(mod)) {
      for (const candidate of candidatesOf(value)) {
        if (seen.has(candidate)) continue;
        seen.add(candidate);
        try {
          out.rules.push(defineRule(candidate as Rule));
          found++;
        } catch (e) {
          malformed = true;
          report(
            i,
            "config/invalid-plugin",
            { plugin, detail: describeError(e) },
            "config/invalid-plugin-rule",
          );
        }
      }
    }
    if (found === 0 && !malformed) report(i, "config/invalid-plugin", { plugin });
  }
  return out;
}
