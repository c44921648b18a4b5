import { defineMessages, type MessageCatalog } from "@mamori/core";
import { builtinRules } from "../rules/all.js";

/**
 * Messages of the engine itself: configuration problems (`config/unknown-rule`,
 * `config/invalid-setting`, `config/unknown-option`, `config/invalid-option`,
 * `config/unknown-preset`, `config/invalid-now`, `config/deprecated-rule`,
 * `config/rule-id-conflict`), a custom rule
 * that threw (`config/rule-crashed`), the date rules skipped for want of `now`
 * (`config/now-missing`), rules run on a plan with schema errors (`config/rules-partial`), and an exception naming a rule that does not exist
 * (`exceptions/unknown-rule`).
 * Internal: callers read them through `planMessages`.
 *
 * @category Rules
 */
export const engineMessages = defineMessages({
  en: {
    "config/unknown-rule": "Unknown rule '{rule}' in the configuration.",
    "config/unknown-rule-suggest":
      "Unknown rule '{rule}' in the configuration; did you mean '{suggestion}'?",
    "config/invalid-setting":
      "Rule '{rule}' is set to '{value}'; use 'error', 'warning', 'info' or 'off'.",
    "config/unknown-option":
      "Rule '{rule}' has no option '{option}'; its options are: {known}. The option was ignored.",
    "config/unknown-option-none":
      "Rule '{rule}' takes no options; the option '{option}' was ignored.",
    "config/invalid-option":
      "Option '{option}' of rule '{rule}' cannot be {value}; it needs a value of the type of its default. The default was used.",
    "config/invalid-option-object":
      "The options of rule '{rule}' must be an object of option names, not {value}; the defaults were used.",
    "config/invalid-option-schema":
      "Option '{option}' of rule '{rule}' cannot be {value}: {problem}. The default was used.",
    "config/deprecated-rule":
      "Rule '{rule}' is deprecated and was renamed '{replacement}'; the configuration applies to '{replacement}'. Rename it in the configuration.",
    "config/deprecated-rule-exception":
      "The exception names rule '{rule}', which is deprecated and was renamed '{replacement}'; it applies to '{replacement}'. Rename it in the plan.",
    "config/rule-id-conflict":
      "Custom rule '{rule}' has the id of a built-in rule; it was ignored. To replace the built-in rule on purpose, list its id in 'replaces'.",
    "config/rule-id-conflict-custom":
      "Two custom rules have the id '{rule}'; the second was ignored.",
    "config/unknown-preset": "Unknown preset '{preset}'; use one of: {allowed}.",
    "config/invalid-now":
      "The option 'now' ({value}) is not a valid ISO 8601 date; date-based rules were skipped.",
    "config/rule-crashed": "Rule '{rule}' failed while checking the plan: {detail}",
    "config/now-missing":
      "No 'now' was given, so the rules that judge dates were skipped: {rules}. Pass the date the plan is judged at (the option 'now'; --now on the command line) to run them.",
    "config/rules-partial":
      "The rules ran on the parts of the plan that passed the schema; {parts} did not and were left out, so findings about them may be missing.",
    "exceptions/unknown-rule":
      "The exception names rule '{rule}', which does not exist; it suppresses nothing.",
    "exceptions/unknown-rule-suggest":
      "The exception names rule '{rule}', which does not exist; did you mean '{suggestion}'? It suppresses nothing.",
  },
  ja: {
    "config/unknown-rule": "設定に未知のルール '{rule}' があります。",
    "config/unknown-rule-suggest":
      "設定に未知のルール '{rule}' があります。'{suggestion}' の誤りではありませんか。",
    "config/invalid-setting":
      "ルール '{rule}' の設定 '{value}' は無効です。'error'、'warning'、'info'、'off' のいずれかを指定してください。",
    "config/unknown-option":
      "ルール '{rule}' にオプション '{option}' はありません。オプションは次のとおりです: {known}。このオプションは無視されました。",
    "config/unknown-option-none":
      "ルール '{rule}' にはオプションがありません。オプション '{option}' は無視されました。",
    "config/invalid-option-object":
      "ルール '{rule}' のオプションは、オプション名をキーとするオブジェクトで指定してください（{value} は指定できません）。既定値を使いました。",
    "config/invalid-option":
      "ルール '{rule}' のオプション '{option}' に {value} は指定できません。既定値と同じ型の値が必要です。既定値を使いました。",
    "config/invalid-option-schema":
      "ルール '{rule}' のオプション '{option}' に {value} は指定できません（{problem}）。既定値を使いました。",
    "config/deprecated-rule":
      "ルール '{rule}' は非推奨で、'{replacement}' に名前が変わりました。設定は '{replacement}' に適用しました。設定のルール名を変更してください。",
    "config/deprecated-rule-exception":
      "例外が指定するルール '{rule}' は非推奨で、'{replacement}' に名前が変わりました。例外は '{replacement}' に適用しました。計画のルール名を変更してください。",
    "config/rule-id-conflict":
      "カスタムルール '{rule}' の ID は組み込みルールと同じため、無視しました。組み込みルールを意図して置き換える場合は、その ID を 'replaces' に指定してください。",
    "config/rule-id-conflict-custom":
      "ID '{rule}' のカスタムルールが二つあります。二つ目は無視しました。",
    "config/unknown-preset":
      "未知のプリセット '{preset}' です。次のいずれかを指定してください: {allowed}。",
    "config/invalid-now":
      "オプション 'now'（{value}）は有効な ISO 8601 の日付ではありません。日付に関するルールは実行されませんでした。",
    "config/rule-crashed": "ルール '{rule}' が計画の検査中に失敗しました: {detail}",
    "config/now-missing":
      "'now' の指定がないため、日付を判定する次のルールは実行されませんでした: {rules}。実行するには、計画を判定する日付（オプション 'now'、コマンドラインでは --now）を指定してください。",
    "config/rules-partial":
      "ルールはスキーマに適合した計画の部分に対して実行しました。{parts} は適合しなかったため除外しており、それらに関する指摘は欠けている可能性があります。",
    "exceptions/unknown-rule":
      "例外が存在しないルール '{rule}' を指定しています。この例外は何も抑制しません。",
    "exceptions/unknown-rule-suggest":
      "例外が存在しないルール '{rule}' を指定しています。'{suggestion}' の誤りではありませんか。この例外は何も抑制しません。",
  },
});

function merge(catalogs: readonly MessageCatalog[]): MessageCatalog {
  const en: Record<string, string> = {};
  const ja: Record<string, string> = {};
  for (const c of catalogs) {
    Object.assign(en, c.en);
    Object.assign(ja, c.ja);
  }
  return { en, ja };
}

/**
 * Every message of this package, keyed by diagnostic code (or `code:variant`), in English
 * and Japanese: the built-in rules' messages and the engine's `config/*` messages.
 *
 * @example
 * ```ts
 * import { checkMessageCatalog } from "@mamori/core";
 * import { planMessages } from "@mamori/plan-validator";
 * checkMessageCatalog(planMessages); // []
 * ```
 *
 * @category Rules
 */
export const planMessages: MessageCatalog = merge([
  engineMessages,
  ...builtinRules.map((r) => r.meta.messages),
]);
