import { defineMessages } from "@mamori/core";

/**
 * The messages of `@mamori/xlsx`'s diagnostics, keyed by code, in English and Japanese.
 *
 * @example
 * ```ts
 * import { xlsxMessages } from "@mamori/xlsx";
 * import { formatMessage } from "@mamori/core";
 * formatMessage(xlsxMessages, "en", "xlsx/formula", { cell: "Processes!D7", formula: "SUM(A1:A3)" });
 * // "Processes!D7 holds the formula =SUM(A1:A3); mamori reads values, not formulas: paste the value instead."
 * ```
 *
 * @category Messages
 */
export const xlsxMessages = defineMessages({
  en: {
    "xlsx/not-a-workbook":
      "The file is not an .xlsx workbook (it does not start as a zip archive does).",
    "xlsx/encrypted":
      "The workbook is password-protected (or a legacy .xls file); save it without a password as .xlsx.",
    "xlsx/corrupt": "The workbook cannot be read: {detail}.",
    "xlsx/too-large-unzipped":
      "The workbook unpacks to {size} bytes, more than the limit of {limit}; refused as a possible zip bomb.",
    "xlsx/too-many-rows":
      "The sheet '{sheet}' has {rows} rows, more than the limit of {limit}; split the workbook or raise the row limit.",
    "xlsx/unknown-kind":
      "The workbook holds no sheet mamori knows (expected '{expected}'); found: {found}.",
    "xlsx/unknown-sheet":
      "The sheet '{sheet}' is not part of a {kind} workbook and was not read (known sheets: {known}).",
    "xlsx/unknown-sheet-suggest":
      "The sheet '{sheet}' is not part of a {kind} workbook and was not read; did you mean '{suggestion}'?",
    "xlsx/unknown-column":
      "Unknown column '{column}' in sheet '{sheet}'. Columns of your own must start with 'x-'.",
    "xlsx/unknown-column-suggest":
      "Unknown column '{column}' in sheet '{sheet}'; did you mean '{suggestion}'? Columns of your own must start with 'x-'.",
    "xlsx/duplicate-column": "The column '{column}' appears twice in sheet '{sheet}'.",
    "xlsx/formula":
      "{cell} holds the formula ={formula}; mamori reads values, not formulas: paste the value instead.",
    "xlsx/merged-cells":
      "{range} is a merged range; mamori reads one value per cell: unmerge it and fill each cell.",
    "xlsx/date-cell":
      "{cell} is a date cell; it was read as '{value}' (ISO 8601). Type durations and dates as text to be sure.",
    "xlsx/bad-json": "{cell} starts with 'json:' but is not JSON: {detail}.",
    "xlsx/unknown-row":
      "Row {row} of sheet '{sheet}' names '{id}', which is not defined in sheet '{target}'.",
    "xlsx/missing-column": "The sheet '{sheet}' has no '{column}' column.",
    "xlsx/bad-field": "'{field}' is not a field of the document sheet '{sheet}'.",
    "xlsx/caiq-no-sheet":
      "No CAIQ sheet found: expected a sheet whose header has 'Question ID' and 'SSRM Control Ownership'.",
  },
  ja: {
    "xlsx/not-a-workbook":
      "このファイルは .xlsx ブックではありません（zip アーカイブの形式で始まっていません）。",
    "xlsx/encrypted":
      "ブックがパスワードで保護されています（または旧形式の .xls です）。パスワードなしの .xlsx で保存してください。",
    "xlsx/corrupt": "ブックを読み込めません: {detail}。",
    "xlsx/too-large-unzipped":
      "ブックは展開すると{size}バイトになり、上限{limit}を超えます。zip 爆弾の可能性があるため拒否しました。",
    "xlsx/too-many-rows":
      "シート「{sheet}」は{rows}行あり、上限{limit}を超えます。ブックを分割するか、行数の上限を上げてください。",
    "xlsx/unknown-kind":
      "ブックに mamori が知っているシートがありません（期待するシート: {expected}）。見つかったシート: {found}。",
    "xlsx/unknown-sheet":
      "シート「{sheet}」は {kind} のブックの一部ではないため、読み込みませんでした（既知のシート: {known}）。",
    "xlsx/unknown-sheet-suggest":
      "シート「{sheet}」は {kind} のブックの一部ではないため、読み込みませんでした。「{suggestion}」の誤りではありませんか？",
    "xlsx/unknown-column":
      "シート「{sheet}」の列「{column}」は不明です。独自の列名は 'x-' で始めてください。",
    "xlsx/unknown-column-suggest":
      "シート「{sheet}」の列「{column}」は不明です。「{suggestion}」の誤りではありませんか？独自の列名は 'x-' で始めてください。",
    "xlsx/duplicate-column": "シート「{sheet}」に列「{column}」が 2 回あります。",
    "xlsx/formula":
      "{cell} には数式 ={formula} が入っています。mamori は数式ではなく値を読みます。値を貼り付けてください。",
    "xlsx/merged-cells":
      "{range} は結合されたセルです。mamori はセルごとに 1 つの値を読みます。結合を解除して各セルに入力してください。",
    "xlsx/date-cell":
      "{cell} は日付セルです。'{value}'（ISO 8601）として読みました。期間や日付は文字列で入力すると確実です。",
    "xlsx/bad-json": "{cell} は 'json:' で始まっていますが JSON ではありません: {detail}。",
    "xlsx/unknown-row":
      "シート「{sheet}」の {row} 行目の「{id}」は、シート「{target}」で定義されていません。",
    "xlsx/missing-column": "シート「{sheet}」に列「{column}」がありません。",
    "xlsx/bad-field": "「{field}」は文書シート「{sheet}」の項目ではありません。",
    "xlsx/caiq-no-sheet":
      "CAIQ のシートが見つかりません。見出しに 'Question ID' と 'SSRM Control Ownership' を持つシートが必要です。",
  },
});
