import { defineMessages } from "./catalog.js";

/**
 * The messages of `@mamori/core`'s own diagnostics (durations, dates, schema checks,
 * documents and source text), in English and Japanese.
 *
 * @example
 * ```ts
 * import { coreMessages, formatMessage } from "@mamori/core";
 * formatMessage(coreMessages, "ja", "duration/empty"); // "期間が空です。"
 * ```
 *
 * @category Messages
 */
export const coreMessages = defineMessages({
  en: {
    "duration/not-a-string":
      "A duration must be an ISO 8601 string such as PT4H or P3D, not {received}.",
    "duration/empty": "The duration is empty.",
    "duration/malformed":
      "'{value}' is not an ISO 8601 duration (for example PT30M, PT4H, P3D, P1W, P1DT12H).",
    "duration/negative": "'{value}' is negative; durations must be zero or more.",
    "duration/calendar-unit":
      "'{value}' uses years or months, whose length varies; write it in weeks, days or hours (P30D, not P1M).",
    "date/malformed": "'{value}' is not an ISO 8601 date (YYYY-MM-DD) or date-time.",
    "date/invalid": "'{value}' is not a real calendar date.",
    "schema/invalid-type": "Expected {expected} but found {received}.",
    "schema/required": "'{key}' is required.",
    "schema/invalid-value": "'{value}' is not allowed here; expected one of: {allowed}.",
    "schema/invalid-value-suggest":
      "'{value}' is not allowed here; did you mean '{suggestion}'? Expected one of: {allowed}.",
    "schema/too-small": "Too small: {origin} must be at least {minimum}.",
    "schema/too-big": "Too big: {origin} must be at most {maximum}.",
    "schema/invalid-format": "'{value}' does not have the expected format ({format}).",
    "schema/invalid-union": "The value matches none of the allowed shapes.",
    "schema/unknown-key": "Unknown key '{key}'. Keys of your own must start with 'x-'.",
    "schema/unknown-key-suggest":
      "Unknown key '{key}'; did you mean '{suggestion}'? Keys of your own must start with 'x-'.",
    "schema/invalid": "Invalid value: {detail}.",
    "document/not-an-object":
      "A document must be an object with 'kind' and 'schemaVersion', not {received}.",
    "document/kind-missing": "The document has no 'kind'; expected '{expected}'.",
    "document/kind-mismatch": "The document's kind is '{actual}', but '{expected}' was expected.",
    "document/unsupported-version":
      "schemaVersion '{actual}' is not supported; this version of mamori reads {supported}.",
    "document/duplicate-id": "The id '{id}' is used more than once.",
    "document/dangling-reference": "'{ref}' does not refer to any {target}.",
    "document/too-complex":
      "The document is too large or too deeply nested to validate ({detail}); split it or remove the oversized part.",
    "source/too-large": "The input is {size} characters, more than the limit of {limit}.",
    "source/syntax": "Cannot parse the {format} text: {detail}",
    "source/duplicate-key":
      "The key '{key}' appears more than once in the same object; only the last one would be used.",
    "source/alias-limit":
      "The YAML text expands aliases more than {limit} times; refused as a possible resource-exhaustion (billion laughs) attack.",
    "source/too-deep": "The input nests deeper than {limit} levels.",
    "source/too-many-values":
      "The input holds about {count} values, more than the limit of {limit}; split the document.",
    "source/empty": "The input is empty.",
    "source/multiple-documents":
      "The YAML text holds {count} documents; only one document per file is read.",
    "format/problems": "{total} problems ({errors} errors, {warnings} warnings, {infos} infos)",
    "format/no-problems": "No problems found.",
  },
  ja: {
    "duration/not-a-string":
      "期間は PT4H や P3D のような ISO 8601 の文字列で指定してください（{received} ではなく）。",
    "duration/empty": "期間が空です。",
    "duration/malformed":
      "'{value}' は ISO 8601 の期間ではありません（例: PT30M、PT4H、P3D、P1W、P1DT12H）。",
    "duration/negative": "'{value}' は負の値です。期間は 0 以上でなければなりません。",
    "duration/calendar-unit":
      "'{value}' は長さが一定でない年・月を使っています。週・日・時間で書いてください（P1M ではなく P30D）。",
    "date/malformed": "'{value}' は ISO 8601 の日付（YYYY-MM-DD）または日時ではありません。",
    "date/invalid": "'{value}' は実在しない日付です。",
    "schema/invalid-type": "{expected}が必要ですが、{received}が指定されています。",
    "schema/required": "'{key}' は必須です。",
    "schema/invalid-value":
      "'{value}' はここでは使えません。次のいずれかを指定してください: {allowed}。",
    "schema/invalid-value-suggest":
      "'{value}' はここでは使えません。'{suggestion}' の誤りではありませんか。次のいずれかを指定してください: {allowed}。",
    "schema/too-small": "小さすぎます: {origin} は {minimum} 以上でなければなりません。",
    "schema/too-big": "大きすぎます: {origin} は {maximum} 以下でなければなりません。",
    "schema/invalid-format": "'{value}' は期待される形式（{format}）ではありません。",
    "schema/invalid-union": "値が許可されたどの形にも一致しません。",
    "schema/unknown-key": "不明なキー '{key}' です。独自のキーは 'x-' で始めてください。",
    "schema/unknown-key-suggest":
      "不明なキー '{key}' です。'{suggestion}' の誤りではありませんか。独自のキーは 'x-' で始めてください。",
    "schema/invalid": "不正な値です: {detail}。",
    "document/not-an-object":
      "文書は 'kind' と 'schemaVersion' を持つオブジェクトでなければなりません（{received} ではなく）。",
    "document/kind-missing": "文書に 'kind' がありません。'{expected}' が必要です。",
    "document/kind-mismatch": "文書の kind は '{actual}' ですが、'{expected}' が必要です。",
    "document/unsupported-version":
      "schemaVersion '{actual}' には対応していません。このバージョンの mamori が読めるのは {supported} です。",
    "document/duplicate-id": "ID '{id}' が複数回使われています。",
    "document/dangling-reference": "'{ref}' に該当する{target}がありません。",
    "document/too-complex":
      "文書が大きすぎるか入れ子が深すぎるため検証できません（{detail}）。分割するか、大きすぎる部分を取り除いてください。",
    "source/too-large": "入力は{size}文字で、上限の{limit}文字を超えています。",
    "source/syntax": "{format} のテキストを解析できません: {detail}",
    "source/duplicate-key":
      "同じオブジェクトにキー '{key}' が複数あります。最後のものしか使われません。",
    "source/alias-limit":
      "YAML のエイリアス展開が{limit}回を超えています。資源枯渇攻撃（billion laughs）の可能性があるため拒否しました。",
    "source/too-deep": "入力の入れ子が{limit}段を超えています。",
    "source/too-many-values":
      "入力には約{count}個の値があり、上限の{limit}を超えています。文書を分割してください。",
    "source/empty": "入力が空です。",
    "source/multiple-documents":
      "YAML テキストに{count}個の文書があります。1ファイルにつき1文書のみ読み込みます。",
    "format/problems": "{total}件の問題（エラー{errors}件、警告{warnings}件、情報{infos}件）",
    "format/no-problems": "問題は見つかりませんでした。",
  },
});
